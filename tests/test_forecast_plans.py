"""Others' plans, undertakings and schedules (issue 15, forecasts/undertakings.py): an undertaking,
an invitation or an instruction told in the present perfect or lately in the past, whose act lies
ahead ("has undertaken to publish ... within six months", "agreed last month to reopen ...", "has
invited ... to talks in March", "has told donors to plan for 40,000 arrivals in 2027"), and
schedules said without a future tense ("comes up for renewal in February", "is supposed to open in
2028", "is to be presented in January", "the election, due by mid-2028", "now talks of the second
quarter", "is now promised for the first half of 2027"). Each on sentences written for these tests
(published 2026-11-20), with the reading; and what must stay out: a plan of the past, a date gone
by, a negated or pluperfect undertaking, a goal's "is to", a question, a hope, a demand."""
from __future__ import annotations

import pytest

from forecast_helpers import found


def _one(text: str) -> tuple[str, float, str]:
    got = found(text)
    assert len(got) == 1, got
    extent, p, phrase, _by = got[0]
    return extent, p, phrase


# -- undertakings ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, start", [
    ("The ministry has undertaken to publish a review of the scheme within six months.",
     "The ministry has undertaken to publish"),
    ("The city council has committed to publish its road survey by June 2027.",
     "The city council has committed to publish"),
    ("The port authority has agreed to cut its fees from January.", "The port authority has agreed to cut"),
])
def test_an_undertaking_in_the_present_perfect_is_the_partys_forecast(text, start):
    extent, p, phrase = _one(text)
    assert extent.startswith(start)
    assert p == 0.75        # "commitment with a date": plans slip
    assert phrase.endswith("to")


def test_an_undertaking_told_lately_in_the_past_still_stands():
    extent, p, _ = _one("The two railway companies agreed in October to merge their ticket offices.")
    assert extent == "The two railway companies agreed in October to merge their ticket offices"
    assert p == 0.75


def test_each_infinitive_of_an_undertaking_is_a_forecast_of_its_own():
    got = found("The council has undertaken to repair the bridge within a year, "
                "and to open a new ferry route by the summer.")
    assert [(e.split(",")[0], p) for e, p, _ph, _by in got] == [
        ("The council has undertaken to repair the bridge within a year", 0.75),
        ("to open a new ferry route by the summer", 0.75)]


@pytest.mark.parametrize("text", [
    "The two sides agreed in 2019 to reopen the crossings.",                   # dated years back: history
    "The leaders agreed to open two crossings last year.",                    # the date has gone by
    "The ministers met in October and agreed to hold another round in 2025.",  # likewise
    "The ministry had undertaken to publish a review within six months.",      # the pluperfect
    "The ministry has not agreed to publish the review by March.",            # negated
    "The ministers agreed in May to set up a joint commission.",               # more than a season back
])
def test_an_undertaking_of_the_past_is_no_forecast(text):
    assert found(text) == []


# -- invitations and instructions ---------------------------------------------------------------

def test_an_invitation_to_a_dated_gathering_is_its_hosts_forecast():
    extent, p, phrase = _one("The Commonwealth secretary has invited both prime ministers to a "
                             "summit in Nairobi in March.")
    assert extent.startswith("The Commonwealth secretary has invited both prime ministers")
    assert (p, phrase) == (0.8, "invited")     # "planned for"


def test_an_invitation_without_a_date_ahead_is_no_forecast():
    assert found("The envoy has invited the parties to talks.") == []
    assert found("The envoy has invited the parties to talks in 2024.") == []


def test_what_a_party_tells_others_to_plan_for_is_its_working_assumption():
    extent, p, _ = _one("The health ministry has told hospitals to plan for 5,000 extra admissions in the first quarter of 2027.")
    assert extent == "The health ministry has told hospitals to plan for 5,000 extra admissions in the first quarter of 2027"
    assert p == 0.55        # "a planning assumption"


def test_an_appeal_is_no_plan():
    # told to do a thing, not to get ready for one
    assert found("The health ministry has told hospitals to send more nurses by March.") == []


# -- schedules without a future tense ------------------------------------------------------------

def test_a_review_on_a_date_ahead_is_on_the_calendar():
    extent, p, _ = _one("The fishing treaty comes up for review in February.")
    assert extent == "The fishing treaty comes up for review in February"
    assert p == 0.9


def test_a_review_of_the_past_is_no_forecast():
    assert found("The fishing treaty came up for review in February.") == []
    assert found("The question comes up for discussion every year.") == []


def test_supposed_to_with_a_date_ahead_is_a_doubted_schedule():
    extent, p, phrase = _one("The new metro line is supposed to open in 2029.")
    assert (extent, p, phrase) == ("The new metro line is supposed to open in 2029", 0.6, "supposed to")


@pytest.mark.parametrize("text", [
    "The new metro line was supposed to open in 2025.",          # a plan that lapsed
    "Drivers are supposed to pay the toll at the gate.",     # a rule, no date
])
def test_supposed_to_of_the_past_or_of_a_rule_is_no_forecast(text):
    assert found(text) == []


def test_be_to_with_a_date_ahead_is_an_arrangement():
    extent, p, phrase = _one("The envoy's report is to be presented to the council in January.")
    assert extent == "The envoy's report is to be presented to the council in January"
    assert (p, phrase) == (0.85, "is to")     # "scheduled to"


def test_be_to_of_a_goal_is_no_forecast():
    assert found("The aim is to cut emissions by half in 2030.") == []


