"""Chains through an outlet: "an official told The Wall Street Journal", "a report seen by
Reuters". The outlet is what the writer quotes, so it becomes the attribution's source and the
speaker (or the document) its `via` -- except in the outlet's own wire, whose dateline names it
("GOMA, Feb 3 (AFP) -"): there "told AFP" is just how the agency reports its sources.

Works on the interface (an `Attributed` and the outlet's Source), whichever implementation
found the speaker and the outlet.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...contract import Source
from .interface import Attributed

_DATELINE = re.compile(r"\(([A-Z][\w .&'-]{1,40})\)\s*[-–—]")
DATELINE_CHARS = 600      # a wire's dateline opens its text


@lru_cache(maxsize=64)
def dateline_agency(opening: str) -> Optional[str]:
    """The agency of a dateline ("GOMA, Feb 3 (AFP) -" -> AFP) in a text's opening, or None."""
    m = _DATELINE.search(opening)
    return m.group(1).strip() if m else None


def _own_agency(document_text: str, source: Source) -> bool:
    """Whether a source is the agency of the document's own dateline."""
    agency = dateline_agency(document_text[:DATELINE_CHARS])
    return agency is not None and any(agency == n or agency in n.split() for n in (source.name, *source.aliases))


def through_outlet(found: Attributed, outlet: Source, document_text: str) -> bool:
    """Make a media outlet the outermost source of `found` (its speaker becomes the first of its
    `via`); False, and nothing changed, when the outlet is no outlet, the speaker itself, or the
    agency of the document's own dateline."""
    if outlet.type != "media" or outlet.id == found.source.id:
        return False
    if _own_agency(document_text, outlet):
        return False      # "told AFP" in AFP's own wire: the speaker is the source
    found.via = [found.source, *found.via]
    found.source = outlet
    return True
