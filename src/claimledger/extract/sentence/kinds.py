"""Extractor `kinds`: each sentence's kind, reported, assertion, opinion, speculation or
prediction (question, lead_in and appeal come from the layout, `structure`, and stay).

Reads: `doc.attributions`, `sentence.certainty` (its hedge/booster/probability cues),
`sentence.layout`. Writes: `sentence.kind` with a `kind:*` cue.

Decided in this order, each with the cue that decided it:
- reported: someone other than the author or commenter vouches for it (an attribution);
- prediction: a future reference ("will", "going to", "is about to", "stands to") or an
  estimative probability phrase about what is not yet past ("Most likely not.") — a forecast;
- opinion: first-person belief ("I believe", "my take") or a normative modal ("should");
- speculation: hedged (a hedge, or a probability below 0.5, or a bare conditional modal);
- opinion: a booster ("clearly"), an evaluative word (data/opinion_cues.txt), an analogy;
- assertion: everything else, stated as fact.
"""
from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ..context import AUTHOR_ID, COMMENTER_ID, Context, SentenceUnit, Window
from ..registry import extractor
from ..syntax import tags_of, words_of
from .analogy import analogy_cue

_KEEP = {"question", "lead_in", "appeal"}
_PAST = {"VBD"}


@lru_cache(maxsize=1)
def opinion_words() -> frozenset[str]:
    return frozenset(lexicon.listed("opinion_cues.txt"))


@extractor("kinds", requires=("sentence.layout", "sentence.certainty", "doc.attributions"), assigns=("sentence.kind",))
def kinds(ctx: Context, window: Window) -> None:
    """Reported, prediction, opinion, speculation or assertion, with the deciding cue."""
    for unit in window.sentences:
        if unit.model.kind in _KEEP:
            continue
        kind, cue = decide(ctx, unit)
        unit.model.kind = kind
        if cue is not None:
            start, end = unit.offsets(cue)
            unit.cue(start, end, f"kind:{kind}", ctx.document.text[start:end])


def decide(ctx: Context, unit: SentenceUnit):
    mine = ctx.attributions_of(unit.id)
    others = [a for a in mine if a.source_id not in (AUTHOR_ID, COMMENTER_ID)]
    if others:
        return "reported", _token_at(unit, others[0].start)
    future = _future(unit) or _estimate(unit)
    if future is not None:
        return "prediction", future
    if mine:       # only the author's or commenter's own voice is left: "I think ...", "My take is ..."
        return "opinion", _token_at(unit, mine[0].start)
    normative = _normative(unit)
    if normative is not None:
        return "opinion", normative      # "Washington should say plainly what it would do"
    hedge = _hedge(unit)
    if hedge is not None:
        return "speculation", hedge
    opinion = _opinion(unit)
    if opinion is not None:
        return "opinion", opinion
    analogy = analogy_cue(unit)
    if analogy is not None:
        return "opinion", analogy[0]     # an argument by comparison is the writer's judgement
    return "assertion", None


def _normative(unit: SentenceUnit):
    normative = lexicon.modals("obligation")
    if "MD" not in tags_of(unit.span) or words_of(unit.span).isdisjoint(normative):
        return None     # (no such modal in the sentence: not walked)
    for token in unit.span:
        if token.lower_ in normative and token.tag_ == "MD":
            return token
    return None


def _token_at(unit: SentenceUnit, start: int):
    for token in unit.span:
        if unit.offsets(token)[0] >= start:
            return token
    return unit.span.root


def _future(unit: SentenceUnit):
    future, frames = lexicon.modals("future"), lexicon.phrases("future_frames")
    tags = tags_of(unit.span)
    if "TO" not in tags and ("MD" not in tags or words_of(unit.span).isdisjoint(future)):
        return None     # neither a future modal nor a frame's "to": not walked
    tokens = list(unit.span)
    for i, token in enumerate(tokens):
        lower = token.lower_
        if lower in future and token.tag_ == "MD":
            return token
        if i + 1 < len(tokens) and (lower, tokens[i + 1].lower_) in frames and tokens[i + 1].tag_ == "TO":
            if lower != "going" or token.tag_ == "VBG":
                return token
    return None


def _estimate(unit: SentenceUnit):
    """An estimative probability phrase about something not yet past ("Probably not.",
    "Most likely not") is a forecast."""
    if not tags_of(unit.span).isdisjoint(_PAST):
        return None
    for cue in unit.model.cues:
        if cue.role == "probability":
            return _token_at(unit, cue.start)
    return None


def _hedge(unit: SentenceUnit):
    for cue in unit.model.cues:
        if cue.role.startswith("hedge") or (cue.role == "probability" and (cue.weight or 0.5) < 0.5):
            return _token_at(unit, cue.start)
    hedging = lexicon.modals("hypothetical", "possibility")
    if "MD" not in tags_of(unit.span) or words_of(unit.span).isdisjoint(hedging):
        return None
    for token in unit.span:
        if token.lower_ in hedging and token.tag_ == "MD":
            return token
    return None


def _opinion(unit: SentenceUnit):
    """A booster ("clearly", "obviously") or an evaluative word (data/opinion_cues.txt)."""
    for cue in unit.model.cues:
        if cue.role == "booster":
            return _token_at(unit, cue.start)
    if words_of(unit.span).isdisjoint(opinion_words()):
        return None
    for token in unit.span:
        if token.lemma_.lower() in opinion_words() and token.pos_ in ("ADJ", "NOUN", "ADV"):
            return token
    return None
