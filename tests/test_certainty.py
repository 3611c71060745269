"""The sentence certainty in the pipeline: the certainty model's P(plain assertion), with a cue
for every word that set it; questions are open."""
from __future__ import annotations

import pytest

from attribution_helpers import assert_offsets, run


def certainty(text: str) -> float:
    return run(text).sentences[0].certainty


def test_boosters_raise_and_hedges_lower():
    sure = certainty("The strike on the depot was clearly deliberate.")
    plain = certainty("The strike on the depot was deliberate.")
    unsure = certainty("The strike on the depot may have been deliberate.")
    assert sure > plain > unsure
    assert sure >= 0.85 and unsure <= 0.5


@pytest.mark.parametrize("text", [
    "It is almost certain that the talks will fail.",
    "Talks will most likely not resume before the summer.",
    "An escalation this winter is unlikely.",
    "A deal is probably within reach.",
    "We can't say for certain who fired first.",
    "The brigade apparently withdrew overnight.",
    "Some diplomats believe the envoy will resign.",
    "The ship is said to have been carrying arms.",
])
def test_estimates_and_hedges_read_as_hedged(text):
    assert certainty(text) < 0.5


@pytest.mark.parametrize("text", [
    "The army will not stop the offensive, the general said.",
    "The ministry said 14 sailors were injured.",
    "Iran chose the worst possible time to escalate.",
    "Voting was suspended in certain polling places.",
])
def test_firm_statements_read_as_plain(text):
    """A firm negative is no hedge; "possible" before a noun and the determiner "certain" are no estimates."""
    assert certainty(text) > 0.5


def test_attributive_adjectives_are_not_estimates():
    roles = {c.role for c in run("Iran chose the worst possible time to escalate.").sentences[0].cues}
    assert "probability" not in roles


def test_cues_name_their_role_weight_and_offsets():
    analysis = run("Russia will almost certainly retaliate, though it might wait until spring.")
    cues = [c for s in analysis.sentences for c in s.cues]
    roles = {c.role for c in cues}
    assert {"probability", "hedge:modal"} <= roles
    estimate = next(c for c in cues if c.role == "probability")
    assert estimate.text == "almost certainly" and estimate.weight == pytest.approx(0.95)
    assert next(c for c in cues if c.role == "hedge:modal").weight < 0
    assert_offsets(analysis)


def test_questions_are_open():
    assert certainty("Who benefits from a frozen conflict?") == pytest.approx(0.5)
    assert certainty("Could the truce collapse?") == pytest.approx(0.5)
