"""The attribution interface: what any implementation (the rules, a trained model) reports per
sentence, and what lead-ins, quoted blocks, outlets and gaps build on.

An implementation is registered on `ATTRIBUTION` and chosen by `CLAIMLEDGER_ATTRIBUTION`
(Settings.attribution; "rules" by default). It is built once per document as
`Implementation(ctx, sources)`, `sources` being the document's SourceRegistry (sources.py:
every Source it reports must come from it, so the same speaker is one Source whoever found it),
and asked once per window:

    def window(self, window: Window) -> dict[str, SentenceAttribution]    # by sentence id

with an entry for every sentence of the window. The attribution extractor then decides what
each lead-in line introduces (leadins.py), hands quoted blocks to their source (blocks.py) and
writes the contract's attributions. Conventions (the contract's `attributions[]`): `source` is
the OUTERMOST source, the one the text quotes directly; `via` lists the inner sources of the
chain, outermost first.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional, Protocol

from ...contract import Source
from ..capabilities import Capability
from ..context import Window

# How an attribution was found. Lead-ins and blocks read it: "inline" opens a line
# ("Reuters, citing sources: ..."), "hearsay" has no owner ("reportedly"), "author" is the
# writer's own voice ("I believe"), "lead_in" hands a quoted block to its source.
FORMS = ("speech", "according", "per", "hearsay", "inline", "author", "lead_in")
# What kind of attribution it is, where an implementation can tell (None where it cannot).
KINDS = ("speech", "writing", "belief", "intention", "poll", "document")


@dataclass
class Attributed:
    """One attribution of one sentence: `source` (via `via`) vouches for start..end, as the cue
    cue_start..cue_end says (absolute offsets into document.text)."""
    source: Source
    cue: str
    cue_start: int
    cue_end: int
    start: int
    end: int
    form: str                                   # one of FORMS
    via: list[Source] = field(default_factory=list)
    kind: Optional[str] = None                  # one of KINDS, or None
    by: str = "rules"                           # the implementation that found it
    score: Optional[float] = None               # its confidence, where it has one
    surface: Optional[str] = None               # the source as written, when resolved to a name ("he")


@dataclass
class SentenceAttribution:
    """What an implementation found for one sentence."""
    found: list[Attributed] = field(default_factory=list)
    # For a lead-in line ("The CNN article states:"): the attribution of what it introduces,
    # should that follow as text (leadins.py decides whether it does).
    introduces: Optional[Attributed] = None


class Attributor(Protocol):
    def window(self, window: Window) -> dict[str, SentenceAttribution]: ...


ATTRIBUTION = Capability(
    "attribution", setting="attribution",
    summary="who vouches for each sentence: source, chain, cue, span (interface: attribution/interface.py)",
    builtin={"rules": "claimledger.extract.attribution.rules",
             "model": "claimledger.extract.attribution.model",
             "both": "claimledger.extract.attribution.model"},
)
