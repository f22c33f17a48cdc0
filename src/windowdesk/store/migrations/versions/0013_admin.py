"""administration: window departments, category opening hours, a user's default window, forced
password change and sign-in lockout (the staff number came with the ratings, 0009)

Revision ID: 0013_admin
Revises: 0012_merge_heads
Create Date: 2026-12-02 16:30:00
"""

import sqlalchemy as sa
from alembic import op

import windowdesk.store.base

revision = "0013_admin"
down_revision = "0012_merge_heads"
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
        for column in ("locked_until", "failed_logins", "must_change_password", "window_no"):
            batch.drop_column(column)
    with op.batch_alter_table("queue_category") as batch:
        batch.drop_column("hours")
    with op.batch_alter_table("window") as batch:
        batch.drop_column("department")
