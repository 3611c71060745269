"""Checks that a folder of hand-annotated gold files is well formed, before any score is read from it.

Every events and forecasts test set (tests/events/<set>, tests/forecasts/<set>) keeps its texts
beside a `gold/` folder of JSON files in the format of shared/gold/seed.json. A writer checks a new
set with `python3 tests/gold_checks.py --strict tests/events/heldout16` (stdlib only, so a writer who never
installs the package can run it), and tests/test_gold_sets.py runs the same checks on every set,
so a gold file that points at the wrong line fails CI instead of quietly lowering a score.

What is checked is what the scorer relies on: anchors and quoted spans are substrings of the 1-based
line they name, types and factualities come from the contract, dates are well formed and what is
told as happened is not dated after publication, probabilities are ordered inside [0, 1]. A set's
own design aims are a writer's choices: how many events of each type is printed as counts; one
anchor per line, an action word inside its anchor and no trap on an event's (line, type), which the
sets since heldout8 keep, are checked with --strict; early sets had other aims.
"""
from __future__ import annotations

import collections
import datetime
import json
import re
import sys
from pathlib import Path

PLOVER = {"AGREE", "ACCUSE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE",
          "PROTEST", "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"}
FACTUALITY = {"asserted", "reported", "denied", "planned", "threatened", "hypothetical", "negated"}
HAPPENED = {"asserted", "reported"}
DATE_PRECISION = {"day", "week", "month", "year"}
TOLLS = ("killed", "injured", "wounded", "arrested")
# the spans the scorer reads from the text; "horizon" is the writer's note of the time frame, often
# put in other words ("until November" for "until the rains return in November"), so it is not one
FORECAST_SPANS = ("text", "phrase", "condition")


def _documents(set_dir: Path):
    """(gold file name, gold dict, the text's lines) for each gold file of a set, sorted."""
    for path in sorted((set_dir / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        text = (set_dir / gold["document"]["file"]).read_text(encoding="utf-8")
        yield path.name, gold, text.split("\n")


def _line(lines: list[str], number) -> str | None:
    return lines[number - 1] if isinstance(number, int) and 1 <= number <= len(lines) else None


def event_problems(set_dir: Path, strict: bool = False) -> list[str]:
    """Every way the events gold of one set breaks what the scorer relies on (empty when sound).
    strict adds the design checks blind sets have been written to since heldout8: each action word
    inside its anchor, each anchor on one line only, no trap on an event's (line, type)."""
    problems = []
    for name, gold, lines in _documents(set_dir):
        published = gold["document"].get("published", "")
        for item in gold.get("events", []) + gold.get("event_traps", []):
            where = f"{name} line {item.get('line')} {item.get('anchor')!r}"
            line = _line(lines, item.get("line"))
            if line is None or item["anchor"] not in line:
                problems.append(f"{where}: anchor not on its line")
            if item["plover"] not in PLOVER or any(t not in PLOVER for t in item.get("also", [])):
                problems.append(f"{where}: type not in PLOVER")
            if strict and item.get("action") and item["action"] not in item["anchor"]:
                problems.append(f"{where}: action not in anchor")
            if strict and sum(item["anchor"] in other for other in lines) > 1:
                problems.append(f"{where}: anchor on more than one line")
        if strict:
            events_at = {(e["line"], e["plover"]) for e in gold.get("events", [])}
            problems += [f"{name} line {trap['line']}: trap on an event's (line, type)"
                         for trap in gold.get("event_traps", []) if (trap["line"], trap["plover"]) in events_at]
        for event in gold.get("events", []):
            where = f"{name} line {event['line']} {event['anchor']!r}"
            if "factuality" in event and event["factuality"] not in FACTUALITY:
                problems.append(f"{where}: factuality {event['factuality']!r}")
            date = event.get("date")
            if date:
                if not re.fullmatch(r"\d{4}(-\d\d(-\d\d)?)?", date):
                    problems.append(f"{where}: date {date!r} not ISO")
                elif (published and date > published[:len(date)]
                      and event.get("factuality", "asserted") in HAPPENED):
                    # a plan or a threat may be dated ahead; what is told as done cannot
                    problems.append(f"{where}: happened on {date}, after publication {published}")
                if event.get("date_precision", "day") not in DATE_PRECISION:
                    problems.append(f"{where}: date precision {event['date_precision']!r}")
            for toll in TOLLS:
                if toll in event and not isinstance(event[toll], int):
                    problems.append(f"{where}: {toll} is not a whole number")
    return problems


def forecast_problems(set_dir: Path) -> list[str]:
    """Every way the forecasts gold of one set breaks what the scorer relies on (empty when sound)."""
    problems = []
    for name, gold, lines in _documents(set_dir):
        published = gold["document"].get("published")
        for forecast in gold.get("forecasts", []):
            where = f"{name} line {forecast.get('line')}"
            line = _line(lines, forecast.get("line"))
            for key in FORECAST_SPANS:
                # the scorer matches spans without regard to case
                if key in forecast and forecast[key].lower() not in (line or "").lower():
                    problems.append(f"{where}: {key} {forecast[key]!r} not on its line")
            low, high = forecast.get("probability_min"), forecast.get("probability_max")
            if low is not None and high is not None and not 0 <= low <= high <= 1:
                problems.append(f"{where}: probability range {low}-{high} not ordered inside [0, 1]")
            if "condition" in forecast and not forecast.get("conditional"):
                problems.append(f"{where}: a condition on a forecast not marked conditional")
            if "due_by" in forecast and published:
                try:
                    if datetime.date.fromisoformat(forecast["due_by"]) < datetime.date.fromisoformat(published):
                        problems.append(f"{where}: due_by {forecast['due_by']} before publication")
                except ValueError:
                    problems.append(f"{where}: due_by {forecast['due_by']!r} not an ISO date")
    return problems


def counts(set_dir: Path) -> dict[str, collections.Counter]:
    """Per gold file: required, optional and trap events by type, and forecasts, for a writer's report."""
    table = {}
    for name, gold, _ in _documents(set_dir):
        tally = collections.Counter()
        for event in gold.get("events", []):
            tally["optional" if event.get("optional") else "required"] += 1
            tally[f"{event['plover']} {'optional' if event.get('optional') else 'required'}"] += 1
        tally["traps"] += len(gold.get("event_traps", []))
        tally["forecasts"] += len(gold.get("forecasts", []))
        table[name] = tally
    return table


def main(argv: list[str]) -> int:
    """Check each set folder named on the command line; print its counts and problems."""
    strict = "--strict" in argv
    argv = [arg for arg in argv if arg != "--strict"]
    if not argv:
        print("usage: python3 tests/gold_checks.py [--strict] tests/events/<set> | tests/forecasts/<set> ...")
        return 2
    found = 0
    for folder in map(Path, argv):
        problems = event_problems(folder, strict) + forecast_problems(folder)
        total = collections.Counter()
        for name, tally in counts(folder).items():
            print(folder.name, name, {k: tally[k] for k in ("required", "optional", "traps", "forecasts") if tally[k]})
            total.update(tally)
        by_type = {k.split()[0]: total[k] for k in sorted(total) if k.endswith(" required")}
        print(folder.name, "total", {k: total[k] for k in ("required", "optional", "traps", "forecasts") if total[k]})
        if by_type:
            print(folder.name, "required by type", by_type)
        for problem in problems:
            print("PROBLEM", folder.name, problem)
        found += len(problems)
    print(f"{found} problem(s)")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
