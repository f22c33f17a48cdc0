"""supervision: yellow and red cards, exceptions and their handling (电子监察, issue 14)

Revision ID: 0014_supervision
Revises: 0013_admin
Create Date: 2026-12-02 14:22:01

The yellow-card threshold moves from ``deadline.yellow_workdays`` (never read by any service) to
``supervision.yellow_workdays``: a value an administrator stored under the old key is kept.
"""

import sqlalchemy as sa
from alembic import op

import windowdesk.store.base

revision = "0014_supervision"
down_revision = "0013_admin"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "supervision_action",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("target_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("conclusion", sa.String(length=12), nullable=False),
        sa.Column("addressee_login", sa.String(length=64), nullable=False),
        sa.Column("by_login", sa.String(length=64), nullable=False),
        sa.Column("at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_supervision_action_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_action")),
    )
    with op.batch_alter_table("supervision_action", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_supervision_action_addressee_login"), ["addressee_login"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_supervision_action_target_id"), ["target_id"], unique=False)

    op.create_table(
        "supervision_card",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=False),
        sa.Column("case_no", sa.String(length=20), nullable=False),
        sa.Column("level", sa.String(length=8), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("due_date", sa.Date(), nullable=False),
        sa.Column("past_statutory", sa.Boolean(), nullable=False),
        sa.Column("matter_code", sa.String(length=40), nullable=False),
        sa.Column("department_code", sa.String(length=16), nullable=False),
        sa.Column("responsible_login", sa.String(length=64), nullable=False),
        sa.Column("window_no", sa.Integer(), nullable=True),
        sa.Column("created_at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_supervision_card_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_card")),
    )
    with op.batch_alter_table("supervision_card", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_card_case_id"), ["case_id"], unique=False)
        batch_op.create_index("ix_supervision_card_site_issued", ["site_id", "issued_on"], unique=False)

    op.create_table(
        "supervision_exception",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("case_id", sa.Uuid(), nullable=True),
        sa.Column("ticket_id", sa.Uuid(), nullable=True),
        sa.Column("subject", sa.String(length=40), nullable=False),
        sa.Column("found_on", sa.Date(), nullable=False),
        sa.Column("responsible_login", sa.String(length=64), nullable=False),
        sa.Column("department_code", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.Column("created_at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_supervision_exception_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_supervision_exception")),
    )
    with op.batch_alter_table("supervision_exception", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_supervision_exception_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_supervision_exception_kind"), ["kind"], unique=False)
        batch_op.create_index("ix_supervision_exception_site_on", ["site_id", "found_on"], unique=False)

    op.execute(
        "UPDATE setting SET key = 'supervision.yellow_workdays' WHERE key = 'deadline.yellow_workdays'"
    )


def downgrade() -> None:
    with op.batch_alter_table("supervision_exception", schema=None) as batch_op:
        batch_op.drop_index("ix_supervision_exception_site_on")
        batch_op.drop_index(batch_op.f("ix_supervision_exception_kind"))
        batch_op.drop_index(batch_op.f("ix_supervision_exception_case_id"))

    op.drop_table("supervision_exception")
    with op.batch_alter_table("supervision_card", schema=None) as batch_op:
        batch_op.drop_index("ix_supervision_card_site_issued")
        batch_op.drop_index(batch_op.f("ix_supervision_card_case_id"))

    op.drop_table("supervision_card")
    with op.batch_alter_table("supervision_action", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_supervision_action_target_id"))
        batch_op.drop_index(batch_op.f("ix_supervision_action_addressee_login"))

    op.drop_table("supervision_action")
    op.execute(
        "UPDATE setting SET key = 'deadline.yellow_workdays' WHERE key = 'supervision.yellow_workdays'"
    )
