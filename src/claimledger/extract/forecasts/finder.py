"""A forecast finder's declaration: its function and what a sentence must hold for it to find
anything there: its cue words (a lemma or a lower-case form of the token it starts from) and
its tags (fine-grained tags, of that token or one beside it in the sentence). Each finder module declares its own beside its
code, so that a finder that learns a new starting word learns it in the same place;
rules.py runs the declared finders in their order (the order of the output) and skips those
whose cue the sentence lacks. That skip is a speed-up only: tests/test_forecast_prefilter.py
runs every finder with and without it on the forecast sets' texts."""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Callable, Optional

from ..context import SentenceUnit
from .candidate import Candidate


@dataclass(frozen=True)
class Finder:
    name: str
    find: Callable[..., list[Candidate]]    # find(span) or, as the two flags say, find(unit) / find(..., published)
    # the words one of which the sentence must hold, from the lexicon; None: every sentence (the
    # finder checks its own words first, or starts from no word); called once, at the first sentence
    cue_words: Optional[Callable[[], frozenset[str]]] = None
    tags: tuple[str, ...] = ()              # one of which the sentence must hold; empty: any
    reads_unit: bool = False                # find reads the SentenceUnit (its line, its text), not its span
    dated: bool = False                     # find reads the publication date too

    @cached_property
    def cues(self) -> Optional[frozenset[str]]:
        return self.cue_words() if self.cue_words is not None else None

    def could_find(self, sentence_words: frozenset[str], sentence_tags: frozenset[str]) -> bool:
        """Whether a sentence with these words (lower-case forms and lemmas) and tags holds this
        finder's cue: without it the finder could find nothing there."""
        return ((not self.tags or not sentence_tags.isdisjoint(self.tags))
                and (self.cues is None or not sentence_words.isdisjoint(self.cues)))

    def __call__(self, unit: SentenceUnit, published: Optional[str]) -> list[Candidate]:
        reads = unit if self.reads_unit else unit.span
        return self.find(reads, published) if self.dated else self.find(reads)
