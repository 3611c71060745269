"""Fit the weights of claimledger.certainty_model (data/certainty_weights.tsv) on the TRAIN
topics of our labelled sentence file and, optionally, the TRAIN half of a public hedge corpus;
test topics and test halves are never read here.

    .venv/bin/python scripts/fit_certainty.py corpus/certainty/sentences.tsv \
        [--public "$CLAIMLEDGER_HEDGE"] [--write]

L2-regularised logistic regression (Newton's method), target = plain (1) vs hedged (0), one
input per feature of certainty_model.INPUTS. --public adds the train half (odd-numbered
documents) of a hedge corpus in the BioScope / CoNLL-2010 / Szeged XML (evaluate/certainty.py,
read_hedge_xml): our corpus is too small to weigh each hedge family alone, the public one is
large but of another genre and another labelling (it does not count tendencies, "often", as
uncertainty; ours does). So each corpus gets the same total weight, and within a corpus both
classes get the same weight: the certainty stays P(plain) for a sentence as likely hedged as
not, as our corpus (half hedged) calibrated it, whatever the public corpus's share of hedges.

The penalty is chosen by cross-validation with the one-standard-error rule (Breiman et al.
1984): the LARGEST penalty whose held-out log-likelihood is within one standard error (across
folds) of the best. Folds: each topic of our corpus, and ten folds of the public corpus's
documents. Then it is refitted on all of it. Prints the weights and the cross-validated
figures; --write writes the weights file.
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
PUBLIC_FOLDS = 10
OUT = Path(__file__).resolve().parent.parent / "src" / "claimledger" / "data" / "certainty_weights.tsv"


def design(rows: list[dict]) -> tuple[np.ndarray, np.ndarray]:
    nlp = load_pipeline(get_settings().pipeline)
    xs = []
    for doc in nlp.pipe([r["text"] for r in rows], batch_size=256):
        found = [c for sent in doc.sents for c in certainty_model.cues(sent)]
        values = certainty_model.feature_values(found)
        xs.append([values[f] for f in certainty_model.INPUTS])
    y = np.array([1.0 if r["label"] == "plain" else 0.0 for r in rows])
    return np.array(xs), y


def balanced(y: np.ndarray, corpora: list[str]) -> np.ndarray:
    """Sample weights: each corpus the same total, each class half of its corpus; mean 1."""
    weights = np.zeros(len(y))
    names = np.array(corpora)
    for corpus in set(corpora):
        for label in (0.0, 1.0):
            chosen = (names == corpus) & (y == label)
            if chosen.any():
                weights[chosen] = 0.5 / chosen.sum()
    return weights * len(y) / weights.sum()


def fit(x: np.ndarray, y: np.ndarray, penalty: float, weights: np.ndarray | None = None) -> np.ndarray:
    """Weights [bias, w_1 .. w_k] maximising the weighted log-likelihood - penalty/2 * |w|^2 (bias free)."""
    s = np.ones(len(y)) if weights is None else weights
    a = np.hstack([np.ones((len(x), 1)), x])
    w = np.zeros(a.shape[1])
    reg = np.full(a.shape[1], penalty)
    reg[0] = 0.0
    for _ in range(100):
        p = 1 / (1 + np.exp(-a @ w))
        gradient = a.T @ (s * (y - p)) - reg * w
        hessian = (a * (s * p * (1 - p))[:, None]).T @ a + np.diag(reg) + 1e-9 * np.eye(len(w))
        step = np.linalg.solve(hessian, gradient)
        w += step
        if np.abs(step).max() < 1e-8:
            break
    return w


def predict(w: np.ndarray, x: np.ndarray) -> np.ndarray:
    return 1 / (1 + np.exp(-(w[0] + x @ w[1:])))


def cross_validate(x, y, weights, folds, penalty) -> tuple[float, float, float]:
    """Held-out fold by fold: mean weighted log-likelihood per sentence, its standard error
    across folds, and the pooled ROC AUC."""
    per_fold, scores = [], np.zeros(len(y))
    for fold in sorted(set(folds)):
        held = np.array([f == fold for f in folds])
        w = fit(x[~held], y[~held], penalty, weights[~held])
        p = np.clip(predict(w, x[held]), 1e-6, 1 - 1e-6)
        ll = y[held] * np.log(p) + (1 - y[held]) * np.log(1 - p)
        per_fold.append(float(np.average(ll, weights=weights[held])))
        scores[held] = p
    auc = roc_auc(list(1 - scores), [v == 0 for v in y])
    return float(np.mean(per_fold)), float(np.std(per_fold, ddof=1) / math.sqrt(len(per_fold))), auc


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpus", help="our labelled sentences (TSV with topic and split columns)")
    parser.add_argument("--public", help="a public hedge corpus (BioScope / CoNLL-2010 / Szeged XML): its train half is added")
    parser.add_argument("--write", action="store_true")
    args = parser.parse_args()
    rows = read_corpus(args.corpus, "train")
    folds = [f"topic:{r.get('topic', '')}" for r in rows]
    corpora = ["ours"] * len(rows)
    if args.public:
        public = read_corpus(args.public, "train")
        documents = sorted({r["id"].rsplit(":", 1)[0] for r in public})
        fold_of = {d: i % PUBLIC_FOLDS for i, d in enumerate(documents)}
        folds += [f"public:{fold_of[r['id'].rsplit(':', 1)[0]]}" for r in public]
        corpora += ["public"] * len(public)
        rows = rows + public
    x, y = design(rows)
    weights = balanced(y, corpora)
    results = {pen: cross_validate(x, y, weights, folds, pen) for pen in PENALTIES}
    for pen, (ll, se, auc) in results.items():
        print(f"penalty {pen:>5}: held-out log-likelihood {ll:.4f} (se {se:.4f}), ROC AUC {auc:.3f}")
    top = max(PENALTIES, key=lambda pen: results[pen][0])
    best = max(pen for pen in PENALTIES if results[pen][0] >= results[top][0] - results[top][1])
    w = fit(x, y, best, weights)
    train_auc = roc_auc(list(1 - predict(w, x)), [v == 0 for v in y])
    names = ("bias",) + certainty_model.INPUTS
    for name, value in zip(names, w):
        print(f"{name:>14} {value:+.3f}   (present in {int(x[:, names.index(name) - 1].sum()) if name != 'bias' else len(y)})")
    print(f"chosen penalty {best}; cross-validated AUC {results[best][2]:.3f}; train AUC {train_auc:.3f}")
    if args.write:
        ours = corpora.count("ours")
        public = (f" and the train half (odd-numbered documents) of {Path(args.public).name}\n# ({len(y) - ours} sentences, "
                  f"{int(sum(y[ours:] == 0))} hedged), each corpus weighted equally, classes balanced within it,"
                  if args.public else "")
        header = (
            "# Weights of claimledger.certainty_model: logistic regression, certainty = P(plain assertion).\n"
            f"# Fitted by scripts/fit_certainty.py on {dt.date.today().isoformat()} on the train topics of {args.corpus}\n"
            f"# ({ours} sentences, {int(sum(y[:ours] == 0))} hedged){public}\n"
            f"# L2 penalty {best} chosen by cross-validation (our topics, ten folds of public documents), one-standard-error\n"
            f"# rule (held-out ROC AUC {results[best][2]:.3f}). Card: certainty_weights.md.\n")
        lines = ["feature\tweight"] + [f"{n}\t{v:.4f}" for n, v in zip(names, w)]
        OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
