"""reliability: hash-chained audit, append-only audit on PostgreSQL, store events

Revision ID: 0011_reliability
Revises: 0006_merge_heads
Create Date: 2026-12-02 13:40:00

Audit entries get their chain columns (``windowdesk.domain.audit_chain``). Entries already
present get a chain start: per site and device, in the order they were made, they are linked into
a chain of their own here, so from now on a change to them is found too. New entries start a fresh
chain per device (the chain head is not set here): the entries already pushed to central travelled
without chain columns, and a chain continued from this store's copy would not verify there. On PostgreSQL a trigger refuses UPDATE, DELETE and TRUNCATE of audit entries whoever
connects (one exception: the ``site_id`` re-key done once when a store set up offline joins
central, see ``sync/adopt.py``; ``site_id`` is outside the hash). Only the tables' owner could drop
the trigger: a deployment runs the counters with a role that does not own them (docs/security.md).
"""

import uuid

import sqlalchemy as sa
from alembic import op

import windowdesk.store.base
from windowdesk.domain import audit_chain
from windowdesk.domain.ids import uuid7

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

    _chain_existing_entries()

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


def _chain_existing_entries() -> None:
    """Link the entries already present, per (site, device), ordered by time then id."""
    audit = sa.table(
        "audit_entry",
        sa.column("id", sa.Uuid()),
        sa.column("at", windowdesk.store.base.UTCDateTime()),
        sa.column("site_id", sa.Uuid()),
        sa.column("device_no", sa.Integer()),
        sa.column("window_no", sa.Integer()),
        sa.column("user_id", sa.Uuid()),
        sa.column("user_login", sa.String()),
        sa.column("action", sa.String()),
        sa.column("entity", sa.String()),
        sa.column("entity_id", sa.String()),
        sa.column("detail", sa.JSON()),
        sa.column("chain_id", sa.Uuid()),
        sa.column("chain_seq", sa.BigInteger()),
        sa.column("prev_hash", sa.String()),
        sa.column("entry_hash", sa.String()),
    )
    bind = op.get_bind()
    rows = bind.execute(
        sa.select(audit).order_by(audit.c.site_id, audit.c.device_no, audit.c.at, audit.c.id)
    ).mappings()
    chains: dict[tuple, tuple[uuid.UUID, int, str]] = {}  # (site, device) -> its chain so far
    updates = []
    for row in rows:
        key = (row["site_id"], row["device_no"])
        chain_id, seq, prev = chains.get(key) or (uuid7(), 0, audit_chain.GENESIS)
        entry = {**row, "chain_id": chain_id, "chain_seq": seq + 1}
        digest = audit_chain.entry_hash(prev, entry)
        chains[key] = (chain_id, seq + 1, digest)
        updates.append({"b_id": row["id"], "c": chain_id, "s": seq + 1, "p": prev, "h": digest})
    if updates:
        bind.execute(
            audit.update()
            .where(audit.c.id == sa.bindparam("b_id"))
            .values(
                chain_id=sa.bindparam("c"),
                chain_seq=sa.bindparam("s"),
                prev_hash=sa.bindparam("p"),
                entry_hash=sa.bindparam("h"),
            ),
            updates,
        )


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
