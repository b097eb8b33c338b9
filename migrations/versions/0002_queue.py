"""moderator queue: indexes for each queue's ordering (users, decisions and sanctions use existing tables)

Revision ID: 0002_queue
Revises: 28fe9d9d42ae
"""
from alembic import op
import sqlalchemy as sa


revision = '0002_queue'
down_revision = '28fe9d9d42ae'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.create_index('ix_comments_review_order',
                              ['review_state', sa.text('priority DESC'), 'queued_at', 'id'], unique=False)
        batch_op.create_index('ix_comments_decided_at', ['decided_at'], unique=False)
        batch_op.create_index('ix_comments_flag_count', ['flag_count', 'id'], unique=False)
        batch_op.create_index('ix_comments_status_queued', ['status', 'queued_at', 'id'], unique=False)
        batch_op.create_index('ix_comments_article_review', ['article_id', 'review_state'], unique=False)
        batch_op.create_index('ix_comments_author_history', ['author_id', 'status', 'decided_at'], unique=False)


def downgrade():
    with op.batch_alter_table('comments', schema=None) as batch_op:
        batch_op.drop_index('ix_comments_author_history')
        batch_op.drop_index('ix_comments_article_review')
        batch_op.drop_index('ix_comments_status_queued')
        batch_op.drop_index('ix_comments_flag_count')
        batch_op.drop_index('ix_comments_decided_at')
        batch_op.drop_index('ix_comments_review_order')
