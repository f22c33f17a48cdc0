"""administration: window departments, category opening hours, user staff number, default window,
forced password change and sign-in lockout

Revision ID: 0008_admin
Revises: 0006_merge_heads
Create Date: 2026-12-02 14:20:00
"""

import sqlalchemy as sa
from alembic import op

import windowdesk.store.base

revision = "0008_admin"
down_revision = "0006_merge_heads"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Nullable (with defaults for new rows): a site that has not run this migration yet pushes rows
    # without these columns, and central must still apply them.
    with op.batch_alter_table("window") as batch:
        batch.add_column(sa.Column("department", sa.String(length=120), server_default="", nullable=True))
    with op.batch_alter_table("queue_category") as batch:
        batch.add_column(sa.Column("hours", sa.String(length=120), server_default="", nullable=True))
    with op.batch_alter_table("app_user") as batch:
        batch.add_column(sa.Column("staff_no", sa.String(length=32), server_default="", nullable=True))
        batch.add_column(sa.Column("window_no", sa.Integer(), nullable=True))
        batch.add_column(
            sa.Column("must_change_password", sa.Boolean(), server_default=sa.false(), nullable=True)
        )
        batch.add_column(sa.Column("failed_logins", sa.Integer(), server_default="0", nullable=True))
        batch.add_column(
            sa.Column("locked_until", windowdesk.store.base.UTCDateTime(timezone=True), nullable=True)
        )


def downgrade() -> None:
    with op.batch_alter_table("app_user") as batch:
        for column in ("locked_until", "failed_logins", "must_change_password", "window_no", "staff_no"):
            batch.drop_column(column)
    with op.batch_alter_table("queue_category") as batch:
        batch.drop_column("hours")
    with op.batch_alter_table("window") as batch:
        batch.drop_column("department")
