"""A happening told again (extract/events/retold.py): the document's later telling of a happening
it already told is counted once; distinct happenings of one type and acts of different speakers
stay apart. Invented sentences and invented records."""
from __future__ import annotations

from event_support import happened

from claimledger.extract.events.retold import Mention, retold

PUBLISHED = "2026-03-04"

_MEETING = ("REGIONAL NEWS\n"
            "Assembly, emergency meeting on the border - issued Tuesday 3 March 2026\n"
            "The Regional Assembly met on Monday in Tarvos to discuss the border closure.\n"
            "The delegate of Norland said the Assembly had met because the farmers had nowhere else to turn.\n"
            "The meeting began at 10:05 a.m. and ended at 1:40 p.m.")


def _lines(text: str, code: str) -> list[int]:
    return [e.line for e in happened(text, PUBLISHED) if e.code == code]


def test_a_meeting_told_by_heading_body_recap_and_definite_noun_is_one_row():
    assert _lines(_MEETING, "CONSULT") == [3]


def test_two_attacks_on_different_days_and_places_stay_two():
    text = ("Gunmen attacked a police post in Varna on Sunday.\n"
            "On Tuesday, gunmen attacked a market in Doba, killing four traders.")
    assert _lines(text, "ASSAULT") == [1, 2]


def _m(i, code, line, kind, actor=None, target=None, place=None, word="attack"):
    return Mention(f"ev{i}", code, line, actor, target, place, word, kind)


def test_a_definite_noun_with_no_conflict_is_told_again():
    ms = [_m(1, "ASSAULT", 1, "told", actor="e1", place="Varna"), _m(2, "ASSAULT", 3, "again")]
    assert retold(ms) == {"ev2"}


def test_a_definite_noun_at_another_place_is_another_happening():
    ms = [_m(1, "ASSAULT", 1, "told", place="Varna"), _m(2, "ASSAULT", 3, "again", place="Doba")]
    assert retold(ms) == set()


def test_another_type_or_the_same_line_is_kept():
    ms = [_m(1, "ASSAULT", 1, "told"), _m(2, "COERCE", 2, "again"), _m(3, "ASSAULT", 1, "again")]
    assert retold(ms) == set()


def test_a_recap_needs_the_same_word():
    ms = [_m(1, "CONSULT", 1, "told", word="meet"), _m(2, "CONSULT", 2, "recap", word="visit"),
          _m(3, "CONSULT", 3, "recap", word="meet")]
    assert retold(ms) == {"ev3"}


def test_verbal_acts_of_different_speakers_stay_apart():
    ms = [_m(1, "ACCUSE", 1, "told", actor="e1", word="accuse"), _m(2, "ACCUSE", 2, "recap", actor="e2", word="accuse"),
          _m(3, "ACCUSE", 3, "again", word="accusation")]
    assert retold(ms, name={"e1": "Norland", "e2": "Pell"}.get) == set()


def test_the_same_speaker_named_shorter_is_no_conflict():
    ms = [_m(1, "ACCUSE", 1, "told", actor="e1", word="accuse"), _m(2, "ACCUSE", 4, "recap", actor="e2", word="accuse")]
    assert retold(ms, name={"e1": "the Regional Assembly", "e2": "Assembly"}.get) == {"ev2"}


def test_a_heading_is_dropped_only_when_the_body_tells_its_type():
    ms = [_m(1, "CONSULT", 2, "heading", word="meet"), _m(2, "CONSULT", 3, "told", actor="e1", word="meet"),
          _m(3, "PROTEST", 2, "heading", word="protest")]
    assert retold(ms) == {"ev1"}


def test_a_definite_event_noun_that_brings_in_counted_victims_is_another_happening():
    # "the murder of two guards" names victims not told before: a second assault, not the raid again;
    # "the murder" alone names nothing new and is the raid told again
    told = "Gunmen raided a police post outside Gusau on Friday, wounding three officers.\n"
    assert _lines(told + "A day later the mayor lodged a complaint about the murder of two guards at the depot.",
                  "ASSAULT") == [1, 2]
    assert _lines(told + "A day later the mayor lodged a complaint about the murder.", "ASSAULT") == [1]

