"""IDs are never reused: AUTOINCREMENT on every table with an id

After `delete 7`, the next application got ID 7 again, so an old calendar
event, a partner's export or a note saying "follow up on 7" pointed at a
different job. Each table is copied into its AUTOINCREMENT form (SQLite
cannot add it in place); the copy keeps every row and ID, and SQLite seeds
sqlite_sequence with the highest ID copied.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-03 23:40:00
"""

from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

# Parents before children, so each copy's foreign keys point at a finished table.
TABLES = (
    'application', 'stage_change', 'win', 'milestone', 'reframe', 'journal_entry', 'partner', 'checkin',
    'goal', 'strength', 'resource', 'boundary',
)


def upgrade() -> None:
    for table in TABLES:
        with op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': True}):
            pass


def downgrade() -> None:
    for table in reversed(TABLES):
        with op.batch_alter_table(table, recreate='always', table_kwargs={'sqlite_autoincrement': False}):
            pass
