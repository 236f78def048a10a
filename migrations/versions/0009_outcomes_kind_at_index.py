"""outcomes (kind, at) index: the dashboard and exports read outcomes by kind over a date range

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-24 02:00:00.000000
"""

from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_index('ix_outcomes_kind_at', 'outcomes', ['kind', 'at'], unique=False)


def downgrade() -> None:
    """Revert this migration."""
    op.drop_index('ix_outcomes_kind_at', table_name='outcomes')
