"""The word lists of event coding, loaded once from data/ (no lists inline in code):
triggers of the 16 PLOVER types with their modes (plover_triggers.tsv), the word classes that
triggers and the literal-or-figurative test ask for (event_word_classes.tsv), the complements
after which a refusal is no event (event_nonevent_complements.txt) and the nouns that can be
parties to an event (event_party_nouns.tsv)."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import lexicon

REQUIREMENTS = {"party", "purpose", "purpose_clause", "conditional_consequence", "stated_future", "sanction_listed", "permitted_act", "offered_service"}


@dataclass(frozen=True)
class TriggerPattern:
    code: str
    pos: str
    lemma: str
    particle: Optional[str]
    objects: frozenset          # object lemmas (classes expanded); empty: any object
    requires: Optional[str]     # "party" | "purpose" | "purpose_clause" | "conditional_consequence" | "stated_future" | None
    mode: Optional[str]


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset]:
    return {row["class"]: frozenset(w.strip().lower() for w in row["words"].split("|") if w.strip())
            for row in lexicon.rows("event_word_classes.tsv")}


def word_class(name: str) -> frozenset:
    return word_classes().get(name, frozenset())


@lru_cache(maxsize=1)
def triggers() -> dict[tuple[str, str], tuple[TriggerPattern, ...]]:
    """(pos, lemma) -> patterns, the most specific (particle, then objects) first."""
    found: dict[tuple[str, str], list[TriggerPattern]] = defaultdict(list)
    for row in lexicon.rows("plover_triggers.tsv"):
        particle = None if row["particle"] in ("", "-") else row["particle"].lower()
        objects: set[str] = set()
        requires = None
        for item in ([] if row["objects"] in ("", "-") else row["objects"].split("|")):
            item = item.strip().lower()
            if item in REQUIREMENTS:
                requires = item
            elif item.startswith("@"):
                objects |= word_class(item[1:])
            elif item:
                objects.add(item)
        mode = None if row["mode"] in ("", "-") else row["mode"]
        found[(row["pos"], row["lemma"].lower())].append(
            TriggerPattern(row["code"], row["pos"], row["lemma"].lower(), particle, frozenset(objects), requires, mode))
    return {k: tuple(sorted(v, key=lambda p: (p.particle is None, not p.objects and p.requires is None)))
            for k, v in found.items()}


@lru_cache(maxsize=1)
def nonevent_complements() -> frozenset:
    return frozenset(lexicon.listed("event_nonevent_complements.txt"))


@lru_cache(maxsize=1)
def party_nouns() -> dict[str, str]:
    """Noun lemma -> kind of party ('force', 'crowd', 'group', 'person', 'authority', 'abstract',
    'instrument')."""
    return {row["lemma"].lower(): row["kind"] for row in lexicon.rows("event_party_nouns.tsv")}


def party_kind(lemma: str) -> Optional[str]:
    return party_nouns().get(lemma.lower())
