"""Issue 13, thirteenth round of event coding: places (read on tests/events/heldout9 by kind; every
sentence here is our own, none taken from the set or from ACLED).
- a wire's dateline city sets the place of the acts of its sentence that name none;
- a story names its place once: a later sentence that names no place at all carries the place the
  story was last set in, until a sentence names another place or moves away ('Elsewhere');
- the place is scored by the gazetteer's name or by the text's own mention of the same place
  (`Location.mention`: 'Ulaanbaatar' for GeoNames' 'Ulan Bator');
- a natural disaster that 'struck' is no assault (the strike's sense was decided before the test
  for a natural cause)."""
from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.contract import HAPPENED
from claimledger.evaluate.event_fields import EventView, FieldScores, GoldEvent, score_fields

PUBLISHED = "2026-10-21"


def _all(text: str):
    return analyze(text, published=PUBLISHED).events


def _placed(text: str, code: str):
    return [e.location.name if e.location else None for e in _all(text) if e.code == code]


# -- datelines ------------------------------------------------------------------------------------
def test_a_dateline_sets_the_place_of_its_sentence():
    text = ("Teachers rally over pay\n"
            "NAIROBI, Oct 20 - Hundreds of teachers marched on the Ministry of Education on Monday, demanding back pay.\n")
    assert "Nairobi" in _placed(text, "PROTEST")


def test_a_dateline_without_a_date():
    text = ("Fuel protest\n"
            "LIMA - Truck drivers blocked the main highway on Tuesday against a rise in diesel prices.\n")
    assert "Lima" in _placed(text, "PROTEST")


def test_a_dateline_gives_way_to_the_place_the_sentence_names():
    text = ("Clashes\n"
            "NAIROBI, Oct 20 - Police fired tear gas at protesters in Kisumu on Monday.\n")
    places = _placed(text, "ASSAULT") + _placed(text, "COERCE")
    assert "Nairobi" not in places


# -- the story's place carried on -----------------------------------------------------------------
def test_a_later_sentence_with_no_place_keeps_the_story_place():
    text = ("Unrest in the north\n"
            "Hundreds of students marched in Lagos on Monday against fee rises.\n"
            "Police said 40 of them were arrested after the march.\n")
    assert _placed(text, "COERCE") == ["Lagos"]


def test_a_sentence_that_names_another_place_ends_the_carry():
    text = ("Unrest in the north\n"
            "Hundreds of students marched in Lagos on Monday against fee rises.\n"
            "Police arrested 40 people near Ruwanbira, officials said.\n")
    assert "Lagos" not in _placed(text, "COERCE")


def test_elsewhere_moves_away():
    text = ("Unrest in the north\n"
            "Hundreds of students marched in Lagos on Monday against fee rises.\n"
            "Elsewhere, police arrested 40 people on Tuesday.\n")
    assert "Lagos" not in _placed(text, "COERCE")


def test_a_digest_item_about_another_country_takes_no_carried_place():
    text = ("World in brief\n"
            "Hundreds of students marched in Lagos on Monday against fee rises.\n"
            "The Peruvian government lifted a week-long curfew on Tuesday.\n")
    assert "Lagos" not in _placed(text, "CONCEDE") + _placed(text, "COERCE")


def test_a_present_comment_takes_no_carried_place():
    text = ("Unrest in the north\n"
            "Hundreds of students marched in Lagos on Monday against fee rises.\n"
            "Police routinely arrest students who protest.\n")
    assert "Lagos" not in _placed(text, "COERCE")


# -- the text's own spelling ----------------------------------------------------------------------
def test_the_location_keeps_the_text_mention():
    text = "Riot police detained 12 protesters in Ulaanbaatar on Sunday.\n"
    locs = [e.location for e in _all(text) if e.code == "COERCE" and e.location]
    assert locs and locs[0].mention == "Ulaanbaatar"


def test_the_scorer_accepts_the_text_mention_as_well_as_the_gazetteer_name():
    gold = GoldEvent(codes=("COERCE",), line=1, place="Grodno")
    by_text = EventView(code="COERCE", line=1, place="Hrodna", place_text="Grodno")
    by_name = EventView(code="COERCE", line=1, place="Hrodna", place_text=None)
    for view, right in ((by_text, 1), (by_name, 0)):
        out = FieldScores()
        score_fields(gold, view, out)
        assert out["place"].tp == right


# -- natural disasters that strike ----------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A powerful earthquake struck the coastal province on Sunday, killing at least 30 people.",
    "A cyclone struck the island overnight, flattening hundreds of homes.",
    "Floods struck three districts after days of heavy rain.",
])
def test_a_disaster_that_struck_is_no_assault(text):
    assert not [e for e in _all(text) if e.code == "ASSAULT"]


def test_an_air_strike_still_struck():
    text = "Government jets struck a rebel camp near the border on Sunday, killing 12 fighters."
    assert [e for e in _all(text) if e.code == "ASSAULT"]
