"""The twenty-eighth forecast round: heldout28 read, its misses sorted into kinds, the general kinds fixed.
Sentences written for these tests (none copied from any gold set).

- a part of "the year" ("in the first half of the year") said in December is the coming year's (due.py);
- a quoted rating closed before its infinitive ('calls the bill "most unlikely" to pass');
- a standing intention in the present names its act by an infinitive, dated or not ("We intend to tender");
- a declined commitment ("I cannot promise the pumps ...") is a refusal, not a forecast;
- a sign-off ("That's all from the night desk") is no event on the calendar; a subject the parse took for
  a compound still makes a timetable ("The dredging crew mobilises on 9 February");
- taking an institution "at its word" after its claim takes the claim at its own number;
- a second "that"-clause with its own "will" under a frame of belief is read at the frame;
- a stated chance after "no better than"/"no more than" is a ceiling.
And the readings that must not change."""
from __future__ import annotations

from claimledger.due import due_window
from forecast_helpers import found, owned, texts


# -- "the year" in December ------------------------------------------------------------------------

def test_a_part_of_the_year_said_in_december_is_the_coming_years():
    window = due_window("in the first half of the year", "2026-12-03")
    assert window is not None and window.start.year == 2027
    assert due_window("in the first half of the year", "2026-03-10").end.year == 2026
    got = texts("The water board has promised that the western reservoir will refill in the first half of the year.",
                published="2026-12-03")
    assert any("will refill in the first half of the year" in t for t in got)


# -- a quoted rating before its infinitive ------------------------------------------------------------

def test_a_quoted_rating_closed_before_its_infinitive_is_read():
    got = found('The pollster says the measure is "highly unlikely" to carry the southern districts.')
    assert any("to carry the southern districts" in t and p < 0.2 for t, p, _ph, _by in got)


# -- standing intentions -------------------------------------------------------------------------------

def test_an_undated_intention_in_the_present_is_a_forecast():
    got = found("We intend to tender for two of the new coastal grazing permits.")
    assert any(t.startswith("We intend to tender") for t, _p, _ph, _by in got)
    got = found("The ferry operator plans to add a second vessel on the island route.")
    assert any("plans to add a second vessel" in t for t, _p, _ph, _by in got)


def test_a_past_or_undated_promise_stays_unread():
    assert not found("The dairy intended to buy the creamery, but the bank said no.")
    assert not found("The mayor has promised the fishermen a bigger say.")


# -- a declined commitment -----------------------------------------------------------------------------

def test_a_declined_commitment_is_no_forecast():
    got = texts("I cannot promise that the tunnel will never flood, but it will be open by Easter.")
    assert not any("never flood" in t for t in got)
    assert any("open by Easter" in t for t in got)
    assert not any("hold" in t for t in texts("We can't guarantee the levee will hold through the spring tides."))


def test_a_promise_made_stays_a_forecast():
    assert any("will reopen by June" in t for t in texts("The operator promises that the pier will reopen by June."))


# -- sign-offs and timetables --------------------------------------------------------------------------

def test_a_sign_off_is_no_event_on_the_calendar():
    assert not found("That's all from the newsroom today.")
    assert not found("That is it for now from the harbour desk.")


def test_a_timetable_with_a_subject_the_parse_took_for_a_compound():
    got = texts("The dredging crew mobilises on 9 February.")
    assert any("mobilises on 9 February" in t for t in got)


# -- taking an institution at its word -----------------------------------------------------------------

def test_taking_an_institution_at_its_word_takes_its_claim_at_its_number():
    got = owned("The port authority has told the shippers it will not lift the berth fees before 2029; we take it at its word.")
    claim = [p for t, p, _by in got if "lift the berth fees" in t]
    verdict = [(p, by) for t, p, by in got if "we take it" in t]
    assert claim and verdict and abs(verdict[0][0] - claim[0]) < 1e-9 and verdict[0][1] == "author"


# -- a second "that"-clause under a frame of belief ----------------------------------------------------

def test_a_second_that_clause_with_its_own_will_is_read_at_the_frame():
    got = found("I believe the spring catch will be larger than the autumn one, and that the cannery will hire again.")
    assert [p for t, p, _ph, _by in got if "cannery will hire" in t] == [p for t, p, _ph, _by in got if "spring catch" in t]
    got = found("My expectation is that tolls will rise in April, and that the new ferries will arrive in May.")
    second = [p for t, p, _ph, _by in got if "new ferries will arrive" in t]
    assert second and second[0] < 0.8


def test_a_reported_second_clause_keeps_its_own_modal():
    got = found("The ministry says the bridge will open in June and that the tolls will fall in July.")
    assert [p for t, p, _ph, _by in got if "tolls will fall" in t] == [0.75]     # round 30: "says will"


def test_a_weaker_modal_in_the_second_clause_keeps_its_own_reading():
    got = found("I believe the quay will be rebuilt, and that the old crane could go for scrap.")
    assert all(p < 0.6 for t, p, _ph, _by in got if "crane could go" in t)


# -- a ceiling on a stated chance ---------------------------------------------------------------------

def test_a_chance_given_as_a_ceiling_reads_under_the_figure():
    got = found("I would put the chance of a fresh harbour levy this winter at no better than two in five.")
    assert any(0.24 <= p < 0.4 for _t, p, _ph, _by in got)
    got = found("I would put the chance of a fresh harbour levy this winter at two in five.")
    assert any(p == 0.4 for _t, p, _ph, _by in got)


# -- answers the rules did not pair with their question ------------------------------------------------

def test_an_answer_after_the_askers_turn_answers_the_question():
    text = ("REPORTER (Ama Boateng): Will the coastal highway be resurfaced? Two bridges were closed in August.\n"
            "MINISTER: Yes. The treasury released the money last week.")
    got = found(text)
    assert any("resurfaced" in t and "Yes" in t and p >= 0.8 for t, p, _ph, _by in got)


