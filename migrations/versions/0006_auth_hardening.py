"""login throttling by e-mail and client address; revocable sessions (issue 17)

Failed logins move from two columns on users (which only existing accounts had, so a lock told
strangers the account existed) to login_throttles, keyed by the e-mail as typed. users gains
session_version: a session names the version it was issued under, and logout or a new password
bumps it, so cookies captured earlier stop working.

Revision ID: 0006_auth_hardening
Revises: 0005_comment_language
"""
from alembic import op
import sqlalchemy as sa


revision = '0006_auth_hardening'
down_revision = '0005_comment_language'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'login_throttles',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('email_hash', sa.String(length=64), nullable=False),
        sa.Column('client', sa.String(length=64), nullable=False),
        sa.Column('failures', sa.Integer(), nullable=False),
        sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
        sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_login_throttles')),
        sa.UniqueConstraint('email_hash', 'client', name=op.f('uq_login_throttles_email_hash_client')),
    )
    op.create_index(op.f('ix_login_throttles_updated_at'), 'login_throttles', ['updated_at'], unique=False)
    with op.batch_alter_table('users') as batch:
        batch.drop_column('failed_logins')
        batch.drop_column('locked_until')
        batch.add_column(sa.Column('session_version', sa.Integer(), nullable=False, server_default='1'))


def downgrade():
    with op.batch_alter_table('users') as batch:
        batch.drop_column('session_version')
        batch.add_column(sa.Column('failed_logins', sa.Integer(), nullable=False, server_default='0'))
        batch.add_column(sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True))
    op.drop_index(op.f('ix_login_throttles_updated_at'), table_name='login_throttles')
    op.drop_table('login_throttles')
