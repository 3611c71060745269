"""The Ledger's data API: documents, sources, events, forecasts, claims and search as lists of
typed records, each with .to_pandas() (a clear ImportError without pandas)."""
from __future__ import annotations

import dataclasses
import json
import sys

import pytest

from claimledger import analyze
from claimledger.optional import MissingExtra
from claimledger.store import Ledger
from claimledger.store.records import (ClaimRecord, DocumentRecord, EventRecord, ForecastRecord, Records,
                                       SourceRecord)
from claimledger.store.search import Hit
from helpers import run_cli

WIRE = ("Rebels attacked an army base in Goma on Monday, killing 12 soldiers, Reuters reported.\n"
        "The army said it would almost certainly retake the town within a week.\n")
COPY = ("Insurgents attacked the army base in Goma on Monday and killed 12 soldiers, the Associated Press reported.\n"
        "Officials expect the border crossing to reopen next week, two diplomats said.\n")


@pytest.fixture(scope="module")
def ledger_url(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'ledger.db'}"
    with Ledger(url) as ledger:
        ledger.store(analyze(WIRE, published="2025-03-04", title="Goma attack"))
        ledger.store(analyze(COPY, published="2025-03-05", title="Goma again"))
    return url


def test_every_list_is_typed_records(ledger_url):
    with Ledger(ledger_url, create=False) as ledger:
        documents, sources, events = ledger.documents(), ledger.sources(), ledger.events()
        forecasts, hits = ledger.forecasts(), ledger.search("Goma")
    for records, kind in ((documents, DocumentRecord), (sources, SourceRecord), (events, EventRecord),
                          (forecasts, ForecastRecord), (hits, Hit)):
        assert isinstance(records, Records) and isinstance(records, list) and records, kind
        assert all(isinstance(r, kind) and dataclasses.is_dataclass(r) for r in records)
    assert {d.title for d in documents} == {"Goma attack", "Goma again"}
    assert "Reuters" in {s.name for s in sources}
    assault = next(e for e in events if e.plover_type == "ASSAULT")
    assert "Goma" in (assault.location or "") and set(assault.published) <= {"2025-03-04", "2025-03-05"}
    assert any(f.phrase == "almost certainly" and f.status == "open" for f in forecasts)
    assert all("Goma" in h.text for h in hits)


def test_records_agree_with_the_cli(ledger_url):
    with Ledger(ledger_url, create=False) as ledger:
        events = ledger.events()
        forecasts = ledger.forecasts()
    exported = json.loads(run_cli("--db", ledger_url, "events", "-f", "json").stdout)
    assert [dataclasses.asdict(e) for e in events] == exported
    listed = json.loads(run_cli("--db", ledger_url, "forecasts", "list", "-f", "json").stdout)
    assert [f.id for f in forecasts] == [x["id"] for x in listed]


def test_filters(ledger_url):
    with Ledger(ledger_url, create=False) as ledger:
        first = ledger.documents()[0].id
        assert {s.document_id for s in ledger.sources(document_id=first[:6])} == {first}
        assert [s.name for s in ledger.sources(name="  reuters ")] == ["Reuters"]
        assaults = ledger.events(code="assault")
        assert assaults and all(e.plover_type == "ASSAULT" for e in assaults)
        assert len(ledger.documents(limit=1)) == 1
        assert ledger.documents()[0]["id"] == first  # dict-style access, as before


def test_claims_are_records(ledger_url):
    with Ledger(ledger_url, create=False) as ledger:
        claims = ledger.claims(min_origins=1, method="tfidf")
    assert isinstance(claims, Records) and all(isinstance(c, ClaimRecord) for c in claims)
    assert any(len(c.documents) == 2 for c in claims)  # the Goma attack, in both documents


def test_to_pandas(ledger_url):
    pandas = pytest.importorskip("pandas")
    with Ledger(ledger_url, create=False) as ledger:
        frame = ledger.events().to_pandas()
        empty = ledger.events(code="PROTEST").to_pandas()
        hits = ledger.search("Goma").to_pandas()
    assert isinstance(frame, pandas.DataFrame) and len(frame) >= 1
    assert list(frame.columns) == [f.name for f in dataclasses.fields(EventRecord)] == list(empty.columns)
    assert len(empty) == 0 and "text" in hits.columns


def test_to_pandas_without_pandas_says_which_extra(ledger_url, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with Ledger(ledger_url, create=False) as ledger:
        with pytest.raises(ImportError, match=r"pip install 'claimledger\[pandas\]'") as caught:
            ledger.documents().to_pandas()
    assert isinstance(caught.value, MissingExtra)
