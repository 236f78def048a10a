"""text overrides: an admin's wording of a shipped text template

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-24 10:00:00.000000
"""

import sqlalchemy as sa
from alembic import op

import models.base


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Apply this migration."""
    op.create_table('text_overrides',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=40), nullable=False),
    sa.Column('language', sa.String(length=8), nullable=False),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('updated_at', models.base.UTCDateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['updated_by'], ['users.id'], name=op.f('fk_text_overrides_updated_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_text_overrides')),
    sa.UniqueConstraint('key', 'language', name=op.f('uq_text_overrides_key'))
    )


def downgrade() -> None:
    """Revert this migration."""
    op.drop_table('text_overrides')
