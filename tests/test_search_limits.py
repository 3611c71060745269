"""Search caps the query's length and terms and runs under a time limit (issue 17: a 3 KB query
of "a* " repeated took ~20 s on a ledger of 364 sentences)."""
from __future__ import annotations

import time

import pytest

from archive_support import archive_db  # noqa: F401 (fixture)
from claimledger.errors import InputError
from claimledger.store import Ledger
from claimledger.store.search import SearchTimeout, check_query, search
from helpers import assert_one_line_error, run_cli

REPRODUCTION = "a* " * 1000   # 3,000 characters, 1,000 prefix terms


def test_the_reproduction_is_refused_at_once(archive_db):
    url, _ = archive_db
    started = time.time()
    result = run_cli("--db", url, "search", REPRODUCTION)
    assert result.returncode == 2
    assert_one_line_error(result, "search query is too long (3,000 characters; at most 500)")
    assert time.time() - started < 30  # start-up only: no search ran


def test_too_many_terms_is_refused_naming_the_cap(archive_db):
    url, _ = archive_db
    result = run_cli("--db", url, "search", "a* " * 40)
    assert result.returncode == 2
    assert_one_line_error(result, "too many terms (40; at most 16)")


def test_check_query_counts_words_and_phrases_not_operators():
    check_query('"drone strike" OR missile NOT ship ' + "x " * 13, 500, 16)  # 16 terms: allowed
    with pytest.raises(InputError, match="17; at most 16"):
        check_query("x " * 17, 500, 16)


def test_a_slow_search_is_stopped_with_a_clear_message(archive_db, monkeypatch):
    """Caps raised so the costly query gets through; the time limit stops it, and the same
    (pooled) connection serves the next search normally."""
    url, _ = archive_db
    result = run_cli("--db", url, "search", "a* " * 400,
                     env={"CLAIMLEDGER_SEARCH_MAX_CHARS": "100000", "CLAIMLEDGER_SEARCH_MAX_TERMS": "10000",
                          "CLAIMLEDGER_SEARCH_TIMEOUT": "0.01"})
    assert result.returncode == 2
    assert_one_line_error(result, "search stopped after 0.01 s")
    monkeypatch.setenv("CLAIMLEDGER_SEARCH_MAX_TERMS", "10000")
    monkeypatch.setenv("CLAIMLEDGER_SEARCH_MAX_CHARS", "100000")
    monkeypatch.setenv("CLAIMLEDGER_SEARCH_TIMEOUT", "0.01")
    with Ledger(url) as ledger:
        with pytest.raises(SearchTimeout):
            search(ledger.engine, "a* " * 400)
        monkeypatch.setenv("CLAIMLEDGER_SEARCH_TIMEOUT", "30")
        assert search(ledger.engine, "said")  # the handler was removed: an ordinary search answers


def test_web_search_shows_the_refusal(archive_db):
    from fastapi.testclient import TestClient

    from claimledger.web import create_app

    url, _ = archive_db
    with TestClient(create_app(url)) as client:
        page = client.get("/search", params={"q": REPRODUCTION})
    assert page.status_code == 200 and "search query is too long" in page.text


def test_time_limit_on_both_backends(ledger_url, monkeypatch):
    """SQLite (progress handler) and PostgreSQL (statement_timeout): a search over the limit is
    a SearchTimeout, and the next search on the same pool is not limited by the last one."""
    from pathlib import Path

    from claimledger import analyze

    texts = sorted((Path(__file__).resolve().parent / "texts").glob("scale_*.txt"))
    monkeypatch.setenv("CLAIMLEDGER_SEARCH_MAX_TERMS", "10000")
    monkeypatch.setenv("CLAIMLEDGER_SEARCH_MAX_CHARS", "100000")
    with Ledger(ledger_url) as ledger:
        for path in texts:
            ledger.store(analyze(path.read_text(encoding="utf-8")))
        monkeypatch.setenv("CLAIMLEDGER_SEARCH_TIMEOUT", "0.001")
        with pytest.raises(SearchTimeout, match="search stopped after 0.001 s"):
            search(ledger.engine, "a* " * 2000)
        monkeypatch.setenv("CLAIMLEDGER_SEARCH_TIMEOUT", "30")
        for _ in range(3):  # every pooled connection answers unlimited again
            assert search(ledger.engine, "said")
