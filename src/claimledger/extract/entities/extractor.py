"""Extractor `entities`: people, organisations, states, armed groups and places, merged across
surface forms.

Reads: the parse (NER) of body and comment sentences. Writes: `doc.entities` (always the merged
entities) and `doc.entity_index`, the document's EntityRegistry (registry.py), through which
events name the actors and targets NER missed ("rebel fighters") with `entity_for`.

Mentions come from spaCy NER and from a PhraseMatcher over the alias table (for forms NER
misses or mislabels: "Houthi", "Pentagon", "IOF").
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.util import filter_spans as spacy_filter

from ... import lexicon
from ..context import Context, SentenceUnit, Window
from ..events import gazetteer
from ..registry import extractor
from ..syntax import is_article, is_possessive_ending, name_phrase, trim_span, words_of
from .aliases import lookup, state_of_demonym, surface_forms
from .registry import EntityRegistry, initials, is_acronym

_NER_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "place", "NORP": "group",
              "LOC": "place", "FAC": "place"}


def registry(ctx: Context) -> EntityRegistry:
    """The document's entity index (made by the entities extractor on its first window)."""
    if ctx.entity_index is None:
        ctx.entity_index = EntityRegistry(lambda: ctx.next_id("e"))
    return ctx.entity_index


@lru_cache(maxsize=4)
def _alias_matcher(pipeline: str):
    """Two PhraseMatchers over the alias table, compiled once per process and pipeline."""
    from spacy.matcher import PhraseMatcher

    from ...parse import load_pipeline

    nlp = load_pipeline(pipeline)
    case_sensitive = PhraseMatcher(nlp.vocab)            # "US", "IOF": never the pronoun "us"
    folded = PhraseMatcher(nlp.vocab, attr="LOWER")
    make = nlp.make_doc
    for form in surface_forms():
        bare = form.replace(".", "")
        if bare.isupper() and len(bare) <= 5:
            case_sensitive.add("ALIAS", [make(form)])
        else:
            folded.add("ALIAS", [make(form)])
    return case_sensitive, folded


