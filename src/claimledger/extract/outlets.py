"""Chains through an outlet: "an official told The Wall Street Journal", "a report seen by
Reuters". The outlet is what the writer quotes, so it becomes the attribution's source and the
speaker (or the document) its `via` -- except in the outlet's own wire, whose dateline names it
("GOMA, Feb 3 (AFP) -"): there "told AFP" is just how the agency reports its sources."""
from __future__ import annotations

import re
from typing import Optional

from .sources import Registry
from .speakers import Finding, Memory, resolve

_DATELINE = re.compile(r"\(([A-Z][\w .&'-]{1,40})\)\s*[-–—]")


def _own_agency(reg: Registry, source) -> bool:
    """Whether a source is the agency of the document's own dateline ("GOMA, Feb 3 (AFP) -")."""
    state = reg.ctx.state
    if "dateline_agency" not in state:
        m = _DATELINE.search(reg.ctx.document.text[:600])
        state["dateline_agency"] = m.group(1).strip() if m else None
    agency = state["dateline_agency"]
    return agency is not None and any(agency == n or agency in n.split() for n in (source.name, *source.aliases))


OBTAINED = {"see", "obtain", "review", "examine", "read", "acquire", "view"}


def through_outlet(finding: Optional[Finding], hearers, reg: Registry, memory: Memory) -> None:
    """"an official told The Wall Street Journal", "a report seen by Reuters": the outlet is
    what the writer quotes, so it becomes the source and the speaker its `via`."""
    if finding is None:
        return
    for token in hearers:
        if not any(t.pos_ == "PROPN" for t in token.subtree):
            continue      # "told reporters": an audience, not an outlet the writer quotes
        outlet = resolve(token, reg, memory)
        if outlet is None or outlet.source.type != "media" or outlet.source.id == finding.speaker.source.id:
            continue
        if _own_agency(reg, outlet.source):
            continue      # "told AFP" in AFP's own wire: the speaker is the source
        finding.via = [finding.speaker.source, *finding.via]
        finding.speaker = outlet
        return
