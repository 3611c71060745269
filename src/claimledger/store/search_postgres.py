"""Full-text search on PostgreSQL: the stored `sentences.tsv` (tsvector, GIN-indexed; migration
0002) asked with a tsquery built from the same query language as the SQLite index
(store/search.py `fts_query`): words are AND-ed, "quoted phrases" stay phrases, OR and NOT work
between terms, a trailing * asks for a prefix. Every user word is a bound parameter passed
through plainto_tsquery / phraseto_tsquery, so no input can break the query or inject into it.

Ranking is ts_rank_cd (cover density, like BM25 it favours dense, close matches) over the newest
WINDOW matches; the page's highlighting (ts_headline, the costly part) runs only on the page.
"""
from __future__ import annotations

import re
from typing import Optional

from sqlalchemy import text
from sqlalchemy.engine import Engine

from ..errors import InputError
from . import search as search_module
from .search import _HIT_KEYS, _SELECT, _TERM, MARK_CLOSE, MARK_OPEN, Hit, _filters

CONFIG = "english"  # as migration 0002 built the tsvector


def tsquery_sql(query: str) -> tuple[str, dict]:
    """(SQL expression of type tsquery, its parameters) for a user's query."""
    groups: list[list[str]] = [[]]  # OR-ed groups of AND-ed terms
    params: dict[str, str] = {}
    negate = False
    for phrase, word, _other in _TERM.findall(query):
        if word in ("OR", "NOT") and groups[-1]:
            if word == "OR" and not negate:
                groups.append([])
            else:
                negate = word == "NOT"
            continue
        term = _term(phrase, word, params)
        if term is None:
            continue
        groups[-1].append(f"!!{term}" if negate else term)
        negate = False
    groups = [g for g in groups if any(not t.startswith("!!") for t in g)]
    if not groups:
        raise InputError("search query has no words to look for")
    ored = " || ".join("(" + " && ".join(g) + ")" for g in groups)
    return f"({ored})", params


def _term(phrase: str, word: str, params: dict) -> Optional[str]:
    name = f"t{len(params)}"
    if phrase.strip():
        words = re.findall(r"\w+", phrase)
        if not words:
            return None
        params[name] = " ".join(words)
        return f"phraseto_tsquery('{CONFIG}', :{name})"
    tokens = re.findall(r"\w+", word)
    if not tokens:
        return None
    if word.endswith("*") and len(tokens) == 1:
        # A prefix: the stem of the typed start, any ending ('dipl*' finds 'diplomats').
        params[name] = tokens[0].lower()
        return f"to_tsquery('simple', quote_literal(:{name}) || ':*')"
    params[name] = " ".join(tokens)
    return f"plainto_tsquery('{CONFIG}', :{name})"


def search_postgres(engine: Engine, query: str, *, source, kind, since, document_id, limit, offset) -> list[Hit]:
    tsquery, params = tsquery_sql(query)
    where, filter_params = _filters(source, kind, since, document_id)
    params.update(filter_params)
    # As on SQLite (search.WINDOW): only the newest WINDOW matches are ranked, so a word found in
    # most sentences costs a bounded sort instead of ranking the whole archive.
    sql = (f"WITH q AS (SELECT {tsquery} AS query), newest AS ("
           f"  SELECT s.pk, s.tsv FROM sentences s JOIN documents d ON d.id = s.document_id, q "
           f"  WHERE s.tsv @@ q.query{where} ORDER BY s.pk DESC LIMIT :window), page AS ("
           f"  SELECT newest.pk, ts_rank_cd(newest.tsv, q.query) AS rank FROM newest, q "
           f"  ORDER BY rank DESC, newest.pk LIMIT :limit OFFSET :offset) "
           f"{_SELECT}, page.rank, ts_headline('{CONFIG}', s.text, q.query, :headline) AS marked "
           f"FROM page JOIN sentences s ON s.pk = page.pk JOIN documents d ON d.id = s.document_id, q "
           f"ORDER BY page.rank DESC, s.pk")
    window = search_module.WINDOW // 4 if where else search_module.WINDOW
    params.update(limit=limit, offset=offset, window=window,
                  headline=f"StartSel={MARK_OPEN}, StopSel={MARK_CLOSE}, HighlightAll=true")
    with search_module.limited(engine) as conn:
        rows = conn.execute(text(sql), params).mappings().all()
    return [Hit(**{k: row[k] for k in _HIT_KEYS}, marked=row["marked"], rank=float(row["rank"])) for row in rows]
