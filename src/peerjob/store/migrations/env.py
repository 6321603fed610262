"""Alembic environment: each migration runs in its own transaction on SQLite."""

from alembic import context
from sqlalchemy import create_engine, event
from sqlmodel import SQLModel

import peerjob.store.models  # noqa: F401  (fills SQLModel.metadata)

config = context.config
target_metadata = SQLModel.metadata


def _engine():
    path = config.attributes.get("peerjob_path")
    if path is None:  # developers' tools and tests that name a URL
        return create_engine(config.get_main_option("sqlalchemy.url"))
    from peerjob.store.db import open_sqlite

    # The file is opened through peerjob's own URI (as_uri() keeps "#", "?" and "%" in the path),
    # and with its key when it is encrypted (the connection is then sqlcipher3's).
    return create_engine("sqlite://", creator=lambda: open_sqlite(path, "rwc"))


def run_migrations() -> None:
    engine = _engine()

    # pysqlite does not open transactions around DDL by itself; take control
    # so a failed migration rolls back whole instead of leaving half a schema.
    @event.listens_for(engine, "connect")
    def _no_implicit_transactions(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        # Tables are copied to change them (0005 copies application): with foreign keys on, dropping
        # the old copy would cascade to every child row. Off whatever SQLite's build default is;
        # _verify checks the references once the upgrade is done.
        dbapi_connection.execute("PRAGMA foreign_keys = OFF")

    @event.listens_for(engine, "begin")
    def _begin(connection):
        connection.exec_driver_sql("BEGIN")

    with engine.connect() as connection:
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=True,  # SQLite can only change tables by copying them
            transaction_per_migration=True,
        )
        with context.begin_transaction():
            context.run_migrations()
    engine.dispose()


if context.is_offline_mode():
    raise SystemExit("peerjob migrations run online only.")
run_migrations()
