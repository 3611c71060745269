"""How far two readers agree: one gold set scored against a second reader's annotation of the
same texts, with claimledger's own scorers (the second reader stands where the tool stands).

    python scripts/gold_agreement.py FIRST_GOLD_DIR SECOND_GOLD_DIR

Files are paired by name. For events, the first reader's gold is the answer key and the second
reader's events are the "system": the type row is counted exactly as `claimledger eval` counts
it (evaluate/event_fields.py pairing; happened events against happened ones), except that an
event the second reader marked optional is not a false alarm when nothing pairs with it (that
reader did not commit to it). For forecasts, the second reader's items are paired with the
first's as the forecast scorer pairs (same line, overlapping text, one to one); "in range" is
the second reader's midpoint inside the first reader's range, and "ranges overlap" the looser
reading. Then the roles swap, so both directions are printed.

Why: a must-reach on gold written by another reader cannot sit much above what two readers
following the same guidelines reach with each other; this measures that ceiling.
"""
from __future__ import annotations

import sys
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from claimledger.evaluate.baseline import ForecastView  # noqa: E402
from claimledger.evaluate.event_fields import HAPPENED, EventView, pair_events  # noqa: E402
from claimledger.evaluate.events import gold_events  # noqa: E402
from claimledger.evaluate.forecasts import match  # noqa: E402
from claimledger.evaluate.gold import Gold, load_gold  # noqa: E402


def _text(gold: Gold) -> str:
    return gold.article_path.read_text(encoding="utf-8")


def _as_views(gold: Gold, text: str) -> list[tuple[EventView, bool]]:
    """The second reader's events as a system's: (view, marked optional)."""
    return [(EventView(code=g.codes[0], line=g.line or 0, start=g.anchor_start,
                       factuality=g.factuality or "asserted"), g.optional)
            for g in gold_events(gold, text)]


def event_agreement(key: Gold, other: Gold) -> tuple[int, int, int]:
    """(tp, fp, fn) of the type row, `other` scored against `key`, happened events only."""
    text = _text(key)
    golds = [g for g in gold_events(key, text) if g.factuality in (None, *HAPPENED)]
    views = [(v, opt) for v, opt in _as_views(other, text) if v.factuality in HAPPENED]
    paired = pair_events(golds, [v for v, _ in views])
    tp = sum(1 for g, v in zip(golds, paired) if not g.optional and v is not None)
    fn = sum(1 for g, v in zip(golds, paired) if not g.optional and v is None)
    taken = {id(v) for v in paired if v is not None}
    fp = sum(1 for v, optional in views if id(v) not in taken and not optional)
    return tp, fp, fn


def _forecast_views(gold: Gold, stand_in) -> tuple[list[ForecastView], dict[str, tuple]]:
    """The second reader's forecasts as a system's, with each one's range by id."""
    out, ranges = [], {}
    for k, item in enumerate(gold.data.get("forecasts", [])):
        span = gold.span(stand_in, item["line"], item["text"])
        if span is None:
            continue
        low, high = item.get("probability_min"), item.get("probability_max")
        out.append(ForecastView(id=f"f{k}", line=item["line"], start=span[0], end=span[1],
                                probability=(low + high) / 2 if low is not None and high is not None else None,
                                statement=item["text"], by=item.get("by", "author")))
        ranges[out[-1].id] = (low, high)
    return out, ranges


def forecast_agreement(key: Gold, other: Gold) -> dict[str, int]:
    stand_in = SimpleNamespace(document=SimpleNamespace(text=_text(key)), sources=[])
    predicted, ranges = _forecast_views(other, stand_in)
    pairs = match(stand_in, key, predicted)
    found = [(item, hit) for item, hit in pairs if hit is not None]
    ranged = [(item, hit) for item, hit in found if "probability_min" in item and hit.probability is not None]
    return {
        "tp": len(found), "fn": len(pairs) - len(found), "fp": len(predicted) - len(found),
        "ranged": len(ranged),
        "in_range": sum(item["probability_min"] <= hit.probability <= item["probability_max"] for item, hit in ranged),
        "overlap": sum(item["probability_min"] <= ranges[hit.id][1] and ranges[hit.id][0] <= item["probability_max"]
                       for item, hit in ranged),
    }


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "-"


def main(first: str, second: str) -> None:
    pairs = []
    for path in sorted(Path(second).glob("*.json")):
        twin = Path(first) / path.name
        if twin.exists():
            pairs.append((load_gold(str(twin)), load_gold(str(path))))
    if not pairs:
        sys.exit("gold_agreement: no file of the second folder has a namesake in the first")
    for label, (a_of, b_of) in (("second scored against first", (0, 1)), ("first scored against second", (1, 0))):
        ev = [0, 0, 0]
        fc = {"tp": 0, "fp": 0, "fn": 0, "ranged": 0, "in_range": 0, "overlap": 0}
        for pair in pairs:
            key, other = pair[a_of], pair[b_of]
            if key.has("events") and other.has("events"):
                ev = [x + y for x, y in zip(ev, event_agreement(key, other))]
            if key.has("forecasts") and other.has("forecasts"):
                for k, v in forecast_agreement(key, other).items():
                    fc[k] += v
        print(f"{label} ({len(pairs)} files)")
        if any(ev):
            tp, fp, fn = ev
            print(f"  events, type: P {_ratio(tp, tp + fp)}  R {_ratio(tp, tp + fn)}  ({tp} / {fp} / {fn})")
        if fc["tp"] + fc["fn"]:
            print(f"  forecasts found: P {_ratio(fc['tp'], fc['tp'] + fc['fp'])}  R {_ratio(fc['tp'], fc['tp'] + fc['fn'])}"
                  f"  ({fc['tp']} / {fc['fp']} / {fc['fn']}); midpoint in range {_ratio(fc['in_range'], fc['ranged'])}"
                  f", ranges overlap {_ratio(fc['overlap'], fc['ranged'])} (of {fc['ranged']})")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__.strip().splitlines()[2].strip())
    main(sys.argv[1], sys.argv[2])
