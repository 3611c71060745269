"""One happening across many reports: stored events (one per sentence that reports them) grouped
into merged events, GDELT-style counts (mentions, sources, articles), the earliest and latest
report, and contested figures kept side by side.

    merged = merge(reports)          # reports: rows of store/events.py, any order
    singles = one_per_report(reports)

How two reports are judged to tell of the same happening (docs/events.md has the table):
1. Never merged: different PLOVER types; an irrealis report (planned, threatened, hypothetical,
   generic: not one happening); dates that cannot overlap; places farther apart than their precision allows
   (5 km between two towns, 30 km with a district, 150 km with a region); different countries.
2. Within one sentence, reports of one type are one happening (the extractor may code the noun
   and the verb of "a strike ... killed 24" apart).
3. Across documents: the dates overlap (two day-precise dates at most one day apart, coarser ones
   widened by their precision) and the places match; or, without a place, the same day, an actor
   name in common ("Boko Haram", "Israel": not "gunmen"), overlapping targets and no two different
   tolls; a report without its own date needs the place, the actor and the target (or the same
   toll) to match.
4. Within one document (a headline and its lede): the same toll, or the place or the date and
   the actor or the target.
Groups grow by single links, but a group never takes in a report that contradicts (rule 1) any
of its members. The result does not depend on the order of ingest.

ACLED's own rule (codebook, "Event aggregation") is stricter in one way: it keeps one event per
day and location. A merged event here spans reports whose dates differ by their precision.
"""
from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property, lru_cache
from typing import Iterable, Optional
from urllib.parse import urlsplit

from ..contract import HAPPENED
from ..geo import distance_km

# Not one happening: planned, threatened or supposed acts, and generic or habitual mentions
# ("each new strike", "routinely attack") that tell of many or none.
IRREALIS = ("planned", "threatened", "hypothetical", "generic")
# Days a date may be off, by its precision (two day-precise dates may differ by one day: time
# zones, "overnight", a late wire); a report without a date of its own may tell of anything in the
# week before its publication (and nothing after it).
_SLACK_DAYS = {"day": 0.5, "week": 3.5, "month": 15.5, "year": 183.0}
_UNDATED_WINDOW = 7
# Largest distance (km) between two reports' points, by the coarser precision of the two; a point
# of unknown precision counts as a town (two names 8 km apart are two places to ACLED).
_REACH_KM = {"place": 5.0, "district": 30.0, "region": 150.0, "country": 2000.0, None: 5.0}
_FINE = ("place", "district", None)          # precisions that place a report, not just a region
_PRECISION_RANK = {"place": 0, "district": 1, "region": 2, "country": 3, None: 4}
_DATE_RANK = {"day": 0, "week": 1, "month": 2, "year": 3, None: 0}


# -- the pieces of a report that merging compares ---------------------------------------------
@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    from ..lexicon import rows as table

    return {row["adjective"].lower(): row["state"].lower() for row in table("demonyms.tsv")}


@lru_cache(maxsize=1)
def _generic() -> frozenset[str]:
    from ..lexicon import listed as word_list

    return frozenset(word_list("actor_generic_words.txt"))


_WORD = re.compile(r"[^\W_]+(?:['’-][^\W_]+)*", re.UNICODE)


def name_tokens(name: Optional[str], proper: bool = False) -> frozenset[str]:
    """The words of an actor or target that can tell two reports apart: lower-cased, possessive
    dropped, demonyms read as their state ("Israeli jets" -> israel, jets), generic words left out.
    `proper`: only the words written with a capital (names: "Boko Haram", "Israel"), which two
    reports share by more than chance ("gunmen" and "villagers" are in every other report)."""
    if not name:
        return frozenset()
    out = set()
    for word in _WORD.findall(name):
        if proper and not word[0].isupper():
            continue
        word = re.sub(r"['’]s$", "", word.lower())
        state = _demonyms().get(word)
        out.update(state.split() if state else [word])
    return frozenset(out - _generic())


@lru_cache(maxsize=1)
def _precision_cues() -> list[tuple[re.Pattern, str]]:
    from ..lexicon import rows as table

    return [(re.compile(row["pattern"], re.IGNORECASE), row["precision"]) for row in table("date_precision_cues.tsv")]


def date_precision(report: dict) -> Optional[str]:
    """How exact a report's date is: the extractor's date_precision, else read from the words
    that gave the date (data/date_precision_cues.tsv); None without a date."""
    if not report.get("date"):
        return report.get("date_precision") if report.get("date_precision") == "undated" else None
    if report.get("date_precision"):
        return report["date_precision"]
    text = report.get("date_text") or ""
    return next((precision for pattern, precision in _precision_cues() if pattern.search(text)), None)


