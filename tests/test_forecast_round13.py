"""The thirteenth forecast round (issue 15): kinds read on tests/forecasts/heldout18 (blind for one
measurement, read since) — stated numbers that were missed or put on the wrong call: a labelled
weight closing a numbered call ("Confidence: 70 per cent", "... on the shelving"), a British "per
cent" the parser reads as money or as nothing, a relative clause that sets an event's chance
("a border war, which we put at 15 per cent"), "at close to zero" and a gapped second chance
("..., and of talks resuming at one in three"), an outcome noun weighed beside its subject ("A
darker scenario, at roughly one in five, adds ..."), and a weighted scenario told as a full
sentence. Each kind on sentences written for these tests, with the exact reading; and the
readings that must not change."""
from __future__ import annotations

import pytest

from claimledger import analyze
from forecast_helpers import found


def _numbers(text: str) -> list[tuple[str, float]]:
    return [(phrase, p) for _span, p, phrase, _by in found(text)]


def _by_line(text: str) -> dict[int, list[tuple[str, float]]]:
    a = analyze("Predictions\n" + text, published="2026-11-20")
    out: dict[int, list[tuple[str, float]]] = {}
    for f in a.forecasts:
        out.setdefault(f.line, []).append((a.document.text[f.start:f.end], f.probability))
    return out


# -- a labelled weight closing a numbered call -----------------------------------------------------
COLUMN = "\n".join([
    "1. There will be no snap poll in Lakeland next year. The speaker has ruled it out twice. Confidence: 80 per cent.",
    "2. The port of Osk reopens by June. The dredging is done. Confidence: 65 per cent.",
    "3. The toll bridge will open in 2027, but late. Talks on tolls drag on. Confidence: 70 per cent on 2027, less on the date.",
    "4. Northern farms face a dry spring. At least one big dairy will close for good. "
    "Confidence: 60 per cent on the closures.",
    "5. The central bank will cut rates twice. Confidence: 55 per cent, and I hope I am wrong.",
])


def test_a_labelled_weight_numbers_the_first_call_of_its_item():
    lines = _by_line(COLUMN)
    # a call read as unlikely ("no snap poll") at 80 per cent puts the poll at 20
    assert lines[2][0][1] == 0.2
    # a call in the simple present with no marker of its own is the item's call, at its weight
    # (its extent runs to the weight, its cue)
    assert [(s[:31], p) for s, p in lines[3]] == [("The port of Osk reopens by June", 0.65)]
    assert [(s[:37], p) for s, p in lines[6]] == [("The central bank will cut rates twice", 0.55)]


def test_a_labelled_weight_names_the_call_it_weighs():
    lines = _by_line(COLUMN)
    assert ("The toll bridge will open in 2027", 0.7) in [(s.split(",")[0], p) for s, p in lines[4]]
    # "on the closures": the item's forecast whose words share a stem with "closures" ("close")
    assert ("At least one big dairy will close for good", 0.6) in lines[5]


def test_a_bare_weight_also_numbers_a_call_with_a_modal():
    text = "1. The coalition will survive the winter. The partners need each other. 75 percent."
    assert [(s[:37], p) for s, p in _by_line(text)[2]] == [("The coalition will survive the winter", 0.75)]


@pytest.mark.parametrize("text", [
    # no number list: a figure after a label is a reading, not a weight
    "The port of Osk reopens by June. Confidence: 65 per cent.",
    # a weight that is not the line's last sentence
    "1. The port of Osk reopens by June. Confidence: 65 per cent. The dredging is done.",
])
def test_a_labelled_weight_outside_a_numbered_call_weighs_nothing(text):
    assert all(p != 0.65 for _s, p, _ph, _by in found(text))


def test_a_labelled_weight_that_says_more_is_no_weight():
    # another figure after the weight's remark: not a closing weight
    text = "1. The port of Osk reopens by June. Confidence: 65 per cent, up from 40 per cent."
    assert all(p != 0.65 for _s, p, _ph, _by in found(text))


# -- "per cent" written out, read as money or as nothing by the parser ----------------------------
@pytest.mark.parametrize("text, statement, p", [
    ("The island's weather office gives a 65 per cent chance of a dry March.", "a dry March", 0.65),
    ("There is a 30 per cent chance of a rail strike in January.", "a rail strike in January", 0.3),
])
def test_a_per_cent_chance_is_stated(text, statement, p):
    (span, prob, _phrase, _by), = found(text)
    assert span.endswith(statement) and prob == p


def test_a_per_cent_figure_near_a_risk_noun_is_no_chance():
    # only right before its noun does a percentage read as money count as a chance
    result = found("Fund staff projected growth of 3.8 per cent in 2027, with risks tilted to the downside.")
    assert all(p != 0.038 for _s, p, _ph, _by in result)


