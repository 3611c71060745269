"""Extractor `places`: the places each sentence names, resolved to coordinates by the gazetteer.

Reads: the parse of body sentences. Writes: `window.places` (sentence id -> PlaceMention, with
token indices for the events of the same window) and a `place` cue on the sentence.

Candidates are NER GPE/LOC/FAC spans (and PERSON/ORG spans after a locative preposition,
where NER often mislabels unfamiliar towns) plus a PhraseMatcher over the names in
data/places.tsv (seas, straits, regions, bases: "the al-Mandab strait", "northern Gaza").
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.util import filter_spans

from ... import lexicon
from ..context import Context, SentenceUnit, Window
from ..registry import extractor
from ..syntax import is_article, is_possessive_ending, trim_span
from . import gazetteer

_PLACE_LABELS = {"GPE", "LOC", "FAC"}


@dataclass
class PlaceMention:
    text: str
    start: int          # absolute offsets in document.text
    end: int
    token_start: int    # token indices in the window's Doc (valid during the window only)
    token_end: int
    place: gazetteer.Place

    @property
    def root_i(self) -> int:
        return self.token_end - 1


@lru_cache(maxsize=4)
def _matcher(pipeline: str):
    from spacy.matcher import PhraseMatcher

    from ...parse import load_pipeline

    nlp = load_pipeline(pipeline)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for row in lexicon.rows("places.tsv"):
        names = [row["name"]] + [a for a in row.get("alternates", "").split("|") if a.strip()]
        matcher.add("PLACE", [nlp.make_doc(n) for n in names])
    gazetteer.warm()
    return matcher


@extractor("places", assigns=("window.places",))
def places(ctx: Context, window: Window) -> None:
    """Place mentions of body sentences, with their gazetteer entries."""
    found = window.places
    matcher = _matcher(ctx.settings.pipeline)
    for unit in window.sentences:
        if unit.section != "body":
            continue
        mentions = places_in(unit, matcher)
        if mentions:
            found[unit.id] = mentions
            for m in mentions:
                unit.cue(m.start, m.end, "place", ctx.document.text[m.start:m.end])


def places_in(unit: SentenceUnit, matcher) -> list[PlaceMention]:
    span = unit.span
    candidates = list(matcher(span, as_spans=True))
    for ent in span.ents:
        if ent.label_ in _PLACE_LABELS or (ent.label_ in ("PERSON", "ORG", "NORP") and _after_locative(ent)):
            candidates.append(ent)
    out = []
    for cand in sorted(filter_spans(candidates), key=lambda s: s.start):
        cand = _trim(cand)
        if cand is None:
            continue
        place = gazetteer.find(cand.text, cities=True)
        if place is None:
            continue
        start, end = unit.offsets(cand)
        out.append(PlaceMention(cand.text, start, end, cand.start, cand.end, place))
    return out


def _after_locative(ent) -> bool:
    return ent.root.dep_ == "pobj" and ent.root.head.lower_ in lexicon.words("place_locative_preps") and not ent.text.isupper()


def _trim(span):
    return trim_span(span, leading=is_article, trailing=is_possessive_ending)


def is_locative(mention: PlaceMention, doc) -> bool:
    """Is the place the object of a locative preposition ('in the Red Sea', 'near X')?"""
    root = doc[mention.token_start: mention.token_end].root
    return root.dep_ == "pobj" and root.head.lower_ in lexicon.words("place_locative_preps") - lexicon.words("destination_preps")
