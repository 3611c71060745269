"""The eighteenth forecast round (issue 15): kinds read on tests/forecasts/heldout23 (blind for its
first measurements, read since) and written as rules of the genre — a list of expectations under one
verb ("expect A to X, B to Y, and C to Z"), a publication's next instalment signed off with a date
("Next report: 4 December."), bets in the conditional ("our money would be on the incumbent"), a verdict on a
forecaster ("I fear he is right."), a third party's or a relative clause's doubt ("Traders doubt
it", "..., which we doubt"), a hedged time after a comma ("..., probably this winter"), a call made
whatever the outcome ("Whoever wins, X stays"), a chance a subject has ("has no chance"), a negated
verb of hesitating ("would not hesitate to"); and the things that are not forecasts: house notes of
a letters page, a maxim ("as the mayor likes to say"), talk moves ("I'll go further", "I'll leave
that to the lawyers"), an idiom of disbelief ("we will believe it when we see it"), a word on one's
own view ("Our expectation is gloomier"), a qualifier of degree ("..., but not by that much"), and past
predictions settled by the words after them. Every sentence is written for these tests."""
from __future__ import annotations

from forecast_helpers import found, owned, texts


# -- a list of expectations under one verb ---------------------------------------------------------
def test_each_item_of_a_list_of_expectations_is_a_forecast():
    got = found("Traders expect the rand to firm into March, gold miners to cut output in April, and the "
                "bank to hold rates.")
    assert [t for t, _p, _ph, _b in got] == ["expect the rand to firm into March", "gold miners to cut output in April",
                                             "the bank to hold rates"]
    assert {p for _t, p, _ph, _b in got} == {0.75}


def test_a_three_item_list_with_a_bare_middle_item():
    assert texts("We expect copper exports to rise by a tenth next year, nickel prices to fall, and freight "
                 "rates to firm into spring.") == ["expect copper exports to rise by a tenth next year",
                                                   "nickel prices to fall", "freight rates to firm into spring"]


def test_nouns_listed_under_another_verb_are_not_items():
    assert texts("They expect the reform to allow banks, insurers and funds to lend more.") == [
        "expect the reform to allow banks, insurers and funds to lend more"]
    assert texts("We expect prices to rise, making it hard for firms to borrow.") == [
        "expect prices to rise, making it hard for firms to borrow"]


# -- a publication's next instalment ---------------------------------------------------------------
def test_a_next_issue_sign_off_with_a_date_ahead_is_the_publishers_forecast():
    assert found("That is all for this week. Next update: Monday 7 December. Send tips to the desk.") == [
        ("Next update: Monday 7 December", 0.9, "Next update", "author")]


def test_a_next_label_without_a_date_or_with_a_past_date_is_not():
    assert found("Next steps: talk to the bank.") == []
    assert found("Next meeting: 3 March 2026.") == []


# -- bets ------------------------------------------------------------------------------------------
def test_a_bet_in_the_conditional_is_a_forecast():
    assert found("Our money would be on the incumbent.") == [
        ("Our money would be on the incumbent", 0.65, "Our money would be on", "author")]
    got = found("If it goes to a vote, I would put my money on the incumbent rather than the mayor, but it is close.")
    assert got and got[0][1] == 0.65 and got[0][2] == "put my money on"


def test_a_fair_bet_reads_a_little_above_even():
    assert found("A June poll is a fair bet.") == [("A June poll is a fair bet", 0.65, "a fair bet", "author")]


# -- verdicts on a forecast before -----------------------------------------------------------------
def test_a_verdict_that_the_forecaster_is_right_endorses_the_forecast():
    got = owned("The union's leader said that half the mills will shut once the subsidy ends. I fear she is right.")
    assert got[-1] == ("I fear she is right", 0.7, "author")


def test_a_verdict_that_the_forecaster_is_wrong_rejects_it():
    got = owned("The minister says the tariff will fall in March. I suspect he is wrong.")
    assert got[-1] == ("I suspect he is wrong", 0.3, "author")


def test_right_about_something_else_is_no_verdict_on_the_forecast():
    assert [t for t, _p, _b in owned("The minister says the tariff will fall in March. I think she is right "
                                     "about the deficit.")] == ["the tariff will fall in March"]


def test_a_groups_doubt_and_a_doubt_in_a_relative_clause():
    got = owned("The port authority says the berth will be ready in May. Traders doubt it.")
    assert got[-1] == ("Traders doubt it", 0.25, "Traders")
    got = owned("The agency says the line will reopen in May, which we doubt.")
    assert got[-1] == ("which we doubt", 0.25, "author")


