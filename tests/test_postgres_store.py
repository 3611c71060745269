"""The ledger behaves the same on SQLite and PostgreSQL: migrations, round trip, upsert by text
hash (also under concurrent writers), integrity check. `ledger_url` runs each test on both;
the PostgreSQL half skips locally unless CLAIMLEDGER_TEST_PG_URL is set (CI sets it)."""
from __future__ import annotations

import threading

import pytest
from sqlalchemy import create_engine, inspect, text

from claimledger import analyze
from claimledger.store import Ledger, migrations, schema
from claimledger.store.integrity import check

WIRE = ("Militants fired two drones at a logistics base near the border overnight, the defence ministry said "
        "on Tuesday. No casualties were reported. A spokesman for the group said further attacks would follow "
        "unless the troops leave, and analysts think a pull-out before the summer is unlikely.\n")
OPED = ("Make no mistake: the ceasefire is already dead. The government will almost certainly resume the "
        "offensive within weeks, whatever its envoys tell the mediators in Doha.\n\nWill anyone be surprised? "
        "Probably not.\n")


@pytest.fixture(scope="module")
def analyses():
    return [analyze(WIRE, published="2025-02-11", title="Drones hit base"), analyze(OPED, title="Ceasefire")]


def test_fresh_database_is_migrated_to_the_newest_revision(ledger_url):
    with Ledger(ledger_url) as ledger:
        assert migrations.current(ledger.engine) == migrations.heads()
        tables = set(inspect(ledger.engine).get_table_names())
    assert {t.name for metadata in migrations.target_metadata() for t in metadata.sorted_tables} <= tables
    assert "alembic_version" in tables


def test_migrations_describe_exactly_the_schema(ledger_url):
    """store/schema.py and the migrations agree: a schema change needs `claimledger db revision`."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = create_engine(ledger_url)
    try:
        migrations.upgrade(engine)
        with engine.connect() as conn:
            # Only the schema's own tables and columns (not the full-text index beside them).
            ctx = MigrationContext.configure(conn, opts={"compare_type": False,
                                                         "include_name": migrations.include_name})
            diff = compare_metadata(ctx, migrations.target_metadata())
    finally:
        engine.dispose()
    assert diff == [], f"schema.py differs from the migrations: {diff}"


def test_round_trip_and_same_text_stored_once(ledger_url, analyses):
    wire, oped = analyses
    with Ledger(ledger_url) as ledger:
        first = ledger.store(wire)
        again = ledger.store(wire)
        other = ledger.store(oped)
        assert first.created and not again.created and other.created
        assert again.document_id == first.document_id
        assert ledger.count() == 2
        assert ledger.count(schema.sentences) == len(wire.sentences) + len(oped.sentences)
        assert ledger.get(first.document_id).to_json() == wire.to_json()
        assert ledger.get(first.document_id[:6]).document.title == "Drones hit base"
        assert check(ledger) == []


def test_concurrent_writers_store_one_article_once(ledger_url, analyses):
    """Eight writers (own engines, as separate workers have) race to store the same text."""
    wire = analyses[0]
    Ledger(ledger_url).close()  # migrate first, as `claimledger db upgrade` would before a cluster run
    results = []

    def writer(ready):
        with Ledger(ledger_url) as ledger:
            ready()
            results.append(ledger.store(wire))

    assert _at_once(8, writer) == []
    assert sum(r.created for r in results) == 1
    assert {r.document_id for r in results} == {wire.document.id}
    with Ledger(ledger_url) as ledger:
        assert ledger.count() == 1
        assert ledger.count(schema.sentences) == len(wire.sentences)
        assert check(ledger) == []


def test_concurrent_first_opens_migrate_once(ledger_url):
    """Workers opening a fresh database at the same moment: one migrates, none fails."""
    def opener(ready):
        ready()
        Ledger(ledger_url).close()

    assert _at_once(4, opener) == []
    with Ledger(ledger_url) as ledger:
        assert migrations.current(ledger.engine) == migrations.heads()


def test_database_made_before_migrations_is_adopted(ledger_url, analyses):
    """A ledger created by metadata.create_all (before Alembic) is stamped, not re-created."""
    engine = create_engine(ledger_url)
    schema.metadata.create_all(engine)
    engine.dispose()
    with Ledger(ledger_url) as ledger:
        assert migrations.current(ledger.engine) == migrations.heads()
        assert ledger.store(analyses[1]).created


def test_integrity_check_finds_half_written_and_orphan_rows(ledger_url, analyses):
    with Ledger(ledger_url) as ledger:
        doc_id = ledger.store(analyses[0]).document_id
        with ledger.engine.begin() as conn:
            conn.execute(text("DELETE FROM sentences WHERE document_id = :d AND id = 's1'"), {"d": doc_id})
        if ledger.engine.dialect.name == "sqlite":
            # Only a writer without foreign keys (an old tool, a bug) can leave an orphan behind.
            import sqlite3

            raw = sqlite3.connect(ledger.engine.url.database)
            raw.execute("INSERT INTO rhetoric (document_id, text) VALUES ('ffffffffffffffff', 'x')")
            raw.commit()
            raw.close()
        problems = check(ledger)
    assert any("sentences rows" in p and doc_id in p for p in problems)
    if ledger_url.startswith("sqlite"):
        assert "rhetoric: 1 rows belong to no document" in problems


def _at_once(count: int, action) -> list[Exception]:
    """Run `action(ready)` in `count` threads; each calls ready() where they should all be let go
    together. The exceptions they raised (the caller asserts there are none)."""
    errors: list[Exception] = []
    barrier = threading.Barrier(count)

    def run():
        try:
            action(barrier.wait)
        except Exception as exc:  # noqa: BLE001 - handed to the caller's assertion
            errors.append(exc)

    threads = [threading.Thread(target=run) for _ in range(count)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    return errors


def test_attributions_keep_what_found_them_their_kind_and_the_source_as_written(ledger_url):
    """Migration 0007: attributions record method (rules/model), kind and the resolved surface;
    a ledger stamped 0006 gets the columns on open, its older rows keeping NULL."""
    text_ = ("The defence ministry said on Tuesday that talks would resume.\n"
             "The campaign plans to open 40 new offices in Ohio.\n")
    analysis = analyze(text_, title="Bill")
    assert {x.method for x in analysis.attributions} == {"rules", "model"}
    with Ledger(ledger_url) as ledger:
        ledger.store(analysis)
        with ledger.engine.connect() as conn:
            rows = conn.execute(text("SELECT method, kind, surface FROM attributions a JOIN documents d "
                                     "ON a.document_id = d.id WHERE d.title = 'Bill'")).all()
    stored = {(r.method, r.kind, r.surface) for r in rows}
    expected = {(x.method, x.kind, x.surface) for x in analysis.attributions}
    assert stored == expected and any(kind == "intention" for _m, kind, _s in stored)
    engine = create_engine(ledger_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("UPDATE alembic_version SET version_num = '0006'"))
            for column in ("method", "kind", "surface"):
                conn.execute(text(f"ALTER TABLE attributions DROP COLUMN {column}"))
    finally:
        engine.dispose()
    with Ledger(ledger_url) as ledger:
        assert migrations.current(ledger.engine) == migrations.heads()
        columns = {c["name"] for c in inspect(ledger.engine).get_columns("attributions")}
        assert {"method", "kind", "surface"} <= columns
