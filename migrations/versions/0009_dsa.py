"""dsa: readers' notices, statements of reasons, appeals, commenters' contacts and their e-mails (issue 16)

Revision ID: 0009_dsa
Revises: 0008_undo
"""
import sqlalchemy as sa
from alembic import op


revision = '0009_dsa'
down_revision = '0008_undo'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'dsa_notices',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('public_id', sa.String(length=32), nullable=False),
        sa.Column('comment_id', sa.Integer(), nullable=False),
        sa.Column('category', sa.String(length=48), nullable=False),
        sa.Column('explanation', sa.Text(), nullable=False),
        sa.Column('content_url', sa.String(length=2048), nullable=True),
        sa.Column('reporter_name', sa.String(length=255), nullable=True),
        sa.Column('reporter_email', sa.String(length=255), nullable=True),
        sa.Column('good_faith', sa.Boolean(), nullable=False),
        sa.Column('channel', sa.String(length=16), nullable=False),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('outcome', sa.String(length=16), nullable=True),
        sa.Column('legal_ground', sa.Text(), nullable=True),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('decision_audit_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name=op.f('fk_dsa_notices_comment_id_comments')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_dsa_notices_decided_by_id_users')),
        sa.ForeignKeyConstraint(['decision_audit_id'], ['audit_entries.id'],
                                name=op.f('fk_dsa_notices_decision_audit_id_audit_entries')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dsa_notices')),
        sa.UniqueConstraint('public_id', name=op.f('uq_dsa_notices_public_id')),
    )
    op.create_index(op.f('ix_dsa_notices_comment_id'), 'dsa_notices', ['comment_id'])
    op.create_index('ix_dsa_notices_state_created', 'dsa_notices', ['state', 'created_at'])

    op.create_table(
        'dsa_statements',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('public_id', sa.String(length=32), nullable=False),
        sa.Column('audit_entry_id', sa.Integer(), nullable=False),
        sa.Column('comment_id', sa.Integer(), nullable=True),
        sa.Column('author_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=16), nullable=False),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('body', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('appeal_until', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_via', sa.String(length=16), nullable=True),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['audit_entry_id'], ['audit_entries.id'],
                                name=op.f('fk_dsa_statements_audit_entry_id_audit_entries')),
        sa.ForeignKeyConstraint(['comment_id'], ['comments.id'], name=op.f('fk_dsa_statements_comment_id_comments')),
        sa.ForeignKeyConstraint(['author_id'], ['authors.id'], name=op.f('fk_dsa_statements_author_id_authors')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_dsa_statements_decided_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dsa_statements')),
        sa.UniqueConstraint('public_id', name=op.f('uq_dsa_statements_public_id')),
        sa.UniqueConstraint('audit_entry_id', name=op.f('uq_dsa_statements_audit_entry_id')),
    )
    op.create_index(op.f('ix_dsa_statements_comment_id'), 'dsa_statements', ['comment_id'])
    op.create_index(op.f('ix_dsa_statements_author_id'), 'dsa_statements', ['author_id'])
    op.create_index('ix_dsa_statements_created', 'dsa_statements', ['created_at'])

    op.create_table(
        'dsa_appeals',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('public_id', sa.String(length=32), nullable=False),
        sa.Column('statement_id', sa.Integer(), nullable=False),
        sa.Column('explanation', sa.Text(), nullable=False),
        sa.Column('contact_email', sa.String(length=255), nullable=True),
        sa.Column('state', sa.String(length=16), nullable=False),
        sa.Column('outcome_note', sa.Text(), nullable=True),
        sa.Column('decided_at', sa.DateTime(timezone=True), nullable=True),
        sa.Column('decided_by_id', sa.Integer(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['statement_id'], ['dsa_statements.id'],
                                name=op.f('fk_dsa_appeals_statement_id_dsa_statements')),
        sa.ForeignKeyConstraint(['decided_by_id'], ['users.id'], name=op.f('fk_dsa_appeals_decided_by_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dsa_appeals')),
        sa.UniqueConstraint('public_id', name=op.f('uq_dsa_appeals_public_id')),
    )
    op.create_index(op.f('ix_dsa_appeals_statement_id'), 'dsa_appeals', ['statement_id'])
    op.create_index('ix_dsa_appeals_state_created', 'dsa_appeals', ['state', 'created_at'])

    op.create_table(
        'dsa_author_contacts',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('author_id', sa.Integer(), nullable=False),
        sa.Column('email', sa.String(length=255), nullable=False),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['author_id'], ['authors.id'], name=op.f('fk_dsa_author_contacts_author_id_authors')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dsa_author_contacts')),
        sa.UniqueConstraint('author_id', name=op.f('uq_dsa_author_contacts_author_id')),
    )

    op.create_table(
        'dsa_emails',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('kind', sa.String(length=24), nullable=False),
        sa.Column('recipient', sa.String(length=255), nullable=False),
        sa.Column('subject', sa.String(length=255), nullable=False),
        sa.Column('body', sa.Text(), nullable=False),
        sa.Column('notice_id', sa.Integer(), nullable=True),
        sa.Column('statement_id', sa.Integer(), nullable=True),
        sa.Column('appeal_id', sa.Integer(), nullable=True),
        sa.Column('status', sa.String(length=16), nullable=False),
        sa.Column('attempts', sa.Integer(), nullable=False),
        sa.Column('last_error', sa.Text(), nullable=True),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('sent_at', sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(['notice_id'], ['dsa_notices.id'], name=op.f('fk_dsa_emails_notice_id_dsa_notices')),
        sa.ForeignKeyConstraint(['statement_id'], ['dsa_statements.id'],
                                name=op.f('fk_dsa_emails_statement_id_dsa_statements')),
        sa.ForeignKeyConstraint(['appeal_id'], ['dsa_appeals.id'], name=op.f('fk_dsa_emails_appeal_id_dsa_appeals')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_dsa_emails')),
    )
    op.create_index('ix_dsa_emails_status', 'dsa_emails', ['status', 'id'])


def downgrade():
    op.drop_index('ix_dsa_emails_status', table_name='dsa_emails')
    op.drop_table('dsa_emails')
    op.drop_table('dsa_author_contacts')
    op.drop_index('ix_dsa_appeals_state_created', table_name='dsa_appeals')
    op.drop_index(op.f('ix_dsa_appeals_statement_id'), table_name='dsa_appeals')
    op.drop_table('dsa_appeals')
    op.drop_index('ix_dsa_statements_created', table_name='dsa_statements')
    op.drop_index(op.f('ix_dsa_statements_author_id'), table_name='dsa_statements')
    op.drop_index(op.f('ix_dsa_statements_comment_id'), table_name='dsa_statements')
    op.drop_table('dsa_statements')
    op.drop_index('ix_dsa_notices_state_created', table_name='dsa_notices')
    op.drop_index(op.f('ix_dsa_notices_comment_id'), table_name='dsa_notices')
    op.drop_table('dsa_notices')
