"""community-health reports

Revision ID: 0004_reports
Revises: 0003_live_ingest
"""
from alembic import op
import sqlalchemy as sa


revision = '0004_reports'
down_revision = '0003_live_ingest'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'reports',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('period_kind', sa.String(length=16), nullable=False),
        sa.Column('period_start', sa.DateTime(timezone=True), nullable=False),
        sa.Column('period_end', sa.DateTime(timezone=True), nullable=False),
        sa.Column('source_key', sa.String(length=64), nullable=False),
        sa.Column('title', sa.String(length=255), nullable=False),
        sa.Column('data', sa.JSON(), nullable=False),
        sa.Column('html', sa.Text(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_reports')),
        sa.UniqueConstraint('period_kind', 'period_start', 'period_end', 'source_key',
                            name=op.f('uq_reports_period_kind_period_start_period_end_source_key')),
    )
    op.create_index('ix_reports_created', 'reports', ['created_at'], unique=False)
    op.create_table(
        'report_schedules',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('name', sa.String(length=100), nullable=False),
        sa.Column('period_kind', sa.String(length=16), nullable=False),
        sa.Column('sources', sa.JSON(), nullable=False),
        sa.Column('formats', sa.JSON(), nullable=False),
        sa.Column('recipients', sa.JSON(), nullable=False),
        sa.Column('active', sa.Boolean(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_report_schedules')),
        sa.UniqueConstraint('name', name=op.f('uq_report_schedules_name')),
    )
    op.create_table(
        'report_runs',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('schedule_id', sa.Integer(), nullable=False),
        sa.Column('period_start', sa.DateTime(timezone=True), nullable=False),
        sa.Column('period_end', sa.DateTime(timezone=True), nullable=False),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('caught_up', sa.Boolean(), nullable=False),
        sa.Column('report_ids', sa.JSON(), nullable=False),
        sa.Column('delivered_to', sa.JSON(), nullable=False),
        sa.Column('error', sa.Text(), nullable=True),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['schedule_id'], ['report_schedules.id'],
                                name=op.f('fk_report_runs_schedule_id_report_schedules'), ondelete='CASCADE'),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_report_runs')),
        sa.UniqueConstraint('schedule_id', 'period_start', 'period_end',
                            name=op.f('uq_report_runs_schedule_id_period_start_period_end')),
    )
    with op.batch_alter_table('report_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_report_runs_schedule_id'), ['schedule_id'], unique=False)


def downgrade():
    with op.batch_alter_table('report_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_report_runs_schedule_id'))
    op.drop_table('report_runs')
    op.drop_table('report_schedules')
    op.drop_index('ix_reports_created', table_name='reports')
    op.drop_table('reports')