def _day(value: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


@dataclass
class _Unit:
    """The reports of one type in one sentence, with what they say together."""
    reports: list[dict]
    key: tuple
    strong: Optional[tuple[float, float]] = None   # the span its own date allows (day ordinals)
    day: Optional[date] = None                      # its own date
    published: Optional[date] = None
    points: list[tuple[float, float, Optional[str]]] = field(default_factory=list)
    countries: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)
    actors: frozenset = frozenset()
    targets: frozenset = frozenset()
    named_actors: frozenset = frozenset()        # the actor words that are names
    tolls: set[float] = field(default_factory=set)
    irrealis: bool = False

    @property
    def document_id(self) -> str:
        return self.reports[0]["document_id"]


def _unit(reports: list[dict]) -> _Unit:
    first = reports[0]
    unit = _Unit(reports, (first.get("code"), first["document_id"], first.get("sentence_id"), first.get("pk") or 0))
    unit.published = _day(first.get("published"))
    for r in reports:
        own = _day(r.get("date")) if not r.get("date_from_published") else None
        if own is not None and unit.strong is None:
            slack = _SLACK_DAYS.get(date_precision(r) or "day", 0.5)
            unit.strong, unit.day = (own.toordinal() - slack, own.toordinal() + slack), own
        if r.get("lat") is not None and r.get("lon") is not None:
            unit.points.append((float(r["lat"]), float(r["lon"]), r.get("geo_precision")))
        if r.get("country_code"):
            unit.countries.add(r["country_code"])
        if r.get("location") and r.get("geo_precision") in _FINE:
            unit.places.add(" ".join(r["location"].lower().split()))
        unit.actors |= name_tokens(r.get("actor"))
        unit.named_actors |= name_tokens(r.get("actor"), proper=True)
        unit.targets |= name_tokens(r.get("target"))
        if r.get("fatalities_low") is not None:
            unit.tolls.add(float(r["fatalities_low"]))
        unit.irrealis = unit.irrealis or r.get("factuality") in IRREALIS
    return unit


def _reach(p: Optional[str], q: Optional[str]) -> float:
    coarser = p if _PRECISION_RANK.get(p, 4) >= _PRECISION_RANK.get(q, 4) else q
    return _REACH_KM.get(coarser, _REACH_KM[None])


def _contradicts(a: _Unit, b: _Unit) -> bool:
    """Rule 1: these two cannot be reports of one happening."""
    if a.irrealis or b.irrealis or a.key[0] != b.key[0]:
        return True
    if a.strong and b.strong and (a.strong[1] < b.strong[0] or b.strong[1] < a.strong[0]):
        return True
    for dated, undated in ((a, b), (b, a)):   # an event dated after the other report was published
        if dated.strong and not undated.strong and undated.published and dated.strong[0] > undated.published.toordinal():
            return True
    if a.countries and b.countries and not (a.countries & b.countries):
        return True
    return any(distance_km(p[0], p[1], q[0], q[1]) > _reach(p[2], q[2]) for p in a.points for q in b.points)


def _place_matches(a: _Unit, b: _Unit) -> bool:
    """The same place, as exactly as one of the two reports places it (points within reach: rule
    1 has checked): a town and the region around it meet, but two reports that each name only a
    region (or a country) are not placed together: a region holds many happenings of a day
    (ACLED keeps one event per day and location)."""
    if a.places & b.places:
        return True
    return any((p[2] in _FINE or q[2] in _FINE) and "country" not in (p[2], q[2]) for p in a.points for q in b.points)


def _links(a: _Unit, b: _Unit) -> int:
    """How strongly two non-contradicting units tell of one happening: 0 not at all (rules 3, 4)."""
    strong_time = bool(a.strong and b.strong)      # both dated and (not contradicting) overlapping
    place = _place_matches(a, b)
    actors, targets = bool(a.actors & b.actors), bool(a.targets & b.targets)
    same_toll = bool(a.tolls & b.tolls)
    if a.document_id == b.document_id:
        return 1 if same_toll or (place or strong_time) and (actors or targets) else 0
    # the same day (or coarser dates that overlap): two day-precise dates a day apart overlap
    # (rule 1) but tell of one happening only with more in common than the place
    same_day = a.day is not None and a.day == b.day or strong_time and max(a.strong[1] - a.strong[0],
                                                                          b.strong[1] - b.strong[0]) > 1
    other_toll = bool(a.tolls and b.tolls and not same_toll)
    if strong_time and place and same_day:
        return 3
    if strong_time and place and a.named_actors & b.named_actors and (targets or same_toll) and not other_toll:
        return 2      # a day apart ('overnight', a late wire): the same place, named actor and target or toll
    # Without a place: the same day (or coarser dates that overlap), the same named actor, an
    # overlapping target, and no two different tolls (with a place, those are contested figures).
    if same_day and a.named_actors & b.named_actors and targets and not other_toll:
        return 2
    if place and actors and (targets or same_toll) and _recent(a, b):
        return 1
    return 0


