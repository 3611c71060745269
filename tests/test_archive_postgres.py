"""The archive on PostgreSQL: bulk ingest with near-duplicates, search, claims and every web page
(a throwaway schema on the server CLAIMLEDGER_TEST_PG_URL names; CI starts one)."""
from __future__ import annotations

import os
import re
import uuid

import pytest

from archive_support import ARCHIVE_TEXTS, rich_analysis
from conftest import skip_or_fail

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def pg_url():
    from sqlalchemy import create_engine, make_url, text

    base = os.environ.get("CLAIMLEDGER_TEST_PG_URL")
    if not base:
        skip_or_fail('PostgreSQL tests need a server: eval "$(bash .ci/services.sh)" sets CLAIMLEDGER_TEST_PG_URL')
    schema = f"archive_{uuid.uuid4().hex[:10]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {schema}"))
    except Exception as exc:
        admin.dispose()
        skip_or_fail(f"PostgreSQL at CLAIMLEDGER_TEST_PG_URL is unreachable: {str(exc).splitlines()[0]}")
    yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(scope="module")
def pg_ledger(pg_url):
    from claimledger.archive.bulk import ingest
    from claimledger.store import Ledger

    with Ledger(pg_url) as ledger:
        first = ingest([str(ARCHIVE_TEXTS)], ledger)
        ledger.store(rich_analysis())
        again = ingest([str(ARCHIVE_TEXTS)], ledger)
        yield ledger, first, again


def test_bulk_ingest_and_duplicates(pg_ledger):
    _, first, again = pg_ledger
    assert len(first.stored) == 6 and len(first.near_duplicates) == 1
    assert again.stored == [] and len(again.already) == 7


def test_search_and_claims(pg_ledger):
    from claimledger.archive.claims import corroborate
    from claimledger.store.search import search

    ledger, _, _ = pg_ledger
    hits = search(ledger.engine, "drones overnight")
    assert hits and all("drone" in h.text.lower() for h in hits)  # stemmed: "drone attack" matches too
    assert corroborate(ledger.engine, min_origins=1, method="tfidf")


def test_every_page_answers(pg_ledger):
    from fastapi.testclient import TestClient

    from claimledger.web import create_app

    ledger, _, _ = pg_ledger
    with TestClient(create_app(ledger.url)) as client:
        listing = client.get("/documents?duplicates=true").text
        pages = ["/", "/sources", "/search?q=talks", "/claims?min_origins=1", "/events", "/forecasts"]
        pages += [f"/documents/{i}" for i in set(re.findall(r'href="/documents/([0-9a-f]{16})"', listing))]
        for path in pages:
            assert client.get(path).status_code == 200, path
