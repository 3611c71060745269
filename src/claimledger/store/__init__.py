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
from typing import TYPE_CHECKING, Callable, Iterator, Optional, TypeVar

from sqlalchemy import create_engine, event, func, insert, select
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from .. import contract
from ..contract import Analysis
from ..errors import NotFoundError, StoreError
from ..resolvable import author_named
from ..settings import default_db_url, get_settings
from . import schema
from .rows import rows_for

T = TypeVar("T")

if TYPE_CHECKING:
    from .records import ClaimRecord, DocumentRecord, EventRecord, ForecastRecord, Records, SourceRecord
    from .search import Hit


@dataclass
class StoreResult:
    document_id: str
    created: bool  # False: the same text was already in the ledger


def _describe(exc: Exception, url: str, attempts: int = 1) -> str:
    message = str(getattr(exc, "orig", exc)).splitlines()[0]
    lowered = message.lower()
    if "locked" in lowered or "busy" in lowered:
        tried = f" (gave up after {attempts} attempts)" if attempts > 1 else ""
        return f"database is locked by another process ({_safe(url)}){tried}; try again when it is done"
    if "connection" in lowered and ("refused" in lowered or "no such file" in lowered or "could not" in lowered
                                    or "timeout expired" in lowered or "failed" in lowered):
        return f"cannot connect to the database server ({_safe(url)}); is it running? {message}"
    if "not a database" in lowered or "malformed" in lowered or "corrupt" in lowered:
        return f"database file is corrupt or not a claimledger database ({_safe(url)}); nothing was changed"
    return f"database error ({_safe(url)}): {message}"


def database_error(exc: DBAPIError, url: str) -> StoreError:
    """A database failure met outside the Ledger's own methods, as the same one-line StoreError."""
    return StoreError(_describe(exc, url))


