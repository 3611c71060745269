"""(round 29) Steps of the writer's own talk that a "will" announces, read as no forecast: "I'll put figures
on that", "we'll put some figures on that below", "Let me put a number on this": the writer promises to
quantify what they are about to say (the numbers that follow are the forecasts), not an event in the world.
A first-person subject, "put" with a noun of quantifying as its object (data: quantifying_nouns) and "on" a
bare pronoun. Not "put a price on the carbon" (a noun, an act in the world)."""
from __future__ import annotations

from ... import lexicon

W = lexicon.words


def puts_numbers_on_it(verb) -> bool:
    if verb.lemma_.lower() != "put":
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in W("first_person") for c in verb.children):
        return False
    if not any(c.dep_ == "dobj" and c.lemma_.lower() in W("quantifying_nouns") for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        p.dep_ == "pobj" and p.lower_ in ("it", "this", "that", "them", "these", "those") for p in c.children)
        for c in verb.children)
