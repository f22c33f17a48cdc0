"""lifecycle: a case's stages after the counter, hand-over batches, the matter's extension and 超时默许

Revision ID: 0007_lifecycle
Revises: 0006_merge_heads
Create Date: 2026-12-02 14:20:00

Existing cases get the stage their counter outcome implies: accepted → ``accepted``, awaiting
correction → ``awaiting_correction``, not accepted → ``not_accepted``, done on the spot → ``closed``
(decided and approved that day).
"""

import sqlalchemy as sa
from alembic import op

import windowdesk.store.base

revision = "0007_lifecycle"
down_revision = "0006_merge_heads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "case_handover",
        sa.Column("site_id", sa.Uuid(), nullable=False),
        sa.Column("batch_no", sa.String(length=24), nullable=False),
        sa.Column("department_code", sa.String(length=16), nullable=False),
        sa.Column("department_name", sa.String(length=100), nullable=False),
        sa.Column("case_nos", sa.JSON(), nullable=False),
        sa.Column("handed_on", sa.Date(), nullable=False),
        sa.Column("handed_by", sa.String(length=64), nullable=False),
        sa.Column("received_by", sa.String(length=64), nullable=False),
        sa.Column("received_on", sa.Date(), nullable=True),
        sa.Column("created_at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(["site_id"], ["site.id"], name=op.f("fk_case_handover_site_id_site")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_case_handover")),
        sa.UniqueConstraint("batch_no", name=op.f("uq_case_handover_batch_no")),
    )
    with op.batch_alter_table("case_handover", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_case_handover_department_code"), ["department_code"], unique=False
        )

    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("stage", sa.String(length=24), nullable=False, server_default="accepted")
        )
        batch_op.add_column(
            sa.Column("stage_changed_at", windowdesk.store.base.UTCDateTime(timezone=True), nullable=True)
        )
        batch_op.add_column(sa.Column("decision", sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column("decided_on", sa.Date(), nullable=True))
        batch_op.add_column(sa.Column("licence_no", sa.String(length=60), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("decision_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(sa.Column("decision_basis", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("department_code", sa.String(length=16), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("department_name", sa.String(length=100), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("handover_id", sa.Uuid(), nullable=True))
        batch_op.add_column(
            sa.Column("handler_login", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("responsible_login", sa.String(length=64), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("silence_consent", sa.Boolean(), nullable=False, server_default=sa.false())
        )
        batch_op.add_column(sa.Column("extension_workdays", sa.Integer(), nullable=False, server_default="0"))
        batch_op.add_column(sa.Column("extension", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("pauses", sa.JSON(), nullable=False, server_default="[]"))
        batch_op.add_column(sa.Column("delivery", sa.JSON(), nullable=False, server_default="{}"))
        batch_op.add_column(sa.Column("closing_note", sa.Text(), nullable=False, server_default=""))
        batch_op.create_index(batch_op.f("ix_intake_case_stage"), ["stage"], unique=False)
        batch_op.create_index(batch_op.f("ix_intake_case_decided_on"), ["decided_on"], unique=False)
        batch_op.create_index(batch_op.f("ix_intake_case_department_code"), ["department_code"], unique=False)
        batch_op.create_index(batch_op.f("ix_intake_case_handover_id"), ["handover_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_intake_case_handler_login"), ["handler_login"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_intake_case_responsible_login"), ["responsible_login"], unique=False
        )
        # the supervisor's card run: open cases by due date, one index range scan
        batch_op.create_index("ix_intake_case_open_due", ["decided_on", "statutory_due"], unique=False)

    intake_case = sa.table(
        "intake_case",
        sa.column("status", sa.String),
        sa.column("stage", sa.String),
        sa.column("decision", sa.String),
        sa.column("decided_on", sa.Date),
        sa.column("completed_on", sa.Date),
        sa.column("clerk_login", sa.String),
        sa.column("responsible_login", sa.String),
    )
    for status, stage in (
        ("awaiting_correction", "awaiting_correction"),
        ("rejected", "not_accepted"),
        ("done", "closed"),
    ):
        op.execute(intake_case.update().where(intake_case.c.status == status).values(stage=stage))
    op.execute(
        intake_case.update()
        .where(intake_case.c.status == "done")
        .values(decision="approved", decided_on=intake_case.c.completed_on)
    )
    op.execute(intake_case.update().values(responsible_login=intake_case.c.clerk_login))

    with op.batch_alter_table("matter", schema=None) as batch_op:
        batch_op.add_column(sa.Column("extension_days", sa.Integer(), nullable=False, server_default="10"))
        batch_op.add_column(
            sa.Column("silence_consent", sa.Boolean(), nullable=False, server_default=sa.false())
        )


def downgrade() -> None:
    with op.batch_alter_table("matter", schema=None) as batch_op:
        batch_op.drop_column("silence_consent")
        batch_op.drop_column("extension_days")
    with op.batch_alter_table("intake_case", schema=None) as batch_op:
        for name in (
            "ix_intake_case_open_due",
            "ix_intake_case_responsible_login",
            "ix_intake_case_handler_login",
            "ix_intake_case_handover_id",
            "ix_intake_case_department_code",
            "ix_intake_case_decided_on",
            "ix_intake_case_stage",
        ):
            batch_op.drop_index(name)
        for column in (
            "closing_note",
            "delivery",
            "pauses",
            "extension",
            "extension_workdays",
            "silence_consent",
            "responsible_login",
            "handler_login",
            "handover_id",
            "department_name",
            "department_code",
            "decision_basis",
            "decision_reason",
            "licence_no",
            "decided_on",
            "decision",
            "stage_changed_at",
            "stage",
        ):
            batch_op.drop_column(column)
    with op.batch_alter_table("case_handover", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_case_handover_department_code"))
    op.drop_table("case_handover")
