"""Per-connection database settings that the ORM cannot express."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


def configure_engine(engine: Engine) -> None:
    """SQLite needs foreign keys switched on per connection, and WAL so readers never block the writer."""
    if engine.dialect.name != "sqlite":
        return

    @event.listens_for(engine, "connect")
    def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
        # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin; otherwise
        # SAVEPOINTs (used by nested transactions and the test suite) silently misbehave.
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _sqlite_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN")


class DatabaseUrlError(SystemExit):
    """A THREADWATCH_DATABASE_URL SQLAlchemy cannot use. A SystemExit, so `flask` and gunicorn print
    its one line and stop instead of a long traceback from inside SQLAlchemy."""


def check_database_url(url: str) -> None:
    """Refuse a database URL SQLAlchemy cannot use, with the fix in one line.

    Heroku-style `postgres://` URLs are the usual case: SQLAlchemy knows no `postgres` dialect, and
    Threadwatch talks to PostgreSQL through psycopg 3 (`postgresql+psycopg://`).
    """
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    try:
        parsed = make_url(url)
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError:
        scheme = url.split("://", 1)[0]
        fix = ("use postgresql+psycopg:// instead of " + scheme + "://" if scheme in ("postgres", "postgresql+psycopg2")
               else "use sqlite:///PATH or postgresql+psycopg://USER:PASS@HOST/DB")
        raise DatabaseUrlError(f"THREADWATCH_DATABASE_URL: SQLAlchemy has no database driver for {scheme}://; {fix}"
                               ) from None
    except ArgumentError:
        # The URL itself is not repeated: it may hold a password, and this line goes to logs.
        raise DatabaseUrlError("THREADWATCH_DATABASE_URL is not a database URL; expected e.g. "
                               "sqlite:///instance/threadwatch.db or postgresql+psycopg://USER:PASS@HOST/DB") from None
    except ImportError as exc:
        raise DatabaseUrlError(f"THREADWATCH_DATABASE_URL: the driver for {parsed.drivername} is not installed"
                               f" ({exc}); install it into .venv or use postgresql+psycopg://") from None
