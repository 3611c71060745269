"""The twelfth forecast round (issue 15): kinds read on tests/forecasts/heldout17 (blind for two
measurements, read since) — a rated outcome noun as the subject ("The likeliest outcome is ..."), a
for-to clause as a frame's proposition ("Our base case is for rates to hold"), "close to certain",
a standing commitment on a condition ("has vowed to strike again if ..."), a headline "seen" with an
adjective ("Copper seen higher into January"), and hopes, which are no forecasts. Each kind on
sentences written for these tests, with the exact reading; and the readings that must not change."""
from __future__ import annotations

import pytest

from forecast_helpers import found


def _numbers(text: str) -> list[tuple[str, float]]:
    return [(phrase, p) for _span, p, phrase, _by in found(text)]


# -- a rated outcome noun as the subject: its predicate noun is the event rated ------------------------
@pytest.mark.parametrize("text, phrase, p", [
    ("The likeliest outcome of the talks is a short extension of the truce.", "likeliest", 0.65),
    ("The most likely result is a hung parliament.", "most likely", 0.8),
])
def test_a_rated_outcome_as_subject_forecasts_its_predicate(text, phrase, p):
    assert _numbers(text) == [(phrase, p)]


def test_a_rated_outcome_as_subject_told_in_the_past_is_no_forecast():
    # a judgement of the past outside reported speech, and a predicate that is no event
    assert found("The most likely result of the dispute was clear to everyone.") == []


def test_the_event_is_the_whole_clause():
    (span, _p, _phrase, _by), = found("The likeliest outcome of the talks is a short extension of the truce.")
    assert span.endswith("a short extension of the truce")


# -- "Our base case is for X to Y": a for-to clause is the frame's proposition -----------------------
def test_a_for_to_clause_after_a_rated_frame():
    assert found("Our base case is for the truce to hold through the winter.") == [
        ("Our base case is for the truce to hold through the winter", 0.6, "Our base case is", "author")]


def test_a_for_to_clause_after_a_plain_noun_is_no_forecast():
    # "the plan is for ..." names an intention, no rating; no frame of the table: left alone
    assert found("The plan is for the ministers to meet in Geneva in January.") == []


# -- "close to certain" --------------------------------------------------------------------------------
def test_close_to_certain_rates_an_event():
    assert _numbers("A legal challenge is close to certain.") == [("close to certain", 0.95)]


def test_close_to_certain_of_a_pronoun_is_no_event():
    assert found("It is close to certain.") == []


# -- a standing commitment on a condition ----------------------------------------------------------------
@pytest.mark.parametrize("text, phrase", [
    ("The union has promised to strike again if the plant is sold.", "has promised to"),
    ("The rebels have vowed to fight on if the deal is signed.", "have vowed to"),
    ("The farmers plan to block the roads again unless the levy is dropped.", "plan to"),
])
def test_a_conditional_commitment_is_a_forecast(text, phrase):
    assert _numbers(text) == [(phrase, 0.75)]


@pytest.mark.parametrize("text", [
    "The rebels vowed in 2019 to fight on if the deal was signed.",    # a commitment told in the past
    "The government has promised Nuuk a bigger voice.",                 # no date, no condition
])
def test_a_past_or_open_commitment_is_not(text):
    assert found(text) == []


def test_the_condition_is_kept():
    from claimledger import analyze

    a = analyze("Report\nThe union has promised to strike again if the plant is sold.", published="2026-11-20")
    (f,) = a.forecasts
    assert "the plant is sold" in a.document.text[f.start:f.end] or "plant is sold" in (f.condition or "")


# -- a headline "seen" with an adjective ------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Copper prices seen higher into January", "prices seen higher into January"),
    ("Weekly wrap: drought cuts barge loads; freight rates seen firm into December", "rates seen firm into December"),
    ("Coffee futures seen steady through the first quarter", "Coffee futures seen steady through the first quarter"),
])
def test_a_headline_seen_with_an_adjective(text, span):
    assert [(s, p, phrase) for s, p, phrase, _by in found(text)] == [(span, 0.75, "seen")]


@pytest.mark.parametrize("text", [
    "The suspect was seen alive in the market on Tuesday.",     # narrated past
    "He is seen happy in the video.",                            # no horizon, no figure
])
def test_a_seen_of_perception_is_not(text):
    assert found(text) == []


# -- hopes are no forecasts -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "We hope that the ceasefire will hold.",
    "The minister said she hoped the talks would resume in January.",
    "Farmers are hoping the rains will come before March.",
])
def test_a_hoped_for_clause_is_no_forecast(text):
    assert found(text) == []


def test_an_expectation_beside_a_hope_stays():
    assert _numbers("We hope and expect that the ceasefire will hold.") == [("expect", 0.75)]
