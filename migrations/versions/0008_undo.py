"""undo: the state an audit entry's action replaced, and which entry an undo reverses (issue 14)

Revision ID: 0008_undo
Revises: 0007_perspective
"""
import sqlalchemy as sa
from alembic import op

revision = '0008_undo'
down_revision = '0007_perspective'
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table('audit_entries') as batch:
        batch.add_column(sa.Column('before', sa.JSON(), nullable=True))
        batch.add_column(sa.Column('undoes_id', sa.Integer(), nullable=True))
        batch.create_unique_constraint(batch.f('uq_audit_entries_undoes_id'), ['undoes_id'])
        batch.create_foreign_key(batch.f('fk_audit_entries_undoes_id_audit_entries'), 'audit_entries',
                                 ['undoes_id'], ['id'])


def downgrade():
    with op.batch_alter_table('audit_entries') as batch:
        batch.drop_constraint(batch.f('fk_audit_entries_undoes_id_audit_entries'), type_='foreignkey')
        batch.drop_constraint(batch.f('uq_audit_entries_undoes_id'), type_='unique')
        batch.drop_column('undoes_id')
        batch.drop_column('before')
