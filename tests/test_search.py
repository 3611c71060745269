"""Full-text search (SQLite FTS5, PostgreSQL tsvector): safe query syntax, ranking, filters, kept in sync with the store."""
from __future__ import annotations

import pytest
from sqlalchemy import text

from archive_support import hand_analysis
from claimledger.errors import InputError
from claimledger.store import Ledger
from claimledger.store.search import MARK_CLOSE, MARK_OPEN, create_index, fts_query, search


@pytest.fixture()
def ledger(ledger_url):  # SQLite FTS5 and PostgreSQL tsvector (conftest.ledger_url)
    with Ledger(ledger_url) as ledger:
        ledger.store(hand_analysis(
            "Talks in Geneva\nThe foreign ministry said talks would resume in Geneva next week. "
            "Officials declined to comment on the water dispute.",
            title="Talks in Geneva", url="https://a.example/geneva", published="2025-01-10",
            attributed={1: ("Foreign Ministry", "official", [])}))
        ledger.store(hand_analysis(
            "Drone strikes\nUkraine's air force said it shot down 21 of 27 drones overnight. "
            "Drones struck a fuel depot near the port, officials said. Is the corridor safe?",
            title="Drone strikes", published="2025-03-04",
            attributed={1: ("Air Force", "military", ["Wire Service"])}, kinds={3: "question"}))
        ledger.store(hand_analysis(
            "Old story\nTalks on the water dispute failed in 2019, diplomats said.",
            title="Old story", published="2019-06-01"))
        yield ledger


def test_words_are_anded_and_stemmed(ledger):
    hits = search(ledger.engine, "drone depots")   # both words, either form: drones, depot
    assert [h.text for h in hits] == ["Drones struck a fuel depot near the port, officials said."]
    assert hits[0].rank > 0 and hits[0].title == "Drone strikes"
    assert search(ledger.engine, "drone geneva") == []


def test_best_match_first(ledger):
    hits = search(ledger.engine, "drones overnight")
    assert hits[0].text.startswith("Ukraine's air force said it shot down 21 of 27 drones overnight")


def test_phrase_or_not_and_prefix(ledger):
    assert {h.title for h in search(ledger.engine, '"water dispute"')} == {"Talks in Geneva", "Old story"}
    assert {h.title for h in search(ledger.engine, "geneva OR corridor")} == {"Talks in Geneva", "Drone strikes"}
    assert {h.title for h in search(ledger.engine, "water NOT 2019")} == {"Talks in Geneva"}
    assert {h.title for h in search(ledger.engine, "dipl*")} == {"Old story"}


@pytest.mark.parametrize("query", ['"unbalanced', "a) OR (b", "NEAR(x y)", "col:value", "*", "AND OR NOT", "drone'; DROP TABLE"])
def test_hostile_query_syntax_never_breaks(ledger, query):
    try:
        search(ledger.engine, query)
    except InputError as exc:
        assert "no words" in str(exc)


def test_filters_source_kind_since_document(ledger):
    assert [h.source for h in search(ledger.engine, "said", source="air force")] == ["Air Force"]
    assert [h.source for h in search(ledger.engine, "talks", source="FOREIGN  ministry")] == ["Foreign Ministry"]
    assert [h.kind for h in search(ledger.engine, "corridor", kind="question")] == ["question"]
    assert search(ledger.engine, "corridor", kind="reported") == []
    assert {h.title for h in search(ledger.engine, "water", since="2020-01-01")} == {"Talks in Geneva"}
    old = search(ledger.engine, "water")[0]
    assert {h.document_id for h in search(ledger.engine, "water", document_id=old.document_id)} == {old.document_id}


def test_marked_text_highlights_matches(ledger):
    hit = search(ledger.engine, "geneva")[0]
    assert f"{MARK_OPEN}Geneva{MARK_CLOSE}" in hit.marked
    assert hit.marked.replace(MARK_OPEN, "").replace(MARK_CLOSE, "") == hit.text


def test_index_follows_deletes_and_backfills(ledger):
    with ledger.engine.begin() as conn:
        conn.execute(text("DELETE FROM sentences WHERE document_id IN (SELECT id FROM documents WHERE title='Old story')"))
    assert {h.title for h in search(ledger.engine, "water")} == {"Talks in Geneva"}
    if ledger.engine.dialect.name != "sqlite":
        return  # PostgreSQL's tsvector is a generated column: nothing to back-fill
    with ledger.engine.begin() as conn:  # a ledger made before the index existed
        for name in ("sentences_fts_ai", "sentences_fts_ad", "sentences_fts_au"):
            conn.exec_driver_sql(f"DROP TRIGGER {name}")
        conn.exec_driver_sql("DROP TABLE sentences_fts")
    with ledger.engine.begin() as conn:
        create_index(conn)
    assert {h.title for h in search(ledger.engine, "geneva")} == {"Talks in Geneva"}


def test_fts_query_shapes():
    assert fts_query('drone "fuel depot" OR port*') == '"drone" "fuel depot" OR "port"*'
    assert fts_query("Ukraine's") == '"Ukraine s"'
    with pytest.raises(InputError):
        fts_query('"" ()')


def test_cli_search_json(ledger, tmp_path):
    import json

    from typer.testing import CliRunner

    from claimledger.cli import app

    result = CliRunner().invoke(app, ["--db", ledger.url, "search", "drones", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert rows and rows[0]["title"] == "Drone strikes" and "marked" not in rows[0]


def test_ranking_window_bounds_common_words(ledger, monkeypatch):
    from claimledger.store import search as module

    everything = search(ledger.engine, "said")
    assert len(everything) == 4
    monkeypatch.setattr(module, "WINDOW", 2)   # rank only the two newest matches
    newest = search(ledger.engine, "said")
    assert len(newest) == 2 and {h.title for h in newest} <= {"Drone strikes", "Old story"}


def test_a_ledger_from_before_migration_0005_gets_its_index_on_open(tmp_path):
    """SQLite's FTS5 index is made by a migration: a ledger without it (stamped 0004) is
    indexed, old sentences included, the next time it is opened."""
    from claimledger.store import migrations

    url = f"sqlite:///{tmp_path / 'old.db'}"
    with Ledger(url) as ledger:
        ledger.store(hand_analysis("Talks in Geneva\nThe ministry said talks would resume in Geneva.",
                                   title="Talks in Geneva"))
        with ledger.engine.begin() as conn:
            for name in ("sentences_fts_ai", "sentences_fts_ad", "sentences_fts_au"):
                conn.exec_driver_sql(f"DROP TRIGGER {name}")
            conn.exec_driver_sql("DROP TABLE sentences_fts")
            conn.exec_driver_sql("UPDATE alembic_version SET version_num = '0004'")
    with Ledger(url) as ledger:
        assert migrations.current(ledger.engine) == migrations.heads()
        assert {h.title for h in search(ledger.engine, "geneva")} == {"Talks in Geneva"}
