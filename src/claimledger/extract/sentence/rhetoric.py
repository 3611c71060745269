"""Extractor `rhetoric`: rhetorical questions, scare quotes, loaded language and analogies,
marked with offsets. Rhetoric is only ever noted: it never drops or changes another extraction.

Reads: `sentence.layout`, `doc.attributions` (whose voice a question or quote is in).
Writes: `doc.rhetoric` and a `rhetoric:*` cue for each.

- rhetorical_question: a question in the author's own voice in the body (the genre asks
  questions to argue, not to learn);
- scare_quote: one to three words in quotation marks that nobody is quoted as saying (not after
  a speech verb, a colon or "called/dubbed"), e.g. ‘rest and rotation’;
- loaded_language: data/loaded_language.txt (propaganda-technique lexicon, with its source);
- analogy: data/analogy_cues.txt on lemmas ("mirroring", "akin to") and the copular "be like"
  found from the parse ("It's like a bully ...").
"""
from __future__ import annotations

import re
from functools import lru_cache

from ...contract import Rhetoric
from ... import lexicon
from ..context import AUTHOR_ID, Context, SentenceUnit, Window
from ..registry import extractor
from .analogy import analogy_cue

_QUOTED = re.compile(r"(?<![\w’'])(?:‘([^‘’\n]{1,40})’|“([^“”\n]{1,40})”|\"([^\"\n]{1,40})\"|'([^'\n]{1,40})')(?![\w])")
_MAX_SCARE_WORDS = 3
_OPENING = re.compile(r"^[\"“‘«]")     # a question that opens with a quote mark is someone's words


@lru_cache(maxsize=1)
def _loaded() -> re.Pattern:
    parts = [p.pattern for p in lexicon.regexes("loaded_language.txt")]
    return re.compile(r"(?<![\w-])(?:" + "|".join(f"(?:{p})" for p in parts) + r")(?![\w-])", re.IGNORECASE)


@extractor("rhetoric", requires=("sentence.layout", "doc.attributions"), assigns=("doc.rhetoric",))
def rhetoric(ctx: Context, window: Window) -> None:
    """Rhetorical questions, scare quotes, loaded language, analogies."""
    for unit in window.sentences:
        if unit.section != "body" or unit.model.kind in ("appeal", "lead_in") and not unit.text.strip():
            continue
        if unit.model.kind == "question" and ctx.source_of(unit.id) == AUTHOR_ID and not _OPENING.match(unit.text):
            _add(ctx, unit, "rhetorical_question", unit.model.start, unit.model.end)
        _scare_quotes(ctx, unit)
        for match in _loaded().finditer(unit.text):
            start, end = unit.char_offsets(match.start(), match.end())
            _add(ctx, unit, "loaded_language", start, end)
        _analogies(ctx, unit)


def _add(ctx: Context, unit: SentenceUnit, technique: str, start: int, end: int) -> None:
    ctx.rhetoric.append(Rhetoric(sentence_id=unit.id, technique=technique, text=ctx.document.text[start:end],
                                 start=start, end=end, line=unit.line.number))
    unit.cue(start, end, f"rhetoric:{technique}", ctx.document.text[start:end])


def _scare_quotes(ctx: Context, unit: SentenceUnit) -> None:
    text = unit.text
    for match in _QUOTED.finditer(text):
        inner = next(g for g in match.groups() if g is not None)
        if not inner.strip() or len(inner.split()) > _MAX_SCARE_WORDS or inner.strip()[-1:] in ".!?,":
            continue
        if match.start() == 0 or _is_quotation(unit, match.start()):
            continue
        start, end = unit.char_offsets(match.start(), match.end())
        if _inside_reported_speech(ctx, unit, start, end):
            continue     # the speaker's own words, quoted: “open to talks”
        start, end = unit.char_offsets(match.start(), match.end())
        _add(ctx, unit, "scare_quote", start, end)


def _inside_reported_speech(ctx: Context, unit: SentenceUnit, start: int, end: int) -> bool:
    return any(a.source_id != AUTHOR_ID and a.start <= start and end <= a.end for a in ctx.attributions_of(unit.id))


def _is_quotation(unit: SentenceUnit, at: int) -> bool:
    """Quoted words that someone is reported as saying: after a colon, a speech or naming verb
    ("calls it ‘...’", "said “...”"), or the words of a charge ("accused X of ‘...’"). After
    "so-called" the quote is the writer's own distance, a scare quote."""
    doc = unit.span.doc
    absolute = unit.span.start_char + at
    before = [t for t in doc[unit.span.start: unit.span.end] if t.idx < absolute][-3:]
    if not before:
        return True
    if "".join(t.lower_ for t in before).endswith("so-called"):
        return False     # the so-called “peace plan”: the writer's own distance
    if before[-1].text in (":", ","):
        return True
    if before[-1].lemma_.lower() in lexicon.words("quoting_verbs") and before[-1].pos_ == "VERB":
        return True      # said “...”
    of = before[-1]
    if of.lower_ == "of" and (of.head.lemma_.lower() in lexicon.words("accusing_words")
                               or of.head.head.lemma_.lower() in lexicon.words("accusing_words")):
        return True      # accused Rwanda of “a declaration of war”: the charge as worded
    # calls it ‘...’ / dubbed them “...”
    return len(before) > 1 and before[-1].pos_ == "PRON" and before[-2].lemma_.lower() in lexicon.words("quoting_verbs")


def _analogies(ctx: Context, unit: SentenceUnit) -> None:
    found = analogy_cue(unit)
    if found is not None:
        _add_clause(ctx, unit, *found)


def _add_clause(ctx: Context, unit: SentenceUnit, first, last) -> None:
    """The analogy runs from its cue to the end of the cue's phrase."""
    right = max(last.right_edge.i, last.i)
    right = min(right, unit.span.end - 1)
    start, _ = unit.offsets(first)
    _, end = unit.offsets(unit.span.doc[right])
    _add(ctx, unit, "analogy", start, end)
