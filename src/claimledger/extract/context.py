"""What every extractor reads and writes.

The pipeline hands each extractor one `Window` at a time (a run of lines with their parsed
sentences) and a document-wide `Context` that holds the results. Huge inputs are cut into
windows so spaCy Docs never pile up; an ordinary article is one window.

Results pass between extractors only through the typed fields below, each assigned by one
extractor that declares it (extract/registry.py names them "doc.<field>" and "window.<field>"):
- `Context` holds the document's results (the contract's lists, one attribute per result kind:
  `ctx.events`, `ctx.forecasts` …) and what later windows or finish() still need
  (`entity_index`, `offered_explanations`);
- `Window` holds notes about this window's sentences that carry spaCy token indices (places,
  quantities, attributions as found, lead-ins): they die with the window, so nothing of a
  huge input's parse piles up.

Writing an extractor: see docs/extending.md.

    @extractor("rhetoric", requires=("sentence.layout",), assigns=("doc.rhetoric",))
    def rhetoric(ctx: Context, window: Window) -> None:
        for unit in window.sentences:           # SentenceUnit: contract Sentence + spaCy span
            if unit.section == "comments": ...   # comments are never the author's claims
            start, end = unit.offsets(unit.span[2:4])   # absolute offsets of a token run
            ctx.rhetoric.append(...)
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Optional

from .. import contract
from ..contract import Attribution, Cue, Document, Section, SectionKind, Sentence
from ..segment import Line
from ..settings import Settings

if TYPE_CHECKING:      # types of the notes only; their modules import this one
    from .attribution.interface import Attributed
    from .attribution.leadins import LeadIn
    from .entities.registry import EntityRegistry
    from .events.geocode import Mention
    from .events.quantities import Counted
    from .events.tolls import Casualty

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

    @property
    def asks(self) -> bool:
        """Whether the sentence is a question (asks_question)."""
        return asks_question(self.text)

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
    # Notes for later extractors of the same window, by sentence id (or line number):
    places: dict[str, list[Mention]] = field(default_factory=dict)           # places
    quantities: dict[str, list[Counted]] = field(default_factory=dict)       # quantities
    casualties: dict[str, list[Casualty]] = field(default_factory=dict)      # quantities (tolls.py)
    attributed: dict[str, list[Attributed]] = field(default_factory=dict)    # attribution
    leadins: dict[int, LeadIn] = field(default_factory=dict)                 # attribution


@dataclass
class Context:
    """The document's results. Each list of the contract (contract.result_kinds(): sentences,
    sources, attributions, entities, events …) is an attribute of the same name (`ctx.events`),
    kept in `results`: a kind added to the contract is there without a change here."""
    document: Document
    settings: Settings
    line_sections: dict[int, SectionKind]
    sections: list[Section]
    results: dict[str, list] = field(default_factory=dict)
    sentence_count: int = 0                 # sentences so far (the lists may have been spilled)
    # The document's entities while they are merged (entities); events name their parties through it.
    entity_index: Optional[EntityRegistry] = None
    # Sentences offered as an explanation of a puzzle (hypotheses); forecasts reads them.
    offered_explanations: set[str] = field(default_factory=set)
    # Changes a finish() makes to results of earlier windows, applied as the analysis is assembled
    # (those results may be on disk by then, see assemble.Spill): list name -> functions that
    # return the item, changed or not, or None to drop it. An extractor adjusts only its own list.
    adjustments: dict[str, list[Callable[[Any], Any]]] = field(default_factory=dict)
    _counters: dict[str, int] = field(default_factory=dict)
    _indexes: dict[str, tuple[int, dict]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for kind in contract.result_kinds():
            if kind.name not in self.__dataclass_fields__:
                self.results.setdefault(kind.name, [])

    def __getattr__(self, name: str):
        results = self.__dict__.get("results")
        if results is not None and name in results:
            return results[name]
        raise AttributeError(f"{type(self).__name__} has no attribute or result kind {name!r}")

    def __setattr__(self, name: str, value) -> None:
        results = self.__dict__.get("results")
        if results is not None and name in results:
            results[name] = value        # ctx.entities = merged entities
        else:
            object.__setattr__(self, name, value)

    def end_window(self) -> None:
        self._indexes.clear()   # the lists may be emptied by a spill; rebuilt on demand

    def adjust(self, list_name: str, change: Callable[[Any], Any]) -> None:
        self.adjustments.setdefault(list_name, []).append(change)

    def _indexed(self, name: str, items: list, key) -> dict:
        """A lookup table over a growing result list, rebuilt only when the list has grown."""
        count, table = self._indexes.get(name, (-1, {}))
        if count != len(items):
            table = {}
            for item in items:
                table.setdefault(key(item), []).append(item)
            self._indexes[name] = (len(items), table)
        return table

    def sentences_on_line(self, number: int) -> list[Sentence]:
        return list(self._indexed("line", self.sentences, lambda s: s.line).get(number, []))

    def attributions_of(self, sentence_id: str) -> list[Attribution]:
        """Every attribution of a sentence (indexed, so callers stay linear in the document)."""
        return self._indexed("attribution", self.attributions, lambda a: a.sentence_id).get(sentence_id, [])

    def attribution_of(self, sentence_id: str) -> Optional[Attribution]:
        """The (first) attribution of a sentence, if attribution has run and found one."""
        found = self.attributions_of(sentence_id)
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
        self._counters[prefix] = self._counters.get(prefix, 0) + 1
        return f"{prefix}{self._counters[prefix]}"


# what may close a question after its mark: quotes, brackets and the emphasis of Markdown or of a
# transcript ("**Could sanctions stop the project?**", "_Will it pass?_", "(Will it?)")
_AFTER_QUESTION_MARK = "\"'”’)]*_ \t"


def asks_question(text: str) -> bool:
    """Whether a sentence or line ends in a question mark, before any closing quote, bracket or
    emphasis marks."""
    return text.rstrip(_AFTER_QUESTION_MARK).endswith("?")
