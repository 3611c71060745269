"""What every extractor reads and writes.

The pipeline hands each extractor one `Window` at a time (a run of lines with their parsed
sentences) and a document-wide `Context` that holds the results. Huge inputs are cut into
windows so spaCy Docs never pile up; an ordinary article is one window.

Writing an extractor (see extract/__init__.py for registration):

    def extract(ctx: Context, window: Window) -> None:
        for unit in window.sentences:           # SentenceUnit: contract Sentence + spaCy span
            if unit.section == "comments": ...   # comments are never the author's claims
            start, end = unit.offsets(unit.span[2:4])   # absolute offsets of a token run
            ctx.rhetoric.append(...)

    def finish(ctx: Context) -> None:            # optional, after the last window
        ...
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Callable, Optional

from ..contract import (Attribution, Cue, Document, Entity, Event, EvidenceGap, Forecast, Hypothesis,
                        Quantity, Rhetoric, Section, SectionKind, Sentence, Source)
from ..segment import Line
from ..settings import Settings

AUTHOR_ID = "author"
COMMENTER_ID = "commenter"


@dataclass
class SentenceUnit:
    """A sentence of the contract together with its spaCy span (valid during its window only)."""
    model: Sentence
    span: Any            # spacy.tokens.Span within a Doc that starts at `doc_offset`
    doc_offset: int
    line: Line

    @property
    def id(self) -> str:
        return self.model.id

    @property
    def section(self) -> SectionKind:
        return self.model.section

    @property
    def text(self) -> str:
        return self.model.text

    def offsets(self, tokens_or_span) -> tuple[int, int]:
        """Absolute (start, end) in document.text of a Token or Span of this sentence's Doc."""
        if hasattr(tokens_or_span, "idx"):  # Token
            return self.doc_offset + tokens_or_span.idx, self.doc_offset + tokens_or_span.idx + len(tokens_or_span)
        return self.doc_offset + tokens_or_span.start_char, self.doc_offset + tokens_or_span.end_char

    def char_offsets(self, start_in_sentence: int, end_in_sentence: int) -> tuple[int, int]:
        """Absolute offsets of a character range given relative to the sentence text."""
        return self.model.start + start_in_sentence, self.model.start + end_in_sentence

    def cue(self, start: int, end: int, role: str, text: str, weight: Optional[float] = None) -> Cue:
        """Record a cue (absolute offsets) on this sentence and return it."""
        cue = Cue(text=text, start=start, end=end, role=role, weight=weight)
        self.model.cues.append(cue)
        return cue


@dataclass
class Window:
    lines: list[Line]
    sentences: list[SentenceUnit]


@dataclass
class Context:
    document: Document
    settings: Settings
    line_sections: dict[int, SectionKind]
    sections: list[Section]
    sentences: list[Sentence] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    forecasts: list[Forecast] = field(default_factory=list)
    hypotheses: list[Hypothesis] = field(default_factory=list)
    evidence_gaps: list[EvidenceGap] = field(default_factory=list)
    rhetoric: list[Rhetoric] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    sentence_count: int = 0                 # sentences so far (the lists above may have been spilled)
    # Free space for an extractor's own cross-window state, keyed by extractor name.
    state: dict[str, Any] = field(default_factory=dict)
    # Changes a finish() makes to results of earlier windows, applied as the analysis is assembled
    # (those results may be on disk by then, see assemble.Spill): list name -> functions that
    # return the item, changed or not, or None to drop it.
    adjustments: dict[str, list[Callable[[Any], Any]]] = field(default_factory=dict)
    _window_state: dict[str, dict] = field(default_factory=dict)

    def window_state(self, name: str) -> dict:
        """An extractor's per-sentence or per-line notes, emptied after each window: kept in
        `state` they would grow with the input."""
        return self._window_state.setdefault(name, {})

    def end_window(self) -> None:
        self._window_state.clear()
        for key in [k for k in self.state if k.startswith("_index_")]:
            del self.state[key]   # the lists may be emptied by a spill; rebuilt on demand

    def adjust(self, list_name: str, change: Callable[[Any], Any]) -> None:
        self.adjustments.setdefault(list_name, []).append(change)

    def _indexed(self, name: str, items: list, key) -> dict:
        """A lookup table over a growing result list, rebuilt only when the list has grown."""
        cache = self.state.setdefault(f"_index_{name}", {"count": -1, "table": {}})
        if cache["count"] != len(items):
            table: dict = {}
            for item in items:
                table.setdefault(key(item), []).append(item)
            cache.update(count=len(items), table=table)
        return cache["table"]

    def sentences_on_line(self, number: int) -> list[Sentence]:
        return list(self._indexed("line", self.sentences, lambda s: s.line).get(number, []))

    def attribution_of(self, sentence_id: str) -> Optional[Attribution]:
        """The (first) attribution of a sentence, if attribution has run and found one."""
        found = self._indexed("attribution", self.attributions, lambda a: a.sentence_id).get(sentence_id)
        return found[0] if found else None

    def sentence(self, sentence_id: str) -> Optional[Sentence]:
        found = self._indexed("sentence", self.sentences, lambda s: s.id).get(sentence_id)
        return found[0] if found else None

    def source_of(self, sentence_id: str) -> str:
        """Who vouches for a sentence: a source id, else 'author' (or 'commenter' in comments)."""
        attribution = self.attribution_of(sentence_id)
        if attribution is not None:
            return attribution.source_id
        sentence = self.sentence(sentence_id)
        return COMMENTER_ID if sentence is not None and sentence.section == "comments" else AUTHOR_ID

    def next_id(self, prefix: str) -> str:
        counters = self.state.setdefault("_ids", {})
        counters[prefix] = counters.get(prefix, 0) + 1
        return f"{prefix}{counters[prefix]}"
