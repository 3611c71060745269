"""The JSON contract ("claimledger/1") as pydantic models.

`claimledger analyze FILE --format json` prints `Analysis.model_dump_json()`, and
`claimledger schema` prints `Analysis.model_json_schema()`. Fields may be added; the ones
named in DESIGN.md may not be renamed or removed without a new `SCHEMA` value.

Every item that comes from the text carries `start`/`end` character offsets into
`document.text` and its 1-based `line`.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, Optional, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field

SCHEMA = "claimledger/1"

SectionKind = Literal["body", "appeal", "comments"]
SentenceKind = Literal[
    "reported", "assertion", "opinion", "speculation", "prediction", "question", "lead_in", "appeal"
]
SourceType = Literal[
    "author", "commenter", "media", "official", "military", "think_tank", "armed_group", "person",
    "anonymous", "social_media", "survey", "government", "organisation", "unknown",
]
GapKind = Literal["map", "image", "video", "tweet", "report", "article", "chart", "unknown"]
# Whether an event happened as far as the text goes: only "asserted" and "reported" events count
# as happened in tables, maps and counts; the rest stay visible with their factuality.
# "generic": a habitual or generic mention ('militias routinely attack', 'each new strike'), no one happening.
Factuality = Literal["asserted", "reported", "denied", "planned", "threatened", "hypothetical", "negated", "generic"]
HAPPENED: tuple[str, ...] = ("asserted", "reported")     # the factualities that count as happened
# How exact a place is (ACLED's geo_precision 1/2/3 and a country-only fix).
GeoPrecision = Literal["place", "district", "region", "country"]
# How exact an event's date is; "undated" marks an event the text gives no date for.
DatePrecision = Literal["day", "week", "month", "year", "undated"]
# How exact the end of a forecast's due window is (claimledger.due); "vague" is a reading of a
# vague horizon ("soon", "in the coming months").
DuePrecision = Literal["day", "week", "month", "season", "quarter", "year", "vague"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Document(_Model):
    id: str = Field(description="Stable id: the first 16 hex digits of sha256.")
    sha256: str = Field(description="sha256 of `text` encoded as UTF-8.")
    title: Optional[str] = None
    url: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = Field(None, description="ISO date (YYYY-MM-DD) or null.")
    language: Optional[str] = "en"
    word_count: int = 0
    text: str


class Section(_Model):
    kind: SectionKind
    first_line: int
    last_line: int
    start: int
    end: int


class Cue(_Model):
    """A word or phrase that decided a label, with where it stands in document.text."""
    text: str
    start: int
    end: int
    role: str = Field(description="What the cue decided, e.g. 'kind:question', 'hedge', 'booster'.")
    weight: Optional[float] = None


class Sentence(_Model):
    id: str
    line: int
    start: int
    end: int
    text: str
    section: SectionKind
    kind: SentenceKind = "assertion"
    certainty: float = Field(0.5, ge=0.0, le=1.0)
    cues: list[Cue] = Field(default_factory=list)


class Source(_Model):
    id: str
    name: str
    type: SourceType = "unknown"
    aliases: list[str] = Field(default_factory=list)


class Attribution(_Model):
    sentence_id: str
    source_id: str
    via: list[str] = Field(default_factory=list, description="Source ids of the chain, outermost first.")
    cue: str = Field(description="The words that attribute the sentence (verb, 'according to', lead-in).")
    start: int
    end: int
    line: int
    method: Optional[Literal["rules", "model"]] = Field(
        None, description="What found it: the rules or the trained model (CLAIMLEDGER_ATTRIBUTION).")
    kind: Optional[Literal["speech", "writing", "belief", "intention", "poll", "document"]] = Field(
        None, description="What the source did: said, wrote, believes, intends, a poll found, a document shows.")
    surface: Optional[str] = Field(
        None, description="The source as written when it was resolved to a named antecedent ('he', 'the newspaper').")


class Entity(_Model):
    id: str
    name: str
    type: str
    aliases: list[str] = Field(default_factory=list)
    mentions: int = 0


class Location(_Model):
    name: str
    lat: Optional[float] = None
    lon: Optional[float] = None
    geonames_id: Optional[int] = None
    country: Optional[str] = Field(None, description="Country name, e.g. 'Nigeria'.")
    country_code: Optional[str] = Field(None, description="ISO 3166-1 alpha-2 code, e.g. 'NG'.")
    admin1: Optional[str] = Field(None, description="First-level division (state, province, region).")
    admin2: Optional[str] = None
    geo_precision: Optional[GeoPrecision] = None
    mention: Optional[str] = Field(None, description="The place as the text names it ('Grodno'), where `name` "
                                                     "is the gazetteer's spelling ('Hrodna').")


class Quantity(_Model):
    kind: str = Field(description="killed, wounded, munitions, money, people, ships, duration, count, share …")
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    approximate: bool = False
    text: str
    unit: Optional[str] = None
    start: Optional[int] = None
    end: Optional[int] = None
    sentence_id: Optional[str] = None
    line: Optional[int] = None


class Event(_Model):
    id: str
    sentence_id: str
    code: str = Field(description="PLOVER event type, e.g. ASSAULT.")
    action: str
    actor: Optional[str] = Field(None, description="Entity id or null.")
    target: Optional[str] = Field(None, description="Entity id or null.")
    location: Optional[Location] = None
    date: Optional[str] = None
    date_text: Optional[str] = None
    quantities: list[Quantity] = Field(default_factory=list)
    source_id: Optional[str] = None
    certainty: float = Field(0.5, ge=0.0, le=1.0)
    start: int
    end: int
    line: int
    factuality: Factuality = "asserted"
    mode: Optional[str] = Field(None, description="PLOVER mode where the type has one (e.g. ASSAULT: aerial, firearms).")
    instruments: list[str] = Field(default_factory=list, description="Weapons or means named (missile, drone), never actors.")
    date_precision: Optional[DatePrecision] = Field(None, description="day, week, month, year; 'undated' when the text gives no date.")
    date_from_published: bool = Field(False, description="True when the date fell back to the publication date.")


class Forecast(_Model):
    id: str
    sentence_id: str
    by: str = Field(description="'author', 'commenter' or a source id.")
    statement: str
    phrase: Optional[str] = None
    probability: Optional[float] = Field(None, ge=0.0, le=1.0)
    horizon: Optional[str] = None
    condition: Optional[str] = None
    start: int
    end: int
    line: int
    proposition: Optional[str] = Field(None, description="What would have to happen for the forecast to come true: the statement without its hedge or probability phrase, in positive form.")
    scale: Optional[str] = Field(None, description="Where the number came from: probly, icd203, kent, est (claimledger's estimate), stated (a number in the text); ':negated', ':intensified' … when composed.")
    probability_low: Optional[float] = Field(None, ge=0.0, le=1.0, description="Low end of the range the scale gives the phrase.")
    probability_high: Optional[float] = Field(None, ge=0.0, le=1.0, description="High end of that range.")
    due_start: Optional[str] = Field(None, description="ISO date from which the forecast is live (usually the publication date).")
    due_end: Optional[str] = Field(None, description="ISO date: the last day on which it can come true (from the horizon).")
    due_precision: Optional[DuePrecision] = Field(None, description="How exact due_end is: day, week, month, season, quarter, year, vague.")


class TextRef(_Model):
    text: str
    sentence_id: str
    start: Optional[int] = None
    end: Optional[int] = None
    line: Optional[int] = None


class Rating(_Model):
    """One cell of an Analysis of Competing Hypotheses matrix (Heuer): how an evidence item
    bears on an alternative. CC/C consistent, N neutral, I/II inconsistent (doubled = strongly)."""
    evidence: int = Field(description="Index into the hypothesis' evidence.")
    alternative: int = Field(description="Index into the hypothesis' alternatives.")
    rating: Literal["CC", "C", "N", "I", "II"]
    cue: Optional[str] = Field(None, description="What in the text decided the rating.")


class Hypothesis(_Model):
    id: str
    question: TextRef
    alternatives: list[TextRef] = Field(default_factory=list)
    evidence: list[TextRef] = Field(default_factory=list)
    ratings: list[Rating] = Field(default_factory=list, description="ACH cells the text itself states (optional).")


class EvidenceGap(_Model):
    line: int
    sentence_id: str
    text: str
    status: Literal["missing", "present"]
    expected: GapKind = "unknown"
    start: int
    end: int
    cue: Optional[str] = None


class Rhetoric(_Model):
    sentence_id: str
    technique: str = Field(description="rhetorical_question, scare_quote, loaded_language, analogy …")
    text: str
    start: int
    end: int
    line: int


class ExtractorFailure(_Model):
    """Part of the document where an extractor raised: its results there are missing (or partial),
    the rest of the analysis stands. A reader can see that the ledger is incomplete, and where."""
    extractor: str = Field(description="The registered extractor's name (docs/extending.md).")
    stage: Literal["window", "finish"] = Field(description="'window': while reading the span; 'finish': in its end-of-document step.")
    start: int = Field(description="Offset in document.text where the span it was reading begins.")
    end: int = Field(description="Offset where that span ends ('finish': the whole document).")
    error: str = Field(description="The exception's type and first line, for the bug report.")


class Analysis(_Model):
    schema_: str = Field(SCHEMA, alias="schema")
    document: Document
    sections: list[Section] = Field(default_factory=list)
    sentences: list[Sentence] = Field(default_factory=list)
    sources: list[Source] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    forecasts: list[Forecast] = Field(default_factory=list)
    hypotheses: list[Hypothesis] = Field(default_factory=list)
    evidence_gaps: list[EvidenceGap] = Field(default_factory=list)
    rhetoric: list[Rhetoric] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list, description="Every quantity found in the body; events carry those of their sentence.")
    failures: list[ExtractorFailure] = Field(default_factory=list, description="Where an extractor raised and its results are missing; empty when the analysis is whole.")

    model_config = ConfigDict(extra="forbid", populate_by_name=True, serialize_by_alias=True)

    def to_json(self, indent: Optional[int] = 2) -> str:
        return self.model_dump_json(by_alias=True, indent=indent)

    def sentence(self, sentence_id: str) -> Sentence:
        for s in self.sentences:
            if s.id == sentence_id:
                return s
        raise KeyError(sentence_id)


# The lists of Analysis that are kept whole for the document: they change until its end (a source
# is retyped, entities merge). Every other list of Analysis is made window by window, in offset
# order, and may be spilled to disk as soon as its window is done (assemble.Spill).
DOCUMENT_LISTS = ("sections", "sources", "entities")


@dataclass(frozen=True)
class ResultKind:
    """One list of the contract: what extractors fill, assemble orders, JSON writes, the store
    keeps and the report renders."""
    name: str                   # the Analysis field (and the Context attribute extractors fill)
    key: str                    # its JSON key
    item: type                  # the item's model
    per_window: bool            # made window by window (else kept whole for the document)


def result_kinds() -> list[ResultKind]:
    """The result kinds, derived from the fields of `Analysis` (looked up when called, so a kind
    added to the contract reaches every consumer): every list-of-model field, in field order."""
    return list(_kinds_of(Analysis))


@lru_cache(maxsize=8)
def _kinds_of(model: type) -> tuple[ResultKind, ...]:
    kinds = []
    for name, field in model.model_fields.items():
        args = get_args(field.annotation)
        if get_origin(field.annotation) is list and args and isinstance(args[0], type) and issubclass(args[0], BaseModel):
            kinds.append(ResultKind(name, field.alias or name, args[0], name not in DOCUMENT_LISTS))
    return tuple(kinds)


def json_schema() -> dict:
    """The JSON Schema of the contract (what `claimledger schema` prints)."""
    schema = Analysis.model_json_schema(by_alias=True)
    schema["$id"] = "https://claimledger.invalid/schema/claimledger-1.json"
    schema["title"] = SCHEMA
    return schema


JSONValue = Union[dict, list, str, int, float, bool, None]