def _recent(a: _Unit, b: _Unit) -> bool:
    """A report without a date of its own is taken to tell of the week before its publication:
    the other report's date (or publication) falls in it."""
    for undated, other in ((a, b), (b, a)):
        if undated.strong is None:
            if undated.published is None:
                return False
            end = undated.published.toordinal()
            when = other.strong[1] if other.strong else (other.published.toordinal() if other.published else None)
            if when is None or not end - _UNDATED_WINDOW <= when <= end + (0 if other.strong else _UNDATED_WINDOW):
                return False
    return True


# -- grouping -----------------------------------------------------------------------------------
def _units(reports: Iterable[dict]) -> list[_Unit]:
    """Rule 2: a sentence's reports of one type form one unit, unless they contradict."""
    by_sentence: dict[tuple, list[dict]] = defaultdict(list)
    for r in reports:
        by_sentence[(r.get("code"), r["document_id"], r.get("sentence_id"))].append(r)
    units = []
    for key in sorted(by_sentence, key=lambda k: tuple(str(x) for x in k)):
        rows = sorted(by_sentence[key], key=_report_order)
        if len(rows) == 1:
            units.append(_unit(rows))
            continue
        group: list[_Unit] = []
        for r in rows:
            alone = _unit([r])
            for n, unit in enumerate(group):
                if not _contradicts(unit, alone):
                    group[n] = _unit(unit.reports + [r])
                    break
            else:
                group.append(alone)
        units.extend(group)
    return units


def _candidate_pairs(units: list[_Unit]) -> set[tuple[int, int]]:
    """Pairs worth comparing, of one type: nearby points, the same document, or overlapping dates
    with an actor's name and a target word in common (nothing else can link under rules 3 and 4),
    so the cost grows with the reports of one place and day, not with the archive."""
    pairs: set[tuple[int, int]] = set()
    by_code: dict[str, list[int]] = defaultdict(list)
    for i, unit in enumerate(units):
        if not unit.irrealis:
            by_code[unit.key[0]].append(i)
    for members in by_code.values():
        cells: dict[tuple[int, int], list[int]] = defaultdict(list)
        documents: dict[str, list[int]] = defaultdict(list)
        parties: dict[tuple[str, str], list[int]] = defaultdict(list)
        for i in members:
            unit = units[i]
            documents[unit.document_id].append(i)
            for lat, lon, _ in unit.points:
                cells[(math.floor(lat), math.floor(lon))].append(i)
            if unit.strong:
                for key in {(a, t) for a in unit.named_actors for t in unit.targets}:
                    parties[key].append(i)
        for (x, y), here in cells.items():
            near = {j for dx in (-1, 0, 1) for dy in (-1, 0, 1) for j in cells.get((x + dx, y + dy), ())}
            pairs.update((min(i, j), max(i, j)) for i in set(here) for j in near if i != j)
        for here in documents.values():
            pairs.update((min(i, j), max(i, j)) for i in here for j in here if i < j)
        for here in parties.values():
            dated = sorted(set(here), key=lambda i: units[i].strong)
            for n, i in enumerate(dated):
                for j in dated[n + 1:]:
                    if units[j].strong[0] > units[i].strong[1]:
                        break
                    pairs.add((min(i, j), max(i, j)))
    return pairs


def _groups(units: list[_Unit]) -> list[list[_Unit]]:
    parent = list(range(len(units)))
    members = {i: [i] for i in range(len(units))}

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    links = []
    for i, j in _candidate_pairs(units):
        if not _contradicts(units[i], units[j]):
            strength = _links(units[i], units[j])
            if strength:
                links.append((-strength, units[i].key, units[j].key, i, j))
    for *_, i, j in sorted(links, key=lambda x: (x[0], tuple(map(str, x[1])), tuple(map(str, x[2])))):
        a, b = root(i), root(j)
        if a == b or any(_contradicts(units[x], units[y]) for x in members[a] for y in members[b]):
            continue
        parent[b] = a
        members[a].extend(members.pop(b))
    return [[units[i] for i in group] for group in members.values()]


