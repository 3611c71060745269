"""The fourteenth forecast round (issue 15): kinds read on tests/forecasts/heldout19 (blind for one
measurement, read since) — answers the rules did not reach (a mailbag's question signed by its
reader, a bare yes or no opening the answer, an echoed modal with its condition, a reader's
reported "would" question, a yes by degree), a run of weighted calls in one sentence ("90 percent
that X, 55 percent that Y, and roughly 2-to-1 against Z"), the reported "would" read at 0.75, and
the second conjunct of a reported "would" that borrows its subject. Each kind on sentences written
for these tests, with the exact reading; and the readings that must not change."""
from __future__ import annotations

from claimledger import analyze
from forecast_helpers import found


def _forecasts(text: str) -> list[tuple[str, float, str]]:
    a = analyze("Letters\n" + text, published="2026-11-20")
    return [(a.document.text[f.start:f.end], f.probability, f.by, f.condition, f.statement) for f in a.forecasts]


# -- a mailbag's question, signed, answered on the next line ---------------------------------------
def test_a_signed_question_is_answered_on_the_line_after_its_signature():
    got = _forecasts('"Is Brazil going to raise its fuel tax before the election?" (Marta, Porto)\n'
                     "Probably, and earlier than most expect. The finance ministry needs the money.")
    assert [(p, by) for _t, p, by, _c, _s in got] == [(0.75, "author")]
    assert "raise its fuel tax before the election" in got[0][4]
    assert got[0][0].endswith("Probably")


# -- a bare yes or no opening the answer -----------------------------------------------------------
def test_a_yes_opening_the_answer_is_the_firm_answer():
    got = _forecasts("Will the strike spread to the ports? Yes, in stages, each one timed for the harvest.")
    assert [(s, p) for _t, p, _b, _c, s in got] == [("Will the strike spread to the ports", 0.85)]


def test_what_follows_a_bare_yes_is_read_as_any_sentence():
    got = _forecasts("Will the strike spread to the ports? Yes, and it will reach the airports too.")
    assert [(s, p) for _t, p, _b, _c, s in got] == [("Will the strike spread to the ports", 0.85),
                                                    ("it will reach the airports too", 0.85)]


def test_a_yes_with_a_reservation_or_a_yes_and_no_is_no_firm_answer():
    assert _forecasts("Will the union strike? Yes, but not before the spring.") == []
    assert _forecasts("Will the union strike? Yes and no.") == []


def test_a_yes_to_a_question_about_the_past_is_no_forecast():
    assert _forecasts("Did the union strike last year? Yes, twice.") == []


def test_a_reported_reader_question_with_would_answered_no():
    got = _forecasts("A listener in Kisumu asks whether the navy would intervene if the rebels took the port. "
                     "Short answer: no, and nobody in the capital expects it to.")
    first = got[0]
    assert first[1] == 0.1 and first[3] == "the rebels took the port"
    assert "the navy would intervene" in first[4]
    # the clause after the bare "no" is still read as any sentence's
    assert len(got) == 2


# -- an echoed modal answers the question ----------------------------------------------------------
def test_an_echoed_modal_with_its_condition_answers_the_question():
    got = _forecasts("Could the whole plan collapse? It could, if the loan is not renewed, and that is the real risk.")
    # "could" reads 0.45 since the sixteenth round (was 0.40: probability_phrases.tsv)
    assert [(s, p, c) for _t, p, _b, c, s in got] == [("Could the whole plan collapse", 0.45, "the loan is not renewed")]


def test_an_echoed_will_answers_the_question():
    got = _forecasts("Will the union strike? They will, eventually.")
    assert [(s, p) for _t, p, _b, _c, s in got] == [("Will the union strike", 0.85)]


def test_a_bare_echoed_could_is_left_to_the_number_after_it():
    got = _forecasts("Could the court surprise us? It could. I'd put that at one in five.")
    assert [p for _t, p, _b, _c, _s in got] == [0.2]


def test_an_answer_with_a_verb_of_its_own_is_its_own_forecast():
    got = _forecasts("Could the whole plan collapse? It could take years.")
    # "could" reads 0.45 since the sixteenth round (was 0.40: probability_phrases.tsv)
    assert [(s, p) for _t, p, _b, _c, s in got] == [("It could take years", 0.45)]


