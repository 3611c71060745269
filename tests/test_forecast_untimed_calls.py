"""Forecasts the rules missed for want of a calendar date (issue 15): a bare passive "expected"
held by many ("A ratings upgrade is widely expected") or timed by another event ("expected before
the election", "ahead of first oil"), and a "will" over a bounded run of years ahead ("will rise in
every year of this Government's term", "every year until 2030"), which is no habit. Sentences
written for these tests; the readings beside them must not move."""
from __future__ import annotations

import pytest

from claimledger import analyze

from forecast_helpers import PUBLISHED


def calls(text: str) -> list[tuple[str, float]]:
    a = analyze("Note\n" + text, published=PUBLISHED)
    return [(a.document.text[f.start:f.end], f.probability) for f in a.forecasts]


@pytest.mark.parametrize("text", [
    "A ratings upgrade is widely expected.",
    "A cut in the policy rate is generally expected.",
    "A decision is expected after the summit.",
    "A ratings upgrade is expected before the election.",
    "A deal is expected ahead of the harvest.",
])
def test_a_bare_passive_expected_held_by_many_or_timed_by_an_event_is_a_call(text):
    got = calls(text)
    assert len(got) == 1 and got[0][1] == 0.75 and got[0][0].startswith("A ")


@pytest.mark.parametrize("text", [
    "The result was widely expected.",                       # told in the past
    "As widely expected, the bank held rates on Tuesday.",   # a comparison with what happened
    "A ratings upgrade is expected.",                        # no time, no one holding it: a description
])
def test_what_stays_no_call(text):
    assert calls(text) == []


@pytest.mark.parametrize("text", [
    "The defence allocation will rise in every year of this Government's term.",
    "Prices will rise every year until 2030.",
])
def test_a_will_over_a_bounded_run_of_years_is_a_forecast(text):
    got = calls(text)
    assert len(got) == 1 and got[0][1] == 0.85


def test_a_habit_stays_a_habit():
    assert calls("Remittances will, as a rule, rise every year ahead of Ramadan.") == []
