"""Forecast kinds of the 2026-12-02 afternoon round (issue 15), on sentences written for these
tests: a recent warning about a time still ahead, an outcome noun rated by a probability
adjective, an ability rated by a probability adverb, a forecast seen by a date ahead, an event
in the present foretold by a verb of warning, a non-restrictive relative clause with a forecast
of its own; and the look-alikes that must stay non-forecasts."""
from __future__ import annotations

import pytest

from claimledger import analyze

PUBLISHED = "2026-11-20"


def forecasts(text: str):
    # a heading first: the body's line 2 on is not read as a headline in the narrative present
    a = analyze("Report\n" + text, published=PUBLISHED)
    for f in a.forecasts:
        assert a.document.text[f.start:f.end]       # exact offsets into the document
    return a.forecasts


@pytest.mark.parametrize("text, inside, low, high", [
    # told in the past tense, lately, about a time still ahead: the source's standing forecast
    ("The Danube ran low all summer, and the grid operator warned last week that output would be "
     "down a fifth this winter.", "output would be down a fifth this winter", 0.55, 0.85),
    ("The ministry said on Monday that talks would resume next month.", "talks would resume next month", 0.55, 0.85),
    # an outcome noun rated by a probability adjective
    ("Diplomats said a power-sharing deal is the most probable outcome.", "power-sharing deal", 0.5, 0.8),
    ("A snap election remains the likeliest scenario.", "snap election", 0.5, 0.8),
    ("A military takeover is the least likely outcome.", "military takeover", 0.05, 0.3),
    ("Ratification by the spring looks a near-lock.", "Ratification", 0.85, 0.98),
    # an ability rated by a probability adverb
    ("It is a target the treasury can probably meet.", "can probably meet", 0.6, 0.85),
    ("The garrison can almost certainly hold the bridge.", "hold the bridge", 0.9, 0.99),
    # seen by a date ahead, whoever the subject; a finite "see" the tagger took for a bare verb
    ("Negotiators told reporters they now see an agreement by the end of the first quarter.",
     "agreement by the end of the first quarter", 0.6, 0.85),
    ("Economists at the finance ministry see unemployment staying above 9 percent until next summer.",
     "unemployment staying above 9 percent", 0.6, 0.85),
    # an event in the present with a date ahead, under a verb of warning; a timetable's "take effect"
    ("The aid agency warns that food stocks run out in February unless donors pay.", "food stocks run out", 0.6, 0.85),
    ("The new export levy takes effect in January.", "levy takes effect in January", 0.7, 0.95),
    # odds rated by an adjective ("odds" is lemmatised "odd")
    ("The cabinet has weathered two votes, and I give it decent odds of surviving a third.", "surviving a third", 0.55, 0.75),
    # idioms of imminence
    ("Fuel is already dearer, and the next increase is on its way.", "next increase is on its way", 0.65, 0.9),
    ("A liquidity crunch looms for the regional banks.", "liquidity crunch looms", 0.6, 0.9),
    ("More pain is in store for exporters next year.", "More pain is in store", 0.6, 0.9),
    # the present progressive of an arrangement with a date wholly ahead
    ("The foreign minister is visiting Nairobi next month.", "visiting Nairobi next month", 0.7, 0.95),
    # a plan put on a date
    ("The donor conference is planned for early next year.", "donor conference is planned", 0.65, 0.9),
    ("The appeal hearing is set for next Tuesday.", "appeal hearing is set", 0.65, 0.9),
    # a rating by a verb of judging through "to be", which the parser hangs on the nearest noun
    ("We judge a formal recognition of the breakaway government to be very improbable.",
     "formal recognition of the breakaway government", 0.02, 0.25),
    # hyphenated odds, which the tokenizer splits
    ("There is a one-in-four chance the strike spreads to the ports.", "strike spreads to the ports", 0.24, 0.26),
    # "should" on a thing with an object and a time: an expectation, not advice
    ("Lower fuel prices should ease inflation by the spring.", "ease inflation by the spring", 0.55, 0.85),
    # a longer label before a weighted scenario
    ("Our base case for the coming quarter (call it 60 percent): freight rates drift lower.",
     "freight rates drift lower", 0.59, 0.61),
    # "Chances are" over a clause the parser made its head
    ("Chances are the next standoff will look like the last one: a cutter, a warning, a retreat.",
     "next standoff will look like the last one", 0.55, 0.8),
])



def test_found(text, inside, low, high):
    found = forecasts(text)
    hits = [f for f in found if inside in f.statement]
    assert hits, [(f.statement, f.probability) for f in found]
    assert low <= hits[0].probability <= high, hits[0].probability


def test_non_restrictive_relative_is_a_forecast_of_its_own():
    found = forecasts("The rains will cut most roads from June, which should slow the convoys in the third quarter.")
    statements = [f.statement for f in found]
    assert any("rains will cut" in s for s in statements), statements
    assert any(s.startswith("should slow the convoys") for s in statements), statements   # "which" is not "June"


def test_scheduled_relative_beside_main_forecast():
    found = forecasts("The budget, which is due to be read in parliament on 3 December, will raise fuel taxes.")
    assert len(found) == 2, [f.statement for f in found]


@pytest.mark.parametrize("text", [
    "Last year, the president promised that the country would join the bloc by 2030.",   # a promise made then
    "The envoy had warned last week that the talks would collapse this winter.",           # pluperfect: reported
    "Officials warned last year that aid would be cut.",
    "You can probably see the harbour from the ridge.",                                   # perception, not outcome
    "The contract expires in March.",                                                     # a term, not a forecast
    "The result was the most likely outcome.",                                            # a verdict on the past
    "Residents see soldiers on the streets every night.",                                 # perception
    "The convoy was on its way to the border when it was hit.",                           # an idiom told in the past
    "With the looming deadline in mind, ministers met on Monday.",                        # attributive "looming"
    "Farmers are marching on the capital this week.",                                     # may be under way: narrated
    "The summit was planned for last spring but never happened.",                         # a plan of the past
    "Exporters should hedge their exposure this quarter.",                                # advice to a party
])
def test_not_found(text):
    assert not forecasts(text), [(f.statement, f.probability) for f in forecasts(text)]


def test_advice_in_a_relative_clause_is_no_forecast():
    found = forecasts("The ministers, who should resign, will stay in office.")
    assert len(found) == 1 and "will stay in office" in found[0].statement, [f.statement for f in found]


def test_a_quoted_rating_after_the_writers_sentence_is_a_forecast_of_its_own():
    found = forecasts('Analysts said a coalition deal is the most probable outcome. "I\'d put it at 70 percent," '
                      'said Ana Ruiz, a political scientist.')
    assert len(found) == 2, [(f.statement, f.probability) for f in found]


def test_a_rating_in_the_same_voice_numbers_the_forecast_before():
    found = forecasts("There is also a chance that the talks produce a deal. I would put that at one in four.")
    assert len(found) == 1 and abs(found[0].probability - 0.25) < 0.01, [(f.statement, f.probability) for f in found]
