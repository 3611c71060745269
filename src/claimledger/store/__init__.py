"""Stage 6, store: the ledger database (SQLAlchemy 2; SQLite by default, PostgreSQL by URL).

    with Ledger("sqlite:///ledger.db") as ledger:
        result = ledger.store(analysis)      # stored once per text (sha256)
        analysis = ledger.get(result.document_id)

Each document is written in one transaction, so an interrupted ingest never leaves half a
document behind. Nothing already stored is ever changed by a failed write.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

from sqlalchemy import create_engine, event, func, insert, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError

from ..contract import Analysis
from ..errors import NotFoundError, StoreError
from ..settings import default_db_url, get_settings
from . import schema, search
from .rows import rows_for


@dataclass
class StoreResult:
    document_id: str
    created: bool  # False: the same text was already in the ledger


def _describe(exc: Exception, url: str) -> str:
    message = str(getattr(exc, "orig", exc)).splitlines()[0]
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"database is locked by another process ({_safe(url)}); try again when it is done"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return f"database file is corrupt or not a claimledger database ({_safe(url)}); nothing was changed"
    return f"database error ({_safe(url)}): {message}"


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # a URL SQLAlchemy cannot parse: say so without echoing it
        return "<invalid database URL>"


class Ledger:
    def __init__(self, url: Optional[str] = None, create: bool = True):
        self.url = url or default_db_url()
        self.engine = self._connect(self.url)
        if create:
            self._create_schema()

    # -- connection -------------------------------------------------------------------------
    @staticmethod
    def _connect(url: str) -> Engine:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"not a database URL: {url!r} (e.g. sqlite:///ledger.db)") from None
        settings = get_settings()
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:":
                Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
            engine = create_engine(parsed, connect_args={"timeout": settings.db_busy_timeout})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        try:
            return create_engine(parsed, pool_pre_ping=True)
        except Exception as exc:  # missing driver and the like
            raise StoreError(f"cannot use database {_safe(url)}: {exc}".splitlines()[0]) from None

    def _create_schema(self) -> None:
        try:
            schema.metadata.create_all(self.engine)
            search.ensure_index(self.engine)  # full-text index + sync triggers (store/search.py)
        except DBAPIError as exc:
            raise StoreError(_describe(exc, self.url)) from None

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing ----------------------------------------------------------------------------
    def store(self, analysis: Analysis) -> StoreResult:
        """Store an analysis in one transaction; the same text twice is stored once."""
        doc = analysis.document
        existing = self.find_sha256(doc.sha256)
        if existing:
            return StoreResult(existing, created=False)
        try:
            with self.engine.begin() as conn:
                for table, rows in rows_for(analysis).items():
                    if rows:
                        conn.execute(insert(table), rows)
        except IntegrityError:
            # Another writer stored the same text between our check and our insert.
            existing = self.find_sha256(doc.sha256)
            if existing:
                return StoreResult(existing, created=False)
            raise StoreError(f"could not store document {doc.id}: integrity error") from None
        except DBAPIError as exc:
            raise StoreError(_describe(exc, self.url)) from None
        return StoreResult(doc.id, created=True)

    # -- reading ----------------------------------------------------------------------------
    def find_sha256(self, sha256: str) -> Optional[str]:
        return self._scalar(select(schema.documents.c.id).where(schema.documents.c.sha256 == sha256))

    def get(self, document_id: str) -> Analysis:
        """The stored Analysis of a document, by id or a unique id prefix."""
        d = schema.documents
        rows = self._all(select(d.c.id, d.c.analysis).where(d.c.id.like(f"{_escape_like(document_id)}%", escape="\\")).limit(2))
        if not rows:
            raise NotFoundError(f"no document {document_id} in the ledger")
        if len(rows) > 1 and rows[0][0] != document_id:
            raise NotFoundError(f"document id prefix {document_id} is ambiguous; give more characters")
        return Analysis.model_validate_json(rows[0][1])

    def documents(self, limit: int = 50, offset: int = 0) -> list[dict]:
        d = schema.documents
        query = (select(d.c.id, d.c.title, d.c.url, d.c.published, d.c.word_count, d.c.ingested_at, d.c.duplicate_of)
                 .order_by(d.c.ingested_at.desc(), d.c.id).limit(limit).offset(offset))
        return [dict(row._mapping) for row in self._all(query)]

    def count(self, table=schema.documents) -> int:
        return int(self._scalar(select(func.count()).select_from(table)) or 0)

    def iter_rows(self, query) -> Iterator[dict]:
        try:
            with self.engine.connect() as conn:
                for row in conn.execute(query):
                    yield dict(row._mapping)
        except DBAPIError as exc:
            raise StoreError(_describe(exc, self.url)) from None

    def _scalar(self, query):
        try:
            with self.engine.connect() as conn:
                return conn.execute(query).scalar()
        except DBAPIError as exc:
            raise StoreError(_describe(exc, self.url)) from None

    def _all(self, query) -> list:
        try:
            with self.engine.connect() as conn:
                return list(conn.execute(query))
        except DBAPIError as exc:
            raise StoreError(_describe(exc, self.url)) from None


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")  # readers do not block the writer
        cursor.execute("PRAGMA synchronous=NORMAL")
    except Exception:
        pass  # a corrupt file fails on first real use, where the message is clear
    finally:
        cursor.close()
