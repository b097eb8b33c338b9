"""the Perspective API drop-in: analysed texts (opt-in, with retention) and suggested scores (issue 13)

Revision ID: 0007_perspective
Revises: 0006_auth_hardening
"""
from alembic import op
import sqlalchemy as sa


revision = '0007_perspective'
down_revision = '0006_auth_hardening'
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        'perspective_analyses',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('scores', sa.JSON(), nullable=False),
        sa.Column('requested', sa.JSON(), nullable=False),
        sa.Column('languages', sa.JSON(), nullable=False),
        sa.Column('detected_language', sa.String(length=8), nullable=True),
        sa.Column('community_id', sa.String(length=255), nullable=True),
        sa.Column('session_id', sa.String(length=255), nullable=True),
        sa.Column('client_token', sa.String(length=255), nullable=True),
        sa.Column('model_identity', sa.String(length=255), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_perspective_analyses_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_perspective_analyses')),
    )
    op.create_index(op.f('ix_perspective_analyses_user_id'), 'perspective_analyses', ['user_id'], unique=False)
    op.create_index(op.f('ix_perspective_analyses_created_at'), 'perspective_analyses', ['created_at'],
                    unique=False)
    op.create_table(
        'perspective_suggestions',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=False),
        sa.Column('comment_id', sa.Integer(), nullable=True),
        sa.Column('text', sa.Text(), nullable=False),
        sa.Column('attribute', sa.String(length=64), nullable=False),
        sa.Column('value', sa.Float(), nullable=False),
        sa.Column('community_id', sa.String(length=255), nullable=True),
        sa.Column('client_token', sa.String(length=255), nullable=True),
        sa.Column('context', sa.JSON(), nullable=False),
        sa.Column('languages', sa.JSON(), nullable=False),
        sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(['comment_id'], ['comments.id'],
                                name=op.f('fk_perspective_suggestions_comment_id_comments')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_perspective_suggestions_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_perspective_suggestions')),
    )
    op.create_index(op.f('ix_perspective_suggestions_user_id'), 'perspective_suggestions', ['user_id'],
                    unique=False)
    op.create_index(op.f('ix_perspective_suggestions_comment_id'), 'perspective_suggestions', ['comment_id'],
                    unique=False)
    op.create_index(op.f('ix_perspective_suggestions_community_id'), 'perspective_suggestions',
                    ['community_id'], unique=False)
    op.create_index(op.f('ix_perspective_suggestions_created_at'), 'perspective_suggestions', ['created_at'],
                    unique=False)


def downgrade():
    op.drop_index(op.f('ix_perspective_suggestions_created_at'), table_name='perspective_suggestions')
    op.drop_index(op.f('ix_perspective_suggestions_community_id'), table_name='perspective_suggestions')
    op.drop_index(op.f('ix_perspective_suggestions_comment_id'), table_name='perspective_suggestions')
    op.drop_index(op.f('ix_perspective_suggestions_user_id'), table_name='perspective_suggestions')
    op.drop_table('perspective_suggestions')
    op.drop_index(op.f('ix_perspective_analyses_created_at'), table_name='perspective_analyses')
    op.drop_index(op.f('ix_perspective_analyses_user_id'), table_name='perspective_analyses')
    op.drop_table('perspective_analyses')
