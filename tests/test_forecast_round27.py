"""The twenty-seventh forecast round (heldout27 read): kinds of miss that recur in the genre, read
from the parse. Sentences written for these tests.

- a denied ability with a bound ahead ("the new line cannot open before next spring", "could not
  take effect before 2030 at the earliest") denies the event before the bound, as "will not" does;
  not a refusal to say, not "until" (the event comes later), not "may not" (doubt);
- a reported forecast in a conjunct with its own subject after a past or perfect first conjunct
  ("X has pledged ..., and the mayor maintains that ...") is not told in the past: a bare denial
  after it ("It will not.") does not make it a failed prediction;
- a date after "as" and a preposition ("as dry as in 2018") is the yardstick of a comparison, not
  the forecast's horizon, so the forecast is not taken for a past one;
- an outcome set "at about even" ("I put that result at about even"), a forecast of its own after a
  conditional forecast (which is the chance given its condition), its number after a plain one;
- a labelled guess of the writer's own with a verbless figure ("My guess: roughly 40 seats.");
- a pointer rated after another voice's claim ("...; we reckon that is likely", "That is unlikely."),
  the writer's verdict beside the claim, not the claim's number;
- a verb of seeming under "will" with an adjective and a noun subject ("the branch lines will look
  empty"), how a thing will look, a forecast; a second "that"-clause under a view ("I think X will
  ..., and that Y will ...") held at the view's reading, its extent its own words;
- a hyphened noun the tagger reads as an adjective as the subject of a likelihood ("A play-off is
  possible."); a contest's result under "should" with a named subject ("Chile should make the
  final", "the incumbent should win the runoff"), an expectation, not advice;
- an event told once more at a time of its own ("meets on 10 March and again on 2 June");
- a conjoined verb of saying with a clause of its own ("judges X unlikely, but added that it could
  not exclude Y", "predicted that X would ..., and said Y would ...") says a second forecast; a
  contrast inside a list of expectations ("to need a fortnight, not a month, to decide") is no new item;
- an event a forecast's document assumes with its date hung on the verb ("the outlook assumes a
  reopening on 3 March"), a planning assumption;
- agreement in a word or an idiom ("Agreed.", "we have no quarrel with that projection") after another
  voice's forecast, at the claim's number;
- a forecast's noun compared and set at a figure ("Our forecast is a shade lower, at 2.1 per
  cent"), a point estimate; a forecast in a "because"-clause under another is a forecast of its own.
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
    got = found("The agency admitted in private that it cannot hire them before 2029.")
    assert any("cannot hire them before 2029" in t and by != "author" for t, _p, _ph, by in got)


def test_a_denied_ability_with_no_bound_or_a_later_start_is_no_forecast():
    assert not found("We could not agree on the wording of the text.")
    assert not found("The plant cannot restart until March.")
    assert not found("We cannot comment before Friday.")
    assert not any(p == 0.1 for _t, p, _ph, _by in found("The bridge may not open before 2028."))


# -- a conjunct with its own subject keeps its own tense ----------------------------------------------------

def test_a_claim_in_a_second_conjunct_denied_after_still_stands():
    got = found("The council has pledged new shelters by 2029, and the mayor insists that the tram line "
                "will carry 50,000 riders a day by 2028. It won't.")
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


# -- an outcome set at about even ------------------------------------------------------------------------------

def test_an_outcome_set_at_about_even_after_a_conditional_is_its_own_forecast():
    got = found("If the tribunal rules as it did last time, hundreds of clinics will lose their licences. "
                "I put that result at about even.")
    assert any("clinics will lose" in t and p > 0.5 for t, p, _ph, _by in got)
    assert any("I put that result at about even" in t and p == 0.5 for t, p, _ph, _by in got)


def test_it_set_at_roughly_even_numbers_the_forecast_before():
    got = found("The tribunal may annul the licences. I put it at roughly even.")
    assert len(got) == 1 and got[0][1] == 0.5


# -- a labelled guess ---------------------------------------------------------------------------------------------

def test_a_labelled_guess_with_a_figure_is_the_writer_s_forecast():
    got = found("The agency expects 900 applications before the window shuts. My guess: somewhere around 500, "
                "most of them growers who were ready to retire anyway.")
    assert any(t.startswith("My guess: somewhere around 500") and by == "author" and 0.5 <= p <= 0.65
               for t, p, _ph, by in got)


def test_a_labelled_clause_or_word_is_not_a_labelled_guess():
    assert not any(t.startswith("My guess") for t in texts("My guess: the motion passes."))
    assert not any(t.startswith("Our estimate") for t in texts("Our estimate: unchanged."))


# -- a pointer rated after another's claim --------------------------------------------------------------------------

def test_a_rated_pointer_after_another_s_claim_is_the_writer_s_verdict():
    got = found("The regulator has said that the new levy will push several small carriers out of the market; "
                "we suspect that is likely, though not our concern.")
    assert any(t.startswith("the new levy will push") and p == 0.85 for t, p, _ph, _by in got)
    assert any(t == "we suspect that is likely" and by == "author" and p == 0.7 for t, p, _ph, by in got)
    got = found("The regulator has said that the levy will push some carriers out. That is unlikely.")
    assert any(t == "That is unlikely" and p < 0.3 for t, p, _ph, _by in got)


def test_a_rated_pointer_after_the_writer_s_own_forecast_adds_nothing():
    assert len(found("We expect the levy to pass. That is likely.")) == 1


# -- how a thing will look; a second clause under a view ----------------------------------------------------------

def test_a_thing_that_will_look_a_certain_way_is_a_forecast():
    assert texts("The branch lines will look empty for a year.") == ["The branch lines will look empty for a year"]


def test_seeming_said_of_a_pointer_or_under_could_is_no_forecast():
    assert not found("This will sound odd to many readers.")
    assert not found("The stands could look empty.")


def test_a_second_that_clause_under_a_view_is_held_at_the_view():
    got = found("I think the airport route will fill, and that the branch lines will look empty for a year.")
    assert any(t == "the branch lines will look empty for a year" and p == 0.7 and ph == "think" for t, p, ph, _by in got)


# -- a misread subject; a contest's result under "should"; an event once more --------------------------------------

def test_a_hyphened_noun_read_as_an_adjective_can_be_rated():
    assert any(p == 0.4 for _t, p, _ph, _by in found("A play-off is possible."))


def test_a_contest_result_under_should_is_an_expectation():
    assert any(p == 0.7 for _t, p, _ph, _by in found("Portugal should make the final."))
    assert any(p == 0.7 for _t, p, _ph, _by in found("The incumbent should win the runoff comfortably."))


def test_should_of_advice_to_a_named_party_stays_unread():
    assert not found("Portugal should reach a deal with Morocco on the quotas.")
    assert not found("The government should win back the trust of fishermen.")


def test_an_event_once_more_at_its_own_time_is_a_second_forecast():
    got = texts("The steering group meets on 10 March and again on 2 June.")
    assert "The steering group meets on 10 March" in got and "and again on 2 June" in got
    assert not found("Fuel prices rose in April and again in July.")


# -- a second thing said ----------------------------------------------------------------------------------------------

def test_a_conjoined_verb_of_saying_adds_a_forecast_of_its_own():
    got = texts("The regulator judges it unlikely that tariffs will rise this season, but added that it could not "
                "rule out a cap in the spring.")
    assert any("tariffs will rise this season" in t for t in got)
    assert any("rule out a cap in the spring" in t for t in got)
    got = texts("She forecast that the rate would weaken to 42 by March, and said the spread would narrow only "
                "if exports recover.")
    assert any(t.startswith("the spread would narrow") for t in got) and len(got) == 2


def test_a_contrast_is_not_a_further_item_of_a_list_of_expectations():
    got = texts('She expected the tribunal to take "a fortnight, not a month" to decide if the appeal was lodged.')
    assert len(got) == 1


# -- an assumed event with its date on the verb --------------------------------------------------------------------

def test_an_assumed_event_dated_ahead_is_a_planning_assumption():
    got = found("The utility's outlook assumes a reopening on 3 March.")
    assert any("assumes a reopening on 3 March" in t and p == 0.55 for t, p, _ph, _by in got)
    assert not found("The utility's outlook assumes a reopening.")


# -- agreement in a word or an idiom ------------------------------------------------------------------------------------

def test_no_quarrel_with_that_forecast_agrees_at_the_claim_s_number():
    got = found("The central bank says prices will come back inside its target band by the June quarter. "
                "We have no quarrel with that projection. Our concern is the deficit.")
    # (round 30: the claim's number is the bank's "will", said now, at "says will")
    assert any(t == "We have no quarrel with that projection" and p == 0.75 and by == "author" for t, p, _ph, by in got)


def test_a_bare_agreed_after_another_s_forecast_agrees():
    got = found("The minister said the footbridge will open in May. Agreed.")
    assert any(t == "Agreed" and p == 0.85 for t, p, _ph, _by in got)


def test_a_quarrel_with_something_named_or_a_lone_agreed_is_no_verdict():
    assert not found("Agreed.")
    got = texts("The board says fares will rise in May. We have no quarrel with that projection for the ferries in June.")
    assert not any("no quarrel" in t for t in got)


# -- a forecast compared and set at a figure; a reason of its own ----------------------------------------------------------

def test_a_forecast_compared_and_set_at_a_figure_is_a_point_estimate():
    got = found("The central bank projects inflation of 3.6 per cent for 2028. Our forecast is a touch lower, "
                "at 3.2 per cent, because fuel subsidies look unlikely to be trimmed again before the 2029 vote.")
    assert any(t.startswith("Our forecast is a touch lower, at 3.2 per cent") and p == 0.65 for t, p, _ph, _by in got)
    assert any("fuel subsidies look unlikely to be trimmed" in t and p < 0.3 for t, p, _ph, _by in got)


def test_a_figure_of_now_or_a_past_estimate_compared_is_no_forecast():
    assert not found("Inflation is higher, at 3 per cent.")
    assert not found("Last year our forecast was higher, at 5 per cent.")
