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
