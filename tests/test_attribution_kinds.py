"""Sentence kinds decided after attribution and certainty."""
from __future__ import annotations

import pytest

from attribution_helpers import own_scores, run  # noqa: F401 (own_scores is a fixture)


@pytest.mark.parametrize("text, kind", [
    ("The bridge at Zaporizhzhia was destroyed on Monday.", "assertion"),
    ("The ministry said the bridge was destroyed on Monday.", "reported"),
    ("The ruble will fall further next year.", "prediction"),
    ("Sanctions are going to bite harder in the spring.", "prediction"),
    ("Probably not without outside funding.", "prediction"),
    ("The strike may have been a warning to Ankara.", "speculation"),
    ("The convoy seems to have taken the northern road.", "speculation"),
    ("I think the plan is foolish.", "opinion"),
    ("Washington should stop pretending otherwise.", "opinion"),
    ("That is clearly a mistake.", "opinion"),
    ("Who benefits from a frozen conflict?", "question"),
    ("Here is the full statement:", "lead_in"),
])
def test_kind(text, kind):
    analysis = run(text)
    assert analysis.sentences[0].kind == kind, [(c.text, c.role) for c in analysis.sentences[0].cues]
    if kind not in ("assertion",):
        assert any(c.role.startswith("kind:") for c in analysis.sentences[0].cues)


def test_kinds_on_own_texts(own_scores):
    assert own_scores["kinds"].accuracy >= 0.8


def test_kinds_implied_by_the_seed_gold():
    """The seed gold has no sentence kinds; the ones it implies (attributed spans are reported,
    author forecasts predictions, rhetorical questions questions) must mostly agree."""
    from conftest import SEED_GOLD
    from claimledger.evaluate.gold import load_gold
    from claimledger.evaluate.kinds import implied_kinds

    if not SEED_GOLD.exists():
        pytest.skip("seed gold not found")
    gold = load_gold(str(SEED_GOLD))
    analysis = run(gold.document().text)
    items = implied_kinds(gold)
    correct = sum(1 for i in items if (s := gold.sentences_for(analysis, i["line"], i.get("text"))) and
                  any(x.kind == i["kind"] for x in s))
    assert correct / len(items) >= 0.8
