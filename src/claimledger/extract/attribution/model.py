"""The trained attribution model, and the model with the rules, as implementations of the
attribution interface (`CLAIMLEDGER_ATTRIBUTION=model` or `both`).

- `model`: learned.py's findings (the cue classifier trained on PolNeAR, with the attribution
  head's spans when the pipeline carries them), each source typed as the rules type a phrase
  (sources.type_of_phrase) and registered in the document's SourceRegistry, so one speaker is
  one Source whoever found it. A pronoun or descriptor resolved to a named antecedent keeps its
  surface ("he", "the newspaper") on the attribution; places, dates and other non-speakers the
  parse offers as a subject are dropped.
- `both`: the rules first — lead-ins, chains ("Reuters ← three sources"), hearsay ("reportedly"),
  the author's own voice stay theirs — and the model's attributions on the sentences where the
  rules name no third party (nothing, or only the author's voice or hearsay), each kept when the
  classifier is as sure as its kind of cue and source ask (`accepted`, the margins below); where
  the rules name a speaker, their answer stands.

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

    def attributed(self, finding: LearnedFinding, unit, keep=None) -> Optional[Attributed]:
        """The finding as an attribution, its source registered; None when it names no speaker,
        or when `keep(finding, source type)` refuses it (then nothing is registered)."""
        speaker = self._speaker(finding, unit)
        if speaker is None:
            return None
        type_ = speaker.type if isinstance(speaker, Source) else "author" if isinstance(speaker, str) else speaker[1]
        if keep is not None and not keep(finding, type_):
            return None
        source = speaker if isinstance(speaker, Source) else (
            self.sources.special(speaker) if isinstance(speaker, str) else self.sources.get(*speaker))
        form = "author" if source.id in (AUTHOR_ID, COMMENTER_ID) else (
            "according" if finding.cue.lower().startswith("according") else "speech")
        return Attributed(source, finding.cue, finding.cue_start, finding.cue_end, finding.start, finding.end,
                          form, kind=finding.kind, by="model", score=finding.score,
                          surface=finding.surface if finding.resolved else None)

    def _speaker(self, finding: LearnedFinding, unit):
        """The finding's Source when it is one already (the rules'), the author's or commenter's
        id, else the (name, type, known) it would be registered with; None when it is no speaker."""
        if finding.source is not None:
            return finding.source
        if finding.name == "author":
            return COMMENTER_ID if unit.section == "comments" else AUTHOR_ID
        if finding.resolved:
            return (finding.name, _REFERENT_TYPES.get(finding.referent_kind, "unknown"), None)
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
        return (span.text, type_, known)


# In `both` the model adds to the rules, and how sure it must be depends on what kind of cue it
# found (data/attribution_kinds.tsv, through learned.listed_kind) and who it names. A doubtful cue
# costs more precision in commentary than it brings recall in news, so the classifier's own
# threshold (cues.json, 0.40) is not enough everywhere:
# - an intention, a poll or writing the lexicon lists ("plans to", "a poll found", "tweeted";
#   learned.LISTED_KINDS): the classifier's threshold;
# - a verb of speech the lexicon lists ("blasted", "urged"): SPEECH_MARGIN;
# - a named person doing what the lexicon does not list ("Warren grilled the CEO", "Trump doubled
#   down"): the classifier's threshold. News reports a person's stand through such verbs, and the
#   commentary golds hold no false attribution of this form; a state or an organisation as the
#   subject of such a verb ("Israel withdrew its brigades", "the RSF took Wad Madani") is mostly an
#   event the author narrates, so it needs BOTH_MARGIN;
# - every other cue, BOTH_MARGIN: beliefs and documents ("the US knows", "the report found"),
#   where commentary narrates what a state thinks in the author's voice.
# A source the typer places nowhere (sources.type_of_phrase "unknown": "the figure below", "the
# pattern", "many") is never added in `both`: it is the author's own exhibit or a generalisation,
# not a speaker ("Figure 3 shows", "the outcry has turned sentiment") — unless it is a document or
# poll the lexicon lists that is not the author's own text ("an internal email shows", not "this
# brief asks"; learned.names_a_document), or the subject of an intention ("the campaign plans to").
# Chosen on PolNeAR dev (0.4/0.5/0.6/0.7 per class) under the commentary floors (seed attribution
# precision >= 0.6, own texts' precision, held-out attribution F1 >= 0.85;
# tests/test_attribution_scores.py, tests/test_heldout_scores.py).
BOTH_MARGIN = 0.7
SPEECH_MARGIN = 0.5
_PERSON_TYPES = ("person",)


@ATTRIBUTION.implementation("both")
class CombinedAttributor:
    """The rules, and the model where the rules found no third party (nothing, or only the
    author's voice or hearsay)."""

    def __init__(self, ctx: Context, sources: SourceRegistry) -> None:
        self.rules = ATTRIBUTION.get("rules")(ctx, sources)
        self.model = ATTRIBUTION.get("model")(ctx, sources)

    def window(self, window: Window) -> dict[str, SentenceAttribution]:
        by_rules = self.rules.window(window)
        given: dict[int, Optional[LearnedFinding]] = {}
        for index, unit in enumerate(window.sentences):
            ruled = by_rules.get(unit.id)
            if ruled is None or not _speaks(ruled):
                continue
            # hearsay and the author's voice are no speaker for a quotation to inherit
            first = next((f for f in ruled.found if f.form not in _NO_SPEAKER), None)
            given[index] = _as_learned(index, first) if first is not None else None
        learned: dict[str, list] = {}
        for unit, finding in self.model.findings(window, given):
            learned.setdefault(unit.id, []).append((unit, finding))
        out = {}
        for unit in window.sentences:
            ruled = by_rules.get(unit.id) or SentenceAttribution()
            if _speaks(ruled):
                out[unit.id] = ruled
                continue
            found = [self.model.attributed(finding, u, accepted) for u, finding in learned.get(unit.id, [])]
            # beside the author's voice the model adds third parties only
            found = [f for f in found
                     if f is not None and not (ruled.found and f.source.id in (AUTHOR_ID, COMMENTER_ID))]
            out[unit.id] = SentenceAttribution(ruled.found + found)
        return out


# The forms of a rules attribution that name no third party: the author's own voice ("I think",
# "we expect") and hearsay ("reportedly": unnamed reports). A sentence that has only these is
# still open to the model ("As Mr. Obama said, I think ..." names Obama too).
_NO_SPEAKER = ("hearsay", "author")


def _speaks(ruled: SentenceAttribution) -> bool:
    """Whether the rules found a third party speaking in the sentence, or a lead-in there."""
    return ruled.introduces is not None or any(f.form not in _NO_SPEAKER for f in ruled.found)


def accepted(finding: LearnedFinding, source_type: str) -> bool:
    """Whether `both` keeps an attribution of the model's (the margins above)."""
    if finding.score is None:
        return True         # a speaker the rules gave, carried over a quotation
    if source_type == "unknown" and not finding.source_document and finding.cue_kind != "intention":
        return False        # "the figure below shows", "the latest bombshell reports"; not "the campaign plans to"
    if finding.listed:
        return True
    if finding.cue_kind == "speech":
        return finding.score >= SPEECH_MARGIN
    if not finding.cue_kind and (source_type in _PERSON_TYPES or finding.source_entity == "PERSON"):
        return True
    return finding.score >= BOTH_MARGIN


def _as_learned(index: int, found: Attributed) -> LearnedFinding:
    """A rules attribution as the speaker a quotation running on from its sentence inherits."""
    return LearnedFinding(sentence_index=index, cue=found.cue, cue_start=found.cue_start, cue_end=found.cue_end,
                          surface=found.surface or found.source.name, source_start=found.cue_start,
                          source_end=found.cue_end, name=found.source.name, form="named", resolved=False,
                          kind=found.kind or "speech", start=found.start, end=found.end, source=found.source)