def test_a_statement_after_a_question_in_plain_prose_answers_nothing():
    got = found("Will the coastal highway be resurfaced? Two bridges were closed in August.\nThe treasury met on Monday.")
    assert not any("resurfaced" in t for t, _p, _ph, _by in got)


def test_a_reported_answer_that_echoes_the_modal_answers_the_question():
    got = owned("Will the regulator hold the tariff next quarter? Its chairwoman said it probably would.")
    assert any("hold the tariff" in t and 0.6 <= p <= 0.8 and "chairwoman" in by.lower() for t, p, by in got)


def test_a_reported_answer_with_a_verb_of_its_own_is_read_by_its_words():
    got = found("Will the regulator hold the tariff next quarter? Its chairwoman said it would take months to decide.")
    assert not any("hold the tariff" in t for t, _p, _ph, _by in got)


# -- a further event under a verb of expecting, its verb left out -------------------------------------

def test_a_gapped_event_with_its_own_time_under_expect_is_a_forecast():
    got = texts("We expect the new quay to be built by the close of 2027 and the first container calls in spring 2028.")
    assert any(t.startswith("and the first container calls") for t in got)
    assert any(t.startswith("expect the new quay") and "container" not in t for t in got)


def test_no_gapped_event_in_a_condition_or_a_bare_year():
    got = texts("The board expects the 2027 olive crop to be near average if rain and frost between January and March are mild.")
    assert not any(t.startswith("and frost") for t in got)
    assert not any(t.startswith("and 2028") for t in texts("We expect rents to rise in 2027 and 2028."))


# -- a hedged date of a time clause --------------------------------------------------------------------

def test_a_hedged_date_of_a_time_clause_is_split_from_the_main_forecast():
    got = found("The smelter will restart its second line once the new substation is connected, probably in April.")
    main = [p for t, p, _ph, _by in got if t.startswith("The smelter will restart")]
    detail = [p for t, p, _ph, _by in got if t.startswith("probably in April")]
    assert main == [0.85] and detail and detail[0] < 0.75


# -- verdicts ------------------------------------------------------------------------------------------

def test_a_gapped_verdict_after_a_verdict_is_a_forecast_of_its_own():
    got = found("I think the spring target is realistic and the autumn one ambitious.")
    assert any(t.startswith("and the autumn one") and p < 0.45 for t, p, _ph, _by in got)
    got = found("We think the June reopening is plausible, and the later one optimistic.")
    assert any("the later one optimistic" in t and p < 0.45 for t, p, _ph, _by in got)


def test_agreeing_by_an_idiom_takes_the_claim_at_its_number():
    got = found("The port board says the new crane will arrive in May, and we see no reason to disagree.")
    claim = [p for t, p, _ph, _by in got if "crane will arrive" in t]
    verdict = [p for t, p, _ph, _by in got if t.startswith("we see no reason")]
    assert claim and verdict == claim
    got = found("The harbour master expects the channel to be dredged by June. We have no quarrel with it.")
    assert any(t.startswith("We have no quarrel") for t, _p, _ph, _by in got)


def test_an_idiom_with_words_of_its_own_after_it_is_no_verdict():
    got = texts("The port board says the new crane will arrive in March. I see no reason to disagree with the unions on pay.")
    assert not any(t.startswith("I see no reason") for t in got)


# -- a quoted hedged detail, a clock time, a colon between two forecasts ------------------------------

def test_a_quoted_hedged_detail_is_split_from_the_forecast():
    got = found('The envoy expects the council to vote on the text before the winter break, "most likely by a wide margin".')
    main = [t for t, _p, _ph, _by in got if "council to vote" in t]
    assert main and not any("margin" in t for t in main)
    assert any(t.startswith("most likely by a wide margin") for t, _p, _ph, _by in got)


def test_a_passive_expected_at_a_clock_time_is_a_forecast():
    assert any("expected around 18:00" in t for t in texts("The first exit poll from the broadcaster is expected around 18:00."))
    assert not texts("The ferry was expected at 9:00 but never came.")


def test_a_clause_after_a_colon_is_a_forecast_of_its_own():
    got = found("Cruise traffic is expected to slow: the port operator forecasts 310 calls in 2027, down from 340.")
    assert any(t.endswith("expected to slow") for t, _p, _ph, _by in got)
    assert any("forecasts 310 calls in 2027" in t for t, _p, _ph, _by in got)


def test_what_a_verb_of_saying_introduces_after_a_colon_stays_its_content():
    got = texts("The harbour master said: the new breakwater will be complete by July.")
    assert len([t for t in got if "breakwater" in t]) == 1


# -- a command that rates "it" ----------------------------------------------------------------------

def test_a_command_that_sets_it_at_a_percentage_is_the_writers_rating():
    got = owned("The water board has pledged that the canal will be dredged by June. We have heard that before. "
                "Believe it on the day; put it at 40 per cent.")
    assert any(t.startswith("put it at 40 per cent") and p == 0.4 and by == "author" for t, p, by in got)


def test_another_voice_setting_it_at_a_figure_stays_a_value():
    got = found("The deficit will be large. The ministry puts it at 3.4 per cent.")
    assert not any(p == 0.034 for _t, p, _ph, _by in got)


# -- a verb of expecting dated lately -------------------------------------------------------------------

def test_a_recent_expectation_naming_no_time_is_a_standing_view():
    got = owned("The employers' federation said last week it expected the pay talks to drag on.")
    assert any("pay talks to drag on" in t and "federation" in by for t, _p, by in got)


def test_an_expectation_dated_a_year_back_stays_history():
    assert not found("The employers' federation said last year it expected the pay talks to drag on.")
