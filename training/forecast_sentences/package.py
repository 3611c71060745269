"""Copy the trained forecast sentence classifier (model-best) into the package:
src/claimledger/models/forecast_sentences/, with head.json (threshold, data, split, dev scores,
date, training seconds, spaCy version) beside it.

    python training/forecast_sentences/package.py WORK_DIR [TRAIN_SECONDS]

WORK_DIR is convert.py's output folder (train.spacy, dev.spacy, split.json, out/model-best).
The dev scores are sentence-level: ROC AUC, and precision / recall of "holds a forecast" at the
threshold. The threshold (THRESHOLD, 0.90 since 2026-12-04) was chosen on the forecast-level
figures of the dev files and of real commentary (claimledger eval with the classifier at 0.6 ...
0.9; models/forecast_sentences/MODEL_CARD.md): the cut at which dev found precision does not fall
and the seed and the news files get (almost) no new false alarm.
"""
from __future__ import annotations

import datetime
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src" / "claimledger" / "models" / "forecast_sentences"
LABEL = "FORECAST"
THRESHOLD = 0.9


def _auc(scores: list[float], labels: list[bool]) -> float:
    """ROC AUC as the chance a random forecast sentence outscores a random other one."""
    pos = [s for s, y in zip(scores, labels) if y]
    neg = [s for s, y in zip(scores, labels) if not y]
    wins = sum((p > n) + 0.5 * (p == n) for p in pos for n in neg)
    return wins / (len(pos) * len(neg))


def dev_scores(model_dir: Path, dev_path: Path) -> dict:
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.load(model_dir)
    docs = list(DocBin().from_disk(dev_path).get_docs(nlp.vocab))
    labels = [d.cats[LABEL] >= 0.5 for d in docs]
    scores = [d.cats[LABEL] for d in nlp.pipe(d.text for d in docs)]
    said = [s >= THRESHOLD for s in scores]
    tp = sum(a and b for a, b in zip(said, labels))
    return {"sentences": len(docs), "forecast_sentences": sum(labels), "roc_auc": round(_auc(scores, labels), 3),
            "precision_at_threshold": round(tp / max(1, sum(said)), 3), "recall_at_threshold": round(tp / max(1, sum(labels)), 3)}


def package(work: str, seconds: float | None = None) -> Path:
    import spacy

    work_dir = Path(work)
    best = work_dir / "out" / "model-best"
    card = TARGET / "MODEL_CARD.md"
    kept = card.read_text(encoding="utf-8") if card.is_file() else None   # written by hand: kept
    if TARGET.exists():
        shutil.rmtree(TARGET)
    shutil.copytree(best, TARGET)
    if kept is not None:
        card.write_text(kept, encoding="utf-8")
    split = json.loads((work_dir / "split.json").read_text(encoding="utf-8"))
    meta = {
        "what": "forecast sentence classifier (spaCy textcat_multilabel, TextCatBOW.v3, words and word pairs)",
        "threshold": THRESHOLD,
        "trained": datetime.date.today().isoformat(),
        "train_seconds": None if seconds is None else round(seconds),
        "spacy": spacy.__version__,
        "base_pipeline": None,
        "data": {"train_files": [str(Path(p)) for p in split["train_files"]],
                 "dev_files": [str(Path(p)) for p in split["dev_files"]], "sentences": split["sentences"]},
        "dev": dev_scores(best, work_dir / "dev.spacy"),
    }
    (TARGET / "head.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
    return TARGET


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: package.py WORK_DIR [TRAIN_SECONDS]")
    where = package(sys.argv[1], float(sys.argv[2]) if len(sys.argv) == 3 else None)
    print(f"forecast sentence classifier packaged in {where}")
