"""live ingestion: webhooks, deliveries, imports

Revision ID: 0003_live_ingest
Revises: 0002_queue
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0003_live_ingest'
down_revision = '0002_queue'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
