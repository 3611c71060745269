"""Extractor `places`: the places each sentence names, geocoded (geocode.py): coordinates, country
and ISO code, first-level division, precision.

Reads: the parse of body sentences. Writes: `window.places` (sentence id -> geocode.Mention, with
token indices for the events of the same window) and a `place` cue on the sentence.

Candidates: what NER calls a place; phrases that say they are places ('Bar-Sanguun village',
'the town of X', a report's '(Kismaayo, Lower Juba)'); the curated names of data/places.tsv
(seas, straits, regions, bases: "the al-Mandab strait", "northern Gaza") by a PhraseMatcher. A
phrase NER calls a person or an organisation is a place only when it says so or stands after a
locative preposition and the gazetteer has it in a country the document is about.
"""
from __future__ import annotations

from functools import lru_cache

from spacy.util import filter_spans

from ... import lexicon
from ..context import Context, Window
from ..registry import extractor
from . import geocode


@lru_cache(maxsize=4)
def _matcher(pipeline: str):
    from spacy.matcher import PhraseMatcher

    from ...parse import load_pipeline

    nlp = load_pipeline(pipeline)
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    for row in lexicon.rows("places.tsv"):
        names = [row["name"]] + [a for a in row.get("alternates", "").split("|") if a.strip()]
        matcher.add("PLACE", [nlp.make_doc(n) for n in names])
    geocode.warm()
    return matcher


@extractor("places", assigns=("window.places",))
def places(ctx: Context, window: Window) -> None:
    """Place mentions of body sentences, geocoded with country, division and precision."""
    found = window.places
    matcher = _matcher(ctx.settings.pipeline)
    body = [u for u in window.sentences if u.section == "body"]
    countries = geocode.context_countries(e for u in body for e in u.span.ents)
    # 'in Barangay X, Tarvo': a word for one country's own local unit names that country
    for code, n in geocode.division_word_countries(t for u in body for t in u.span).items():
        countries[code] = countries.get(code, 0) + n
    # 'the Burkinabe army' with the demonym left untagged counts as a tagged one would
    for code, n in geocode.untagged_state_words(t for u in body for t in u.span).items():
        countries[code] = countries.get(code, 0) + n
    for unit in body:
        curated = filter_spans(matcher(unit.span, as_spans=True))
        mentions = geocode.mentions(unit, countries, curated)
        if mentions:
            found[unit.id] = mentions
            for m in mentions:
                unit.cue(m.start, m.end, "place", ctx.document.text[m.start:m.end])