def _safe(url: str) -> str:
    """The URL without its password, for messages."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # a URL SQLAlchemy cannot parse: say so without echoing it
        return "<invalid database URL>"


class Ledger:
    """The ledger at `url` (default: $CLAIMLEDGER_DB or a SQLite file in the user's data folder).

    `create=True` (writing: `ingest`, `db upgrade`, `Ledger(url).store(...)`): a SQLite file that
    does not exist is made, but only in a folder that exists (the default data folder is made
    too). `create=False` (reading): the ledger must exist already; a missing file is a
    StoreError (exit 3) instead of a new empty ledger, so a mistyped `--db` never answers
    "0 documents". `migrate=False` leaves the schema as it is (the `db` commands).
    """

    def __init__(self, url: Optional[str] = None, create: bool = True, *, migrate: bool = True):
        self.url = url or default_db_url()
        self.engine = self._connect(self.url, create=create, default=not url)
        if migrate:
            self._create_schema()

    # -- connection -------------------------------------------------------------------------
    @staticmethod
    def _connect(url: str, create: bool = True, default: bool = False) -> Engine:
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            parsed = make_url(url)
        except ArgumentError:
            raise StoreError(f"not a database URL: {url!r} (e.g. sqlite:///ledger.db)") from None
        settings = get_settings()
        if parsed.get_backend_name() == "sqlite":
            if parsed.database and parsed.database != ":memory:" and not parsed.query.get("uri"):
                _sqlite_file_ready(Path(parsed.database).expanduser(), create, default or url == default_db_url())
            engine = create_engine(parsed, connect_args={"timeout": settings.db_busy_timeout})
            event.listen(engine, "connect", _sqlite_pragmas)
            return engine
        connect_args = {}
        if parsed.get_backend_name() == "postgresql" and "connect_timeout" not in parsed.query:
            # An unreachable host fails in bounded time instead of hanging on TCP retries.
            connect_args["connect_timeout"] = max(1, int(settings.db_busy_timeout))
        try:
            return create_engine(parsed, pool_pre_ping=True, connect_args=connect_args)
        except ImportError as exc:  # the driver is an extra: say which
            from ..optional import missing

            raise missing(exc.name or parsed.get_driver_name(), f"a {parsed.get_backend_name()} ledger") from None
        except Exception as exc:  # missing driver and the like
            raise StoreError(f"cannot use database {_safe(url)}: {exc}".splitlines()[0]) from None

    def _create_schema(self) -> None:
        """Bring the database to the newest schema through the Alembic migrations."""
        from . import migrations

        try:
            migrations.upgrade(self.engine)  # 0005: SQLite's FTS5 index and its triggers
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
        """Store an analysis in one transaction; the same text twice is stored once. A write that
        finds the database locked is retried a bounded number of times (store/retry.py)."""
        return self.retried(lambda: self._store_once(analysis))

    def write(self, statements: Callable[[Connection], T]) -> T:
        """Run `statements(conn)` in one transaction, retried like `store` when the database is
        locked; every failure is a StoreError with the ledger's one-line message (exit 3)."""
        def once() -> T:
            with self.engine.begin() as conn:
                return statements(conn)

        return self.retried(once)

    def retried(self, call: Callable[[], T]) -> T:
        from .retry import retrying

        attempts = 1 + get_settings().db_retries
        try:
            return retrying(call, attempts)
        except DBAPIError as exc:
            raise StoreError(_describe(exc, self.url, attempts)) from None

    def _store_once(self, analysis: Analysis) -> StoreResult:
        doc = analysis.document
        existing = self.find_sha256(doc.sha256)
        if existing:
            return StoreResult(existing, created=False)
        try:
            with self.engine.begin() as conn:
                tables = rows_for(analysis)
                created = _claim_document(conn, tables.pop(schema.documents)[0])
                # Not created: another writer stored this text first; this transaction writes nothing.
                for table, rows in tables.items():
                    if rows and created:
                        conn.execute(insert(table), rows)
            if not created:
                return StoreResult(self.find_sha256(doc.sha256) or doc.id, created=False)
        except IntegrityError:
            # Another writer stored the same text between our check and our insert.
            existing = self.find_sha256(doc.sha256)
            if existing:
                return StoreResult(existing, created=False)
            raise StoreError(f"could not store document {doc.id}: integrity error") from None
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
        # Analyses stored before 0007 may name the author "the author": one name on read too.
        return author_named(contract.Analysis.model_validate_json(rows[0][1]))   # the contract as it stands when read

    # -- the data API: typed records (store/records.py), each list with .to_pandas() -----------
    def documents(self, limit: Optional[int] = None, offset: int = 0) -> "Records[DocumentRecord]":
        """Stored documents, newest first (near-duplicate copies included, naming their original)."""
        from .records import DocumentRecord, Records

        d = schema.documents
        query = (select(d.c.id, d.c.title, d.c.url, d.c.author, d.c.published, d.c.language, d.c.word_count,
                        d.c.ingested_at, d.c.duplicate_of)
                 .order_by(d.c.ingested_at.desc(), d.c.id).offset(offset))
        if limit is not None:
            query = query.limit(limit)
        return Records(DocumentRecord, (DocumentRecord.from_row(r) for r in self.iter_rows(query)))

    def sources(self, document_id: Optional[str] = None, name: Optional[str] = None) -> "Records[SourceRecord]":
        """Sources per document (the same outlet in two documents is two records with one `key`)."""
        from .records import Records, SourceRecord
        from .rows import fold

        s = schema.sources
        query = select(s).order_by(s.c.document_id, s.c.pk)
        if document_id:
            query = query.where(s.c.document_id.like(f"{_escape_like(document_id)}%", escape="\\"))
        if name:
            query = query.where(s.c.key == fold(name))
        return Records(SourceRecord, (SourceRecord.from_row(r) for r in self.iter_rows(query)))

    def events(self, code: Optional[str] = None, document: Optional[str] = None,
               limit: Optional[int] = None, *, since: Optional[str] = None, until: Optional[str] = None,
               country: Optional[str] = None, types: Optional[list[str]] = None,
               factuality: Optional[list[str]] = None, search: Optional[str] = None,
               reports: bool = False) -> "Records[EventRecord]":
        """The rows `claimledger events` exports: one per merged event (or per report with
        `reports=True`), ACLED's columns then claimledger's (docs/events.md), same filters."""
        from ..archive.events import EventFilter, load
        from ..report.event_table import event_row
        from .records import EventRecord, Records

        wanted = EventFilter.parse(since=since, until=until, country=country,
                                   types=[*(types or []), *([code] if code else [])], factuality=factuality,
                                   document=document, query=search, reports=reports)
        found = load(self, wanted)
        return Records(EventRecord, (EventRecord.from_row(event_row(e)) for e in found[:limit]))

    def forecasts(self, by: Optional[str] = None, open_only: bool = False) -> "Records[ForecastRecord]":
        """Stored forecasts with their current resolution (`claimledger forecasts list`)."""
        from . import forecasts as forecast_store
        from .records import ForecastRecord, Records

        return Records(ForecastRecord, (ForecastRecord.from_row(r)
                                        for r in forecast_store.list_forecasts(self, by=by, open_only=open_only)))

    def claims(self, min_origins: int = 2, method: Optional[str] = None,
               threshold: Optional[float] = None) -> "Records[ClaimRecord]":
        """Claims made in several documents, grouped, with their independent origins
        (`claimledger claims`; method tfidf needs the `claims` extra, embeddings the `embeddings` one)."""
        from ..archive.claims import corroborate
        from .records import ClaimRecord, Records

        groups = corroborate(self.engine, min_origins=min_origins, method=method, threshold=threshold)
        return Records(ClaimRecord, (ClaimRecord.from_group(g) for g in groups))

    def search(self, query: str, source: Optional[str] = None, kind: Optional[str] = None,
               since: Optional[str] = None, document_id: Optional[str] = None, limit: int = 20,
               offset: int = 0) -> "Records[Hit]":
        """Full-text search over stored sentences, best first (`claimledger search`)."""
        from .records import Records
        from .search import Hit
        from .search import search as run

        return Records(Hit, run(self.engine, query, source=source, kind=kind, since=since,
                                document_id=document_id, limit=limit, offset=offset))

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


def _sqlite_file_ready(path: Path, create: bool, default: bool) -> None:
    """Refuse what would silently make a new, empty ledger somewhere unexpected."""
    if path.exists():
        return
    where = str(path) if path.is_absolute() else f"{path} (relative to {Path.cwd()})"
    if not create:
        raise StoreError(f"no ledger at {where}: it does not exist (a mistyped --db?); "
                         "`claimledger ingest` or `claimledger db upgrade` creates one")
    folder = path.parent
    if folder.is_dir():
        return
    if default:  # our own data folder: made on first use
        folder.mkdir(parents=True, exist_ok=True)
        return
    raise StoreError(f"cannot create the ledger {where}: the folder {folder} does not exist")


def _claim_document(conn, row: dict) -> bool:
    """Insert the document row unless its text (sha256) or id is already there: INSERT ... ON
    CONFLICT DO NOTHING, so two workers storing one article at once store it once (on
    PostgreSQL the second waits for the first's commit, then inserts nothing)."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        conn.execute(insert(schema.documents), [row])  # IntegrityError on a duplicate: handled by store()
        return True
    statement = dialect_insert(schema.documents).values(**row).on_conflict_do_nothing()
    return conn.execute(statement.returning(schema.documents.c.id)).first() is not None


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