# -- a yes by degree; a question after a question --------------------------------------------------
def test_a_yes_by_degree_answers_a_transcript_question():
    got = _forecasts("Q (Radio One): Fuel prices rose last week. Will that push commuters onto buses?\n"
                     "MINISTER: A little, at first.")
    assert [(p, f.split()[-1]) for f, p, _b, _c, _s in got] == [(0.75, "little")]     # a qualified yes


def test_a_second_question_does_not_answer_the_first():
    got = _forecasts('"Quick ones, please. Will Lapland vote on autonomy in 2027? Will the coastal towns ever '
                     'merge?" (Priya, Toronto)')
    assert got == []


# -- a run of weighted calls -----------------------------------------------------------------------
def test_a_run_of_weighted_calls_is_one_forecast_each():
    got = found("Bottom line: 90 percent that the ceasefire holds through the winter, 60 percent that talks "
                "resume by March, and roughly 3-to-1 against a signed treaty before 2029.")
    assert [(t, p) for t, p, _ph, _by in got] == [
        ("90 percent that the ceasefire holds through the winter", 0.9),
        ("60 percent that talks resume by March", 0.6),
        ("roughly 3-to-1 against a signed treaty before 2029", 0.25)]
    assert {by for *_x, by in got} == {"author"}


def test_odds_on_an_event_are_its_own_number():
    got = found("My numbers: 70 percent that the port reopens in May, and 2-to-1 on a new harbour master by June.")
    assert [p for _t, p, _ph, _by in got] == [0.7, 0.67]


def test_figures_that_weigh_nothing_are_no_run():
    assert found("Turnout was 38 percent, and 4 percent of ballots were spoiled.") == []
    # one weighted clause alone is not a run (its reading is the other finders' matter)
    assert all(p != 0.4 or "percent that" not in t for t, p, _ph, _by in
               found("Turnout was 38 percent, 40 percent that we counted twice."))


# -- the reported "would" ------------------------------------------------------------------------
def test_a_reported_would_reads_a_step_under_will():
    got = found("The electoral commission said on Tuesday it would publish the final results by Thursday evening.")
    assert [p for _t, p, _ph, _by in got] == [0.75]
    assert got[0][3] != "author"
    # a "would" under a verb of belief is not told: it stays at "would"
    assert [p for _t, p, _ph, _by in found("If it comes to court, I think we would win.")] == [0.7]


def test_a_second_conjunct_of_a_reported_would_starts_at_its_own_verb():
    got = found("An official at the ministry said Chile would welcome the sale and would not use the permit as leverage.")
    spans = [t for t, _p, _ph, _by in got]
    assert spans[0].startswith("Chile would welcome the sale")
    assert spans[1] == "would not use the permit as leverage"
    assert got[1][1] == 0.1


# -- the writer rates the question just asked ------------------------------------------------------
def test_a_rating_of_that_answers_the_question_before_it():
    got = _forecasts("Will we need another rescue next year? I would call that unlikely.")
    assert [(p, s) for _t, p, _b, _c, s in got] == [(0.2, "we will need another rescue next year")]
    got = _forecasts("Will the bank raise rates next year? I would put that at one in five.")
    assert [p for _t, p, _b, _c, _s in got] == [0.2]


def test_an_answer_that_rates_nothing_is_no_forecast():
    assert _forecasts("Will the bank raise rates next year? I think that is a question for the board.") == []


# -- a verbless denial with a time ahead -----------------------------------------------------------
def test_a_verbless_denial_with_a_time_ahead_is_a_firm_no():
    got = _forecasts("The council needs a two-thirds vote, and nobody has it. No reform this decade.")
    assert [(t, p) for t, p, _b, _c, _s in got] == [("No reform this decade", 0.125)]
    got = _forecasts("The juntas will hold elections eventually. Not in 2027 in Mali or Niger.")
    assert ("Not in 2027 in Mali or Niger", 0.125) in [(t, p) for t, p, _b, _c, _s in got]


def test_a_denial_with_no_time_or_a_past_time_is_none():
    assert _forecasts("No comment. Not yet. No change in 2025. Not this time.") == []


# -- an owned estimate with a time ahead -----------------------------------------------------------
def test_my_estimate_is_that_with_a_time_ahead_is_a_call():
    got = found("My own estimate is that Chile takes 200 MW in the 2027 season, if anything.")
    assert [(p, ph) for _t, p, ph, _by in got] == [(0.6, "My own estimate is")]


