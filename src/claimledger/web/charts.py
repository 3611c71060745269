"""Numbers for the SVG the templates draw (events map, counts over time, calibration): geometry
only, no markup.

The map's projection is the one `scripts/world_svg.py` drew the bundled Natural Earth outlines
with: equirectangular, 2 px per degree on a 720 x 360 canvas.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from markupsafe import Markup

MAP_WIDTH, MAP_HEIGHT = 720, 360


def project(lat: float, lon: float) -> tuple[float, float]:
    """(x, y) on the 720 x 360 frame, to 1/1000 of a unit: detail maps zoom to a few kilometres."""
    return round((lon + 180.0) * 2.0, 3), round((90.0 - lat) * 2.0, 3)


# -- the events map ------------------------------------------------------------------------------
MAP_VIEW_WIDTH = 900          # the map's width on the page, in CSS pixels (app.css: .map svg)
INSET_VIEW_WIDTH = 440        # a detail map's width
CLUSTER_PX = 12               # markers closer than this on screen are drawn as one, with a count
MIN_SPAN_DEG = 4.0            # the tightest extent the map opens on (one town: a region around it)
MIN_DETAIL = 0.1              # map units (0.05 degree, ~5 km): places closer are one place to a detail map


@dataclass
class MapPlace:
    """One point with its events (events at the same point are counted, not stacked)."""
    x: float
    y: float
    count: int
    label: str


@dataclass
class MapMarker:
    x: float
    y: float
    r: float
    label: str
    count: int
    places: int                 # distinct points it stands for (1: a plain marker)
    box: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)   # its points' extent


@dataclass
class MapView:
    """A map at an extent: the SVG viewBox, its markers, and its place in the world."""
    view: tuple[float, float, float, float]        # x, y, width, height in the 720 x 360 frame
    markers: list[MapMarker]
    title: str = ""

    @property
    def view_box(self) -> str:
        return " ".join(f"{v:.3f}" for v in self.view)


@lru_cache(maxsize=1)
def world_outline() -> Markup:
    """The country outlines of static/world-110m.svg (made by scripts/world_svg.py from Natural
    Earth, this project's own file, never article text) as paths to draw inline, with strokes
    that keep their width at any zoom."""
    from . import HERE

    svg = (HERE / "static" / "world-110m.svg").read_text(encoding="utf-8")
    paths = re.findall(r"<path [^>]*>.*?</path>", svg, flags=re.S)
    return Markup("".join(p.replace("<path ", '<path vector-effect="non-scaling-stroke" ', 1) for p in paths))


def mappable(event) -> bool:
    """Drawn on the map: it happened and has a point finer than a whole country (a country is
    placed at its capital by the gazetteer: a dot there would say the capital)."""
    return (event.happened and event.place("lat") is not None and event.place("lon") is not None
            and event.place("geo_precision") != "country")


def map_places(events) -> list[MapPlace]:
    """The points of the events that happened (archive.event_merge.MergedEvent), one per point."""
    groups: dict[tuple[float, float], list] = {}
    for event in events:
        if not mappable(event):
            continue
        lat, lon = event.place("lat"), event.place("lon")
        if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            continue
        groups.setdefault((round(lat, 2), round(lon, 2)), []).append(event)
    places = []
    for (lat, lon), group in sorted(groups.items()):
        x, y = project(lat, lon)
        codes = sorted({e.code or "?" for e in group})
        name = next((e.place("location") for e in group if e.place("location")), "")
        places.append(MapPlace(x, y, len(group), f"{name}: {len(group)} event(s), {', '.join(codes)}"))
    return places


def extent(places: list[MapPlace], aspect: float = 2.0, min_span: float = MIN_SPAN_DEG) -> tuple[float, float, float, float]:
    """The events' own extent (with a margin, at least `min_span` degrees wide, the map's aspect
    ratio), inside the world frame; the whole world when there is nothing to show."""
    if not places:
        return 0.0, 0.0, float(MAP_WIDTH), float(MAP_HEIGHT)
    xs, ys = [p.x for p in places], [p.y for p in places]
    width = max(max(xs) - min(xs), min_span * 2.0) * 1.3
    height = max(max(ys) - min(ys), min_span * 2.0) * 1.3
    width, height = max(width, height * aspect), max(height, width / aspect)
    width, height = min(width, MAP_WIDTH), min(height, MAP_HEIGHT)
    cx, cy = (max(xs) + min(xs)) / 2, (max(ys) + min(ys)) / 2
    x = min(max(cx - width / 2, 0.0), MAP_WIDTH - width)
    y = min(max(cy - height / 2, 0.0), MAP_HEIGHT - height)
    return round(x, 3), round(y, 3), round(width, 3), round(height, 3)


def cluster(places: list[MapPlace], view: tuple[float, float, float, float],
            screen_width: float = MAP_VIEW_WIDTH) -> list[MapMarker]:
    """Markers for a view: places closer than CLUSTER_PX on screen become one marker that counts
    them (the busiest place first claims its neighbours). static/events.js does the same after
    every zoom."""
    unit = view[2] / screen_width                  # view units per screen pixel
    reach = CLUSTER_PX * unit
    groups: list[list[MapPlace]] = []
    for place in sorted(places, key=lambda p: (-p.count, p.x, p.y)):
        for group in groups:
            if (group[0].x - place.x) ** 2 + (group[0].y - place.y) ** 2 <= reach ** 2:
                group.append(place)
                break
        else:
            groups.append([place])
    markers = []
    for group in groups:
        count = sum(p.count for p in group)
        x = sum(p.x * p.count for p in group) / count
        y = sum(p.y * p.count for p in group) / count
        label = group[0].label if len(group) == 1 else \
            f"{count} events at {len(group)} places: " + "; ".join(p.label for p in group[:6]) + ("; …" if len(group) > 6 else "")
        box = (min(p.x for p in group), min(p.y for p in group), max(p.x for p in group), max(p.y for p in group))
        radius = min(3.5 + 1.8 * count ** 0.5, 14) * unit
        markers.append(MapMarker(round(x, 2), round(y, 2), round(radius, 3), label, count, len(group), box))
    return markers


def event_maps(events, insets: int = 3) -> tuple[MapView, list[MapView]]:
    """The map on the events' extent, and detail maps (at most `insets`) of the busiest markers
    that stand for several places, then of those a detail map still draws as one, so no region's
    events hide in one blob (the Levant at world scale, then Gaza at the Levant's)."""
    places = map_places(events)
    main = MapView(extent(places), [])
    main.markers = cluster(places, main.view)
    details: list[MapView] = []
    def spread(marker: MapMarker) -> bool:       # its places are more than ~5 km apart
        return marker.places > 1 and max(marker.box[2] - marker.box[0], marker.box[3] - marker.box[1]) > MIN_DETAIL

    pending = sorted(filter(spread, main.markers), key=lambda m: -m.count)
    while pending and len(details) < insets:
        marker = pending.pop(0)
        x0, y0, x1, y1 = marker.box
        inside = [p for p in places if x0 <= p.x <= x1 and y0 <= p.y <= y1]
        view = extent(inside, min_span=MIN_SPAN_DEG / 8 if details else MIN_SPAN_DEG)
        names = [p.label.split(":")[0] for p in sorted(inside, key=lambda p: (-p.count, p.label))]
        title = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        detail = MapView(view, cluster(inside, view, INSET_VIEW_WIDTH), f"{title}: {marker.count} events")
        details.append(detail)
        pending = sorted(pending + list(filter(spread, detail.markers)), key=lambda m: -m.count)
    return main, details


# -- counts over time --------------------------------------------------------------------------
# Okabe & Ito's colour-blind-safe palette (Color Universal Design, 2008), then greys for the rest.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000", "#999999")


@dataclass
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    title: str


@dataclass
class CountChart:
    """A stacked bar chart of a CountTable: geometry only (the template draws it)."""
    width: float
    height: float
    bars: list[Bar]
    labels: list[tuple[float, str]]          # x axis: (x, period label), a few of them
    legend: list[tuple[str, str, int]]       # (colour, key, total)
    peak: int
    period: str


def count_chart(table, width: float = 900.0, height: float = 170.0) -> CountChart:
    """Stacked bars, one per period, one colour per key (the table's keys, most events first)."""
    top, bottom, left = 14.0, 22.0, 30.0
    plot_w, plot_h = width - left - 6, height - top - bottom
    peak = max((table.total(p) for p in table.periods), default=0)
    colours = {k: PALETTE[min(i, len(PALETTE) - 1)] for i, k in enumerate(table.keys)}
    step = plot_w / max(1, len(table.periods))
    bars = []
    for i, period in enumerate(table.periods):
        y = top + plot_h
        for key in table.keys:
            n = table.cells.get((period, key), 0)
            if not n:
                continue
            h = plot_h * n / peak
            y -= h
            bar = min(max(step * 0.8, 1.0), 48.0)
            bars.append(Bar(round(left + i * step + (step - bar) / 2, 2), round(y, 2), round(bar, 2),
                            round(h, 2), colours[key], f"{period}: {key} {n}"))
    every = max(1, len(table.periods) // 8)
    labels = [(round(left + i * step + step / 2, 1), p) for i, p in enumerate(table.periods) if i % every == 0]
    legend = [(colours[k], k, table.key_total(k)) for k in table.keys]
    return CountChart(width, height, bars, labels, legend, peak, table.period)


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


def _day(value: str):
    """The date of an ISO day string, or None."""
    from datetime import date

    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


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
