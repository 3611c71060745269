"""Full-text search over the ledger's sentences.

SQLite: an FTS5 index (`sentences_fts`, external content = the `sentences` table) kept in sync
by triggers, so a document's sentences become searchable in the same transaction that stores
them and vanish with it. Migration 0005 creates it with `create_index` (back-filling sentences
stored before it existed); `search(engine, query, ...)` asks it.

Other databases: `search` dispatches on the dialect name through BACKENDS. PostgreSQL gets its
own tsvector path beside `_search_sqlite` (registered in BACKENDS by name); until then the
portable `_search_like` answers, unranked but correct.

Results are `Hit`s: the sentence with its document and source; `marked` is the sentence with
matched terms between MARK_OPEN and MARK_CLOSE (private-use characters, never in articles'
text after escaping) so a page can escape first and highlight after.
"""
from __future__ import annotations

import contextlib
import re
import time
from dataclasses import asdict, dataclass
from typing import Callable, Iterator, Optional

from sqlalchemy import text
from sqlalchemy.engine import Connection, Engine
from sqlalchemy.exc import DBAPIError

from ..errors import InputError, StoreError
from .rows import fold

MARK_OPEN, MARK_CLOSE = "\ue000", "\ue001"

_FTS_DDL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS sentences_fts USING fts5("
    "text, content='sentences', content_rowid='pk', tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_ai AFTER INSERT ON sentences BEGIN "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.pk, new.text); END",
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_ad AFTER DELETE ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.pk, old.text); END",
    "CREATE TRIGGER IF NOT EXISTS sentences_fts_au AFTER UPDATE OF text ON sentences BEGIN "
    "INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.pk, old.text); "
    "INSERT INTO sentences_fts(rowid, text) VALUES (new.pk, new.text); END",
)

# A query word: letters/digits (with inner apostrophes or hyphens), optionally ending in * (prefix).
_TERM = re.compile(r'"([^"]*)"|(\w+(?:[\'’-]\w+)*\*?)|(\S)')


@dataclass
class Hit:
    document_id: str
    sentence_id: str
    line: int
    text: str
    marked: str
    kind: str
    certainty: Optional[float]
    source: Optional[str]
    title: Optional[str]
    url: Optional[str]
    published: Optional[str]
    rank: float

    def to_dict(self) -> dict:
        data = asdict(self)
        data.pop("marked")
        return data


def create_index(conn: Connection) -> None:
    """On SQLite: the FTS index and its triggers if missing; sentences stored before it existed
    are indexed (a rebuild)."""
    existed = conn.execute(text("SELECT 1 FROM sqlite_master WHERE name='sentences_fts'")).first()
    for statement in _FTS_DDL:
        conn.exec_driver_sql(statement)
    if not existed:
        conn.exec_driver_sql("INSERT INTO sentences_fts(sentences_fts) VALUES ('rebuild')")


def drop_index(conn: Connection) -> None:
    for trigger in ("sentences_fts_ai", "sentences_fts_ad", "sentences_fts_au"):
        conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {trigger}")
    conn.exec_driver_sql("DROP TABLE IF EXISTS sentences_fts")


def fts_query(query: str) -> str:
    """A user's query as a safe FTS5 expression: words are AND-ed, "quoted phrases" stay phrases,
    OR and NOT work between terms, a trailing * asks for a prefix. Nothing else is syntax, so a
    stray quote or parenthesis can never make the query fail."""
    parts: list[str] = []
    for phrase, word, _other in _TERM.findall(query):
        if phrase.strip():
            words = re.findall(r"\w+", phrase)
            if words:
                parts.append('"' + " ".join(words) + '"')
        elif word:
            if word in ("OR", "NOT") and parts and parts[-1] not in ("OR", "NOT"):
                parts.append(word)
                continue
            prefix = word.endswith("*")
            tokens = re.findall(r"\w+", word)
            if tokens:
                parts.append('"' + " ".join(tokens) + '"' + ("*" if prefix else ""))
    while parts and parts[-1] in ("OR", "NOT"):
        parts.pop()
    if not parts:
        raise InputError("search query has no words to look for")
    return " ".join(parts)


