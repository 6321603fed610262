"""undo log: the changes `peerjob undo` can take back

Two new tables, empty at first. Temporary triggers (made per connection by
store/undo.py, never stored in the file) fill them in the same transaction as
each change.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-04 03:18:51.940942
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('undo_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('made_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('command', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('revision', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('undo_step',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('change_id', sa.Integer(), nullable=False),
    sa.Column('table_name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('operation', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('row_id', sa.Integer(), nullable=False),
    sa.Column('old', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.ForeignKeyConstraint(['change_id'], ['undo_change.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('undo_step', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_undo_step_change_id'), ['change_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('undo_step', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_undo_step_change_id'))

    op.drop_table('undo_step')
    op.drop_table('undo_change')
