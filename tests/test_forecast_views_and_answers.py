"""Forecast kinds of the 2026-12 recall round (issue 15), on sentences written for these tests:
market and consensus views ("economists see", "is seen trading", "the consensus is for"),
ratings by a verb of judging ("we consider X a remote prospect"), elliptical answers to a
look-ahead question ("On paper, yes", "Not before 2031"), a present-tense call owned with "I
think" / "I'd wager", an estimative verb the tagger reads as a noun, an estimate in its own
conjunct; and the look-alikes that must stay non-forecasts."""
from __future__ import annotations

import pytest

from claimledger import analyze

PUBLISHED = "2026-02-10"


def forecasts(text: str):
    a = analyze(text, published=PUBLISHED)
    for f in a.forecasts:
        assert a.document.text[f.start:f.end]       # exact offsets into the document
    return a, a.forecasts


def one(text: str):
    a, found = forecasts(text)
    assert len(found) == 1, [(f.statement, f.phrase) for f in found]
    return a, found[0]


def cue_of(a, f) -> str:
    """The forecast's cue text as stored on its sentence (the words that produced it)."""
    cues = [c for s in a.sentences if s.id == f.sentence_id for c in s.cues if c.role.startswith("forecast")]
    assert cues, "a forecast keeps the cue that produced it"
    return cues[0].text


@pytest.mark.parametrize("text, cue, inside, low, high", [
    # market and consensus views (market_views.py)
    ("Brokers in Istanbul see the lira sliding to 45 per dollar by December.", "see", "lira sliding", 0.6, 0.85),
    ("Most strategists see the rand holding its recent gains.", "see", "rand holding", 0.6, 0.85),
    ("Dealers see two more rate cuts this year.", "see", "two more rate cuts", 0.6, 0.85),
    ("The fund's own model sees a modest surplus persisting into next year.", "sees", "surplus persisting", 0.6, 0.85),
    ("We see room to cut the policy rate twice more this year.", "see room to", "cut the policy rate", 0.5, 0.75),
    ("The peso is seen trading near 19 by the end of the year.", "seen", "peso is seen trading", 0.6, 0.85),
    ("The consensus is for a hold at the March meeting.", "consensus is", "a hold at the March meeting", 0.5, 0.75),
    ("Consensus has the budget gap at 3 percent of output next year.", "Consensus has", "budget gap", 0.5, 0.75),
    ("The median forecast in the survey is 4.5 percent for December.", "median forecast", "4.5 percent", 0.5, 0.75),
    # ratings by a verb of judging (rating_frames.py)
    ("We consider a sovereign default before the summer a remote prospect.", "a remote prospect", "sovereign default", 0.02, 0.1),
    ("The treasury regards a second devaluation as improbable.", "improbable", "second devaluation", 0.05, 0.3),
    ("We judge it very unlikely (below 10 percent) that the vote is held before 2028.", "very unlikely",
     "vote is held", 0.05, 0.2),
    # a present-tense call owned by the speaker (present_calls.py)
    ("I think the first tenders get awarded by October.", "think", "tenders get awarded", 0.55, 0.8),
    ("I suspect the coalition survives this crisis too.", "suspect", "coalition survives", 0.55, 0.8),
    ("I'd wager the regulator raises the tariff again before the autumn.", "wager", "regulator raises", 0.55, 0.85),
    # an estimative verb the tagger reads as a noun
    ("Planners at the ministry project a deficit of about 400 million for 2027.", "project", "deficit", 0.6, 0.85),
    # new phrases of the table
    ("A coalition collapse remains a tail risk for the coming year.", "a tail risk", "coalition collapse", 0.02, 0.2),
    ("A ceasefire deal is in the offing.", "in the offing", "ceasefire deal", 0.45, 0.75),
    ("It would take a miracle to turn the surplus into a shortfall before the harvest.", "take a miracle",
     "turn the surplus", 0.0, 0.08),
    ("Good luck getting a quarter of the vote with no candidate.", "Good luck getting", "quarter of the vote", 0.05, 0.2),
    ("I'd eat my hat if the junta held a free vote this year.", "eat my hat if", "junta held a free vote", 0.0, 0.08),
    # a call named by an opinion noun: a base case under "the", a date judged realistic
    ("The base case is a narrow win for the incumbent.", "base case", "narrow win", 0.5, 0.75),
    ("A realistic date for the pipeline is 2029.", "realistic date", "pipeline is 2029", 0.55, 0.8),
    # an event a distance ahead, or called for a date ahead (timing.py)
    ("Chile's general election is two weeks away.", "is two weeks away", "general election", 0.6, 0.85),
    ("The new dam is a decade away, at least.", "is a decade away", "new dam", 0.6, 0.85),
    ("Dock unions have called a general strike for March 30.", "called", "general strike for March 30", 0.7, 0.95),
])
def test_view_rating_and_call_kinds(text, cue, inside, low, high):
    a, f = one(text)
    assert cue.lower() in cue_of(a, f).lower()
    assert inside.lower() in a.document.text[f.start:f.end].lower()
    assert low <= f.probability <= high, f.probability


