"""Helpers of the hypotheses extractor: references into the text and evidence spans.
Not an extractor."""
from __future__ import annotations

from ...contract import TextRef
from ... import lexicon
from ..context import SentenceUnit


def verdict_on_evidence(token) -> bool:
    """"The evidence is mixed": a comment on the evidence, not evidence."""
    head = token.head
    return token.dep_ == "nsubj" and head.lemma_ == "be" and any(c.dep_ == "acomp" for c in head.children)


def evidence_tokens(unit: SentenceUnit, at: int, length: int) -> list:
    """"such as the distinct lack of X, which is very telling" -> "the distinct lack of X"."""
    doc = unit.span.doc
    last = doc[at + length - 1]
    objects = [c for c in last.children if c.dep_ == "pobj"]
    if last.lower_ in lexicon.words("example_heads") and objects:
        obj = objects[0]
        dropped = {t.i for a in obj.children if a.dep_ in ("relcl", "appos") for t in a.subtree}
        tokens = [t for t in obj.subtree if t.i not in dropped]
        for k, t in enumerate(tokens[:-1]):
            if t.text == "," and tokens[k + 1].tag_ in ("WDT", "WP"):
                tokens = tokens[:k]  # ", which is very telling": the writer's comment, not the evidence
                break
        while len(tokens) > 1 and tokens[-1].is_punct:
            tokens = tokens[:-1]
        return tokens
    return list(unit.span)


def text_ref(unit: SentenceUnit, token_start: int) -> TextRef:
    span = unit.span.doc[token_start: unit.span.end]
    return ref_tokens(unit, list(span))


def ref_tokens(unit: SentenceUnit, tokens: list) -> TextRef:
    tokens = sorted(tokens, key=lambda t: t.i)
    start, end = unit.offsets(tokens[0])[0], unit.offsets(tokens[-1])[1]
    return TextRef(text=_text(unit, start, end), sentence_id=unit.id, start=start, end=end, line=unit.model.line)


def _text(unit: SentenceUnit, start: int, end: int) -> str:
    """Text of absolute offsets inside this unit's sentence (the sentence text is a slice of
    document.text that starts at model.start)."""
    base = unit.model.start
    if start >= base and end <= unit.model.end:
        return unit.model.text[start - base: end - base]
    return unit.span.doc.text[start - unit.doc_offset: end - unit.doc_offset]
