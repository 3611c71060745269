"""The ledger's events as analysts ask for them: merged across reports (or one per report),
filtered by date, country, type, factuality, document or a full-text search, and counted over
time by type and by country. The CLI (`claimledger events`) and the events page both read here.

    wanted = EventFilter.parse(since="2025-01-01", country="Sudan", types=["ASSAULT"])
    events = load(ledger, wanted)                  # [MergedEvent], date order
    table = counts(events, by="type")              # happened events per period and type
"""
from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from typing import Iterable, Optional, Sequence, get_args

from ..contract import HAPPENED, Factuality
from ..errors import InputError
from .event_merge import MergedEvent, merge, one_per_report

FACTUALITIES = get_args(Factuality)      # every factuality, in the contract's order


@lru_cache(maxsize=1)
def plover_codes() -> tuple[str, ...]:
    from ..lexicon import rows as table

    return tuple(sorted({row["code"] for row in table("plover_triggers.tsv")} |
                        {row["code"] for row in table("acled_crosswalk.tsv")}))


@lru_cache(maxsize=1)
def acled_types() -> tuple[str, ...]:
    """ACLED disorder, event and sub-event types the crosswalk can produce."""
    from ..lexicon import rows as table

    names = set()
    for row in table("acled_crosswalk.tsv"):
        names.update(v for v in (row["disorder_type"], row["event_type"], row["sub_event_type"]) if v)
    return tuple(sorted(names))


def day_bound(value: Optional[str], option: str, end: bool) -> Optional[str]:
    """A filter's day from YYYY-MM-DD, YYYY-MM or YYYY (a month or year ends on its last day
    for --until and starts on its first for --since)."""
    if not value or not str(value).strip():
        return None
    text = str(value).strip()
    try:
        if len(text) == 4:
            return date(int(text), 12 if end else 1, 31 if end else 1).isoformat()
        if len(text) == 7:
            first = date(int(text[:4]), int(text[5:7]), 1)
            return ((_next(first, "month") - timedelta(days=1)) if end else first).isoformat()
        return date.fromisoformat(text).isoformat()
    except ValueError:
        raise InputError(f"{option} {text!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") from None


def _split(values) -> list[str]:
    """Options may be repeated or comma-separated: --type ASSAULT,PROTEST --type Battles."""
    if values is None:
        return []
    if isinstance(values, str):
        values = [values]
    return [part.strip() for value in values for part in str(value).split(",") if part.strip()]


@dataclass
class EventFilter:
    since: Optional[str] = None
    until: Optional[str] = None
    country: Optional[str] = None               # ISO alpha-2
    types: tuple[str, ...] = ()                 # PLOVER codes and ACLED types, folded
    factuality: tuple[str, ...] = ()            # factualities, or "happened"
    document: Optional[str] = None              # a document id or its prefix
    query: Optional[str] = None                 # full-text search over the reports' sentences
    reports: bool = False                       # one row per report instead of merged events
    _sentences: Optional[set] = field(default=None, repr=False)

    @classmethod
    def parse(cls, since=None, until=None, country=None, types=None, factuality=None, document=None,
              query=None, reports: bool = False) -> "EventFilter":
        """Check what a user typed; a bad value is an InputError naming it."""
        from ..geo import country as find_country

        since = day_bound(since, "--since", end=False)
        until = day_bound(until, "--until", end=True)
        if since and until and since > until:
            raise InputError(f"--since {since} is after --until {until}")
        iso2 = None
        if country:
            found = find_country(country.strip())
            if found is None:
                raise InputError(f"unknown country {country!r}: give its name or ISO code (e.g. Sudan, SD, SDN)")
            iso2 = found.iso2
        kinds = []
        known = {c.lower(): c for c in plover_codes() + acled_types()}
        for value in _split(types):
            if value.lower() not in known:
                raise InputError(f"unknown event type {value!r}: a PLOVER type ({', '.join(plover_codes())}) "
                                 f"or an ACLED type (e.g. Battles, Explosions/Remote violence, Protests)")
            kinds.append(value.lower())
        facts = []
        for value in _split(factuality):
            if value.lower() not in FACTUALITIES + ("happened",):
                raise InputError(f"unknown factuality {value!r}: one of {', '.join(FACTUALITIES)}, or happened")
            facts.append(value.lower())
        return cls(since, until, iso2, tuple(kinds), tuple(facts), (document or "").strip() or None,
                   (query or "").strip() or None, bool(reports))

    @property
    def codes(self) -> list[str]:
        """The PLOVER codes asked for, when every type asked for is one (a filter SQL can apply
        before merging: reports of different types never merge)."""
        codes = {c.lower() for c in plover_codes()}
        return [t.upper() for t in self.types] if self.types and all(t in codes for t in self.types) else []

    def accepts(self, event: MergedEvent) -> bool:
        day = event.date
        if (self.since or self.until) and not day:
            return False
        if self.since and day < self.since or self.until and day > self.until:
            return False
        if self.country and event.place("country_code") != self.country:
            return False
        if self.types and not self._type_matches(event):
            return False
        if self.factuality and not self._factuality_matches(event):
            return False
        if self.document and not any(str(r["document_id"]).startswith(self.document) for r in event.reports):
            return False
        if self._sentences is not None and not any((r["document_id"], r.get("sentence_id")) in self._sentences
                                                   for r in event.reports):
            return False
        return True

    def _type_matches(self, event: MergedEvent) -> bool:
        if (event.code or "").lower() in self.types:
            return True
        from ..acled import code_event

        coding = code_event(event)
        return any((v or "").lower() in self.types for v in (coding.disorder_type, coding.event_type, coding.sub_event_type))

    def _factuality_matches(self, event: MergedEvent) -> bool:
        if "happened" in self.factuality and event.happened:
            return True
        return any((r.get("factuality") or "asserted") in self.factuality for r in event.reports)


