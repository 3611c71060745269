"""The seventh forecast round (issue 15), read on tests/forecasts/heldout12: each kind of phrasing on
sentences written for these tests (other places, names and figures), with the exact reading; and the
look-alikes that stay out."""
from __future__ import annotations

import pytest

from forecast_helpers import PUBLISHED, found


@pytest.mark.parametrize("text", [
    # inverted past perfect, even in reported speech
    "Had the ministry floated the kwacha in 2022, it would now trade near the street rate, said a former governor.",
    # the subjunctive "were" of a single subject, in a quotation
    '"If the levy were fair, I would pay it," said a trader at the port.',
    # a supposition held contrary to fact inside the sentence
    "A snap election, if one were ever called, would be the worst stage the coalition could choose.",
    # nothing inside an unreal condition is forecast either
    "Had the vote scheduled for March 2023 gone ahead, the country would by now have a new parliament.",
])
def test_a_would_under_a_condition_held_contrary_to_fact_is_no_forecast(text):
    assert found(text) == []


def test_an_open_condition_put_back_a_tense_in_indirect_speech_stays_a_forecast():
    got = found("The minister said that the grain stocks would last until the end of April even if the port were closed again.")
    assert [g[1] for g in got] == [0.75]     # the "would" of indirect speech: "said would" (fourteenth round)
    assert got[0][0].startswith("the grain stocks would last until the end of April")


def test_a_modal_in_a_relative_clause_on_a_superlative_is_no_forecast():
    assert found("A walkout at the mine is the last thing the governor would want.") == []
    assert found("The treaty is the best deal Dhaka could get.") == []


@pytest.mark.parametrize("text, extent, p", [
    ("In March the cabinet promised to pass the land bill by the end of the year. It won't: parliament rises in two weeks.",
     "It won't", 0.1),
    ("If donors paid up in full, the clinic network would double. They won't.", "They won't", 0.1),
    ("Everyone doubts the ceasefire can survive the winter. It will, for now.", "It will", 0.85),
])
def test_a_bare_will_or_wont_answers_what_was_just_said(text, extent, p):
    got = found(text)
    assert (extent, p) in [(g[0], g[1]) for g in got]


def test_a_first_person_wont_is_a_refusal_not_a_forecast():
    assert found("They asked us to sign. We won't.") == []


@pytest.mark.parametrize("question, answer, extent, p, phrase", [
    ("Does any of that money turn into a smelter?", "One, probably, near the coast.",
     "Does any of that money turn into a smelter", 0.75, "probably"),
    ("Does the pact survive the next election?", "It survives; both parties need it.",
     "Does the pact survive the next election", 0.85, "survives"),
    ("When do the new trains actually arrive?", "The first ones, next spring; the rest later.",
     "When do the new trains actually arrive", 0.85, "The first ones next spring"),
    ("A refinery working before 2030?", "I'd be amazed.", "A refinery working before 2030", 0.05, "I'd be amazed"),
])
def test_an_answer_rates_the_question_it_answers(question, answer, extent, p, phrase):
    got = found(f"HOST: Next question. {question}\nGUEST: {answer}")
    assert [(g[1], g[2]) for g in got] == [(p, phrase)]
    assert got[0][0].startswith(extent)      # the extent runs from the question to the answer's rating


@pytest.mark.parametrize("question, answer", [
    ("Does she speak Portuguese?", "She speaks it well."),        # a present fact, not a change
    ("When do you usually land?", "At six, mostly."),              # a habit: no time ahead
])
def test_a_present_question_about_a_state_or_a_habit_is_not_asked_ahead(question, answer):
    assert found(f"HOST: Next question. {question}\nGUEST: {answer}") == []


def test_a_negative_pronoun_subject_denies_the_forecast():
    got = found("Kigali has never had to choose, and nothing in the coming year will force it to.")
    assert [(g[0], g[1]) for g in got] == [("nothing in the coming year will force it to", 0.15)]
    got = found("Nobody will vote for the mining bill next week.")
    assert [g[1] for g in got] == [0.15]


def test_a_second_that_clause_under_one_judgement_is_a_forecast_of_its_own():
    got = found("We judge that the junta will keep the airbase open, and that pressure from the region to close it will fail.")
    assert len(got) == 2
    assert got[0][0].endswith("the junta will keep the airbase open")
    assert got[1][0].endswith("pressure from the region to close it will fail")


def test_a_calendar_item_hung_on_an_adverb_and_a_called_election():
    got = found("We're back on December 14 with a special on river trade.")
    assert [(g[0], g[1]) for g in got] == [("We're back on December 14 with a special on river trade", 0.9)]
    got = found("The electoral commission calls the 2027 general election on February 2, which opens the campaign.")
    assert [g[1] for g in got] == [0.9]


def test_seeing_a_change_or_a_state_that_lasts_until_a_later_event():
    got = found("We see the big lenders staying away until the courts are reformed.")
    assert [(g[0], g[2]) for g in got] == [("see the big lenders staying away until the courts are reformed", "see")]
    got = found("The fund said in a statement that it saw inflation easing to about 12% by the end of 2027.")
    assert len(got) == 1 and got[0][0].endswith("inflation easing to about 12% by the end of 2027")
    assert found("We see farmers leaving their fields.") == []                      # a sighting
    assert found("The reporter said she saw soldiers gathering outside the ministry on Monday.") == []


@pytest.mark.parametrize("text, extent, p", [
    ('The union said its members hoped for a lower levy but were "not holding their breath".', "", 0.15),
    ("The board has already agreed in principle, so the vote should be a formality.", "the vote should be a formality", 0.9),
])
def test_idioms_of_the_genre(text, extent, p):
    got = found(text)
    assert [g[1] for g in got] == [p]
