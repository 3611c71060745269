"""Forecast gold files -> one row per sentence as claimledger analyses it (JSON lines), for the
embedding head of the forecast second look (training/forecast_embeddings/train.py).

    python training/forecast_embeddings/sentences.py OUT.jsonl GOLD.json [GOLD.json ...]

Each gold file is analysed with the default settings (the rules alone), so a row is a sentence
the second look would see, with what the rules did with it:
  text, file, split ("train"/"dev"), line, holds (a gold forecast's text overlaps it),
  rules (the rules found a forecast in it), open (neither the rules found one nor is it a question
  or in an appeal to readers: the sentences the second look reads), ngram (the n-gram sentence
  classifier's score, models/forecast_sentences/, the cheap filter and the comparison).
Files are split as for the cue head and the n-gram classifier (training/forecasts/convert.py
split_files: every 5th counted file is dev, the read held-out sets always train); its NEVER list
refuses the blind set and the seed.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _cue_convert():
    spec = importlib.util.spec_from_file_location("forecast_convert", HERE.parent / "forecasts" / "convert.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def rows_of(path: str, split: str, settings) -> list[dict]:
    from claimledger.evaluate.gold import load_gold
    from claimledger.extract.context import asks_question
    from claimledger.pipeline import analyze

    gold = load_gold(path)
    analysis = analyze(gold.document(), settings=settings)
    spans = [s for s in (gold.span(analysis, item["line"], item["text"]) for item in gold.data.get("forecasts", []))
             if s is not None]
    taken = {f.sentence_id for f in analysis.forecasts}
    rows = []
    for s in analysis.sentences:
        holds = any(a < s.end and b > s.start for a, b in spans)
        rows.append({"file": path, "split": split, "line": s.line, "text": s.text, "holds": holds,
                     "rules": s.id in taken,
                     "open": s.id not in taken and s.section != "appeal" and not asks_question(s.text)})
    return rows


def build(out: str, gold_files: list[str]) -> dict:
    from claimledger.extract.forecasts.sentence_model import scores
    from claimledger.settings import Settings

    files = sorted(p for p in set(gold_files) if "forecasts" in json.loads(Path(p).read_text(encoding="utf-8")))
    train, dev = _cue_convert().split_files(files)
    settings = Settings()
    rows = []
    for path in files:
        rows += rows_of(path, "dev" if path in dev else "train", settings)
    for row, score in zip(rows, scores([r["text"] for r in rows])):
        row["ngram"] = round(score, 4)
    with open(out, "w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row) + "\n")
    return {split: {"files": len(names), "sentences": sum(r["split"] == split for r in rows),
                    "forecast": sum(r["split"] == split and r["holds"] for r in rows),
                    "open_forecast": sum(r["split"] == split and r["holds"] and r["open"] for r in rows),
                    "open": sum(r["split"] == split and r["open"] for r in rows)}
            for split, names in (("train", train), ("dev", dev))}


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: sentences.py OUT.jsonl GOLD.json [GOLD.json ...]")
    print(json.dumps(build(sys.argv[1], sys.argv[2:])))
