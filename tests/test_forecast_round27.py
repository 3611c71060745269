"""The twenty-seventh forecast round (heldout27 read): kinds of miss that recur in the genre, read
from the parse. Sentences written for these tests.

- a denied ability with a bound ahead ("the new line cannot open before next spring", "could not
  take effect before 2030 at the earliest") denies the event before the bound, as "will not" does;
  not a refusal to say, not "until" (the event comes later), not "may not" (doubt);
- a reported forecast in a conjunct with its own subject after a past or perfect first conjunct
  ("X has pledged ..., and the mayor insists that ...") is not told in the past: a bare denial
  after it ("It will not.") does not make it a failed prediction;
- a date after "as" and a preposition ("as dry as in 2018") is the yardstick of a comparison, not
  the forecast's horizon, so the forecast is not taken for a past one.
And the readings that must not change."""
from __future__ import annotations

from forecast_helpers import found, texts


# -- a denied ability with a bound ahead ----------------------------------------------------------------

def test_a_denied_ability_before_a_date_ahead_is_a_firm_denial():
    got = found("The new tram line cannot open before next spring.")
    assert any("cannot open before next spring" in t and p == 0.1 for t, p, _ph, _by in got)
    got = found("The treaty could not take effect before 2030 at the earliest.")
    assert any("could not take effect" in t and p == 0.1 for t, p, _ph, _by in got)


def test_a_reported_denied_ability_is_the_source_s():
    got = found("The agency has said privately that it cannot hire them before 2029.")
    assert any("cannot hire them before 2029" in t and by != "author" for t, _p, _ph, by in got)


def test_a_denied_ability_with_no_bound_or_a_later_start_is_no_forecast():
    assert not found("We could not agree on the wording of the text.")
    assert not found("The plant cannot restart until March.")
    assert not found("We cannot comment before Friday.")
    assert not any(p == 0.1 for _t, p, _ph, _by in found("The bridge may not open before 2028."))


# -- a conjunct with its own subject keeps its own tense ----------------------------------------------------

def test_a_claim_in_a_second_conjunct_denied_after_still_stands():
    got = found("The council has pledged new shelters by 2029, and the mayor insists that the tram line "
                "will carry 50,000 riders a day by 2028. It will not.")
    assert any(t.startswith("the tram line will carry") for t, _p, _ph, _by in got)


def test_a_past_prediction_denied_after_stays_history():
    assert not any("would rise" in t for t in texts(
        "The bank had projected that growth would recover and exports would rise. They did not."))


# -- a date as the yardstick of an equative comparison ---------------------------------------------------------

def test_a_date_after_as_and_a_preposition_is_a_yardstick():
    got = texts("If March is as dry as in 2018, the reservoirs will be low for a few weeks.")
    assert any("the reservoirs will be low" in t for t in got)


def test_as_early_as_a_date_is_still_the_horizon():
    got = texts("The central bank could cut as early as next month.")
    assert any("as early as next month" in t for t in got)
