"""The nineteenth forecast round (issue 15): kinds read on tests/forecasts/heldout24 (blind for two
measurements, read since) and written as rules of the genre: a person called by a title of address
and a surname ("Dr Vega") in a transcript that named them in full, a role label that named its
person once ("HOST (Ana Torres):") standing for them in later turns, a weighted scenario whose label
names the case after a comma ("Downside, a split cabinet (30%): ..."), a publisher's next date
("Next scheduled update: 3 March 2027"), a passive "expected" dated by "on" ("The ruling is expected
on Friday"), also as a comment clause ("..., which is now expected on 20 April 2027"), a bare hedge
answering a "could" question ("Could X? Possibly."), "some chance", a programme's diary ("the
minister joins us on Thursday") and what a document of forecasts shows ("the authority's estimates
show traffic falling by about 5% in 2027"). Each kind on sentences written for these tests; and the
readings that must not change."""
from __future__ import annotations

from forecast_helpers import found, owned, texts


# -- owners in a transcript ------------------------------------------------------------------------
def test_a_title_and_a_surname_are_the_person_named_in_full():
    got = owned("HOST: With me is Dr Ines Vega, who studies shipping at the port college. Dr Vega, "
                "will the strike end soon?\n"
                "VEGA: I expect the dockers to settle before Christmas.\n"
                "HOST: And the fares?\n"
                "VEGA: They will rise by a tenth in January.")
    assert len(got) == 2 and all(by.endswith("Ines Vega") for _t, _p, by in got)


def test_a_role_label_with_a_name_stands_for_that_name_later():
    got = owned("HOST (Ana Torres): Good evening.\n"
                "GUEST: Thank you.\n"
                "HOST: After the break we'll be talking to two ferry captains in Sligo.")
    assert [by for _t, _p, by in got] == ["Ana Torres"]


# -- a weighted scenario whose label names its case after a comma ----------------------------------
def test_a_scenario_label_with_a_comma_is_weighed():
    got = owned("SCENARIOS (next 12 months):\n"
                "- Downside, a split cabinet (30%): two ministers resign and the currency falls.")
    assert [(t.endswith("two ministers resign and the currency falls"), p, by) for t, p, by in got] == [(True, 0.3, "author")]


# -- a publisher's next date ------------------------------------------------------------------------
def test_the_next_issue_on_a_date_ahead_is_on_the_calendar():
    got = found("Andes Advisory | Issued 18 November 2026 | Next scheduled update: 3 March 2027")
    assert [(t, p) for t, p, _ph, _by in got] == [("Next scheduled update: 3 March 2027", 0.9)]


def test_a_past_date_or_another_label_is_no_next_issue():
    assert texts("Andes Advisory | Issued: 18 November 2026 | Next update: 3 January 2026") == []


# -- "expected" dated by "on" ----------------------------------------------------------------------
def test_a_passive_expected_on_a_date_ahead_is_a_call():
    # (published on a Friday: Tuesday is ahead)
    assert [(t, p) for t, p, _ph, _by in found("The appeal ruling is expected on Tuesday.")] == \
        [("The appeal ruling is expected on Tuesday", 0.75)]


def test_expected_told_in_the_past_or_on_a_past_date_is_not():
    assert texts("The appeal ruling was expected on Tuesday.") == []
    assert texts("The appeal ruling is expected on 3 May 2026.") == []


def test_a_comment_clause_expected_on_a_date_is_its_own_call():
    got = found("We will publish our next survey after the spring statement, which is now expected on 20 April 2027.")
    assert len(got) == 2 and got[1][1] == 0.75 and got[1][0].endswith("is now expected on 20 April 2027")


# -- bare hedges as answers --------------------------------------------------------------------------
def test_a_bare_hedge_answers_a_could_question():
    got = owned("Q: Could a second ferry operator lower the fares?\nA: Perhaps a little, but fuel is most of the cost.")
    assert [(p, by) for _t, p, by in got] == [(0.4, "author")]


def test_some_chance_answers_a_question_about_a_chance():
    got = owned("Q: Is there any chance the night train to Cusco returns next year?\nA: Some chance. The council "
                "has asked for bids.")
    assert [p for _t, p, _by in got] == [0.3]


# -- a programme's diary --------------------------------------------------------------------------------
def test_a_guest_joining_on_a_day_ahead_is_on_the_timetable():
    got = texts("HOST: Thank you both. On Thursday the Minister of Mines joins us to take your calls.")
    assert got == ["On Thursday the Minister of Mines joins us to take your calls"]


# -- what a document of forecasts shows -------------------------------------------------------------
def test_estimates_that_show_a_figure_ahead_are_a_point_forecast():
    got = found("The port authority's own estimates show container traffic falling by about 5% in 2027.")
    assert [(p, ph) for _t, p, ph, _by in got] == [(0.65, "show")]


def test_a_document_showing_the_present_or_the_past_is_no_forecast():
    assert texts("The latest survey shows that most voters in the north are undecided.") == []
    assert texts("The port authority's estimates showed a fall in container traffic in 2025.") == []
    assert texts("The map shows the new border crossing at Desaguadero.") == []


# -- a verdict asked on the claim before ---------------------------------------------------------------
def test_a_short_rating_of_is_he_right_rates_the_claim_before():
    got = owned("Q: My neighbour says the toll will rise again in March. Is he right? (Pat, Sligo)\n"
                "A: Probably. The operator raised it twice last year.")
    assert [(t.endswith("A: Probably"), p, by) for t, p, by in got][-1] == (True, 0.75, "author")
    assert got[0][2] == "My neighbour"      # the claim stays its speaker's forecast too


def test_an_answer_with_a_verb_of_its_own_is_no_verdict():
    got = owned("Q: My brother says the mill will reopen in the spring. Is that realistic?\n"
                "A: Your brother is not alone in saying so.")
    assert [by for _t, _p, by in got] == ["My brother"]


# -- a calendar item with a hedge of its own -------------------------------------------------------------
def test_a_calendar_item_keeps_its_own_hedge():
    got = found("KEY DATES:\n- March 2027: Congress is expected to hold a vote on the pension reform.\n"
                "- 9 April 2027: Regional elections will take place.")
    assert [(p, ph) for _t, p, ph, _by in got] == [(0.75, "expected to"), (0.9, "9 April 2027:")]


def test_an_echoed_could_or_a_yes_with_a_reservation_is_no_bare_hedge():
    assert texts("Q: Could the regulator block the port sale this winter?\nA: It could.") == []
    assert texts("Q: Could the regulator block the port sale this winter?\nA: Possibly.") != []