# -- the merged event ---------------------------------------------------------------------------
def outlet(report: dict) -> str:
    """The publication a report comes from: its URL's host, else the document's title, else the
    document itself (two untitled, URL-less documents are never one outlet)."""
    url = report.get("url") or ""
    host = urlsplit(url).hostname if url.lower().startswith(("http://", "https://")) else None
    if host:
        return host[4:] if host.startswith("www.") else host
    return report.get("title") or f"document {report['document_id']}"


def _published(report: dict) -> Optional[str]:
    value = report.get("published") or report.get("ingested_at")
    return str(value)[:10] if value else None


def _report_order(report: dict) -> tuple:
    return (_published(report) or "9999", str(report["document_id"]), report.get("line") or 0,
            str(report.get("id") or ""), report.get("pk") or 0)


def _says(report: dict) -> int:
    """Minus how much a report pins down (own date 2, a point 1): sorts the fullest first."""
    own_date = bool(report.get("date")) and not report.get("date_from_published")
    return -(2 * own_date + (report.get("lat") is not None))


@dataclass
class Toll:
    """One report's fatality figure, with who gave it."""
    low: float
    high: float
    outlet: str
    attribution: Optional[str]
    document_id: str

    @property
    def text(self) -> str:
        low, high = _n(self.low), _n(self.high)
        return low if low == high else f"{low}–{high}"


def _n(x: float) -> str:
    return str(int(x)) if float(x).is_integer() else f"{x:g}"