def search(engine: Engine, query: str, source: Optional[str] = None, kind: Optional[str] = None,
           since: Optional[str] = None, document_id: Optional[str] = None, limit: int = 20,
           offset: int = 0) -> list[Hit]:
    """Sentences matching `query`, best first; filters by source name, sentence kind, documents
    published on or after `since` (YYYY-MM-DD), or one document. A query over the length or term
    caps is refused, and a search running over the time limit is stopped (settings.py:
    search_max_chars, search_max_terms, search_timeout), each with an InputError that says so."""
    from ..settings import get_settings

    settings = get_settings()
    check_query(query, settings.search_max_chars, settings.search_max_terms)
    if since:
        from ..ingest import parse_published

        since = parse_published(since)
    backend = BACKENDS.get(engine.dialect.name, _search_like)
    try:
        return backend(engine, query, source=source, kind=kind, since=since, document_id=document_id,
                       limit=max(1, min(limit, 500)), offset=max(0, offset))
    except DBAPIError as exc:
        if _timed_out(exc):
            raise SearchTimeout(f"search stopped after {settings.search_timeout:g} s: the query matches too much to "
                                "rank in time; use more specific words or fewer prefix* terms") from None
        from . import _describe

        raise StoreError(_describe(exc, engine.url.render_as_string(hide_password=True))) from None


class SearchTimeout(InputError):
    """A search ran over settings.search_timeout and was stopped."""


def check_query(query: str, max_chars: int, max_terms: int) -> None:
    """Refuse a query that would cost more than a person's search needs: over `max_chars`
    characters or `max_terms` words and phrases (OR and NOT are not terms)."""
    if len(query) > max_chars:
        raise InputError(f"search query is too long ({len(query):,} characters; at most {max_chars:,})")
    terms = sum(1 for phrase, word, _ in _TERM.findall(query)
                if phrase.strip() or (word and word not in ("OR", "NOT")))
    if terms > max_terms:
        raise InputError(f"search query has too many terms ({terms}; at most {max_terms})")


@contextlib.contextmanager
def limited(engine: Engine) -> Iterator[Connection]:
    """A connection whose statements stop after settings.search_timeout: SQLite through a
    progress handler that interrupts the running statement, PostgreSQL through a transaction-
    local statement_timeout. Either way the database raises an error `_timed_out` recognises."""
    from ..settings import get_settings

    seconds = get_settings().search_timeout
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            raw = conn.connection.driver_connection
            deadline = time.monotonic() + seconds
            raw.set_progress_handler(lambda: 1 if time.monotonic() > deadline else 0, 2_000)
            try:
                yield conn
            finally:
                raw.set_progress_handler(None, 0)  # the pooled connection goes back unlimited
            return
        if conn.dialect.name == "postgresql":
            conn.execute(text("SELECT set_config('statement_timeout', :ms, true)"),
                         {"ms": str(max(1, int(seconds * 1000)))})
        yield conn


def _timed_out(exc: DBAPIError) -> bool:
    message = str(getattr(exc, "orig", exc)).lower()
    return "interrupted" in message or "statement timeout" in message


def _filters(source, kind, since, document_id) -> tuple[str, dict]:
    clauses, params = [], {}
    if source:
        clauses.append("EXISTS (SELECT 1 FROM sources src WHERE src.document_id = s.document_id "
                       "AND src.id = s.source_id AND src.key = :source_key)")
        params["source_key"] = fold(source)
    if kind:
        clauses.append("s.kind = :kind")
        params["kind"] = kind
    if since:
        clauses.append("d.published >= :since")
        params["since"] = since
    if document_id:
        clauses.append("s.document_id = :document_id")
        params["document_id"] = document_id
    # Near-duplicate copies carry no sentences of their own, so nothing to exclude here.
    return "".join(f" AND {c}" for c in clauses), params


_SELECT = ("SELECT s.document_id, s.id AS sentence_id, s.line, s.text, s.kind, s.certainty, "
           "(SELECT src.name FROM sources src WHERE src.document_id = s.document_id AND src.id = s.source_id) AS source, "
           "d.title, d.url, d.published")


