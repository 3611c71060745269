"""The ledger's schema, through Alembic migrations (shipped in the package, no alembic.ini).

    upgrade(engine)            # bring any ledger database to the newest revision
    current(engine)            # the revisions it is at now

`Ledger(url)` calls `upgrade` on open, so every command sees the same schema on SQLite and
PostgreSQL; `claimledger db upgrade` does it explicitly (e.g. before starting cluster workers).

Several processes may open a fresh database at once (cluster workers, parallel tests), so the
migration runs under a lock: a transaction-scoped advisory lock on PostgreSQL (DDL there is
transactional) and a lock file beside a SQLite database. The common case — already at head —
is one SELECT and takes no lock.
"""
from __future__ import annotations

import contextlib
import zlib
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text
from sqlalchemy.engine import Connection, Engine

HERE = Path(__file__).resolve().parent
# The revision that matches the tables `schema.metadata.create_all` made before migrations existed.
BASELINE = "0001"
_LOCK_KEY = zlib.crc32(b"claimledger.migrations")  # one advisory-lock key for all ledger databases


# Full-text artefacts that live beside the schema's tables, made by migration 0002 (PostgreSQL)
# and 0005 (SQLite FTS5, statements in store/search.py): autogenerate must neither drop nor re-create them.
FULLTEXT_NAMES = frozenset({"tsv", "ix_sentences_tsv"})


def target_metadata() -> list:
    """Every table claimledger owns: the ledger's (store/schema.py) and the archive's side tables."""
    from ...archive.fingerprint import archive_metadata
    from .. import claims, forecasts, schema  # noqa: F401 - claims, forecasts add their tables to schema.metadata

    return [schema.metadata, archive_metadata]


def include_name(name, kind, parent_names) -> bool:
    """Which database objects `db revision --autogenerate` and the schema test compare."""
    if kind == "table":
        return any(name in metadata.tables for metadata in target_metadata())
    return name not in FULLTEXT_NAMES


def config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(HERE))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@lru_cache(maxsize=1)
def heads() -> frozenset[str]:
    """The newest revisions shipped with this version of claimledger (read once per process)."""
    return frozenset(ScriptDirectory.from_config(config()).get_heads())


def current(engine: Engine) -> frozenset[str]:
    with engine.connect() as conn:
        return frozenset(MigrationContext.configure(conn).get_current_heads())


def upgrade(engine: Engine, revision: str = "heads") -> bool:
    """Migrate the database to `revision` ("heads": the newest); True when anything was applied."""
    newest = revision in ("head", "heads")
    if newest and current(engine) == heads():
        return False
    with _exclusive(engine) as conn:
        before = frozenset(MigrationContext.configure(conn).get_current_heads())
        if newest and before == heads():
            return False  # another process migrated while we waited for the lock
        if not before and inspect(conn).has_table("documents"):
            # A ledger made before migrations existed: it already has the baseline tables.
            command.stamp(config(conn), BASELINE)
        command.upgrade(config(conn), "heads" if newest else revision)
        if newest:
            _create_unmigrated_tables(conn)
    return True


def _create_unmigrated_tables(conn: Connection) -> None:
    """Tables added to schema.py without a migration yet are still created, so a new part of
    the ledger works on a fresh database at once; tests/test_postgres_migrations.py fails until
    the migration is written (`claimledger db revision -m ...`), which is what carries the change
    to databases that already exist."""
    for metadata in target_metadata():
        metadata.create_all(conn, checkfirst=True)


@contextlib.contextmanager
def _exclusive(engine: Engine) -> Iterator[Connection]:
    """A connection in a transaction that no other claimledger process migrates beside."""
    if engine.dialect.name == "postgresql":
        with engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _LOCK_KEY})
            yield conn
        return
    with _file_lock(engine), engine.begin() as conn:
        yield conn


@contextlib.contextmanager
def _file_lock(engine: Engine) -> Iterator[None]:
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield
        return
    try:
        import fcntl
    except ImportError:  # Windows: one process per fresh database is the norm there
        yield
        return
    with open(f"{database}.migrate-lock", "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