# -- a relative clause that sets an event's chance ---------------------------------------------------
def test_which_we_put_at_gives_the_event_its_chance():
    result = found("A border war in 2027, which we put at around 15 per cent, would wreck the budget.")
    assert ("15 per cent", 0.15) in [(ph, p) for _s, p, ph, _by in result]
    stated = next(s for s, _p, ph, _by in result if ph == "15 per cent")
    assert stated.startswith("A border war in 2027")


def test_which_the_ministry_puts_at_a_measure_is_its_value():
    # a measure's percentage is its value, not a chance (data: figure_nouns)
    result = found("The 2027 deficit, which the ministry puts at 3.4 per cent, will be hard to meet.")
    assert all(p != 0.034 for _s, p, _ph, _by in result)


# -- "at close to zero"; a gapped second chance ----------------------------------------------------
def test_a_chance_set_at_close_to_zero_and_a_gapped_second_chance():
    result = found("I'd put the chances of a deal before the election at close to zero, "
                   "and of talks resuming at about one in three.")
    assert [(ph, p) for _s, p, ph, _by in result] == [("close to zero", 0.01), ("one in three", 0.3333)]


def test_a_chance_set_at_even_still_reads_even():
    assert _numbers("We put the odds of a default this year at roughly even.") == [("even", 0.5)]


# -- an outcome noun weighed beside its subject --------------------------------------------------------
def test_a_scenario_weighed_between_commas():
    result = found("A darker scenario, at roughly one in five, adds a banking crisis to the slump "
                   "and would push unemployment above 12 per cent.")
    assert ("one in five", 0.2) in [(ph, p) for _s, p, ph, _by in result]
    # the verb joined to it is its own forecast, not part of the weighed one
    assert any(ph == "would" for _s, _p, ph, _by in result)


def test_an_outcome_noun_without_the_commas_is_no_weight():
    assert found("The path at home is a long one.") == []


# -- a weighted scenario told as a full sentence ------------------------------------------------------
def test_a_weighted_scenario_sentence_is_its_own_forecast():
    text = ("Our central scenario (about 55 per cent) is a slow recovery with no new lockdowns. "
            "A brighter one is possible.")
    result = found(text)
    assert result[0][0].startswith("Our central scenario") and result[0][1] == 0.55
    # the weight is not passed on to the sentence after it
    assert all(not (s.startswith("A brighter") and p == 0.55) for s, p, _ph, _by in result)


def test_a_weighted_scenario_heading_still_weighs_the_sentence_after_it():
    result = found("Scenario 1: Managed friction (our base case, about 55%). The two sides trade threats but keep talking.")
    assert [(s, p) for s, p, _ph, _by in result if p == 0.55][0][0].endswith("keep talking")


# -- a forecast endorsed or rejected in a clause of its own -----------------------------------------------
@pytest.mark.parametrize("text, phrase, p", [
    ("The minister says the bridge will open in March. I don't believe that.", "I don't believe that", 0.3),
    ("The minister says the bridge will open in March. I doubt it.", "I doubt it", 0.25),
    ("The union says it will call off the strike, and I believe it.", "I believe it", 0.7),
    ("The regulator expects prices to fall next year, and I expect that too.", "I expect that", 0.75),
    # "agree" takes the claim at its own number
    ("The army insists the offensive will be over by Christmas. We agree.", "We agree", 0.85),
])
def test_an_endorsement_makes_the_forecast_before_it_the_writers_too(text, phrase, p):
    result = found(text)
    assert len(result) == 2
    (claim, _p0, _ph0, by0), (span, prob, ph, by) = result
    assert (ph, prob, by) == (phrase, p, "author") and by0 != "author" and span == phrase


@pytest.mark.parametrize("text", [
    # a noun as the object: trust in a person, no view of a forecast
    "The minister says the bridge will open in March. I believe the minister.",
    # the forecast before it is the writer's own: nothing to endorse
    "We expect the bridge to open in March. We believe that.",
    # a view with a clause of its own is read by the rules, not as an endorsement
    "The minister says the bridge will open in March. I think the plan is flawed.",
])
def test_no_endorsement(text):
    assert all(not ph.startswith(("I believe", "We believe", "I think")) for _s, _p, ph, _by in found(text))


def test_an_endorsement_in_another_paragraph_endorses_nothing():
    assert [ph for _s, _p, ph, _by in found("The minister says the bridge will open in March.\nI doubt it.")] == ["will"]



def test_a_verb_of_endorsing_in_the_perfect_or_without_an_object_endorses_nothing():
    text = ("Traders say prices will fall in December, as they have in every year I have been buying here. "
            "I believe.")
    assert [ph for _s, _p, ph, _by in found(text)] == ["will"]
