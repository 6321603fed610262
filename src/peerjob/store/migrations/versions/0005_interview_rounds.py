"""interview rounds, follow-ups sent, contacts, goals agreed at check-ins, and what was sent for a job

Each application's single planned interview date (application.interview_on)
becomes its first round in the new interview table, with the day only (no
time was ever kept), and the column goes. Follow-ups sent get a table of
their own; an application gains a deadline (for saved jobs), a location, a
salary, the resume sent and a copy of the posting.

The application table is copied to drop its column (SQLite's way); foreign
keys are off during migrations, so the copy cascades nothing, and the test
from every earlier schema checks every kind of row survives.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-04 05:42:18.593346
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('follow_up',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('followed_on', sa.Date(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('with_name', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_followed_on'), ['followed_on'], unique=False)

    op.create_table('interview',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('at_time', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('with_names', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('place', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('duration_min', sa.Integer(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('cancelled_on', sa.Date(), nullable=True),
    sa.Column('how_it_went', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('learned', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_step', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_interview_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_interview_held_on'), ['held_on'], unique=False)

    op.create_table('contact',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('email', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('phone', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contact_application_id'), ['application_id'], unique=False)

    op.create_table('agreed_goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('checkin_id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['checkin_id'], ['checkin.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('agreed_goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_agreed_goal_checkin_id'), ['checkin_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_agreed_goal_week_start'), ['week_start'], unique=False)

    # The planned interview dates, carried into rounds before their column goes.
    op.execute(
        "INSERT INTO interview (application_id, held_on, created_at, updated_at)"
        " SELECT id, interview_on, updated_at, updated_at FROM application"
        " WHERE interview_on IS NOT NULL ORDER BY id"
    )
    # The table copy keeps AUTOINCREMENT (reflection alone would lose it) and the highest ID ever
    # given, deleted ones included: a new application never gets an ID an old one had.
    highest = op.get_bind().exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'application'"
    ).scalar()
    with op.batch_alter_table(
        'application', schema=None, recreate='always', table_kwargs={'sqlite_autoincrement': True}
    ) as batch_op:
        batch_op.add_column(sa.Column('deadline_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('location', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('salary', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('resume', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.add_column(sa.Column('description', sqlmodel.sql.sqltypes.AutoString(), nullable=True))
        batch_op.create_index(batch_op.f('ix_application_deadline_on'), ['deadline_on'], unique=False)
        batch_op.drop_column('interview_on')
    if highest is not None:
        op.execute(f"UPDATE sqlite_sequence SET seq = max(seq, {int(highest)}) WHERE name = 'application'")
        op.execute(
            f"INSERT INTO sqlite_sequence (name, seq) SELECT 'application', {int(highest)}"
            " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'application')"
        )



def downgrade() -> None:
    highest = op.get_bind().exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = 'application'"
    ).scalar()
    with op.batch_alter_table(
        'application', schema=None, recreate='always', table_kwargs={'sqlite_autoincrement': True}
    ) as batch_op:
        batch_op.add_column(sa.Column('interview_on', sa.DATE(), nullable=True))
        batch_op.drop_index(batch_op.f('ix_application_deadline_on'))
        batch_op.drop_column('description')
        batch_op.drop_column('resume')
        batch_op.drop_column('salary')
        batch_op.drop_column('location')
        batch_op.drop_column('deadline_on')
    # Back to one date per application: its latest round that was not called off.
    op.execute(
        "UPDATE application SET interview_on = (SELECT held_on FROM interview i WHERE i.application_id = application.id"
        " AND i.cancelled_on IS NULL ORDER BY i.held_on DESC, i.id DESC LIMIT 1)"
    )
    if highest is not None:
        op.execute(f"UPDATE sqlite_sequence SET seq = max(seq, {int(highest)}) WHERE name = 'application'")
        op.execute(
            f"INSERT INTO sqlite_sequence (name, seq) SELECT 'application', {int(highest)}"
            " WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'application')"
        )

    with op.batch_alter_table('interview', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_interview_held_on'))
        batch_op.drop_index(batch_op.f('ix_interview_application_id'))

    op.drop_table('interview')
    with op.batch_alter_table('agreed_goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_agreed_goal_week_start'))
        batch_op.drop_index(batch_op.f('ix_agreed_goal_checkin_id'))

    op.drop_table('agreed_goal')
    with op.batch_alter_table('contact', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contact_application_id'))

    op.drop_table('contact')
    with op.batch_alter_table('follow_up', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_followed_on'))
        batch_op.drop_index(batch_op.f('ix_follow_up_application_id'))

    op.drop_table('follow_up')