@extractor("entities", assigns=("doc.entities", "doc.entity_index"))
class Entities:
    """Actors merged across surface forms, from NER and the alias table."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.index = registry(ctx)

    def window(self, window: Window) -> None:
        reg = self.index
        reg.forget_mentions()   # offsets of earlier windows are never looked up again
        for unit in window.sentences:
            if unit.section == "appeal":
                continue
            _ner_mentions(reg, unit)
            _alias_mentions(self.ctx, reg, unit)
            _acronym_definitions(reg, unit)
        self.ctx.entities = reg.entities()

    def finish(self) -> None:
        self.ctx.entities = self.index.entities()


def _type_of(label: str, text: str, root=None) -> str:
    """Entity type: the alias table first, then the gazetteer (NER calls 'Deir al-Balah' a
    PERSON after 'into'), then the NER label."""
    known = lookup(text)
    if known is not None:
        return known.type
    locative = (label in ("PERSON", "NORP") and root is not None and root.dep_ == "pobj"
                and root.head.lower_ in lexicon.words("entity_locative_preps") and not text.isupper())
    if label in ("GPE", "LOC", "FAC") or locative:
        place = gazetteer.find(text, cities=True)
        if place is not None:
            return "state" if place.kind == "country" else "place"
        if label in ("GPE", "LOC", "FAC"):
            return "place"
    if label == "NORP":
        return "group"
    return _NER_TYPES.get(label, "unknown")


def _ner_mentions(reg: EntityRegistry, unit: SentenceUnit) -> None:
    if unit.section == "comments":
        return  # readers' capitalised outbursts are not actors; known aliases still count
    for ent in unit.span.ents:
        if ent.label_ not in _NER_TYPES:
            continue
        span = _trim(ent)
        if span is None:
            continue
        start, end = unit.offsets(span)
        state = _capital_as_actor(span, ent.label_)
        if state is not None:
            reg.mention_of(reg.named(state, "state"), span.text, start, end)
            continue
        reg.mention(span.text, _type_of(ent.label_, span.text, span.root), start, end)


def _capital_as_actor(span, label: str) -> Optional[str]:
    """'Ankara offered talks', 'Washington deployed …': a capital that acts is its state
    (metonymy); 'talks in Ankara' stays a place."""
    if lookup(span.text) is not None:
        return None
    if label != "GPE" and not (label in ("PERSON", "ORG") and len(span) == 1 and span.root.dep_ in ("nsubj", "nsubjpass")):
        return None     # NER often takes a lone capital for a person ("Yerevan keeps buying")
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass", "poss", "conj", "appos", "dobj", "pobj"):
        return None
    if root.dep_ == "pobj" and root.head.lower_ not in lexicon.words("actor_preps"):
        return None
    if root.dep_ == "conj" and root.head.dep_ not in ("nsubj", "nsubjpass"):
        return None
    return gazetteer.capital_of(span.text)


def _alias_mentions(ctx: Context, reg: EntityRegistry, unit: SentenceUnit) -> None:
    """Known aliases NER missed (or labelled as something else)."""
    case_sensitive, folded = _alias_matcher(ctx.settings.pipeline)
    matches = case_sensitive(unit.span, as_spans=True) + folded(unit.span, as_spans=True)
    for tokens in spacy_filter(matches):
        start, end = unit.offsets(tokens)
        if reg.at(start, end) is not None:
            continue
        known = lookup(tokens.text)
        if known is not None:
            reg.mention(tokens.text, known.type, start, end)


def _acronym_definitions(reg: EntityRegistry, unit: SentenceUnit) -> None:
    """'Long Name (LN)' and 'LN (Long Name)' define an alias."""
    span = unit.span
    if "(" not in words_of(span):
        return          # no bracket: no definition to walk to
    for i, token in enumerate(span):
        if token.text != "(" or i + 2 >= len(span) or span[i + 2].text != ")":
            continue
        inner = span[i + 1]
        if is_acronym(inner.text) and i > 0:
            long_ = _name_before(span, i, inner.text.replace(".", ""))
            if long_ is not None:
                start, end = unit.offsets(long_)
                entity_id = reg.at(start, end) or reg.mention(long_.text, "organisation", start, end)
                reg.alias(entity_id, inner.text)


def _name_before(span, paren: int, acronym: str):
    """The run of words before '(' whose capitalised initials spell the acronym."""
    for length in range(len(acronym), min(paren, len(acronym) * 3) + 1):
        candidate = span[paren - length: paren]
        if candidate[0].text[:1].isupper() and initials(candidate.text) == acronym:
            return candidate
    return None


def _trim(ent):
    """Drop a leading article or stray possessive and a possessive ending from an entity span."""
    return trim_span(ent, leading=lambda t: is_article(t) or t.text in ("'s", "’s"), trailing=is_possessive_ending)


def entity_for(ctx: Context, unit: SentenceUnit, token, demonym_as_state: bool = False) -> Optional[str]:
    """The entity a token (the head of an actor or target phrase) names; a noun phrase NER
    missed ('rebel fighters', 'Iran-backed militias') becomes an entity of its own. With
    demonym_as_state, a nationality adjective standing for an actor ('Israeli strikes', 'the
    Iraqi government') names its state."""
    if token is None:
        return None
    reg = registry(ctx)
    if demonym_as_state and token.ent_type_ == "NORP" and token.pos_ == "ADJ" or (
            demonym_as_state and token.ent_type_ == "NORP" and token.dep_ in ("amod", "compound")):
        state = state_of_demonym(token.text)
        if state is not None:
            return reg.named(state, "state")
    if token.ent_type_ and token.ent_iob_ != "O":
        for ent in unit.span.ents:
            if ent.start <= token.i < ent.end:
                span = _trim(ent) or ent
                start, end = unit.offsets(span)
                found = reg.at(start, end)
                if found is not None:
                    return found
                if ent.label_ in _NER_TYPES:
                    return reg.mention(span.text, _type_of(ent.label_, span.text, span.root), start, end)
    start, end = unit.offsets(token)
    found = reg.at(start, end)
    if found is not None:
        return found
    if token.lower_ in lexicon.words("pronouns") or token.pos_ not in ("NOUN", "PROPN"):
        return None
    phrase = name_phrase(token)
    start, end = unit.offsets(phrase)
    known = lookup(phrase.text)
    return reg.mention(phrase.text, known.type if known else "group", start, end)