@pytest.mark.parametrize("text, cue, low, high", [
    ("HOST: Is the coalition going to survive the budget vote?\n\nGUEST: On paper, yes. In practice it is a mess.\n",
     "yes", 0.55, 0.8),
    ("HOST: Any chance the central bank cuts rates this year?\n\nGUEST: Slim to none, I'd say.\n", "Slim to none", 0.0, 0.1),
    ("HOST: When will the new bridge be finished?\n\nGUEST: Not before 2031.\n", "Not", 0.02, 0.2),
    ("HOST: Will the two leaders meet before the summit?\n\nGUEST: For two or three weeks, no.\n", "no", 0.0, 0.15),
    ("HOST: Who will pay for the reconstruction?\n\nGUEST: Officially, nobody.\n", "nobody", 0.0, 0.15),
    ("HOST: Pipeline gas flowing by the end of June?\n\nGUEST: One in five.\n", "One in five", 0.15, 0.25),
    ("HOST: A default on the eurobond in 2026?\n\nGUEST: Coin flip.\n", "Coin flip", 0.45, 0.55),
    ("Ana in Porto asks whether the dock strike will spread to the railways. Short term, yes. Then it fizzles.",
     "yes", 0.55, 0.8),
])
def test_elliptical_answers_take_the_question_forecast(text, cue, low, high):
    a, f = one(text)
    assert cue.lower() == cue_of(a, f).lower()
    assert low <= f.probability <= high, f.probability


def test_an_elliptical_answer_stands_on_the_answer_line():
    text = ("HOST: Is the port deal going to survive the elections?\n\n"
            "GUEST: On paper, yes. In practice it depends on the unions.\n")
    a, f = one(text)
    assert f.line == 3 and f.statement.startswith("Is the port deal going to survive")


def test_a_weighted_numbered_call_is_a_forecast_at_its_weight():
    text = ("Predictions for the year\n\nThe number beside each is my confidence.\n\n"
            "1. Chile's pension reform passes the senate. The votes are there, just. 70 percent.\n\n"
            "2. The peso ends the year weaker than 20 to the dollar. 55 percent.\n\n"
            "3. The coalition survived the winter. It was close. 60 percent.\n\n"
            "4. Inflation is the main risk. Prices are high.\n")
    a, found = forecasts(text)
    assert [(f.line, f.probability) for f in found] == [(5, 0.7), (7, 0.55)]
    assert [cue_of(a, f) for f in found] == ["70 percent", "55 percent"]
    assert "pension reform passes" in a.document.text[found[0].start:found[0].end]


def test_estimate_in_its_own_conjunct_is_a_second_forecast():
    _, found = forecasts("The ministry will publish the figures in March and is expected to revise growth down.")
    assert len(found) == 2, [(f.statement, f.phrase) for f in found]


@pytest.mark.parametrize("text", [
    # perception, not a view of the future
    "I see people queuing outside the bank every morning.",
    "We see signs of strain in the housing market.",
    "He is seen leaving the building in the video.",
    # a view reported in the past
    "The suspect was seen leaving the building at 10 pm.",
    "Last year the treasury regarded a devaluation as improbable.",
    # an opinion of the present under "I think"
    "I think the plan is flawed.",
    "I suspect he knows more than he says.",
    # a past question, a question about motives: a short answer rates nothing ahead
    "HOST: Did the minister resign last year?\n\nGUEST: In the end, yes.\n",
    "HOST: Why did the talks fail?\n\nGUEST: Mostly, pride.\n",
    # a distance in space, a past distance in time, a strike called for a date gone by
    "The border is two hours away by car.",
    "The vote was two weeks away when the scandal broke.",
    "The union called a strike for January 5 last year.",
    "The rebels took the path of least resistance.",
    "The date of the vote is in dispute.",
    # a list announced by a view: the forecasts are the items, not the frame
    "We see three ways the next eighteen months could unfold:",
    # a quoted hypothetical and a habit stay what they were
    "\"If you cut the subsidy, we'll see riots,\" the minister said in 2019.",
    "The ferry will, as a rule, stop running when the harbour freezes.",
])
def test_look_alikes_stay_non_forecasts(text):
    _, found = forecasts(text)
    assert not found, [(f.statement, f.phrase) for f in found]
