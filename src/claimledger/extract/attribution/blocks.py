"""Quoted blocks: text that a lead-in hands to a source.

- An inline lead-in opens a line ("Reuters, citing sources: ...", form "inline"): every
  sentence of that line is the source's (via the cited sources, if any).
- A lead-in line ("The CNN article states:") hands the NEXT line to its source when leadins.py
  finds that its content follows as text. Inside such a block the lead-in's source is outermost;
  a speaker inside the block becomes the `via`; hearsay inside it is the block source's report.
- A paragraph that ends with a signature ("... — Ann Lee, Kingston") is its signer's, in the same
  way.

Works on the interface (`Attributed`), whichever implementation found them.
"""
from __future__ import annotations

import re
from typing import Optional

from ..context import AUTHOR_ID, SentenceUnit
from .interface import Attributed
from .leadins import LeadIn

# Forms in which a speaker inside a block names whom the block's source quotes.
_SPEAKING = ("speech", "according", "per")


def block_sources(leadins: dict[int, LeadIn]) -> dict[int, Attributed]:
    """Line number -> the lead-in's attribution that covers that whole line."""
    blocks = {}
    for leadin in leadins.values():
        if leadin.status == "present" and leadin.source is not None and leadin.next_line is not None:
            blocks[leadin.next_line] = leadin.source
    return blocks


# A signature closing a paragraph: a dash after the last sentence's end, then a name of one to six
# words (titles and a bracket such as "(ret.)" included) and, after a comma, where the writer
# lives or what they are ("— Ann Lee, Kingston 6", "- Jorge P., Valencia").
_SIGNATURE = re.compile(r"[.!?\"”’)]\s+[—–-]{1,2}\s*(?P<name>[A-Z][\w.'’()-]*(?:\s+[\w.'’()-]+){0,5}?)"
                        r"(?:,\s*[^—–,]{1,40}){0,3}\s*$")


def signed_blocks(window, reg) -> dict[int, Attributed]:
    """Line number -> the signer of a paragraph that ends with a signature: a letter to the
    editor, a reader's question, a quotation with its author under it. Everything the paragraph
    says in its own voice is the signer's, not the publication's (the headline the letter
    carries included); a voice the letter quotes is still that voice (with_block)."""
    signed = {}
    for line in window.lines:
        match = _SIGNATURE.search(line.text)
        if match is None or match.start() == 0:
            continue
        name = match.group("name")
        if len(name.split()) < 2 and "." not in name:
            continue        # a single word after a dash is a phrase ("- Yes."), not a signature
        start = line.start + match.start("name")
        signer = reg.get(name, "person")
        signed[line.number] = Attributed(signer, name, start, start + len(name), line.start, line.end, "lead_in")
    return signed


def with_block(unit: SentenceUnit, local: list[Attributed], outer: Optional[Attributed]) -> list[Attributed]:
    """A sentence inside a quoted block: the block's source is outermost; a named speaker inside
    the block becomes its `via`; hearsay inside the block is the block's own report."""
    if outer is None or unit.section != "body" or any(f.form == "inline" for f in local):
        return local
    if outer.source.id == AUTHOR_ID:
        return local or [block_finding(unit, outer, [])]
    inner = [f for f in local if f.form in _SPEAKING and f.source.id not in (AUTHOR_ID, outer.source.id)]
    if inner:
        return [block_finding(unit, outer, [f.source, *f.via], f) for f in inner]
    return [block_finding(unit, outer, list(outer.via) if not local else [])]


def block_finding(unit, outer: Attributed, via: list, inner: Optional[Attributed] = None) -> Attributed:
    start, end = (inner.start, inner.end) if inner else (unit.model.start, unit.model.end)
    cue, cs, ce = (inner.cue, inner.cue_start, inner.cue_end) if inner else (outer.cue, outer.cue_start, outer.cue_end)
    return Attributed(outer.source, cue, cs, ce, start, end, "lead_in", via, by=outer.by)
