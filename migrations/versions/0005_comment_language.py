"""comment language, detected at scoring

Revision ID: 0005_comment_language
Revises: 0004_reports
"""
from alembic import op
import sqlalchemy as sa


revision = '0005_comment_language'
down_revision = '0004_reports'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('comments') as batch:
        batch.add_column(sa.Column('language', sa.String(length=8), nullable=True))
        batch.create_index(batch.f('ix_comments_language'), ['language'], unique=False)


def downgrade():
    with op.batch_alter_table('comments') as batch:
        batch.drop_index(batch.f('ix_comments_language'))
        batch.drop_column('language')
