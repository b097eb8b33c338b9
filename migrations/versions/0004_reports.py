"""community-health reports

Revision ID: 0004_reports
Revises: 0003_live_ingest
"""
from alembic import op  # noqa: F401
import sqlalchemy as sa  # noqa: F401


revision = '0004_reports'
down_revision = '0003_live_ingest'
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
