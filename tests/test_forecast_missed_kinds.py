"""Missed kinds pooled across the read forecast sets (issue 15, "Missed kinds across the read sets"
in docs/accuracy.md): the largest kinds of missed forecasts that recur across sets and writers,
each on sentences written for these tests —

- a figure put on a quantity by a verb of projecting: the passive with "at" ("Growth is estimated
  at 4.1 percent this year"; projected_figures.py) and the third-person verb the tagger reads as a
  plural noun after a forecasting body ("The Committee projects headline inflation to stay ...";
  rules._mistagged_estimate_candidates);
- a figure or a date judged realistic, plausible or ambitious as the subject of a copula ("we think
  5 to 6 percent is more realistic", "January looks more realistic"; judged_frames.py);
- a second "that"-clause under one frame ("My bet is that X, and that Y"; second_complements.py).
"""
from __future__ import annotations

from forecast_helpers import found


def _texts(got):
    return [t for t, _p, _ph, _b in got]


# -- projections of a figure ------------------------------------------------------------------------
def test_a_passive_estimate_at_a_figure_for_the_current_year_is_a_point_forecast():
    got = found("Tourism receipts are estimated at 2.3 billion dollars this year, helped by the new airport.")
    assert [(t, p) for t, p, _ph, _b in got] == [
        ("Tourism receipts are estimated at 2.3 billion dollars this year", 0.65)]


def test_a_passive_projection_for_a_fiscal_year_not_closed_is_a_forecast():
    got = found("The primary surplus for 2026/27 is now projected at 1.2 percent of GDP, against 1.8 percent in the spring.")
    assert [p for _t, p, _ph, _b in got] == [0.65]
    assert _texts(got)[0].startswith("The primary surplus for 2026/27 is now projected at 1.2 percent")


def test_a_passive_forecast_with_its_agent_names_the_agent_and_leaves_an_aside_out():
    got = found("Unemployment, near 12 percent in 2021, is forecast by the statistics office at 7 percent next year.")
    assert [(t, p) for t, p, _ph, _b in got] == [
        ("Unemployment, near 12 percent in 2021, is forecast by the statistics office at 7 percent next year", 0.65)]
    assert got[0][3] != "author"


def test_a_passive_estimate_of_a_past_or_undated_figure_is_no_forecast():
    assert found("The crowd outside the palace was estimated at 20,000.") == []
    assert found("Storm damage to the port is estimated at $400 million.") == []
    assert found("The 2019 cotton crop is estimated at 1.1 million bales.") == []
    # a count of the period so far
    assert found("Arrivals at the border this year are already estimated at 20,000.") == []


def test_a_forecasting_bodys_verb_read_as_a_plural_noun_before_a_mistagged_object():
    got = found("The Monetary Committee projects core inflation to stay between 4 and 5 percent through mid-2027.")
    assert [(t, p) for t, p, _ph, _b in got] == [
        ("projects core inflation to stay between 4 and 5 percent through mid-2027", 0.65)]
    got = found("The growers' association projects exports down 6 percent next season.")
    assert _texts(got) == ["projects exports down 6 percent next season"]


def test_a_forecasting_bodys_verb_with_a_pronoun_and_its_participle():
    got = found("The planning office projects it rising to 40,000 by the end of 2027.")
    assert _texts(got) == ["projects it rising to 40,000 by the end of 2027"]


def test_a_forecasting_bodys_verb_after_its_initials():
    got = found("The National Statistics Office (NSO) projects inflation of 6 percent next year.")
    assert [(t, p) for t, p, _ph, _b in got] == [("projects inflation of 6 percent next year", 0.65)]


def test_a_plural_noun_before_its_own_verb_stays_a_noun():
    assert found("Road projects need new funding by 2027.") == []


def test_a_bare_verb_read_as_a_noun_in_a_clause_without_a_finite_verb_splits_its_dates():
    got = found("Fund staff project growth of 2.8 percent in 2027 and inflation of 4 percent by end-2028, "
                "provided reforms stay on track.")
    assert [(t, p) for t, p, _ph, _b in got] == [
        ("project growth of 2.8 percent in 2027", 0.65), ("inflation of 4 percent by end-2028", 0.65)]


# -- a figure or a date judged by a copula ------------------------------------------------------------
def test_a_figure_judged_more_realistic_under_an_opinion_verb():
    got = found("The ministry forecasts 9 percent growth; we think 6 percent is more realistic.")
    assert ("6 percent is more realistic", 0.6, "author") in [(t, p, b) for t, p, _ph, b in got]


