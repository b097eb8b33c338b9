"""moderator queue: users, decisions, sanctions

Revision ID: 0002_queue
Revises: 28fe9d9d42ae
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0002_queue'
down_revision = '28fe9d9d42ae'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
