"""Fit the event verifier (a logistic regression) on examples from collect.py, choose its
threshold, and score what dropping the rejected events does to the type's precision and recall.

    python training/event_verifier/fit.py TRAIN.pkl [TRAIN.pkl ...] --measure TEST.pkl [...] [--write WEIGHTS.json]

The threshold is chosen on the training files themselves, but from out-of-fold probabilities
(five folds by file: each file is scored by a model that never saw it), so it is chosen as it
will meet unseen text: the one with the best type F1 over the out-of-fold run (ties to the lower,
fewer events dropped). `--threshold` sets one instead; 0.45, the precision-leaning point of the
2026-12-04 measurement (out-of-fold recall down less than 0.01), is what `make
train-event-verifier` builds (docs/events.md, "A learned event verifier").

Scores are the scorer's own (evaluate/events.py field_scores, row `type`): each file's
Analysis is kept from collect.py, the rejected happened events are removed from it, and it is
scored again, so "after" is what `claimledger eval` would print but for the few places where
the extractor reads its own earlier events (a later toll joining a dropped attack).
scikit-learn is needed here only; the run time reads the weights with plain Python.
"""
from __future__ import annotations

import argparse
import json
import pickle
import sys
from datetime import date

import numpy as np
from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from claimledger.evaluate.events import field_scores
from claimledger.evaluate.gold import Score, load_gold

# L2 strength and no class weights: the best out-of-fold AUC of C in 0.03-1, balanced or not
# (2026-12-04: 0.83 here; 0.81-0.83 for the others)
C = 0.3
FOLDS = 5
THRESHOLDS = [round(x, 2) for x in np.arange(0.05, 0.80, 0.05)]


def load(paths):
    files = []
    for p in paths:
        with open(p, "rb") as fh:
            files += pickle.load(fh)
    return files


def examples(files):
    X, y, where = [], [], []
    for n, f in enumerate(files):
        for eid, label, feats in f["examples"]:
            if label is None:
                continue
            X.append(feats)
            y.append(label)
            where.append(n)
    return X, np.array(y), np.array(where)


def fit(X, y):
    vec = DictVectorizer()
    model = LogisticRegression(C=C, max_iter=3000)
    model.fit(vec.fit_transform(X), y)
    return vec, model


def probabilities(vec, model, files) -> dict[tuple[int, str], float]:
    out = {}
    for n, f in enumerate(files):
        if not f["examples"]:
            continue
        p = model.predict_proba(vec.transform([e[2] for e in f["examples"]]))[:, 1]
        out.update({(n, e[0]): float(q) for e, q in zip(f["examples"], p)})
    return out


def out_of_fold(files) -> dict[tuple[int, str], float]:
    order = np.arange(len(files))
    out = {}
    for k in range(FOLDS):
        held = set(order[k::FOLDS])
        train = [f for n, f in enumerate(files) if n not in held]
        vec, model = fit(*examples(train)[:2])
        probs = probabilities(vec, model, files)
        out.update({key: p for key, p in probs.items() if key[0] in held})
    return out


def scored(files, probs, threshold) -> tuple[Score, Score]:
    """(type score with the events below threshold dropped, the keyword baseline's type score)."""
    total, base = Score(), Score()
    for n, f in enumerate(files):
        analysis = f["analysis"]
        drop = {eid for (m, eid), p in probs.items() if m == n and p < threshold}
        kept = analysis.model_copy(update={"events": [e for e in analysis.events if e.id not in drop]})
        scores = field_scores(kept, load_gold(f["path"]))
        total = total + scores["claimledger"]["type"]
        base = base + scores["baseline"]["type"]
    return total, base


def line(name, s: Score) -> str:
    return f"{name}: tp {s.tp} fp {s.fp} fn {s.fn}  P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}"


def choose(files, probs) -> float:
    best, best_f1 = 0.0, scored(files, probs, 0.0)[0].f1
    print(line("  out-of-fold, no verifier", scored(files, probs, 0.0)[0]))
    for t in THRESHOLDS:
        s = scored(files, probs, t)[0]
        print(line(f"  out-of-fold, threshold {t:.2f}", s))
        if s.f1 > best_f1 + 1e-9:
            best, best_f1 = t, s.f1
    return best


def table(vec, model, threshold, n_train, files) -> dict:
    from claimledger.parse import load_pipeline
    from claimledger.settings import get_settings

    meta = load_pipeline(get_settings().pipeline).meta
    weights = {name: round(float(w), 5) for name, w in zip(vec.get_feature_names_out(), model.coef_[0]) if abs(w) >= 1e-4}
    return {"base": {"name": f"{meta['lang']}_{meta['name']}", "version": meta["version"]},
            "trained": date.today().isoformat(), "C": C, "threshold": threshold, "examples": n_train,
            "files": [f["path"] for f in files], "bias": round(float(model.intercept_[0]), 5),
            "weights": dict(sorted(weights.items()))}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("train", nargs="+")
    ap.add_argument("--measure", nargs="*", default=[])
    ap.add_argument("--threshold", type=float, default=None, help="use this threshold instead of choosing one")
    ap.add_argument("--write", default=None)
    args = ap.parse_args()
    files = load(args.train)
    seed = [f["path"] for f in files if f["path"].endswith("seed.json")]
    if seed:
        sys.exit(f"fit.py: {seed[0]} is the seed, kept for measuring; never trained on")
    X, y, _ = examples(files)
    print(f"{len(y)} examples, {int((y == 0).sum())} wrong", file=sys.stderr)
    threshold = args.threshold if args.threshold is not None else choose(files, out_of_fold(files))
    print(f"threshold {threshold:.2f}")
    vec, model = fit(X, y)
    for path in args.measure:
        test = load([path])
        probs = probabilities(vec, model, test)
        before, base = scored(test, probs, 0.0)
        after, _ = scored(test, probs, threshold)
        print(path)
        print(line("  before  ", before))
        print(line("  after   ", after))
        print(line("  baseline", base))
    if args.write:
        with open(args.write, "w", encoding="utf-8") as fh:
            json.dump(table(vec, model, threshold, len(y), files), fh, sort_keys=True)
            fh.write("\n")


if __name__ == "__main__":
    main()
