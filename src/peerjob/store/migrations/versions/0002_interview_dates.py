"""interview dates: application.interview_on, the next planned interview (a plan, so it may be in the future)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-24 03:44:41.197770
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.add_column(sa.Column('interview_on', sa.Date(), nullable=True))



def downgrade() -> None:
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_column('interview_on')

