"""The twenty-fifth forecast round: reported forecasts under frames the rules did not read, or told in
the past (issue 15; the census kind "a reported forecast under a verb or noun frame not read"). A
recent report of a "would" that names no time of its own ("told backers last week that she would
carry the district") is the source's standing view; a report a season or more back ("said last
summer that ...") stays history. Sentences written for these tests."""
from __future__ import annotations

from forecast_helpers import owned, texts


# -- a recent past report whose clause names no time -------------------------------------------------------

def test_a_recent_report_naming_no_time_is_a_standing_view():
    got = owned("The harbour board said last week that berthing charges would climb by a tenth.")
    assert [t for t, _p, _by in got] == ["berthing charges would climb by a tenth"]


def test_a_candidate_told_backers_recently_that_he_would_win():
    got = texts("The mayoral hopeful told backers in Lindale on Monday that she would carry every ward.")
    assert got == ["she would carry every ward"]


def test_a_report_a_season_back_naming_no_time_stays_history():
    assert texts("I said last summer that the levy would outlast the cabinet that brought it in.") == []
    assert texts("The mayor told me last autumn that the bridge would stay shut.") == []


def test_a_recent_report_with_a_past_time_stays_history():
    assert texts("The harbour board said last week that berthing charges had risen by a tenth in 2024.") == []


# -- what a forecast's document or its forecasters assume -------------------------------------------------------

def test_a_document_assuming_no_change_is_a_planning_assumption():
    got = owned("This outlook assumes no change in the fishing quota.")
    assert [t for t, _p, _by in got] == ["This outlook assumes no change in the fishing quota"]
    assert 0.5 <= got[0][1] <= 0.6


def test_a_pronoun_for_the_forecasters_assuming_a_trend_goes_on():
    assert texts("Both assume that export orders keep recovering.") == [
        "Both assume that export orders keep recovering"]


def test_a_pronoun_for_a_plan_assuming_a_figure():
    got = texts("The new plan gets the mill to 2 million tonnes in 2029, and it assumes three weeks of strikes a year.")
    assert "it assumes three weeks of strikes a year" in got


def test_assuming_a_duty_or_an_office_is_no_forecast():
    assert texts("It assumes no responsibility for the losses.") == []
    assert texts("She assumes office in January.") == []