# -- a hedged time after a comma -------------------------------------------------------------------
def test_a_hedged_time_after_a_comma_is_a_detail_forecast():
    got = found("The next strike will happen, probably this spring, and it will last two days.")
    assert ("probably this spring", 0.6375, "probably", "author") in got
    assert texts("The war will last a year, perhaps two.") == ["The war will last a year, perhaps two"]


# -- whatever the outcome ---------------------------------------------------------------------------
def test_a_present_clause_after_whoever_wins_is_a_forecast():
    assert found("Whoever wins, fuel subsidies stay through 2027.") == [
        ("Whoever wins, fuel subsidies stay through 2027", 0.85, "Whoever wins", "author")]
    assert texts("Whatever happens in March, the currency board survives.") == [
        "Whatever happens in March, the currency board survives"]


def test_a_retort_a_past_tense_or_a_question_after_whoever_is_not():
    assert found("Whatever he says, the bill is dead.") == []
    assert found("Whoever won, prices stayed high.") == []
    assert found("Whoever wins, will prices stay high?") == []


# -- a chance a subject has; a negated verb of hesitating --------------------------------------------
def test_a_subject_that_has_no_chance_is_forecast_to_fail():
    assert found("The opposition has no chance with its present leader.") == [
        ("The opposition has no chance with its present leader", 0.02, "no chance", "author")]
    assert found("They had no chance against the incumbent.") == []


def test_would_not_hesitate_is_a_firm_yes():
    assert found("The army will not hesitate to respond.") == [
        ("The army will not hesitate to respond", 0.85, "will", "author")]
    got = found("The council would not hesitate to close the road in March if the floods return.")
    assert got and got[0][1] == 0.7


# -- not forecasts -----------------------------------------------------------------------------------
def test_house_notes_of_a_letters_page():
    assert found("Letters may be shortened.") == []
    assert found("Letters may be abridged.") == []


def test_a_maxim_framed_as_someones_saying():
    assert found("The council does not commit to a date: a budget, as the mayor is fond of saying, will always "
                 "run late.") == []
    assert texts("A budget will be late this year, the mayor says.") == ["A budget will be late this year"]


def test_talk_moves_are_not_forecasts():
    assert texts("I'll go further. The mayor will resign before Easter.") == ["The mayor will resign before Easter"]
    assert found("I'll leave the forecasts to the bankers.") == []
    assert texts("We will leave the island in March.") == ["We will leave the island in March"]


def test_the_idiom_of_disbelief_is_not_a_forecast():
    assert found("We welcome the plan, though we'll believe in the new ferry when we see it in the harbour.") == []
    assert found("I will believe it when I drive on it.") == []
    assert texts("Voters will believe the minister when prices fall.") == ["Voters will believe the minister when prices fall"]


def test_a_word_on_ones_own_view_is_not_a_call():
    assert found("Our expectation is gloomier.") == []
    assert texts("Our expectation is that the port reopens in May.") == ["Our expectation is that the port reopens in May"]


def test_a_qualifier_of_degree_is_not_an_exception():
    assert found('He added that prices "will rise, but not by much".') == [
        ('prices "will rise, but not by much', 0.85, "will", "author")]
    assert texts("The bank will cut in March, but not in April.") == ["The bank will cut in March", "but not in April"]
    got = texts("The chance that the bank raises rates is low, though not negligible.")
    assert len(got) == 1 and got[0].startswith("chance that the bank raises rates is low")


def test_past_predictions_settled_by_the_next_words():
    assert found("In our June note we said the port would lose half its traffic by August; it lost about a quarter.") == []
    assert found("We also expected Kenya to return to Ukrainian maize by this autumn, and it has not.") == []
    assert found("A year ago the ministry expected prices to fall below 3 percent by June and wages to grow by 4 "
                 "percent in 2026; both proved wrong.") == []
    assert texts("Your leader of last month predicted that the bridge would be rebuilt before the election. It will "
                 "not be: the money is gone.") == ["It will not be"]
    assert texts("The ministry expects prices to fall below 3 percent by June and wages to grow by 4 percent next "
                 "year.") == ["expects prices to fall below 3 percent by June", "wages to grow by 4 percent next year"]


def test_whoever_wins_after_a_speakers_label():
    got = owned("HOST: And the fuel subsidy?\nMARTA OKAFOR: Whoever wins, the subsidy stays until 2028.")
    assert [(t, p) for t, p, _b in got] == [("Whoever wins, the subsidy stays until 2028", 0.85)]