def test_an_estimate_of_today_is_no_call():
    assert found("Our estimate is that 40 percent of households are poor.") == []


# -- schedules: "supposed to" with a date, an apposed "due by" -------------------------------------
def test_supposed_to_with_a_date_ahead_is_a_doubted_timetable():
    assert [(p, ph) for _t, p, ph, _by in found("The first power is supposed to flow in June 2027.")] == [(0.6, "supposed to")]


def test_supposed_to_as_a_rule_or_a_past_plan_is_none():
    assert found("Drivers are supposed to carry their licence.") == []
    assert found("You are supposed to pay the fee at the door.") == []
    assert found("The talks were supposed to end in 2023.") == []


def test_an_apposed_due_date_is_a_schedule_of_its_own():
    got = found("My odds that the deal is gone before the election, due by mid-2028, are now one in four.")
    assert ("the election, due by mid-2028", 0.85) in [(t, p) for t, p, _ph, _by in got]
    assert 0.25 in [p for _t, p, _ph, _by in got]


def test_an_apposed_due_date_in_the_past_is_none():
    assert found("The loan, due last month, was never repaid.") == []


# -- a negative subject denies a bare "will" ------------------------------------------------------
def test_nobody_will_is_a_denial():
    got = found("Nobody has touched the ballots, and nobody will.")
    assert [(t, p) for t, p, _ph, _by in got] == [("nobody will", 0.15)]
    # a bare "will" with an ordinary subject stays a "will"
    assert [p for _t, p, _ph, _by in found("The ministry promised a new road. It will, eventually.")] == [0.85]


# -- a probability said of "that part" after a semicolon rates the clause before ------------------
def test_that_part_rates_the_clause_before_the_semicolon():
    got = found("Whoever wins will keep borrowing from both Tokyo and Seoul; that part is as close to certain "
                "as anything in this column.")
    assert [(t, p) for t, p, _ph, _by in got] == [("Whoever wins will keep borrowing from both Tokyo and Seoul", 0.95)]


def test_a_portion_that_names_its_own_matter_is_a_forecast_of_its_own():
    got = found("The coalition will survive the winter; that part of the deal is unlikely to matter.")
    assert [p for _t, p, _ph, _by in got] == [0.85, 0.2]


# -- "I would take that at face value" endorses the claim before it --------------------------------
def test_taking_a_claim_at_face_value_endorses_it():
    got = found("An official at the ministry said Chile would welcome the sale. I would take that at face value for now.")
    assert [(p, by) for _t, p, _ph, by in got] == [(0.75, "src1"), (0.7, "author")]
    assert got[1][0] == "I would take that"


def test_taking_a_thing_is_no_endorsement():
    got = found("An official at the ministry said Chile would welcome the sale. I would take that deal.")
    assert len(got) == 1


# -- a hedged refinement after a comma -------------------------------------------------------------
def test_a_hedged_detail_after_a_comma_is_a_forecast_of_its_own():
    got = found("An aide said he would address the nation once the count is over, probably on Thursday or Friday.")
    assert ("probably on Thursday or Friday", 0.6375) in [(t, p) for t, p, _ph, _by in got]
    # the detail is the speaker's, at the hedge's number times that of a coming event (0.75 x 0.85)
    assert {by for *_x, by in got} == {"src1"}
    assert len(got) == 2


def test_a_second_rating_of_a_number_or_a_bare_word_is_no_refinement():
    got = found("I would put the chance of the vote being rerun at one in ten, perhaps less.")
    assert [(p, ph) for _t, p, ph, _by in got] == [(0.1, "one in ten")]
    assert found("I would add a year, perhaps two.") == []


def test_a_chance_after_the_hedge_is_no_detail():
    got = found("A default on the bonds is unlikely this year, perhaps one chance in five.")
    assert "perhaps one chance in five" not in [t for t, _p, _ph, _by in got]


# -- a passive estimate with its agent before the infinitive --------------------------------------
def test_a_passive_estimate_with_its_agent_is_read():
    got = found("Copper prices, which support export earnings, are projected by most traders to stay close "
                "to current levels through 2027.")
    assert [(p, ph) for _t, p, ph, _by in got] == [(0.75, "projected")]
    assert got[0][0].startswith("Copper prices") and got[0][0].endswith("through 2027")


def test_a_passive_estimate_of_the_past_is_none():
    assert found("The bridge was expected by engineers to open in 2019.") == []
