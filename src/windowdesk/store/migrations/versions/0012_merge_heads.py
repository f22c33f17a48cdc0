"""merge the lifecycle, ratings and reliability branches into one line

Revision ID: 0012_merge_heads
Revises: 0007_lifecycle, 0009_ratings, 0011_reliability
Create Date: 2026-12-02 16:30:00

Three capabilities branched off 0006_merge_heads. From here on every migration follows this one,
and a test keeps the history to a single head.
"""

revision = "0012_merge_heads"
down_revision = ("0007_lifecycle", "0009_ratings", "0011_reliability")
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
