"""Small helpers shared by the attribution, certainty, gaps and rhetoric tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimledger import analyze


def run(text: str):
    return analyze(text, published="2024-05-01")


def sources_of(analysis, line: int) -> list:
    """(name, type, [via names]) of every attribution on a line."""
    by_id = {s.id: s for s in analysis.sources}
    return [(by_id[a.source_id].name, by_id[a.source_id].type, [by_id[v].name for v in a.via])
            for a in analysis.attributions if a.line == line]


def third_party(analysis, line: int) -> list:
    return [x for x in sources_of(analysis, line) if x[1] not in ("author", "commenter")]


def assert_offsets(analysis) -> None:
    text = analysis.document.text
    for a in analysis.attributions:
        assert 0 <= a.start < a.end <= len(text)
    for s in analysis.sentences:
        for cue in s.cues:
            assert text[cue.start:cue.end] == cue.text, cue
    for r in analysis.rhetoric:
        assert text[r.start:r.end] == r.text
    for g in analysis.evidence_gaps:
        assert text[g.start:g.end] == g.text


@pytest.fixture(scope="session")
def own_scores():
    """`claimledger eval` over our own genre texts (tests/texts/gold/*.json), computed once."""
    from claimledger.evaluate import evaluate

    golds = sorted(str(p) for p in (Path(__file__).parent / "texts" / "gold").glob("*.json"))
    assert golds, "no gold files for our own texts"
    return evaluate(golds)
