#!/usr/bin/env python3
"""Validate the gold files of this folder (stdlib only).

Checks: each gold/*.json loads; document.file exists; published is ISO;
every forecast 'text' is an exact substring of its 1-based line; probabilities
are in [0, 1] with min <= max; due_by (if any) is an ISO date on or after
publication; 'condition' present only with conditional true.
"""
import datetime, glob, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"line", "text", "by", "probability_min", "probability_max", "phrase",
        "horizon", "due_by", "conditional", "condition"}

def check(path):
    errs = []
    doc = json.load(open(path, encoding="utf-8"))
    meta = doc["document"]
    txt = os.path.join(HERE, meta["file"])
    lines = open(txt, encoding="utf-8").read().split("\n")
    pub = datetime.date.fromisoformat(meta["published"])
    for i, f in enumerate(doc["forecasts"]):
        where = f"{os.path.basename(path)} #{i} line {f.get('line')}"
        extra = set(f) - KEYS
        if extra:
            errs.append(f"{where}: unknown keys {extra}")
        ln = f["line"]
        if not (1 <= ln <= len(lines)) or f["text"] not in lines[ln - 1]:
            errs.append(f"{where}: text not in line: {f['text']!r}")
        lo, hi = f["probability_min"], f["probability_max"]
        if not (0 <= lo <= hi <= 1):
            errs.append(f"{where}: bad probability range {lo}-{hi}")
        if "due_by" in f and datetime.date.fromisoformat(f["due_by"]) < pub:
            errs.append(f"{where}: due_by before publication")
        if "condition" in f and not f.get("conditional"):
            errs.append(f"{where}: condition without conditional")
        if not f.get("by"):
            errs.append(f"{where}: no 'by'")
    return len(doc["forecasts"]), errs

def main():
    total, bad = 0, 0
    for path in sorted(glob.glob(os.path.join(HERE, "gold", "*.json"))):
        n, errs = check(path)
        total += n
        bad += len(errs)
        print(f"{os.path.basename(path)}: {n} forecasts, {len(errs)} errors")
        for e in errs:
            print("  " + e)
    print(f"total {total} forecasts, {bad} errors")
    sys.exit(1 if bad else 0)

if __name__ == "__main__":
    main()
