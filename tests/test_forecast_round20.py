"""The twentieth forecast round (issue 15): kinds read on tests/forecasts/heldout25 (blind for two
measurements, read since) and written as rules of the genre: a numbered prediction whose weight stands
in brackets ("4. The fuel subsidy survives. Parliament renews it (80 per cent).") weighing the item's
present-tense heading and its own sentence; odds given to a bare "it" ("I'd call that a coin toss", "I give
it just one chance in three", "We give it perhaps 15 percent") rating the forecast before, except another voice's
reported forecast; "put the chance that X at N" and "at least" inside a set-at frame; "in the highly
unlikely event that X, we would Y" (the words rate X); "would not hesitate" with its infinitive left to the
question; "may wish to" as advice; a plain "will" with a rounded percentage as a point estimate; a
forecast revised to a figure for a year ahead; a forecast document's median shown or held; a chance given
in the past as history. Each kind on sentences written for these tests; and the readings that must not
change."""
from __future__ import annotations

from forecast_helpers import found, owned, texts


# -- a numbered prediction with a bracketed weight ----------------------------------------------------
LIST = ("Ten calls for Ruritania in 2027 | Column by Anna Berg\n"
        "1. The fuel subsidy survives. Parliament will renew it again in the spring (80 per cent). Nobody dares to cut it.\n"
        "2. Ports, again. The new quay will handle more ships than the old one (65 per cent).\n"
        "3. The mayor keeps her seat. She wins the by-election in May comfortably (70 per cent).")


def test_a_present_heading_takes_the_items_bracketed_weight():
    got = [(t, p) for t, p, _ph, _by in found(LIST)]
    assert ("The fuel subsidy survives", 0.8) in got
    assert ("The mayor keeps her seat", 0.7) in got


def test_a_present_sentence_closed_by_its_own_weight_is_a_call_at_it():
    got = [(t, p) for t, p, _ph, _by in found(LIST)]
    assert any(t.startswith("She wins the by-election in May") and p == 0.7 for t, p in got)


def test_a_heading_without_a_verb_is_a_topic():
    assert not any(t.startswith("Ports") for t in texts(LIST))


def test_a_bracketed_weight_does_not_reweigh_a_detail_of_its_own_sentence():
    got = found("Calls for 2027\n4. Census. The next count, due in the spring, will show a smaller town (95 per cent).")
    assert [p for t, p, _ph, _by in got if t.endswith("due in the spring")] == [0.85]


# -- odds given to a bare "it" ---------------------------------------------------------------------------
def test_a_coin_toss_rates_the_call_before():
    got = [(t, p) for t, p, _ph, _by in found("The dock strike will end before Easter. I'd call that a coin toss.")]
    assert got == [("The dock strike will end before Easter", 0.5)]


def test_one_chance_in_three_given_to_it_rates_the_call_before():
    got = [(t, p) for t, p, _ph, _by in found("The northern bridge will reopen by June. I give it just one chance in three.")]
    assert got == [("The northern bridge will reopen by June", 0.3333)]


def test_a_rating_of_another_voices_report_is_the_writers_own():
    got = owned("A senior diplomat told us the treaty would be signed in spring. We would put this at one in five.")
    assert [(p, by) for _t, p, by in got] == [(0.75, "senior diplomat"), (0.2, "author")]


def test_a_bare_percentage_given_to_it_is_a_chance():
    got = owned('Should the dock strike spread, fuel would run short within days, said Ana Ruiz, an analyst. '
                '"It is not what I expect. We give it perhaps 15 percent."')
    assert ("We give it perhaps 15 percent", 0.15, "Ana Ruiz") in got


def test_a_percentage_given_to_it_after_a_call_rates_that_call():
    got = [(t, p) for t, p, _ph, _by in found("The ferry will be back in service by May. I'd give it 30 per cent.")]
    assert got == [("The ferry will be back in service by May", 0.3)]


# -- chances set at a figure ------------------------------------------------------------------------------
def test_at_least_inside_the_event_is_not_the_value():
    got = found("We now put the odds of a rate cut by at least two of the regional banks in the coming six "
                "months at 35 per cent.")
    assert [p for _t, p, _ph, _by in got] == [0.35]
    assert got[0][0].startswith("a rate cut by at least two of the regional banks in the coming six months")


