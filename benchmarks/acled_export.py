"""How well the ACLED-compatible export (claimledger events) reproduces ACLED's own coding, on
public ACLED records outside the held-out regions (dev only; the data is never committed: its
terms forbid redistribution).

    CLAIMLEDGER_ACLED=/path/acled_dev.csv python benchmarks/acled_export.py [--limit N]

Each record's `notes` (ACLED's one-paragraph description of one event) is analysed as a document
published on the event's date; its events go through the same merge and ACLED coding as
`claimledger events` (archive/event_merge.py, acled.py). Printed per column: how often ACLED's
value is found among the record's events (recall) and how many of the coded events carry it
(precision), beside two baselines: the most frequent value, and a keyword rule on the notes.
Merging is checked the other way round: every record is a distinct ACLED event, so a merged event
holding reports of two records is a false merge.
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import re
import sys
import time
from collections import Counter

# ACLED's older exports name event types differently (codebook 2015 -> 2019).
OLD_TYPES = {"Battle-No change of territory": "Battles", "Battle-Government regains territory": "Battles",
             "Battle-Non-state actor overtakes territory": "Battles", "Remote violence": "Explosions/Remote violence",
             "Riots/Protests": None}
# The keyword baseline: the first pattern found in the notes gives the event type (a plain rule of
# the kind an analyst would write in ten minutes, from the codebook's definitions).
BASELINE = [(re.compile(p, re.I), t) for p, t in (
    (r"protest|demonstrat|march|rall(y|ied)|sit-in", "Protests"),
    (r"\briot|mob\b|looted|torched", "Riots"),
    (r"air ?strike|drone|shell|artillery|mortar|\bIED\b|explosi|bomb|grenade|landmine|rocket|missile", "Explosions/Remote violence"),
    (r"clash|fought|fighting|battle|exchange(d)? fire|ambush", "Battles"),
    (r"\barrest|detain", "Strategic developments"),
    (r"kill|shot|attack|abduct|kidnap|rape|beat|tortur", "Violence against civilians"))]


def gold_type(row: dict):
    kind = row["event_type"]
    return OLD_TYPES.get(kind, kind)


def keyword_type(row: dict):
    return next((t for p, t in BASELINE if p.search(row["notes"])), None)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--reports", help="Keep the analysed reports in this JSON file and reuse them (a scratch file: it holds ACLED text, never commit it).")
    args = parser.parse_args()
    path = os.environ.get("CLAIMLEDGER_ACLED")
    if not path or not os.path.exists(path):
        print("set CLAIMLEDGER_ACLED to a CSV of public ACLED records (outside MENA, the Caucasus, Ukraine, Afghanistan)")
        return 2
    from claimledger.acled import code_event
    from claimledger.archive.event_merge import merge
    from claimledger.geo import country
    from claimledger.ingest import from_text
    from claimledger.pipeline import analyze_document
    from claimledger.settings import get_settings
    from claimledger.store import schema
    from claimledger.store.rows import rows_for

    records = list(csv.DictReader(open(path, encoding="utf-8")))
    records = [r for r in records if gold_type(r)]
    if args.limit:
        records = records[: args.limit]
    started = time.time()
    reports, by_document = [], {}
    cached = json.load(open(args.reports, encoding="utf-8")) if args.reports and os.path.exists(args.reports) else None
    for n, row in enumerate(records):
        document = from_text(row["notes"], title=row["event_id_cnty"], url=f"https://acled.invalid/{row['event_id_cnty']}",
                             published=row["event_date"][:10])
        by_document[document.id] = row
        if cached is not None:
            continue
        analysis = analyze_document(document, get_settings())
        for event_row in rows_for(analysis)[schema.events]:
            reports.append({**event_row, "pk": len(reports) + 1, "title": document.title, "url": document.url,
                            "published": document.published})
    if cached is not None:
        reports = [r for r in cached if r["document_id"] in by_document]
    elif args.reports:
        json.dump(reports, open(args.reports, "w", encoding="utf-8"))
    analysed = time.time() - started
    events = merge(reports)
    coded = [(e, code_event(e)) for e in events]
    per_record: dict[str, list] = {}
    for event, coding in coded:
        for doc in {r["document_id"] for r in event.reports}:
            per_record.setdefault(doc, []).append((event, coding))

    def score(name, gold_of, predicted_of, baseline_of=None):
        found = total = typed = right = base_found = 0
        for doc, row in by_document.items():
            gold = gold_of(row)
            if gold is None:
                continue
            total += 1
            values = [predicted_of(e, c) for e, c in per_record.get(doc, [])]
            values = [v for v in values if v is not None]
            found += gold in values
            typed += len(values)
            right += sum(v == gold for v in values)
            if baseline_of:
                base_found += baseline_of(row) == gold
        recall = found / total if total else 0
        precision = right / typed if typed else 0
        base = f"{base_found / total:.2f}" if baseline_of and total else "-"
        print(f"{name:<16} {total:>5} {recall:>8.2f} {precision:>10.2f} {base:>10}")
        return recall

    majority = Counter(gold_type(r) for r in records).most_common(1)[0][0]
    print(f"{len(records)} ACLED records, {len(reports)} reports -> {len(events)} merged events "
          f"(analysed in {analysed:.0f} s)")
    print(f"{'column':<16} {'n':>5} {'found':>8} {'precision':>10} {'baseline':>10}")
    score("event_type", gold_type, lambda e, c: c.event_type, keyword_type)
    print(f"{'  (majority)':<16} {'':>5} {'':>8} {'':>10} {sum(gold_type(r) == majority for r in records) / len(records):>10.2f}")
    score("sub_event_type", lambda r: r["sub_event_type"] or None, lambda e, c: c.sub_event_type)
    score("disorder_type", lambda r: {"Protests": "Demonstrations", "Riots": "Demonstrations",
                                      "Strategic developments": "Strategic developments"}.get(gold_type(r), "Political violence"),
          lambda e, c: c.disorder_type)
    score("country", lambda r: (country(r["country"]) or country(r["country"].replace("Congo", "the Congo")) or
                                type("C", (), {"iso2": r["country"]})).iso2,
          lambda e, c: e.place("country_code"))
    score("fatalities > 0", lambda r: int(r["fatalities"]) if r["fatalities"] not in ("", "0", None) else None,
          lambda e, c: e.fatalities)
    score("time_precision", lambda r: int(r["time_precision"]) if r.get("time_precision") else None,
          lambda e, c: {"day": 1, "week": 2, "month": 3}.get(_precision(e)))
    false = [e for e in events if len({r["document_id"] for r in e.reports}) > 1]
    print(f"false merges: {len(false)} of {len(events)} merged events hold reports of two or more ACLED records "
          f"({sum(len({r['document_id'] for r in e.reports}) for e in false)} records)")
    for e in false[:5]:
        print("   ", " | ".join(sorted({by_document[r['document_id']]['event_id_cnty'] for r in e.reports})),
              e.code, e.date, e.place("location"))
    return 0


def _precision(event):
    from claimledger.archive.event_merge import date_precision

    dated = event.dated
    return date_precision(dated) if dated else None


if __name__ == "__main__":
    sys.exit(main())
