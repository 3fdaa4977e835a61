"""Alembic environment: runs on the connection handed in by db.migrate (or a URL from alembic.ini)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from db.migrate import include_object
from db.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,
        compare_type=True,
        transaction_per_migration=False,
    )


def run_migrations_online() -> None:
    """Run on the caller's connection (inside its transaction) or on a URL given to Alembic."""
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Offline (SQL script) migrations are not supported.")
run_migrations_online()