def test_the_chance_that_a_clause_holds_set_at_a_figure():
    got = found("I now put the chance that the mayor resigns in any week before Easter at 20 per cent.")
    assert [p for _t, p, _ph, _by in got] == [0.2]
    assert "mayor resigns" in got[0][0]


# -- a supposition rated -----------------------------------------------------------------------------------
def test_in_the_unlikely_event_rates_the_supposition_not_the_consequence():
    got = found("In the highly unlikely event that the regulator blocks the merger, we would sell the shares within a week.")
    assert [p for t, p, _ph, _by in got if t.endswith("event that the regulator blocks the merger")] == [0.05]
    consequence = [p for t, p, _ph, _by in got if t.endswith("we would sell the shares within a week")]
    assert consequence and consequence[0] > 0.5


# -- a negated verb of hesitating without its infinitive ----------------------------------------------------
def test_would_not_hesitate_answering_a_question_is_a_firm_yes():
    got = found("Will the council dare to raise fares before the vote? Most traders we asked think it would not hesitate.")
    assert [p for t, p, _ph, _by in got if "hesitate" in t] == [0.7]


def test_a_plain_denial_stays_a_denial():
    got = found("Most traders we asked think the council would not raise fares before the vote.")
    assert [p for _t, p, _ph, _by in got] and all(p < 0.5 for _t, p, _ph, _by in got)


# -- advice ---------------------------------------------------------------------------------------------------
def test_may_wish_to_is_advice():
    assert texts("Ministers may wish to raise the matter with the envoy next week.") == []
    assert texts("Investors might want to look at the fine print before they buy.") == []


def test_may_with_an_event_is_still_a_forecast():
    assert texts("The strike may spread to the ports next week.") == ["The strike may spread to the ports next week"]


# -- a rounded figure under a plain "will" ----------------------------------------------------------------------
def test_a_will_with_a_rounded_percentage_is_a_point_estimate():
    got = [(t, p) for t, p, _ph, _by in found("Wages will rise by about 4.5 per cent next year.")]
    assert got == [("Wages will rise by about 4.5 per cent next year", 0.65)]


def test_a_will_with_an_exact_figure_or_a_first_person_keeps_its_reading():
    assert [p for _t, p, _ph, _by in found("Exports will grow by 4 per cent in 2027.")] == [0.85]
    assert [p for _t, p, _ph, _by in found("We will keep the bond weight at about 30 per cent.")] == [0.85]


# -- a forecast revised to a figure; a median shown ----------------------------------------------------------------
def test_a_forecast_revised_to_a_figure_for_a_year_ahead():
    got = owned("The chamber of commerce revised its export forecast for 2028 down to 2.1 per cent on Monday.")
    assert [(p, by) for _t, p, by in got] == [(0.65, "chamber of commerce")]


def test_a_forecast_revised_for_a_year_past_is_no_forecast():
    assert texts("The regulator lowered its forecast for the 2025 harvest to 300,000 tonnes.") == []


def test_a_revision_and_a_conjoined_expectation_are_two_forecasts():
    got = texts("The chamber revised its growth forecast for 2028 down to 1.2 per cent and now expects growth of "
                "1.9 per cent in 2029.")
    assert len(got) == 2


def test_a_median_held_or_shown_for_a_year_ahead():
    assert [p for _t, p, _ph, _by in found("The consensus median has the jobless rate falling to 6% in 2027.")] == [0.65]
    assert [p for _t, p, _ph, _by in found("The survey median showed unemployment at 7% in late 2027.")] == [0.65]


def test_a_median_shown_for_a_past_year_is_history():
    assert texts("The median showed unemployment at 7% in 2025.") == []


# -- a chance given in the past ----------------------------------------------------------------------------------------
def test_a_chance_given_last_year_is_history():
    assert texts("Last spring I gave a 60 per cent chance that the ferry would resume by July; it resumed in October.") == []
    assert [p for _t, p, _ph, _by in found("I'd give a 60 per cent chance that the ferry resumes by July.")] == [0.6]
