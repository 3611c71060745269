"""`claimledger eval` figures for issue 3, on the seed and on our own genre texts."""
from __future__ import annotations

from attribution_helpers import own_scores  # noqa: F401  (fixture)


def test_seed_attribution(seed_scores):
    assert seed_scores["attribution"].recall >= 0.8
    assert seed_scores["attribution"].precision >= 0.6
    assert seed_scores["attribution.chain"].accuracy >= 0.6


def test_own_texts_attribution(own_scores):
    assert own_scores["attribution"].recall >= 0.85
    assert own_scores["attribution"].precision >= 0.8
    assert own_scores["attribution.type"].accuracy >= 0.8


def test_sources_table_in_markdown(seed_analysis):
    from claimledger.report.markdown import render

    md = render(seed_analysis)
    assert "## Sources" in md and "| Reuters | media |" in md


def test_every_attribution_points_at_a_known_source(seed_analysis):
    ids = {s.id for s in seed_analysis.sources}
    for a in seed_analysis.attributions:
        assert a.source_id in ids and set(a.via) <= ids
