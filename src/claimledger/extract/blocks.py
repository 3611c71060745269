"""Quoted blocks: text that a lead-in hands to a source.

- An inline lead-in opens a line: "Reuters, citing sources: ...", "Senior commander X: ...";
  every sentence of that line is the source's (via the cited sources, if any).
- A lead-in line ("The CNN article states:") hands the NEXT line to its source when leadins.py
  finds that its content follows as text. Inside such a block the lead-in's source is outermost;
  a speaker inside the block becomes the `via`; hearsay inside it is the block source's report.
"""
from __future__ import annotations

from typing import Optional

from .context import AUTHOR_ID, SentenceUnit
from .sources import Registry
from .speakers import Finding, Memory, Speaker, named


def inline_lead_in(unit, reg: Registry, memory: Memory) -> Optional[Finding]:
    """"Reuters, citing sources: ...", "Senior commander X: ..." at the very start of a line."""
    span = unit.span
    if unit.model.start != unit.line.start + (len(unit.line.text) - len(unit.line.text.lstrip())):
        return None
    colon = next((t for t in span[:16] if t.text in (":", "：")), None)
    if colon is None or colon.i == span.start or colon.i >= span.end - 2:
        return None
    before = span.doc[span.start: colon.i]
    citing = next((t for t in before if t.lemma_ == "cite"), None)
    name_end = citing.i - 1 if citing is not None and citing.i > span.start else colon.i
    name_span = span.doc[span.start: name_end]
    while len(name_span) and name_span[-1].is_punct:
        name_span = name_span[:-1]
    if not len(name_span) or any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod" for t in name_span):
        return None
    head = max(name_span, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
    speaker = named(name_span, head, reg)
    if speaker is None:
        return None
    via = []
    if citing is not None:
        cited = span.doc[citing.i + 1: colon.i]
        if len(cited):
            inner = named(cited, cited.root, reg) or Speaker(reg.anonymous("unnamed sources"))
            via = [inner.source]
    cue_start = unit.offsets(name_span)[0]
    return Finding(speaker, unit.text[: colon.idx + 1 - span.start_char], cue_start, unit.offsets(colon)[1],
                   unit.model.start, unit.model.end, "inline", via)


def block_sources(leadins: dict) -> dict[int, Finding]:
    """Line number -> the lead-in finding that attributes that whole line."""
    blocks = {}
    for leadin in leadins.values():
        if leadin.status == "present" and leadin.source is not None and leadin.next_line is not None:
            blocks[leadin.next_line] = leadin.source
    return blocks


def with_block(unit: SentenceUnit, local: list[Finding], outer: Optional[Finding]) -> list[Finding]:
    """A sentence inside a quoted block: the block's source is outermost; a named speaker inside
    the block becomes its `via`; hearsay inside the block is the block's own report."""
    if outer is None or unit.section != "body" or any(f.form == "inline" for f in local):
        return local
    if outer.speaker.source.id == AUTHOR_ID:
        return local or [block_finding(unit, outer, [])]
    inner = [f for f in local if f.form in ("speech", "according", "per") and f.speaker.source.id not in (
        AUTHOR_ID, outer.speaker.source.id)]
    if inner:
        return [block_finding(unit, outer, [f.speaker.source, *f.via], f) for f in inner]
    return [block_finding(unit, outer, list(outer.via) if not local else [])]


def block_finding(unit, outer: Finding, via: list, inner: Optional[Finding] = None) -> Finding:
    start, end = (inner.start, inner.end) if inner else (unit.model.start, unit.model.end)
    cue, cs, ce = (inner.cue, inner.cue_start, inner.cue_end) if inner else (outer.cue, outer.cue_start, outer.cue_end)
    return Finding(outer.speaker, cue, cs, ce, start, end, "lead_in", via)
