"""inbound (contact_id, received_at) index: triage reads a sender's texts of the last minutes

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-24 08:00:00.000000
"""

from alembic import op

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_index(
        'ix_inbound_contact_received', 'inbound_messages', ['contact_id', 'received_at'],
        unique=False,
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_index('ix_inbound_contact_received', table_name='inbound_messages')
