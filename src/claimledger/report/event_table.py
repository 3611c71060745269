"""The event table analysts already use: ACLED's 31 columns in ACLED's export order, then
claimledger's own, one row per merged event (or per report). CSV, a JSON array, JSON lines and
GeoJSON are written from the same rows, so every format says the same thing.

    rows = [event_row(e) for e in events]     # events: archive.event_merge.MergedEvent
    write(rows, "csv", sys.stdout)

The column set is a contract (tests/test_event_table.py checks it; docs/events.md describes
each column). Columns may be added at the end, never renamed, removed or reordered.
"""
from __future__ import annotations

import csv
import json
from datetime import datetime, timezone
from typing import IO, Iterable, Optional

from .. import acled
from ..archive.event_merge import date_precision
from ..geo import country as find_country
from ..sanitize import for_csv

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
# claimledger's own columns. The per-report ones (factuality … end) hold one value per report,
# in report order (earliest publication first): a list in JSON, joined by " | " in CSV.
OWN_COLUMNS = (
    "event_id", "plover_type", "plover_mode", "happened", "factuality", "certainty", "attribution",
    "outlet_title", "url", "published", "document_id", "report_id", "line", "start", "end",
    "mentions", "sources", "articles", "first_report", "last_report", "fatalities_reported",
    "contested", "date_text",
)
PER_REPORT = ("factuality", "attribution", "outlet_title", "url", "published", "document_id", "report_id",
              "line", "start", "end", "date_text")
COLUMNS = ACLED_COLUMNS + OWN_COLUMNS
FORMATS = ("csv", "json", "jsonl", "geojson")
LIST_SEPARATOR = " | "


def event_row(event) -> dict:
    """One row of the table for a merged event (archive.event_merge.MergedEvent)."""
    coding = acled.code_event(event)
    code = event.place("country_code")
    nation = find_country(code)
    dated = event.dated or {}
    day = event.date
    actor, _ = event.role("actor")
    target, _ = event.role("target")
    reports = event.reports
    row = {
        "event_id_cnty": f"{nation.iso3 if nation else 'XXX'}{event.number}",
        "event_date": day,
        "year": int(day[:4]) if day else None,
        "time_precision": None if dated.get("date_from_published") else acled.TIME_PRECISION.get(date_precision(dated)),
        "disorder_type": coding.disorder_type, "event_type": coding.event_type, "sub_event_type": coding.sub_event_type,
        "actor1": actor, "assoc_actor_1": None, "inter1": coding.inter1,
        "actor2": target, "assoc_actor_2": None, "inter2": coding.inter2,
        "interaction": coding.interaction, "civilian_targeting": coding.civilian_targeting,
        "iso": nation.isonumeric if nation else None,
        "region": acled.region(nation.iso2 if nation else None),
        "country": event.place("country") or (nation.name if nation else None),
        "admin1": event.place("admin1"), "admin2": event.place("admin2"), "admin3": None,
        "location": event.place("location"),
        "latitude": event.place("lat"), "longitude": event.place("lon"),
        "geo_precision": acled.GEO_PRECISION.get(event.place("geo_precision")),
        "source": "; ".join(event.outlets),
        "source_scale": None,
        "notes": event.lead.get("sentence_text"),
        "fatalities": event.fatalities,
        "tags": None,
        "timestamp": _timestamp(reports),
        "event_id": event.event_id,
        "plover_type": event.code,
        "plover_mode": coding.mode,
        "happened": event.happened,
        "factuality": [r.get("factuality") or "asserted" for r in reports],
        "certainty": event.certainty,
        "attribution": [r.get("attribution") or r.get("source_name") for r in reports],
        "outlet_title": [r.get("title") for r in reports],
        "url": [r.get("url") for r in reports],
        "published": [r.get("published") for r in reports],
        "document_id": [r.get("document_id") for r in reports],
        "report_id": [f"{r.get('document_id')}:{r.get('id')}" for r in reports],
        "line": [r.get("line") for r in reports],
        "start": [r.get("start") for r in reports],
        "end": [r.get("end") for r in reports],
        "mentions": event.mentions, "sources": event.sources, "articles": event.articles,
        "first_report": event.first_report, "last_report": event.last_report,
        "fatalities_reported": [{"figure": t.text, "low": _int(t.low), "high": _int(t.high), "outlet": t.outlet,
                                 "attribution": t.attribution, "document_id": t.document_id} for t in event.tolls],
        "contested": event.contested,
        "date_text": [r.get("date_text") for r in reports],
    }
    return row