def load(ledger, wanted: Optional[EventFilter] = None) -> list[MergedEvent]:
    """The ledger's events, merged across reports unless `wanted.reports`, filtered."""
    wanted = wanted or EventFilter()
    return select(read(ledger, wanted.reports, wanted.codes), wanted, ledger.engine)


def read(ledger, reports: bool = False, codes: Sequence[str] = ()) -> list[MergedEvent]:
    """Every stored event (of these PLOVER types), merged across reports unless `reports`."""
    from ..store.events import reports as report_rows

    rows = report_rows(ledger, codes)
    return one_per_report(rows) if reports else merge(rows)


def select(events: Iterable[MergedEvent], wanted: EventFilter, engine=None) -> list[MergedEvent]:
    """The events a filter accepts (a full-text search needs the ledger's engine)."""
    if wanted.query:
        from ..store.events import matching_sentences

        wanted._sentences = matching_sentences(engine, wanted.query)
    return [e for e in events if wanted.accepts(e)]


# -- counts over time ----------------------------------------------------------------------------
@dataclass
class CountTable:
    """Happened events per period (rows) and per key (type or country), dated events only."""
    period: str                                  # day | week | month | year
    periods: list[str]                           # period labels, in time order, gaps included
    keys: list[str]                              # most events first
    cells: dict[tuple[str, str], int]            # (period, key) -> events
    undated: int = 0
    not_happened: int = 0

    def total(self, period: str) -> int:
        return sum(self.cells.get((period, k), 0) for k in self.keys)

    def key_total(self, key: str) -> int:
        return sum(self.cells.get((p, key), 0) for p in self.periods)

    def as_dict(self) -> dict:
        return {"period": self.period, "periods": self.periods, "keys": self.keys,
                "counts": [{"period": p, **{k: self.cells.get((p, k), 0) for k in self.keys}} for p in self.periods],
                "undated": self.undated, "not_happened": self.not_happened}


def period_of(day: date, period: str) -> date:
    if period == "year":
        return day.replace(month=1, day=1)
    if period == "month":
        return day.replace(day=1)
    if period == "week":
        return day - timedelta(days=day.weekday())     # the Monday of its ISO week
    return day


def _label(day: date, period: str) -> str:
    return day.strftime({"year": "%Y", "month": "%Y-%m"}.get(period, "%Y-%m-%d"))


def _next(day: date, period: str) -> date:
    if period == "year":
        return day.replace(year=day.year + 1)
    if period == "month":
        return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
    return day + timedelta(days=7 if period == "week" else 1)


def choose_period(days: Sequence[date]) -> str:
    """Days for a span up to about six weeks, weeks up to a year, months up to ten years, years
    beyond (commentary often mentions events decades old)."""
    if not days:
        return "day"
    span = (max(days) - min(days)).days
    return "day" if span <= 45 else "week" if span <= 366 else "month" if span <= 3660 else "year"


def counts(events: Iterable[MergedEvent], by: str = "type", period: Optional[str] = None,
           max_keys: int = 8) -> CountTable:
    """Happened events (asserted or reported) per period and per PLOVER type or country; the
    least frequent keys beyond `max_keys` are summed as "other"."""
    dated: list[tuple[date, str]] = []
    undated = not_happened = 0
    for event in events:
        if not event.happened:
            not_happened += 1
            continue
        day = _as_day(event.date)
        if day is None:
            undated += 1
            continue
        key = (event.code or "?") if by == "type" else (event.place("country") or "unknown")
        dated.append((day, key))
    period = period or choose_period([d for d, _ in dated])
    totals = Counter(key for _, key in dated)
    keys = [k for k, _ in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0]))]
    if len(keys) > max_keys:
        kept = set(keys[:max_keys - 1])
        dated = [(d, k if k in kept else "other") for d, k in dated]
        keys = keys[:max_keys - 1] + ["other"]
    cells: dict[tuple[str, str], int] = defaultdict(int)
    for day, key in dated:
        cells[(_label(period_of(day, period), period), key)] += 1
    labels = []
    if dated:
        current, last = period_of(min(d for d, _ in dated), period), period_of(max(d for d, _ in dated), period)
        while current <= last:
            labels.append(_label(current, period))
            current = _next(current, period)
    return CountTable(period, labels, keys, dict(cells), undated, not_happened)


def _as_day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


__all__ = ["EventFilter", "load", "read", "select", "counts", "CountTable", "HAPPENED", "FACTUALITIES", "plover_codes", "acled_types"]
