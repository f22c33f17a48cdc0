"""reliability: hash-chained audit, append-only audit on PostgreSQL, store events

Revision ID: 0011_reliability
Revises: 0006_merge_heads
Create Date: 2026-12-02 13:40:00

Audit entries get their chain columns (``windowdesk.domain.audit_chain``). Entries already
present keep them empty: they predate the chain, ``windowdesk audit verify`` counts them apart,
and each device's chain starts (sequence 1, the genesis hash) with its first entry after this
upgrade. On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE of audit entries whoever
connects (one exception: the ``site_id`` re-key done once when a store set up offline joins
central, see ``sync/adopt.py``; ``site_id`` is outside the hash). Only the tables' owner could drop
the trigger: a deployment runs the counters with a role that does not own them (docs/security.md).
"""

import sqlalchemy as sa
from alembic import op

import windowdesk.store.base

revision = "0011_reliability"
down_revision = "0006_merge_heads"
branch_labels = None
depends_on = None

APPEND_ONLY_SQL = r"""
CREATE OR REPLACE FUNCTION wd_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND (to_jsonb(NEW) - 'site_id') = (to_jsonb(OLD) - 'site_id') THEN
    RETURN NEW;  -- re-keying the site of a store that joins central: outside the hash
  END IF;
  RAISE EXCEPTION 'audit entries cannot be changed or removed (%)', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END $$;
DROP TRIGGER IF EXISTS wd_audit_append_only ON audit_entry;
CREATE TRIGGER wd_audit_append_only BEFORE UPDATE OR DELETE ON audit_entry
  FOR EACH ROW EXECUTE FUNCTION wd_audit_append_only();
DROP TRIGGER IF EXISTS wd_audit_no_truncate ON audit_entry;
CREATE TRIGGER wd_audit_no_truncate BEFORE TRUNCATE ON audit_entry
  FOR EACH STATEMENT EXECUTE FUNCTION wd_audit_append_only();
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC;
"""


def upgrade() -> None:
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.add_column(sa.Column("chain_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("chain_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=True)
        )
        batch_op.add_column(sa.Column("prev_hash", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("entry_hash", sa.String(length=64), nullable=True))
        batch_op.create_index("ix_audit_entry_chain", ["chain_id", "chain_seq"], unique=False)

    op.create_table(
        "audit_chain_head",
        sa.Column("device_no", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("chain_id", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("device_no", name=op.f("pk_audit_chain_head")),
    )
    op.create_table(
        "audit_chain_break",
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("found_at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("device_no", sa.Integer(), nullable=True),
        sa.Column("chain_id", sa.Uuid(), nullable=False),
        sa.Column("chain_seq", sa.BigInteger().with_variant(sa.Integer(), "sqlite"), nullable=False),
        sa.Column("entry_id", sa.String(length=64), nullable=True),
        sa.Column("problem", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.String(length=400), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_chain_break")),
    )
    op.create_table(
        "store_event",
        sa.Column("site_id", sa.Uuid(), nullable=True),
        sa.Column("device_no", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("detail", sa.JSON(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_store_event")),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(APPEND_ONLY_SQL)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS wd_audit_no_truncate ON audit_entry")
        op.execute("DROP TRIGGER IF EXISTS wd_audit_append_only ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS wd_audit_append_only()")
    op.drop_table("store_event")
    op.drop_table("audit_chain_break")
    op.drop_table("audit_chain_head")
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_chain")
        batch_op.drop_column("entry_hash")
        batch_op.drop_column("prev_hash")
        batch_op.drop_column("chain_seq")
        batch_op.drop_column("chain_id")
