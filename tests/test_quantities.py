"""Quantities: exact, approximate, bounds, ranges, vague words; the kind of thing counted."""
from __future__ import annotations

import pytest

from claimledger import analyze


def _quantities(text):
    a = analyze(text, published="2025-03-06")
    for q in a.quantities:
        assert a.document.text[q.start:q.end] == q.text
    return {q.text: q for q in a.quantities}


@pytest.mark.parametrize("sentence,text,kind,value,low,high,approx", [
    ("Shelling killed at least 12 civilians in the city.", "at least 12", "killed", 12, 12, None, False),
    ("Officials said around 30 people were wounded.", "around 30", "wounded", 30, None, None, True),
    ("The strike left ~40 soldiers dead.", "~40", "killed", 40, None, None, True),
    ("Between 40 and 50 people were killed in the strike.", "Between 40 and 50", "killed", None, 40, 50, False),
    ("Medics counted 15-20 bodies after the raid.", "15-20", "killed", None, 15, 20, False),
    ("The rebels fired dozens of rockets overnight.", "dozens of", "munitions", None, 24, 96, True),
    ("Four tankers were turned back at the strait.", "Four", "ships", 4, None, None, False),
    ("Congress approved $2.5 billion in military aid.", "$2.5 billion", "money", 2.5e9, None, None, False),
    ("Nearly a third of the population has fled.", "Nearly a third", "share", 0.333, None, None, True),
    ("The army announced a three-week truce.", "three", "duration", 3, None, None, False),
    ("Turnout fell by nearly 40 percent in the capital.", "nearly 40 percent", "share", 40, None, None, True),
    ("Brussels pledged €1.2 billion for reconstruction.", "€1.2 billion", "money", 1.2e9, None, None, False),
])
def test_forms(sentence, text, kind, value, low, high, approx):
    found = _quantities(sentence)
    assert text in found, f"{text!r} not in {list(found)}"
    q = found[text]
    assert q.kind == kind
    assert (q.value is None and value is None) or q.value == pytest.approx(value, rel=0.01)
    assert (q.low is None and low is None) or q.low == pytest.approx(low)
    assert (q.high is None and high is None) or q.high == pytest.approx(high)
    assert q.approximate == approx


def test_not_quantities():
    found = _quantities("One of the reasons is that Tower 22 was hit in 2024, two days ago, in phase two.")
    assert not found, found


def test_event_carries_its_casualties():
    a = analyze("An air strike on the camp killed at least 18 people, including six children.", published="2025-03-06")
    strike = next(e for e in a.events if e.code == "ASSAULT")
    assert any(q.kind == "killed" and q.value == 18 for q in strike.quantities)


@pytest.mark.parametrize("sentence, text, kind, value", [
    ("Gunmen killed twenty-four civilians in the market.", "twenty-four", "killed", 24),
    ("Thirty-seven soldiers were killed in the ambush.", "Thirty-seven", "killed", 37),
    ("The militia killed one hundred and twelve villagers.", "one hundred and twelve", "killed", 112),
    ("A Malian soldier was killed in the raid.", "A Malian soldier", "killed", 1),
    ("Police said no one was hurt in the blast.", "no one", "wounded", 0),
])
def test_one_reader_of_numbers_for_quantities_and_tolls(sentence, text, kind, value):
    """The quantities of the document and an event's tolls are the same objects, read once:
    number words whole (text2num), counts without a number ('a soldier', 'no one')."""
    a = analyze(sentence, published="2025-03-06")
    found = {q.text: q for q in a.quantities}
    assert text in found and found[text].kind == kind and found[text].value == value, list(found)
    assert a.document.text[found[text].start:found[text].end] == text
    event = next(e for e in a.events if e.code == "ASSAULT")
    assert [(q.text, q.value) for q in event.quantities if q.kind == kind] == [(text, value)]


def test_a_casualty_count_neither_negates_the_event_nor_makes_the_dead_its_actors():
    a = analyze("A soldier was killed and no one was hurt in the clash.\n\nAt least 12 people died in the attack on Gao.",
                published="2025-03-06")
    assault = [e for e in a.events if e.code == "ASSAULT"]
    assert assault and all(e.factuality == "asserted" for e in assault), [(e.action, e.factuality) for e in assault]
    assert not [e for e in a.events if e.code == "PROTEST"]          # the dead are no rioting crowd
    died = next(e for e in assault if e.action == "died")
    assert died.actor is None and died.target is not None


def test_seed_quantities(seed_scores):
    assert seed_scores["quantities"].recall >= 0.75
    assert seed_scores["quantities"].precision >= 0.6
    assert seed_scores["quantities.approximate"].accuracy == 1.0


# -- tolls of issue 13: coordinated groups, one person, ranges, days of a month ------------------
def _killed(text: str) -> list:
    from claimledger import analyze

    a = analyze(text)
    return [(q.kind, q.value, q.low, q.high) for e in a.events for q in e.quantities if q.kind in ("killed", "wounded")]


def test_coordinated_groups_are_each_counted():
    assert sorted(_killed("On 8 March 2021, 5 rangers and 1 warden were killed in an IED attack.")) == [
        ("killed", 1.0, None, None), ("killed", 5.0, None, None)]


def test_a_range_before_a_subjectless_passive_is_the_wounded():
    tolls = _killed("12 people died and between 40 and 50 were wounded in the attack.")
    assert ("killed", 12.0, None, None) in tolls and ("wounded", None, 40.0, 50.0) in tolls


def test_one_named_role_counts_one_and_a_bare_the_victim_does_not_count_again():
    assert _killed("Boko Haram attacked civilians during evening prayers, killing an imam.") == [("killed", 1.0, None, None)]
    tolls = _killed("On 9 March 2021, gunmen shot and killed a shopkeeper near Logo. The victim died later at the hospital.")
    assert sum(v for k, v, *_ in tolls if k == "killed") == 1


def test_a_day_of_the_month_is_no_toll():
    assert all(v != 6 for _, v, *_ in _killed("Around 6 May 2020, in Leon, Guanajuato, a man was shot dead. 1 fatality."))