# Ranking looks at the newest WINDOW matches (highest rowids): bm25 over every match of a word
# found in most sentences ("said", "the") would cost time in proportion to the archive, and
# ranking among that many near-equal scores tells a reader nothing. Below WINDOW matches (all
# but the commonest words) the ranking is exact.
WINDOW = 5_000


def _search_sqlite(engine: Engine, query: str, *, source, kind, since, document_id, limit, offset) -> list[Hit]:
    match = fts_query(query)
    where, params = _filters(source, kind, since, document_id)
    joins = (" JOIN sentences s ON s.pk = f.rowid JOIN documents d ON d.id = s.document_id" if where else "")
    sql = (f"{_SELECT}, m.rank, m.rowid AS pk FROM ("
           f"  SELECT rowid, rank FROM ("
           f"    SELECT f.rowid AS rowid, f.rank AS rank FROM sentences_fts f{joins}"
           f"    WHERE f.sentences_fts MATCH :match{where} ORDER BY f.rowid DESC LIMIT :window"
           f"  ) ORDER BY rank LIMIT :limit OFFSET :offset"
           f") m JOIN sentences s ON s.pk = m.rowid JOIN documents d ON d.id = s.document_id ORDER BY m.rank")
    # A filtered query walks matches newest first through the join: a smaller window keeps it bounded.
    params.update(match=match, limit=limit, offset=offset, window=WINDOW // 4 if where else WINDOW)
    with limited(engine) as conn:
        rows = conn.execute(text(sql), params).mappings().all()
        marked = _highlights(conn, match, [row["pk"] for row in rows])
    return [Hit(**{k: row[k] for k in _HIT_KEYS}, marked=marked.get(row["pk"], row["text"]), rank=-float(row["rank"]))
            for row in rows]


def _highlights(conn, match: str, rowids: list[int]) -> dict[int, str]:
    """Matched terms marked, for the page of hits only (highlight() re-reads each text)."""
    if not rowids:
        return {}
    marks = ", ".join(str(int(r)) for r in rowids)
    sql = (f"SELECT rowid, highlight(sentences_fts, 0, :open, :close) AS marked FROM sentences_fts "
           f"WHERE sentences_fts MATCH :match AND rowid IN ({marks})")
    return {r.rowid: r.marked for r in conn.execute(text(sql), {"match": match, "open": MARK_OPEN, "close": MARK_CLOSE})}


def _search_like(engine: Engine, query: str, *, source, kind, since, document_id, limit, offset) -> list[Hit]:
    """Portable fallback: every query word must occur (case-insensitive); newest documents first."""
    words = [w.strip('"*') for w in re.findall(r"\w+\*?", query) if w not in ("OR", "NOT")]
    if not words:
        raise InputError("search query has no words to look for")
    where, params = _filters(source, kind, since, document_id)
    for i, word in enumerate(words):
        where += f" AND lower(s.text) LIKE :w{i}"
        params[f"w{i}"] = f"%{word.lower()}%"
    sql = (f"{_SELECT} FROM sentences s JOIN documents d ON d.id = s.document_id WHERE 1=1{where} "
           f"ORDER BY d.published DESC, s.document_id, s.line LIMIT :limit OFFSET :offset")
    params.update(limit=limit, offset=offset)
    with limited(engine) as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [Hit(**{k: row[k] for k in _HIT_KEYS}, marked=_mark(row["text"], words), rank=0.0) for row in rows]


def _mark(sentence: str, words: list[str]) -> str:
    pattern = re.compile("|".join(re.escape(w) for w in words), re.I)
    return pattern.sub(lambda m: f"{MARK_OPEN}{m.group(0)}{MARK_CLOSE}", sentence)


_HIT_KEYS = ("document_id", "sentence_id", "line", "text", "kind", "certainty", "source", "title", "url", "published")

# Dialect name -> search function. A PostgreSQL tsvector search registers itself here.
BACKENDS: dict[str, Callable[..., list[Hit]]] = {"sqlite": _search_sqlite}


def _search_postgres(engine: Engine, query: str, **options) -> list[Hit]:
    from .search_postgres import search_postgres  # tsvector + GIN (migration 0002)

    return search_postgres(engine, query, **options)


BACKENDS["postgresql"] = _search_postgres
