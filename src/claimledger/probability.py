"""Verbal probability: "most likely not" -> 0.2 (0.1-0.3), from data/probability_phrases.tsv
(probly.csv medians, ODNI ICD 203 bands, Kent's table, and marked estimates).

    find("It will most likely not happen")   # -> [Phrase(text='will', ...), Phrase(text='most likely not', ...)]
    lookup("unlikely").probability           # 0.2

Matching is on word boundaries, case-insensitive, longest phrase first, non-overlapping.
Straight and curly apostrophes are treated alike ("won't" / "won’t").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from . import lexicon


@dataclass(frozen=True)
class Entry:
    phrase: str
    probability: float
    low: float
    high: float
    source: str


@dataclass(frozen=True)
class Phrase:
    """A probability phrase found in a text; start/end are relative to that text."""
    text: str
    start: int
    end: int
    entry: Entry

    @property
    def probability(self) -> float:
        return self.entry.probability


def _key(phrase: str) -> str:
    return " ".join(phrase.lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def entries() -> dict[str, Entry]:
    found: dict[str, Entry] = {}
    for row in lexicon.rows("probability_phrases.tsv"):
        key = _key(row["phrase"])
        if key not in found:  # the first row wins: empirical readings are listed first
            found[key] = Entry(key, float(row["probability"]), float(row["low"]), float(row["high"]), row["source"])
    return found


@lru_cache(maxsize=1)
def _regex() -> re.Pattern:
    phrases = sorted(entries(), key=len, reverse=True)
    alternation = "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases)
    return re.compile(rf"(?<![\w'’-])(?:{alternation})(?![\w'’-])", re.IGNORECASE)


def lookup(phrase: str) -> Optional[Entry]:
    return entries().get(_key(phrase))


def find(text: str) -> list[Phrase]:
    """Every probability phrase in `text`, longest first where they overlap, in text order."""
    return [Phrase(m.group(0), m.start(), m.end(), entries()[_key(m.group(0))]) for m in _regex().finditer(text)]
