"""The schema revisions, known without importing Alembic.

A test checks these against the migration scripts, so a new migration that
is not listed here fails the suite.
"""

# Oldest first; the last one is what this peerjob writes.
REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006")
HEAD = REVISIONS[-1]
