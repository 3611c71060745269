"""The ledger as data: typed records for a notebook or a script (the Ledger's data API).

    with Ledger("sqlite:///ledger.db", create=False) as ledger:
        events = ledger.events(code="ASSAULT")       # Records[EventRecord]: a list of dataclasses
        events[0].actor, events[0].date
        frame = events.to_pandas()                   # a DataFrame, one column per field (pandas extra)

Each record is a thin typed view of a row the store already queries (the same rows the CLI and
the web pages show); fields may be added, never renamed. Records also answer `record["field"]`,
for code written when these methods returned dicts.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields, make_dataclass
from typing import Any, Generic, Iterable, Optional, TypeVar

from ..report.event_table import COLUMNS as EVENT_COLUMNS

R = TypeVar("R")


class Records(list, Generic[R]):
    """A list of records of one type, with `.to_pandas()`."""

    def __init__(self, record_type: type, items: Iterable[R] = ()):
        super().__init__(items)
        self.record_type = record_type

    def to_pandas(self):
        """A pandas DataFrame, one row per record and one column per field (also when empty);
        MissingExtra (an ImportError) naming the `pandas` extra when pandas is not installed."""
        from ..optional import require

        pandas = require("pandas", "Records.to_pandas()")
        columns = [f.name for f in fields(self.record_type)]
        return pandas.DataFrame([asdict(r) for r in self], columns=columns)


class _Record:
    def __getitem__(self, key: str) -> Any:
        try:
            return getattr(self, key)
        except AttributeError:
            raise KeyError(key) from None

    @classmethod
    def from_row(cls, row: dict):
        """The record of a row; columns the record does not name (yet) are left out."""
        return cls(**{f.name: row.get(f.name) for f in fields(cls)})


@dataclass
class DocumentRecord(_Record):
    id: str
    title: Optional[str]
    url: Optional[str]
    author: Optional[str]
    published: Optional[str]
    language: Optional[str]
    word_count: Optional[int]
    ingested_at: Any
    duplicate_of: Optional[str]   # the original's id when this is a near-duplicate copy


@dataclass
class SourceRecord(_Record):
    document_id: str
    id: str
    name: str
    type: Optional[str]
    aliases: Optional[list]
    key: str                      # the case- and space-folded name that meets across documents


# One row of the event table (report/event_table.py): ACLED's 31 columns in ACLED's order, then
# claimledger's own; the columns are documented in docs/events.md. Built from the table's column
# list so the record and the export can never disagree.
EventRecord = make_dataclass("EventRecord", [(name, Any, None) for name in EVENT_COLUMNS], bases=(_Record,))
EventRecord.__doc__ = "A row of `claimledger events`: ACLED's columns, then claimledger's (docs/events.md)."


@dataclass
class ForecastRecord(_Record):
    id: int                       # the number `forecasts resolve` takes
    document_id: str
    forecast: str                 # the id inside the document (f1, f2…)
    title: Optional[str]
    published: Optional[str]
    line: Optional[int]
    by: Optional[str]
    by_name: Optional[str]
    by_type: Optional[str]
    statement: Optional[str]
    phrase: Optional[str]
    probability: Optional[float]
    horizon: Optional[str]
    condition: Optional[str]
    status: str                   # open | yes | no | ambiguous
    resolved_on: Optional[str]
    note: Optional[str]
    resolutions: int
    proposition: Optional[str]    # the statement without its hedge: what must happen
    sentence: Optional[str]       # the sentence as written
    scale: Optional[str]          # where the number came from (probly, icd203, kent, est, stated …)
    probability_low: Optional[float]
    probability_high: Optional[float]
    due_start: Optional[str]      # the due window, from the horizon and the publication date
    due_end: Optional[str]
    due_precision: Optional[str]
    corrects: Optional[dict]      # the resolution the current one replaced: {outcome, on}


@dataclass
class ClaimRecord(_Record):
    text: str                     # the earliest-published wording
    origins: list                 # independent origins (two outlets citing one wire story are one)
    documents: list
    claims: list                  # each wording: document, sentence, source, origin, title, published

    @classmethod
    def from_group(cls, group) -> "ClaimRecord":
        data = group.to_dict()
        return cls(text=data["text"], origins=data["origins"], documents=data["documents"], claims=data["claims"])