def test_due_after_its_noun_with_a_date_ahead_is_scheduled():
    got = found("Much depends on the referendum, due by mid-2029.")
    assert [(e, p) for e, p, _ph, _by in got] == [("the referendum, due by mid-2029", 0.85)]
    got = found("The outcome hangs on the election, due by mid-2029.")
    assert [(e, p) for e, p, _ph, _by in got] == [("the election, due by mid-2029", 0.85)]


def test_due_within_hours_is_scheduled():
    extent, p, _ = _one("The recount is due within 72 hours of the court's order.")
    assert extent.startswith("The recount is due within 72 hours")
    assert p == 0.85


def test_due_of_the_past_or_of_a_cause_is_no_forecast():
    assert found("The payment, due in March 2025, was never made.") == []
    assert found("The delay, due to the rain, cost the farm a month.") == []


def test_a_partys_own_timetable_in_its_words():
    extent, p, phrase = _one('The operator now talks of "the second quarter".')
    assert extent.startswith("The operator now talks of")
    assert (p, phrase) == (0.6, "talks of")      # "a stated timetable"


def test_talk_of_a_past_date_is_no_forecast():
    assert found("The minister often talks of 2015 as a lost year.") == []


def test_a_thing_now_promised_for_a_date_ahead():
    extent, p, _ = _one("The new airport scanners are now promised for the spring.")
    assert extent == "The new airport scanners are now promised for the spring"
    assert p == 0.75


def test_a_thing_promised_for_a_date_gone_by_is_no_forecast():
    assert found("The new airport scanners were promised for 2024.") == []


# -- what the detector keeps out for every finder ----------------------------------------------

def test_a_question_hope_or_demand_about_a_plan_is_no_forecast():
    assert found("Has the envoy invited the parties to talks in March?") == []
    assert found("We hope the two sides agree to reopen the crossings by March.") == []
    assert found("The committee demands that the ministry publish the report by March.") == []


# -- what a party has said of a date, and of a thing near ------------------------------------------

def test_a_present_tense_event_said_in_the_present_perfect_with_a_date_ahead():
    extent, p, _ = _one("The water board has told farmers that the canals stay open until the end of February.")
    assert extent == "the canals stay open until the end of February"
    assert p == 0.75        # "expected to", as "says ... runs out in March" is read


def test_a_present_tense_event_said_with_a_past_date_is_no_forecast():
    assert found("The water board has told farmers that the canals stayed open until the end of 2024.") == []


def test_a_party_saying_an_event_is_near():
    extent, p, phrase = _one("The union leader insists that an agreement with the owners is close.")
    assert extent == "insists that an agreement with the owners is close"
    assert (p, phrase) == (0.6, "insists")


@pytest.mark.parametrize("text", [
    "The union leader insists that the two sides are close.",     # a distance between parties
    "The union leader insists that an agreement is not close.",        # negated: another reading's business
    "The station is close to the river.",                          # no one says it
])
def test_nearness_that_is_no_timetable(text):
    assert [f for f in found(text) if f[2] == "insists"] == []


def test_talks_read_as_a_noun_is_still_a_timetable():
    # the tagger reads "talks" after "now" as a plural noun at the root
    extent, p, _ = _one('The consortium now talks of "the third quarter".')
    assert extent.startswith("The consortium now talks of")
    assert p == 0.6


def test_be_to_of_advice_is_no_forecast():
    assert found("My advice is to sell the shares before the summer.") == []


def test_asked_to_prepare_for_a_meeting_is_no_forecast():
    assert found("The chairman asked clerks to prepare for the March hearing.") == []


def test_a_figure_deep_inside_what_staff_prepare_is_no_planning_figure():
    # what is prepared is a paper with a scenario in it, not a number to plan for
    assert found("The board asked staff to prepare for the March meeting a scenario in which sales fall "
                 "by 15 per cent in the first quarter.") == []


# -- whose plan it is --------------------------------------------------------------------------

def _owners(text: str) -> list[tuple[str, str]]:
    """(extent, the forecaster's name) of each forecast."""
    from claimledger import analyze
    a = analyze("Report\n" + text, published="2026-11-20")
    names = {s.id: s.name for s in a.sources}
    return [(a.document.text[f.start:f.end], names.get(f.by, f.by)) for f in a.forecasts]


def test_an_undertaking_is_its_partys_forecast_when_the_party_is_a_source():
    text = ("The Ministry of Transport said on Monday that fares would rise. "
            "The Ministry of Transport, which runs the ferries, has told operators to plan for 3,000 "
            "more passengers a day in the first half of 2027.")
    owners = dict(_owners(text))
    plan = next(e for e in owners if e.startswith("The Ministry of Transport, which runs"))
    assert owners[plan] == "Ministry of Transport"


def test_an_undertaking_asked_about_in_an_interview_is_the_partys():
    text = ("INTERVIEWER: The two governments agreed last month to reopen the rail link, the ministers said. "
            "When will trains run?")
    owners = _owners(text)
    agreed = [name for extent, name in owners if extent.startswith("The two governments agreed")]
    assert agreed and agreed[0] != "INTERVIEWER"


def test_a_second_that_clause_is_still_the_speakers():
    text = ("Fuel sales fell sharply in the autumn. The Harbour Board has told shippers that the regional diesel "
            "stock covers needs only until mid-March, and that a tanker booked in October will not dock before "
            "late April. Rationing is on the cards.")
    owners = _owners(text)
    tanker = [name for extent, name in owners if extent.startswith("a tanker")]
    assert tanker == ["Harbour Board"]
    # the writer's own inference after it stays the writer's
    assert ("Rationing is on the cards", "author") in owners