@dataclass
class MergedEvent:
    """A happening and its reports. Read-only once made: derived values are computed once."""
    reports: list[dict]          # earliest publication first

    def _happened_first(self) -> list[dict]:
        return self._ordered

    @cached_property
    def _ordered(self) -> list[dict]:
        return sorted(self.reports, key=lambda r: (r.get("factuality") not in HAPPENED, _report_order(r)))

    @property
    def first(self) -> dict:
        return self.reports[0]

    @cached_property
    def lead(self) -> dict:
        """The report that says most: its own date and a point, else either, else the first."""
        return min(self._happened_first(), key=_says)

    @property
    def event_id(self) -> str:
        """Stable: the earliest report's document and event id."""
        return f"{self.first['document_id']}:{self.first['id']}"

    @property
    def number(self) -> int:
        """A number unique in this ledger (the smallest stored row number of its reports)."""
        return min(int(r.get("pk") or 0) for r in self.reports)

    @property
    def code(self) -> Optional[str]:
        return self.first.get("code")

    @property
    def happened(self) -> bool:
        return any(r.get("factuality") in HAPPENED for r in self.reports)

    @property
    def factuality(self) -> str:
        """The most frequent factuality among the reports that say it happened, else among all."""
        pool = [r.get("factuality") or "asserted" for r in self.reports if r.get("factuality") in HAPPENED]
        pool = pool or [r.get("factuality") or "asserted" for r in self.reports]
        return Counter(pool).most_common(1)[0][0]

    @cached_property
    def dated(self) -> Optional[dict]:
        """The report whose date is best: the most precise date of its own, earliest first; a date
        that fell back to the publication date only when no report has one of its own."""
        own = [r for r in self._happened_first() if r.get("date") and not r.get("date_from_published")]
        if own:
            return min(own, key=lambda r: (_DATE_RANK.get(date_precision(r), 0), r["date"]))
        fallback = [r for r in self._happened_first() if r.get("date")]
        return fallback[0] if fallback else None

    @property
    def date(self) -> Optional[str]:
        dated = self.dated
        return str(dated["date"])[:10] if dated else None

    @cached_property
    def located(self) -> Optional[dict]:
        """The report with the most exact place (most reports at that point break ties)."""
        points = [r for r in self._happened_first() if r.get("lat") is not None and r.get("lon") is not None]
        if not points:
            named = [r for r in self._happened_first() if r.get("location") or r.get("country_code")]
            return named[0] if named else None
        count = Counter((round(r["lat"], 3), round(r["lon"], 3)) for r in points)
        return min(points, key=lambda r: (_PRECISION_RANK.get(r.get("geo_precision"), 4),
                                          -count[(round(r["lat"], 3), round(r["lon"], 3))]))

    def place(self, name: str):
        """A place field (location, lat, lon, country, country_code, admin1 …) of the best-located
        report, or of the first report that has it."""
        located = self.located
        if located is not None and located.get(name) is not None:
            return located.get(name)
        return next((r.get(name) for r in self._happened_first() if r.get(name) is not None), None)

    def role(self, name: str) -> tuple[Optional[str], Optional[str]]:
        """(name, entity type) of the actor or target most reports give (earliest breaks ties)."""
        named = [r for r in self._happened_first() if r.get(name)]
        if not named:
            return None, None
        keys = Counter(" ".join(r[name].lower().split()) for r in named)
        best = max(named, key=lambda r: keys[" ".join(r[name].lower().split())])
        return best[name], best.get(f"{name}_type")

    @property
    def mode(self) -> Optional[str]:
        return next((r.get("mode") for r in self._happened_first() if r.get("mode")), None)

    @property
    def instruments(self) -> list[str]:
        seen: list[str] = []
        for r in self._happened_first():
            seen.extend(i for i in (r.get("instruments") or []) if i not in seen)
        return seen

    @property
    def certainty(self) -> Optional[float]:
        values = [r.get("certainty") for r in self.reports if r.get("certainty") is not None]
        return max(values) if values else None

    # GDELT's counts: mentions (reports), sources (distinct outlets), articles (documents)
    @property
    def mentions(self) -> int:
        return len(self.reports)

    @property
    def outlets(self) -> list[str]:
        return list(dict.fromkeys(outlet(r) for r in self.reports))

    @property
    def sources(self) -> int:
        return len(self.outlets)

    @property
    def articles(self) -> int:
        return len({r["document_id"] for r in self.reports})

    def documents(self) -> list[dict]:
        """The documents that report it, in report order: id, title, URL, publication date, the
        first reporting sentence and how many times the document mentions it."""
        out: dict[str, dict] = {}
        for r in self.reports:
            doc = out.setdefault(r["document_id"], {
                "document_id": r["document_id"], "title": r.get("title"), "url": r.get("url"),
                "published": r.get("published"), "sentence_id": r.get("sentence_id"),
                "sentence_text": r.get("sentence_text"), "outlet": outlet(r), "mentions": 0})
            doc["mentions"] += 1
        return list(out.values())

    @property
    def first_report(self) -> Optional[str]:
        dates = [d for d in map(_published, self.reports) if d]
        return min(dates) if dates else None

    @property
    def last_report(self) -> Optional[str]:
        dates = [d for d in map(_published, self.reports) if d]
        return max(dates) if dates else None

    @property
    def tolls(self) -> list[Toll]:
        """Each document's fatality figure (a figure repeated within one document once), in
        report order: contested figures stand side by side, never averaged."""
        out: list[Toll] = []
        documents = list(dict.fromkeys(r["document_id"] for r in self.reports))
        # per document, the report that says most first: its attribution stands for the figure
        for r in sorted(self.reports, key=lambda r: (documents.index(r["document_id"]), _says(r))):
            if r.get("fatalities_low") is None or r.get("factuality") not in HAPPENED:
                continue
            low = float(r["fatalities_low"])
            high = float(r["fatalities_high"]) if r.get("fatalities_high") is not None else low
            if any(t.document_id == r["document_id"] and (t.low, t.high) == (low, high) for t in out):
                continue
            out.append(Toll(low, high, outlet(r), r.get("attribution"), r["document_id"]))
        return out

    @property
    def contested(self) -> bool:
        return len({(t.low, t.high) for t in self.tolls}) > 1

    @property
    def fatalities(self) -> Optional[int]:
        """ACLED's reading of conflicting reports: the most conservative (lowest) figure."""
        tolls = self.tolls
        return int(min(t.low for t in tolls)) if tolls else None


def merge(reports: Iterable[dict]) -> list[MergedEvent]:
    """Reports grouped into merged events, each listing its reports earliest first; events in
    date order (undated last), then by their first report."""
    units = _units(reports)
    events = []
    for group in _groups(units):
        rows = sorted((r for unit in group for r in unit.reports), key=_report_order)
        events.append(MergedEvent(rows))
    return sorted(events, key=_event_order)


def one_per_report(reports: Iterable[dict]) -> list[MergedEvent]:
    """Each report on its own (`claimledger events --reports`), in the same order as merge()."""
    return sorted((MergedEvent([r]) for r in reports), key=_event_order)


def _event_order(event: MergedEvent) -> tuple:
    return (event.date is None, event.date or "", _report_order(event.first))
