"""A forecast candidate: one clause's reading before the detector picks one per clause and
builds the contract item (rules.py `predicted`). Its own module so that each kind of candidate
can live in a small module of its own (answers.py, market_views.py, rating_frames.py) beside
rules.py."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ... import probability
from ..context import SentenceUnit

# Clause-level priority: an explicit probability phrase beats a construction, which beats a
# bare modal of futurity, which beats a mere possibility.
PRIORITY = {"stated": 6, "answer": 5, "phrase": 4, "construction": 3, "estimate": 3, "correlative": 3, "strong": 2,
            "reported": 2, "weak": 1}


@dataclass
class Candidate:
    kind: str                       # a key of PRIORITY
    root: object                    # the clause root token (spaCy)
    phrase_tokens: list = field(default_factory=list)
    entry: Optional[probability.Entry] = None
    negated: bool = False
    statement: Optional[list] = None  # token list; default: statement_tokens(root)
    condition: Optional[list] = None
    temporal: bool = False          # "will not ... until": the negation is about the time
    supposed: bool = False          # the condition is the subject ("A dry July would ..."): it stays in the statement
    rates_before: bool = False      # "I would put that at one in four": rates what the sentence before forecasts
    heading: Optional[SentenceUnit] = None   # the weighted heading the forecast describes, part of its extent
    also: list = field(default_factory=list)    # further forecasts of the same phrase, yielded after this one
                                                # ("projected X of 15% in December and of 12% by June")
    shared_phrase: bool = False     # the phrase governs a forecast before this one too ("expect X to seek a
                                    # delay, and to win it"): the extent is this one's own words
    figure_of_positive: bool = False    # the entry is a figure given after the clause ("We do not expect X; the
                                        # odds of that are remote"): it numbers X itself, so a negation does not flip it
    cut: Optional[frozenset] = None     # round 31: token indices of a nested clause that says its own forecast
                                        # (nested_calls.py), left out of this one's statement