def test_a_verdict_after_a_semicolon_leaves_the_forecast_it_judges_standing():
    # the parse hangs the verbless "The bank forecasts growth ..." on "think" after the semicolon: the
    # verdict's clause had taken its place as one nested clause
    got = found("The national bank forecasts growth of 6 percent this year; we think 4 percent is more realistic.")
    assert [(t, p) for t, p, _ph, _b in got] == [
        ("forecasts growth of 6 percent this year", 0.65), ("4 percent is more realistic", 0.6)]


def test_a_date_that_looks_more_realistic():
    got = found("The port authority still says March. June looks more realistic.")
    assert [(t, p) for t, p, _ph, _b in got] == [("June looks more realistic", 0.6)]


def test_a_date_judged_ambitious_and_a_timetable_judged_plausible():
    got = found("Contractors think October is ambitious.")
    assert [(t, p) for t, p, _ph, _b in got] == [("October is ambitious", 0.3)]
    got = found("We think the regulator's timetable is plausible.")
    assert [(t, p) for t, p, _ph, _b in got] == [("the regulator's timetable is plausible", 0.55)]


def test_a_verdict_in_the_past_a_pronoun_or_a_thing_that_is_no_figure_is_no_forecast():
    assert found("The 2019 target was ambitious.") == []
    assert found("That is ambitious.") == []
    assert found("The new terminal looks more realistic than the old design.") == []
    assert found("By now 2030 looks less realistic.") == []


def test_a_verdict_pointing_back_to_a_figure_ahead():
    got = found("The finance ministry expects 7 percent growth next year. We think that is too high.")
    assert ("that is too high", 0.65) in [(t, p) for t, p, _ph, _b in got]
    got = found("The port authority expects the new berth to open by March. We suspect that date is a stretch.")
    assert ("date is a stretch", 0.3) in [(t, p) for t, p, _ph, _b in got]


def test_a_verdict_of_early_on_a_projection_and_a_rating_verb_pointing_back():
    got = found("That projection assumes two good harvests, and I think it is a year early.")
    assert ("it is a year early", 0.3) in [(t, p) for t, p, _ph, _b in got]
    got = found("The operator's schedule has the line finished in 2031. Contractors we spoke to consider that optimistic.")
    # (the extent starts where the parse puts the verb's clause: "to consider ..." here)
    assert [(t, p) for t, p, _ph, _b in got if "optimistic" in t] == [("to consider that optimistic", 0.3)]


def test_an_excess_judged_of_a_burden_or_of_a_past_figure_is_no_forecast():
    assert found("Inflation at 9 percent is too high for exporters.") == []
    assert found("The fine was $5 million; that is too much.") == []
    # "early" as an adjective of a noun, not a verdict on the date before
    assert all("early" not in t for t in _texts(found("The minister says the ferry returns in March. It is early days.")))


# -- a second "that"-clause under one frame -----------------------------------------------------------
def test_a_second_that_clause_under_a_bet_is_a_call_of_its_own():
    got = found("My bet is that the regulator blocks the merger before the summer, and that the buyer walks away.")
    assert [(t, p) for t, p, _ph, _b in got] == [
        ("My bet is that the regulator blocks the merger before the summer", 0.65),
        ("the buyer walks away", 0.65)]


def test_a_second_that_clause_under_a_verb_of_venturing():
    got = found("I would venture that the ferry resumes within a month, and that fares rise with it.")
    assert _texts(got)[1:] == ["fares rise with it"]
    assert got[0][1] == got[1][1]


def test_a_second_that_clause_with_a_state_in_the_present_is_a_call():
    got = found("My honest guess is that the ferry runs twice a week over the winter, and that the service is gone again by May.")
    assert _texts(got)[1:] == ["the service is gone again by May"]


def test_a_second_that_clause_told_in_the_past_or_with_its_own_modal_is_not_copied():
    got = found("My guess is that the coalition survives the winter, and that it was wise to wait.")
    assert _texts(got) == ["My guess is that the coalition survives the winter"]
    got = found("My guess is that the coalition survives the winter, and that the deal has been signed.")
    assert _texts(got) == ["My guess is that the coalition survives the winter"]
    got = found("My guess is that the coalition survives the winter, and that the budget will pass in March.")
    assert [p for _t, p, _ph, _b in got][1] == 0.85      # the second clause's own "will"
