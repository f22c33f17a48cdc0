"""merge the capability branches (catalogue, queue, intake, sync) into one line

Revision ID: 0006_merge_heads
Revises: 0002_catalogue, 0003_queue, 0004_intake, 0005_sync
Create Date: 2026-12-02 13:30:00

The first capabilities each branched off 0001_foundation. From here on every migration follows
this one, so the history reads as one line again.
"""

revision = "0006_merge_heads"
down_revision = ("0002_catalogue", "0003_queue", "0004_intake", "0005_sync")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
