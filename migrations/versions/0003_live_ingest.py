"""live ingestion: webhooks, deliveries, imports

Revision ID: 0003_live_ingest
Revises: 0002_queue
"""
from alembic import op
import sqlalchemy as sa


revision = '0003_live_ingest'
down_revision = '0002_queue'
branch_labels = None
depends_on = None


def _ts():
    return sa.DateTime(timezone=True)


def upgrade():
    op.create_table(
        'source_configs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('scheme', sa.String(length=16), nullable=False),
        sa.Column('payload_format', sa.String(length=16), nullable=False),
        sa.Column('secrets', sa.JSON(), nullable=False),
        sa.Column('max_body_bytes', sa.Integer(), nullable=False),
        sa.Column('callback_url', sa.String(length=2048), nullable=True),
        sa.Column('callback_secret', sa.String(length=255), nullable=True),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', _ts(), nullable=False),
        sa.Column('updated_at', _ts(), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name='fk_source_configs_source_id_sources'),
        sa.PrimaryKeyConstraint('id', name='pk_source_configs'),
        sa.UniqueConstraint('source_id', name='uq_source_configs_source_id'),
    )
    op.create_table(
        'webhook_events',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('event_id', sa.String(length=255), nullable=False),
        sa.Column('event_type', sa.String(length=32), nullable=False),
        sa.Column('raw_body', sa.LargeBinary(), nullable=False),
        sa.Column('article_id', sa.Integer(), nullable=True),
        sa.Column('comment_id', sa.Integer(), nullable=True),
        sa.Column('outcome', sa.String(length=16), nullable=False),
        sa.Column('received_at', _ts(), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name='fk_webhook_events_source_id_sources'),
        sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name='fk_webhook_events_article_id_articles'),
        sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name='fk_webhook_events_comment_id_comments'),
        sa.PrimaryKeyConstraint('id', name='pk_webhook_events'),
        sa.UniqueConstraint('source_id', 'event_id', name='uq_webhook_events_source_id_event_id'),
    )
    op.create_index('ix_webhook_events_comment_id', 'webhook_events', ['comment_id'])
    op.create_table(
        'rejected_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_slug', sa.String(length=64), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=True),
        sa.Column('status_code', sa.Integer(), nullable=False),
        sa.Column('reason', sa.Text(), nullable=False),
        sa.Column('headers', sa.JSON(), nullable=False),
        sa.Column('raw_body', sa.LargeBinary(), nullable=False),
        sa.Column('body_truncated', sa.Boolean(), nullable=False),
        sa.Column('received_at', _ts(), nullable=False),
        sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name='fk_rejected_deliveries_source_id_sources'),
        sa.PrimaryKeyConstraint('id', name='pk_rejected_deliveries'),
    )
    op.create_index('ix_rejected_deliveries_received', 'rejected_deliveries', ['received_at'])
    op.create_table(
        'callback_deliveries',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('source_id', sa.Integer(), nullable=False),
        sa.Column('comment_id', sa.Integer(), nullable=True),
        sa.Column('message_id', sa.String(length=64), nullable=False),
        sa.Column('action', sa.String(length=32), nullable=False),
        sa.Column('payload', sa.JSON(), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_status_code', sa.Integer(), nullable=True),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('next_attempt_at', _ts(), nullable=True),
        sa.Column('created_at', _ts(), nullable=False),
        sa.Column('delivered_at', _ts(), nullable=True),
        sa.ForeignKeyConstraint(['source_id'], ['sources.id'], name='fk_callback_deliveries_source_id_sources'),
        sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name='fk_callback_deliveries_comment_id_comments'),
        sa.PrimaryKeyConstraint('id', name='pk_callback_deliveries'),
        sa.UniqueConstraint('message_id', name='uq_callback_deliveries_message_id'),
    )
    op.create_index('ix_callback_deliveries_due', 'callback_deliveries', ['status', 'next_attempt_at'])
    op.create_index('ix_callback_deliveries_comment_id', 'callback_deliveries', ['comment_id'])


def downgrade():
    op.drop_index('ix_callback_deliveries_comment_id', table_name='callback_deliveries')
    op.drop_index('ix_callback_deliveries_due', table_name='callback_deliveries')
    op.drop_table('callback_deliveries')
    op.drop_index('ix_rejected_deliveries_received', table_name='rejected_deliveries')
    op.drop_table('rejected_deliveries')
    op.drop_index('ix_webhook_events_comment_id', table_name='webhook_events')
    op.drop_table('webhook_events')
    op.drop_table('source_configs')
