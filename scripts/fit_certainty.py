"""Fit the weights of claimledger.certainty_model (data/certainty_weights.tsv) on the TRAIN
topics of a labelled sentence file; the test topics are never read here.

    .venv/bin/python scripts/fit_certainty.py corpus/certainty/sentences.tsv [--write]

L2-regularised logistic regression (Newton's method), target = plain (1) vs hedged (0),  inputs
certainty_model.INPUTS. The penalty is chosen by leave-one-topic-out cross-validation on the
train topics with the one-standard-error rule (Breiman et al. 1984): the LARGEST penalty whose
held-out log-likelihood is within one standard error (across topics) of the best. The corpus is
small and written by one hand, so of the models that fit it about as well the one with smaller
weights is the one more likely to carry to other writers. Then it is refitted on all train topics.
Prints the weights and the cross-validated figures; --write writes the weights file.
"""
from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
from pathlib import Path

import numpy as np

from claimledger.extract.sentence import certainty_model
from claimledger.evaluate.certainty import read_corpus, roc_auc
from claimledger.parse import load_pipeline
from claimledger.settings import get_settings

PENALTIES = (0.1, 0.3, 1.0, 3.0, 10.0, 30.0)
OUT = Path(__file__).resolve().parent.parent / "src" / "claimledger" / "data" / "certainty_weights.tsv"


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    nlp = load_pipeline(get_settings().pipeline)
    xs = []
    for doc in nlp.pipe([r["text"] for r in rows]):
        found = [c for sent in doc.sents for c in certainty_model.cues(sent)]
        values = certainty_model.feature_values(found)
        xs.append([values[f] for f in certainty_model.INPUTS])
    y = np.array([1.0 if r["label"] == "plain" else 0.0 for r in rows])
    return np.array(xs), y


def fit(x: np.ndarray, y: np.ndarray, penalty: float) -> np.ndarray:
    """Weights [bias, w_1 .. w_k] maximising log-likelihood - penalty/2 * |w|^2 (bias free)."""
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-a @ w))
        gradient = a.T @ (y - p) - reg * w
        hessian = (a * (p * (1 - p))[:, None]).T @ a + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(w[0] + x @ w[1:])))


def cross_validate(x, y, topics, penalty) -> tuple[float, float, float]:
    """Leave-one-topic-out: mean log-likelihood per sentence, its standard error across topics,
    and the pooled ROC AUC."""
    per_topic, scores = [], np.zeros(len(y))
    for topic in sorted(set(topics)):
        held = np.array([t == topic for t in topics])
        w = fit(x[~held], y[~held], penalty)
        p = np.clip(predict(w, x[held]), 1e-6, 1 - 1e-6)
        per_topic.append(float(np.mean(y[held] * np.log(p) + (1 - y[held]) * np.log(1 - p))))
        scores[held] = p
    auc = roc_auc(list(1 - scores), [v == 0 for v in y])
    return float(np.mean(per_topic)), float(np.std(per_topic, ddof=1) / math.sqrt(len(per_topic))), auc


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows = read_corpus(args.corpus, "train")
    topics = [r.get("topic", "") for r in rows]
    x, y = design(rows)
    results = {pen: cross_validate(x, y, topics, pen) for pen in PENALTIES}
    for pen, (ll, se, auc) in results.items():
        print(f"penalty {pen:>5}: held-out log-likelihood {ll:.4f} (se {se:.4f}), ROC AUC {auc:.3f}")
    top = max(PENALTIES, key=lambda pen: results[pen][0])
    best = max(pen for pen in PENALTIES if results[pen][0] >= results[top][0] - results[top][1])
    w = fit(x, y, best)
    train_auc = roc_auc(list(1 - predict(w, x)), [v == 0 for v in y])
    names = ("bias",) + certainty_model.INPUTS
    for name, value in zip(names, w):
        print(f"{name:>14} {value:+.3f}   (present in {int(x[:, names.index(name) - 1].sum()) if name != 'bias' else len(y)})")
    print(f"chosen penalty {best}; cross-validated AUC {results[best][2]:.3f}; train AUC {train_auc:.3f}")
    if args.write:
        header = (
            "# Weights of claimledger.certainty_model: logistic regression, certainty = P(plain assertion).\n"
            f"# Fitted by scripts/fit_certainty.py on the train topics of {args.corpus} ({len(y)} sentences,\n"
            f"# {int(sum(y == 0))} hedged) on {dt.date.today().isoformat()}; L2 penalty {best} chosen by leave-one-topic-out\n"
            f"# cross-validation, one-standard-error rule (held-out ROC AUC {results[best][2]:.3f}). Card: certainty_weights.md.\n")
        lines = ["feature\tweight"] + [f"{n}\t{v:.4f}" for n, v in zip(names, w)]
        OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