def _int(x):
    return int(x) if isinstance(x, float) and x.is_integer() else x


def _timestamp(reports: list[dict]) -> Optional[int]:
    """ACLED's `timestamp`: when the row last changed, here the latest ingest of its reports."""
    stamps = [r.get("ingested_at") for r in reports if r.get("ingested_at")]
    if not stamps:
        return None
    latest = max(s if isinstance(s, datetime) else _parse(s) for s in stamps)
    if latest.tzinfo is None:
        latest = latest.replace(tzinfo=timezone.utc)   # SQLite's CURRENT_TIMESTAMP is UTC
    return int(latest.timestamp())


def _parse(value) -> datetime:
    return datetime.fromisoformat(str(value).replace(" ", "T"))


# -- writing -------------------------------------------------------------------------------------
def write(rows: Iterable[dict], format: str, out: IO[str]) -> int:
    """Write rows in one of FORMATS; returns how many were written. JSON is one array, JSON lines
    one object a line (a stream), GeoJSON a FeatureCollection of the rows that have a point."""
    if format == "csv":
        return _write_csv(rows, out)
    if format == "jsonl":
        n = 0
        for row in rows:
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
            n += 1
        return n
    if format == "json":
        return _write_array((json.dumps(row, ensure_ascii=False, default=str) for row in rows), out,
                            "[\n", "\n]\n")
    if format == "geojson":
        features = (json.dumps(feature, ensure_ascii=False, default=str) for feature in map(geojson_feature, rows) if feature)
        return _write_array(features, out, '{"type": "FeatureCollection", "features": [\n', "\n]}\n")
    raise ValueError(format)


def _write_array(items: Iterable[str], out: IO[str], opening: str, closing: str) -> int:
    out.write(opening)
    n = 0
    for item in items:
        out.write((",\n" if n else "") + item)
        n += 1
    out.write(closing)
    return n


def geojson_feature(row: dict) -> Optional[dict]:
    """A GeoJSON Feature (RFC 7946: [longitude, latitude]) for a row with a point, else None."""
    if row.get("latitude") is None or row.get("longitude") is None:
        return None
    return {"type": "Feature", "id": row["event_id"],
            "geometry": {"type": "Point", "coordinates": [row["longitude"], row["latitude"]]},
            "properties": {k: v for k, v in row.items() if k not in ("latitude", "longitude")}}


def _write_csv(rows: Iterable[dict], out: IO[str]) -> int:
    writer = csv.DictWriter(out, fieldnames=COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    n = 0
    for row in rows:
        writer.writerow({k: csv_cell(row.get(k)) for k in COLUMNS})
        n += 1
    return n


def csv_cell(value) -> str:
    """A cell as text: lists joined, booleans as true/false, None empty; text through the one
    sanitiser (escape sequences and control characters removed, a formula start defused)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = LIST_SEPARATOR.join(_list_item(v) for v in value)
    return for_csv(value)


def _list_item(value) -> str:
    if isinstance(value, dict):   # a reported toll: "12 (newswire.example: two local officials)"
        who = ": ".join(x for x in (value.get("outlet"), value.get("attribution")) if x)
        return f"{value.get('figure')} ({who})" if who else str(value.get("figure"))
    return "" if value is None else str(value)
