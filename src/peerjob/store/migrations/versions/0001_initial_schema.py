"""initial schema

Revision ID: 0001
Revises: (none)
Create Date: 2026-11-22
"""

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('application',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('company', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=False),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('source', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('follow_up_on', sa.Date(), nullable=True),
    sa.Column('start_on', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_applied_on'), ['applied_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_follow_up_on'), ['follow_up_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_source'), ['source'], unique=False)
        batch_op.create_index(batch_op.f('ix_application_stage'), ['stage'], unique=False)

    op.create_table('boundary',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('goal',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('week_start', sa.Date(), nullable=False),
    sa.Column('applications', sa.Integer(), nullable=True),
    sa.Column('wins', sa.Integer(), nullable=True),
    sa.Column('checkins', sa.Integer(), nullable=True),
    sa.Column('self_care_days', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_goal_week_start'), ['week_start'], unique=False)

    op.create_table('journal_entry',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('entry_on', sa.Date(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('mood', sa.Integer(), nullable=True),
    sa.Column('energy', sa.Integer(), nullable=True),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_entry_entry_on'), ['entry_on'], unique=False)

    op.create_table('milestone',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('key', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('title', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('reached_on', sa.Date(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('key')
    )
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_milestone_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_milestone_reached_on'), ['reached_on'], unique=False)

    op.create_table('partner',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('role', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('removed_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('resource',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('contact', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('url', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_step', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_on', sa.Date(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('resource', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_resource_next_on'), ['next_on'], unique=False)

    op.create_table('strength',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('story', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_table('application_tag',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('tag', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('application_id', 'tag')
    )
    with op.batch_alter_table('application_tag', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_application_tag_tag'), ['tag'], unique=False)

    op.create_table('checkin',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('partner_id', sa.Integer(), nullable=False),
    sa.Column('checkin_on', sa.Date(), nullable=False),
    sa.Column('channel', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('shared', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('agreed', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_on', sa.Date(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partner.id'], ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_checkin_checkin_on'), ['checkin_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkin_next_on'), ['next_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_checkin_partner_id'), ['partner_id'], unique=False)

    op.create_table('disclosure',
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('plan', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('application_id')
    )
    op.create_table('journal_practice',
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('practice', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['journal_entry.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('entry_id', 'practice')
    )
    with op.batch_alter_table('journal_practice', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_journal_practice_practice'), ['practice'], unique=False)

    op.create_table('reframe',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('what_happened', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('first_thought', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('outside_control', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('peer_advice', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('balanced_thought', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_step', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('next_step_on', sa.Date(), nullable=True),
    sa.Column('private', sa.Boolean(), nullable=False),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.Column('updated_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('reframe', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_reframe_application_id'), ['application_id'], unique=False)

    op.create_table('stage_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.Column('from_stage', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('to_stage', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('note', sqlmodel.sql.sqltypes.AutoString(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_stage_change_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_change_changed_on'), ['changed_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_stage_change_to_stage'), ['to_stage'], unique=False)

    op.create_table('strength_application',
    sa.Column('strength_id', sa.Integer(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['strength_id'], ['strength.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('strength_id', 'application_id')
    )
    op.create_table('win',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('text', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('kind', sqlmodel.sql.sqltypes.AutoString(), nullable=False),
    sa.Column('won_on', sa.Date(), nullable=False),
    sa.Column('application_id', sa.Integer(), nullable=True),
    sa.Column('created_at', sqlmodel.sql.sqltypes.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['application_id'], ['application.id'], ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('win', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_win_application_id'), ['application_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_win_kind'), ['kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_win_won_on'), ['won_on'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('win', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_win_won_on'))
        batch_op.drop_index(batch_op.f('ix_win_kind'))
        batch_op.drop_index(batch_op.f('ix_win_application_id'))

    op.drop_table('win')
    op.drop_table('strength_application')
    with op.batch_alter_table('stage_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_stage_change_to_stage'))
        batch_op.drop_index(batch_op.f('ix_stage_change_changed_on'))
        batch_op.drop_index(batch_op.f('ix_stage_change_application_id'))

    op.drop_table('stage_change')
    with op.batch_alter_table('reframe', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reframe_application_id'))

    op.drop_table('reframe')
    with op.batch_alter_table('journal_practice', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_practice_practice'))

    op.drop_table('journal_practice')
    op.drop_table('disclosure')
    with op.batch_alter_table('checkin', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_checkin_partner_id'))
        batch_op.drop_index(batch_op.f('ix_checkin_next_on'))
        batch_op.drop_index(batch_op.f('ix_checkin_checkin_on'))

    op.drop_table('checkin')
    with op.batch_alter_table('application_tag', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_tag_tag'))

    op.drop_table('application_tag')
    op.drop_table('strength')
    with op.batch_alter_table('resource', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_resource_next_on'))

    op.drop_table('resource')
    op.drop_table('partner')
    with op.batch_alter_table('milestone', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_milestone_reached_on'))
        batch_op.drop_index(batch_op.f('ix_milestone_kind'))

    op.drop_table('milestone')
    with op.batch_alter_table('journal_entry', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_journal_entry_entry_on'))

    op.drop_table('journal_entry')
    with op.batch_alter_table('goal', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_goal_week_start'))

    op.drop_table('goal')
    op.drop_table('boundary')
    with op.batch_alter_table('application', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_application_stage'))
        batch_op.drop_index(batch_op.f('ix_application_source'))
        batch_op.drop_index(batch_op.f('ix_application_follow_up_on'))
        batch_op.drop_index(batch_op.f('ix_application_applied_on'))

    op.drop_table('application')
