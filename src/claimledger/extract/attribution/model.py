"""The trained attribution model, and the model with the rules, as implementations of the
attribution interface (`CLAIMLEDGER_ATTRIBUTION=model` or `both`).

- `model`: learned.py's findings (the cue classifier trained on PolNeAR, with the attribution
  head's spans when the pipeline carries them), each source typed as the rules type a phrase
  (sources.type_of_phrase) and registered in the document's SourceRegistry, so one speaker is
  one Source whoever found it. A pronoun or descriptor resolved to a named antecedent keeps its
  surface ("he", "the newspaper") on the attribution; places, dates and other non-speakers the
  parse offers as a subject are dropped.
- `both`: the rules first — lead-ins, chains ("Reuters ← three sources"), hearsay ("reportedly"),
  the author's own voice stay theirs — and the model's attributions on the sentences the rules
  leave without one; where both found a sentence, the rules' answer stands, taking the model's
  kind of attribution when the rules' speaker is the model's.

Reads: the window's sentences (spaCy spans) and, through the SourceRegistry, the sources so far.
Writes: nothing itself; the attribution extractor emits what it returns.
"""
from __future__ import annotations

from typing import Optional

from ...contract import Source
from ..context import AUTHOR_ID, COMMENTER_ID, Context, Window
from .interface import ATTRIBUTION, Attributed, SentenceAttribution
from .learned import LearnedAttribution, LearnedFinding, fits_pipeline, head_spans_present
from .sources import SourceRegistry, type_of_phrase

# The type a resolved antecedent's kind gives its source (antecedents.py kinds).
_REFERENT_TYPES = {"person": "person", "media": "media", "organisation": "organisation", "group": "organisation",
                   "poll": "survey", "place": "government"}


@ATTRIBUTION.implementation("model")
class ModelAttributor:
    """Attribution by the trained model alone."""

    def __init__(self, ctx: Context, sources: SourceRegistry) -> None:
        self.ctx = ctx
        self.sources = sources
        self.learned = LearnedAttribution()
        # weights learned on another parse would read other features: then the rules answer alone
        self.usable = fits_pipeline(ctx.settings.pipeline)

    def window(self, window: Window) -> dict[str, SentenceAttribution]:
        out = {unit.id: SentenceAttribution() for unit in window.sentences}
        for unit, finding in self.findings(window):
            attributed = self.attributed(finding, unit)
            if attributed is not None:
                out[unit.id].found.append(attributed)
        return out

    def findings(self, window: Window, given: Optional[dict] = None) -> list[tuple]:
        """(sentence unit, LearnedFinding) pairs of the window, in sentence order; nothing is
        registered yet (the combination registers only the sources it keeps). `given`: sentence
        index -> an attribution already found there (not scored again)."""
        units = window.sentences
        if not units or not self.usable:
            return []
        self.learned.use_head = head_spans_present(units[0].span.doc)
        found = self.learned.findings([u.span for u in units], [u.doc_offset for u in units],
                                      [u.line.number for u in units], given=given)
        pairs = [(units[f.sentence_index], f) for f in found if units[f.sentence_index].section != "appeal"]
        return sorted(pairs, key=lambda pair: (pair[1].sentence_index, pair[1].cue_start))

    def attributed(self, finding: LearnedFinding, unit) -> Optional[Attributed]:
        source = self._source(finding, unit)
        if source is None:
            return None
        form = "author" if source.id in (AUTHOR_ID, COMMENTER_ID) else (
            "according" if finding.cue.lower().startswith("according") else "speech")
        return Attributed(source, finding.cue, finding.cue_start, finding.cue_end, finding.start, finding.end,
                          form, kind=finding.kind, by="model", score=finding.score,
                          surface=finding.surface if finding.resolved else None)

    def _source(self, finding: LearnedFinding, unit) -> Optional[Source]:
        if finding.source is not None:
            return finding.source
        if finding.name == "author":
            return self.sources.special(COMMENTER_ID if unit.section == "comments" else AUTHOR_ID)
        if finding.resolved:
            return self.sources.get(finding.name, _REFERENT_TYPES.get(finding.referent_kind, "unknown"))
        doc_offset = unit.doc_offset
        span = unit.span.doc.char_span(finding.source_start - doc_offset, finding.source_end - doc_offset,
                                       alignment_mode="expand")
        if span is None:
            return None
        type_, known = type_of_phrase(span, span.root.ent_type_, span.root)
        if type_ == "nonspeaker":
            return None        # a place, a date: "KYIV (AP) —", "in Kharkiv the shelling stopped"
        if finding.form == "pronoun":
            return None        # a pronoun nobody named before: no source to hold to it
        if type_ == "unknown":
            type_ = "survey" if finding.kind == "poll" else (
                "anonymous" if finding.form == "descriptor" and span.root.tag_ == "NNS" else "person"
                if finding.form == "named" else "unknown")
        return self.sources.get(span.text, type_, known)


# In `both`, a cue the attribution-kind lexicon does not list as an intention, a poll or writing
# (data/attribution_kinds.tsv: plan, hope, tweet ...; learned.LISTED_KINDS) must be surer than the
# model's threshold alone asks (cues.json, 0.40): beside the rules it adds what they miss, and a
# doubtful cue ("protesters attacked") costs more precision in commentary than it brings recall in
# news. 0.7: of 0.35/0.4/0.5/0.6/0.7, the one that keeps the
# repository's commentary golds at their floors (seed attribution precision >= 0.6, held-out
# attribution F1 >= 0.85; tests/test_attribution_scores.py, tests/test_heldout_scores.py).
BOTH_MARGIN = 0.7


@ATTRIBUTION.implementation("both")
class CombinedAttributor:
    """The rules, and the model where the rules found nothing."""

    def __init__(self, ctx: Context, sources: SourceRegistry) -> None:
        self.rules = ATTRIBUTION.get("rules")(ctx, sources)
        self.model = ATTRIBUTION.get("model")(ctx, sources)

    def window(self, window: Window) -> dict[str, SentenceAttribution]:
        by_rules = self.rules.window(window)
        given: dict[int, Optional[LearnedFinding]] = {}
        for index, unit in enumerate(window.sentences):
            ruled = by_rules.get(unit.id)
            if ruled is None or not (ruled.found or ruled.introduces is not None):
                continue
            # hearsay and the author's voice are no speaker for a quotation to inherit
            first = next((f for f in ruled.found if f.form not in ("hearsay", "author")), None)
            given[index] = _as_learned(index, first) if first is not None else None
        learned: dict[str, list] = {}
        for unit, finding in self.model.findings(window, given):
            learned.setdefault(unit.id, []).append((unit, finding))
        out = {}
        for unit in window.sentences:
            ruled = by_rules.get(unit.id) or SentenceAttribution()
            if ruled.found or ruled.introduces is not None:
                out[unit.id] = ruled
                continue
            found = [self.model.attributed(finding, u) for u, finding in learned.get(unit.id, [])
                     if finding.score is None or finding.score >= BOTH_MARGIN or finding.listed]
            out[unit.id] = SentenceAttribution([f for f in found if f is not None])
        return out


def _as_learned(index: int, found: Attributed) -> LearnedFinding:
    """A rules attribution as the speaker a quotation running on from its sentence inherits."""
    return LearnedFinding(sentence_index=index, cue=found.cue, cue_start=found.cue_start, cue_end=found.cue_end,
                          surface=found.surface or found.source.name, source_start=found.cue_start,
                          source_end=found.cue_end, name=found.source.name, form="named", resolved=False,
                          kind=found.kind or "speech", start=found.start, end=found.end, source=found.source)
