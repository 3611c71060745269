"""Certainty from hedges, boosters, verbal probability phrases and negation."""
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


@pytest.mark.parametrize("text, low, high", [
    ("It is almost certain that the talks will fail.", 0.85, 1.0),
    ("Talks will most likely not resume before the summer.", 0.05, 0.35),
    ("An escalation this winter is unlikely.", 0.05, 0.35),
    ("A deal is probably within reach.", 0.6, 0.85),
    ("We can't say for certain who fired first.", 0.2, 0.5),
    ("The brigade apparently withdrew overnight.", 0.55, 0.75),
])
def test_verbal_probability_and_negated_boosters(text, low, high):
    assert low <= certainty(text) <= high


def test_attributive_adjectives_are_not_estimates():
    # "the worst possible time" says nothing about how likely anything is
    assert certainty("Iran chose the worst possible time to escalate.") == pytest.approx(0.75)


def test_cues_name_their_role_and_offsets():
    analysis = run("Russia will almost certainly retaliate, though it might wait until spring.")
    roles = {c.role for s in analysis.sentences for c in s.cues}
    assert {"probability", "hedge"} <= roles
    assert_offsets(analysis)


def test_questions_without_cues_are_open():
    assert certainty("Who benefits from a frozen conflict?") == pytest.approx(0.5)
