"""Numbers for the SVG the templates draw (map, timeline, calibration): geometry only, no markup.

The map's projection is the one `scripts/world_svg.py` drew the bundled Natural Earth outlines
with: equirectangular, 2 px per degree on a 720 x 360 canvas.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Optional

MAP_WIDTH, MAP_HEIGHT = 720, 360


def project(lat: float, lon: float) -> tuple[float, float]:
    return round((lon + 180.0) * 2.0, 1), round((90.0 - lat) * 2.0, 1)


@dataclass
class MapMarker:
    x: float
    y: float
    r: float
    label: str
    count: int


def map_markers(events: list[dict]) -> list[MapMarker]:
    """One marker per place (events at the same point are counted, not stacked)."""
    places: dict[tuple[float, float], list[dict]] = {}
    for e in events:
        if e.get("lat") is None or e.get("lon") is None:
            continue
        if not (-90 <= e["lat"] <= 90 and -180 <= e["lon"] <= 180):
            continue
        places.setdefault((round(e["lat"], 2), round(e["lon"], 2)), []).append(e)
    markers = []
    for (lat, lon), group in places.items():
        x, y = project(lat, lon)
        codes = sorted({e["code"] or "?" for e in group})
        label = f"{group[0]['location'] or ''}: {len(group)} event(s), {', '.join(codes)}"
        markers.append(MapMarker(x, y, min(3 + len(group), 12), label, len(group)))
    return markers


@dataclass
class TimelineTick:
    x: float
    day: str
    count: int


def timeline(events: list[dict], width: float = 700.0) -> list[TimelineTick]:
    """Events per day, placed along a line from the first dated day to the last."""
    per_day: dict[str, int] = {}
    for e in events:
        if e.get("date"):
            per_day[e["date"]] = per_day.get(e["date"], 0) + 1
    days = sorted(d for d in per_day if _day(d))
    if not days:
        return []
    first, last = _day(days[0]), _day(days[-1])
    span = max(1, (last - first).days)
    return [TimelineTick(round(10 + (width - 20) * (_day(d) - first).days / span, 1), d, per_day[d]) for d in days]


def _day(value: str) -> Optional[date]:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


@dataclass
class CalibrationPoint:
    x: float   # svg coordinates on a 200 x 200 plot
    y: float
    forecast: float
    observed: float
    count: int


def calibration_points(pairs: list[tuple[float, int]], bins: int = 10) -> list[CalibrationPoint]:
    """Mean forecast against observed frequency per probability bin (for resolved forecasts)."""
    buckets: dict[int, list[tuple[float, int]]] = {}
    for p, outcome in pairs:
        buckets.setdefault(min(int(p * bins), bins - 1), []).append((p, outcome))
    points = []
    for _, items in sorted(buckets.items()):
        mean_p = sum(p for p, _ in items) / len(items)
        observed = sum(o for _, o in items) / len(items)
        points.append(CalibrationPoint(round(20 + 180 * mean_p, 1), round(180 - 180 * observed, 1), mean_p, observed, len(items)))
    return points


# --- claims: stances over time ----------------------------------------------------------------

@dataclass
class StancePoint:
    x: float
    y: float
    stance: str
    label: str          # who, when, what: the point's tooltip
    anchor: str         # the timeline row it links to


@dataclass
class StanceChart:
    width: float
    height: float
    rows: list[tuple[float, str]]        # (y, origin label)
    points: list[StancePoint]
    ticks: list[tuple[float, str, str]]  # (x, day, text-anchor) under the axis


STANCE_LEFT, STANCE_ROW = 190.0, 26.0


def stance_timeline(claims: list, width: float = 760.0) -> StanceChart:
    """One row per independent origin, one dot per report at its publication date (undated
    reports in a column of their own at the right), coloured by the voice's stance."""
    origins: list[str] = []
    for c in claims:
        label = c.origin_label or c.origin
        if label not in origins:
            origins.append(label)
    days = sorted({c.published for c in claims if c.published and _day(c.published)})
    undated = any(not (c.published and _day(c.published)) for c in claims)
    left = STANCE_LEFT + 15.0
    right = width - (60.0 if undated else 20.0)
    first, last = (_day(days[0]), _day(days[-1])) if days else (None, None)
    span = max(1, (last - first).days) if days else 1

    def x_of(published) -> float:
        day = _day(published) if published else None
        if day is None:
            return width - 30.0
        if len(days) == 1:
            return round((left + right) / 2, 1)
        return round(left + (right - left) * (day - first).days / span, 1)

    rows = [(round(20 + STANCE_ROW * i, 1), label) for i, label in enumerate(origins)]
    y_of = {label: y for y, label in rows}
    points, stacked = [], {}
    for c in claims:
        label = c.origin_label or c.origin
        x = x_of(c.published)
        offset = stacked.get((label, x), 0)   # several reports on one day: side by side
        stacked[(label, x)] = offset + 1
        tip = f"{c.published or 'undated'} · {c.source or 'the author'} {c.voice}" + (f" (author {c.author})" if c.author != c.voice else "")
        points.append(StancePoint(round(x + 7 * offset, 1), y_of[label], c.voice, tip, f"r-{c.document_id}-{c.sentence_id}"))
    ends = days[:1] + days[-1:] if len(days) > 1 else days
    ticks = [(x_of(d), d, "middle" if len(ends) == 1 else ("start" if i == 0 else "end")) for i, d in enumerate(ends)]
    if undated:
        ticks.append((width - 8.0, "undated", "end"))
    return StanceChart(width, round(20 + STANCE_ROW * max(1, len(origins)) + 10, 1), rows, points, ticks)


# --- the source graph: who cites whom ---------------------------------------------------------

@dataclass
class GraphNode:
    x: float
    y: float
    key: str
    name: str
    count: int


@dataclass
class CitationGraph:
    width: float
    height: float
    center: GraphNode
    left: list[GraphNode]      # sources that cite this one
    right: list[GraphNode]     # sources this one cites
    node_width: float


def citation_graph(name: str, key: str, cited_by: list[dict], cites: list[dict], width: float = 760.0) -> CitationGraph:
    """Citing sources in a column on the left, cited ones on the right, the source between:
    an edge per pair, labelled with how many attributions make it."""
    row, node_width = 30.0, 200.0
    height = max(90.0, row * max(len(cited_by), len(cites), 1) + 30.0)

    def column(items: list[dict], x: float) -> list[GraphNode]:
        top = (height - row * len(items)) / 2 + row / 2
        return [GraphNode(x, round(top + row * i, 1), item["key"], item["name"], item["count"])
                for i, item in enumerate(items)]

    center = GraphNode(round(width / 2, 1), round(height / 2, 1), key, name, 0)
    return CitationGraph(width, height, center, column(cited_by, 10 + node_width / 2),
                         column(cites, width - 10 - node_width / 2), node_width)
