"""Rhetoric is marked with offsets and never changes another extraction."""
from __future__ import annotations

import pytest

from attribution_helpers import assert_offsets, run


def marks(text: str, technique: str) -> list[str]:
    analysis = run(text)
    assert_offsets(analysis)
    return [r.text for r in analysis.rhetoric if r.technique == technique]


@pytest.mark.parametrize("text", [
    "Why would anyone still trust these promises?",
    "And who, exactly, is going to pay for all of this?",
])
def test_rhetorical_questions(text):
    assert marks(text, "rhetorical_question")


def test_a_quoted_question_is_not_the_authors():
    assert not marks("“Why should we negotiate?” the minister asked reporters.", "rhetorical_question")


@pytest.mark.parametrize("text, quote", [
    ("Officials keep talking about ‘stabilisation’ while the shelling goes on.", "‘stabilisation’"),
    ("The army's “temporary” presence is now in its ninth year.", "“temporary”"),
    ("Their 'humanitarian pause' lasted four hours.", "'humanitarian pause'"),
])
def test_scare_quotes(text, quote):
    assert quote in marks(text, "scare_quote")


@pytest.mark.parametrize("text", [
    'The minister said the plan was "dead".',
    "Peskov told journalists that Moscow was “open to talks”.",
    "“Never,” she replied.",
])
def test_quotations_are_not_scare_quotes(text):
    assert marks(text, "scare_quote") == []


@pytest.mark.parametrize("text, word", [
    ("The regime's mouthpieces repeated the line within the hour.", "mouthpieces"),
    ("Brussels is now a vassal of Washington, the warmongers say.", "vassal"),
    ("It was a glorified photo opportunity.", "glorified"),
])
def test_loaded_language(text, word):
    assert any(word in m for m in marks(text, "loaded_language"))


def test_neutral_wire_copy_has_no_loaded_language():
    text = "The junta in Niamey said it had expelled the ambassador. Iran-backed groups claimed the attack."
    assert marks(text, "loaded_language") == []


@pytest.mark.parametrize("text", [
    "This is just like Afghanistan in 2021.",
    "The offensive mirrors the failed push on Bakhmut a year earlier.",
    "It's like watching a slow-motion car crash.",
    "Watching the talks is akin to watching paint dry.",
])
def test_analogies(text):
    assert marks(text, "analogy")


def test_comparisons_that_are_not_analogies():
    assert marks("Countries like Egypt depend on canal revenue.", "analogy") == []


def test_rhetoric_never_removes_anything():
    text = "Why did the ministry ‘reconsider’? Officials said the puny budget forced it."
    analysis = run(text)
    assert analysis.rhetoric
    assert any(a for a in analysis.attributions)     # the attribution is still there


def test_rhetoric_on_the_seed(seed_scores):
    assert seed_scores["rhetoric.rhetorical_question"].recall >= 0.8
    assert seed_scores["rhetoric.scare_quote"].recall >= 0.7
    assert seed_scores["rhetoric.analogy"].recall >= 0.5
