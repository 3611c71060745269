"""The eleventh forecast round (issue 15): kinds of grammar read on tests/forecasts/heldout16 (blind
for three measurements, read since) — a negative clause under an estimate ("think the budget will
not pass", "thinks the ruling will change nothing"), a clause opened by an inverted "nor", a
negative pronoun as object; and two owners: the subject of a verb of intending ("The authorities
intend to ..."), and a report still to come ("will be published"), which vouches for nothing. Each
kind on sentences written for these tests, with the exact reading; and the readings that must not
change."""
from __future__ import annotations

import pytest

from claimledger import analyze
from forecast_helpers import found


def _numbers(text: str) -> list[tuple[str, float]]:
    return [(phrase, p) for _span, p, phrase, _by in found(text)]


def _owners(text: str) -> list[str]:
    a = analyze("Report\n" + text, published="2026-11-20")
    names = {s.id: s.name for s in a.sources}
    return [names.get(f.by, f.by) for f in a.forecasts]


# -- an estimate of a negative clause: the forecast of the positive is its complement -----------------
@pytest.mark.parametrize("text, phrase, p", [
    # a view held against the event reads at "opinion denied" (0.20) since the fifteenth round
    ("Most analysts think the talks will not resume this year.", "think", 0.2),
    ("A few traders think the ruling will change nothing for the port.", "think", 0.2),
    ("It is likely that the talks will not resume this year.", "likely", 0.3),
    ("It is likely that no deal will be reached this year.", "likely", 0.3),
    ("We believe the ceasefire will not hold through the winter.", "We believe", 0.3),    # Kent: "we believe that not"
    ("Analysts expect the talks not to resume this year.", "expect", 0.25),
])
def test_an_estimate_of_a_negative_clause_rates_the_positive_low(text, phrase, p):
    assert _numbers(text) == [(phrase, p)]


@pytest.mark.parametrize("text, phrase, p", [
    ("Most analysts think the talks will resume this year.", "think", 0.7),
    ("Analysts expect the talks to resume this year.", "expect", 0.75),
    ("Officials expect the bill will not be signed until March.", "expect", 0.75),   # "not ... until": later
    ("Officials do not expect the talks to resume this year.", "expect", 0.1),       # the expectation denied
])
def test_positive_temporal_and_denied_estimates_read_as_before(text, phrase, p):
    assert _numbers(text) == [(phrase, p)]


# -- "Nor does she expect ...": an inverted "nor" negates its clause ----------------------------------
def test_an_inverted_nor_denies_the_expectation():
    assert _numbers("Nor does the minister expect the court to rule before June.") == [("expect", 0.1)]


def test_an_inverted_nor_denies_a_will():
    assert _numbers("Nor will the two sides sign the accord this year.") == [("will", 0.15)]


def test_a_nor_between_two_subjects_reads_as_before():
    assert _numbers("Neither Kyiv nor Moscow will sign the accord this year.") == [("will", 0.15)]


# -- a negative pronoun as object denies the clause ----------------------------------------------------
@pytest.mark.parametrize("text, p", [
    ("The talks will achieve nothing before the spring.", 0.15),
    ("The new tariff will change nothing for the smaller ports next year.", 0.15),
    ("The sanctions will do nothing but delay the deal next year.", 0.85),    # "but" names what happens
    ("The sanctions will achieve none of their aims next year.", 0.85),       # a quantifier over a set: as before
])
def test_a_negative_pronoun_object(text, p):
    assert [n for _phrase, n in _numbers(text)] == [p]


# -- owners ----------------------------------------------------------------------------------------------
def test_a_report_still_to_come_is_the_writers_calendar():
    assert _owners("The board's conclusions and the staff report will be published in March.") == ["author"]


def test_a_published_report_still_attributes():
    # the seventeenth round: a report nobody owns ("It was announced", "is expected to") is the
    # writer's forecast, as every read gold set annotates it (was "unnamed reports")
    assert _owners("It was announced that the talks will resume in March.") == ["author"]



# -- the subject of an intention owns the plan, even beside another's words ------------------------------
def test_an_intention_beside_a_quoted_caution_is_its_subjects():
    owners = _owners("The authorities said inflation will ease in 2027. The authorities intend to unify the exchange "
                     "rates by the middle of next year; the lenders support this goal but caution that the spread "
                     "could widen again.")
    assert owners == ["authorities", "authorities", "lenders"]
