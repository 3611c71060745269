"""Train the document stance model of `claims check` on FNC-1 development pairs and measure it.

    python scripts/train_stance.py [--fnc1 PATH]      # or: make train-stance (CLAIMLEDGER_FNC1)

Data: the FNC-1 competition test files at PATH ($CLAIMLEDGER_FNC1), pairs with an even Body ID
only (the loader refuses odd ones: they are the held-out test). The even bodies are split by a
hash of their id into a fit part (~70%) and a dev part (~30%) — grouped by body, as the
held-out split is — and only the fit part is used here; the dev part is only measured.

What is trained (archive/stance_model.py):
1. the lexical model: logistic regression over TF-IDF words and word pairs of what a body says
   around the claim (context_text), class-balanced;
2. the tree model: gradient-boosted trees over the readable features (coverage, stance cues,
   negation, hedges, sentence kinds) plus the lexical model's four probabilities. The trees
   learn from out-of-fold lexical probabilities (folds grouped by body), so they do not trust
   the lexical model more than it deserves on unseen bodies;
3. label weights: multipliers of the four probabilities chosen for the best macro F1 on
   out-of-fold predictions of the fit part.

Writes src/claimledger/models/stance/stance_model.json and its model card README.md (with the
dev-part figures of `claims check` and the word-overlap baseline). Deterministic: fixed seeds.
"""
from __future__ import annotations

import argparse
import datetime as dt
import itertools
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from claimledger.archive import stance_model as sm  # noqa: E402
from claimledger.evaluate import fnc1  # noqa: E402

OUT = ROOT / "src" / "claimledger" / "models" / "stance"
FOLDS = 4
SEED = 7
STAGES = 250
LEXICAL_C = 2.0
WEIGHT_GRID = (0.5, 0.7, 1.0, 1.4, 2.0, 2.8, 4.0)


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", flush=True)


def lexical_fit(texts, y):
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = TfidfVectorizer(analyzer=sm.lexical_terms, min_df=3, sublinear_tf=True, max_features=20_000)
    matrix = vectorizer.fit_transform(texts)
    regression = LogisticRegression(C=LEXICAL_C, max_iter=3000, class_weight="balanced")
    regression.fit(matrix, y)
    return vectorizer, regression


def lexical_oof(texts, y, groups) -> np.ndarray:
    from sklearn.model_selection import GroupKFold

    out = np.zeros((len(y), len(fnc1.LABELS)))
    for train, test in GroupKFold(FOLDS).split(texts, y, groups):
        vectorizer, regression = lexical_fit(texts[train], y[train])
        out[test] = regression.predict_proba(vectorizer.transform(texts[test]))
    return out


def trees_fit(X, y):
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.utils.class_weight import compute_sample_weight

    model = GradientBoostingClassifier(n_estimators=STAGES, max_depth=3, learning_rate=0.08, subsample=0.8,
                                       min_samples_leaf=10, random_state=SEED)
    return model.fit(X, y, sample_weight=compute_sample_weight("balanced", y))


def stacked_oof(base, texts, y, groups) -> np.ndarray:
    """Out-of-fold probabilities of the whole stack (lexical inside each training fold too)."""
    from sklearn.model_selection import GroupKFold

    out = np.zeros((len(y), len(fnc1.LABELS)))
    for number, (train, test) in enumerate(GroupKFold(FOLDS).split(base, y, groups), 1):
        inner = lexical_oof(texts[train], y[train], groups[train])
        vectorizer, regression = lexical_fit(texts[train], y[train])
        outer = regression.predict_proba(vectorizer.transform(texts[test]))
        model = trees_fit(np.hstack([base[train], inner]), y[train])
        out[test] = model.predict_proba(np.hstack([base[test], outer]))
        log(f"  fold {number}/{FOLDS} done")
    return out


def tune_weights(probabilities: np.ndarray, y: np.ndarray) -> tuple[list[float], float]:
    labels = np.array(fnc1.LABELS)
    best = (-1.0, [1.0, 1.0, 1.0, 1.0])
    for a, b, c in itertools.product(WEIGHT_GRID, repeat=3):
        weights = np.array([a, b, c, 1.0])
        macro = fnc1.report(list(y), list(labels[(probabilities * weights).argmax(1)])).macro_f1
        if macro > best[0] + 1e-9:
            best = (macro, [a, b, c, 1.0])
    return best[1], best[0]


def table(report: fnc1.Report) -> str:
    rows = [f"| {c.label} | {c.precision:.3f} | {c.recall:.3f} | {c.f1:.3f} | {c.support} |" for c in report.classes]
    return "\n".join(rows)


def card(path: Path, data: dict, measurement: fnc1.Measurement, oof_macro: float, fit_pairs, seconds: float,
         trained: str = "") -> None:
    m = measurement
    text = f"""# Document stance model of `claims check`

Answers where a stored document stands on a claim: agrees, disagrees, discusses or unrelated
(archive/stance_model.py reads `stance_model.json`; nothing here is pickled or downloaded).

- **Data**: FNC-1 (Fake News Challenge) `competition_test_stances.csv` / `competition_test_bodies.csv`,
  pairs with an **even Body ID only** (odd Body IDs are the held-out test and are never read).
- **Split**: the even bodies are cut by a hash of their id (`evaluate/fnc1.py: part_of`,
  sha256 of "fnc1-body-ID", first byte / 256 < {fnc1.DEV_SHARE} -> dev): the **fit** part
  ({len({p.body_id for p in fit_pairs})} bodies, {len(fit_pairs)} pairs) trains everything here; the **dev** part
  ({m.documents} bodies, {m.check.pairs} pairs, {m.headlines} headlines) is only measured. A body is never on both sides.
- **Model**: logistic regression over TF-IDF words/word pairs of what the body says around the
  claim (claim words and capitalised names removed), stacked into {STAGES} rounds of gradient-boosted
  trees (depth 3) over {len(sm.BASE_NAMES)} readable features (coverage of the claim, stance cues of
  data/stance_cues.tsv, stance_words.tsv and stance_commentary.tsv near the claim's words, negation, hedges,
  sentence kinds and certainty); label weights {data["weights"]} tuned on out-of-fold predictions
  of the fit part (macro F1 {oof_macro:.3f} there).
- **Trained**: {trained or dt.date.today().isoformat()}, scikit-learn {_sklearn_version()}, {seconds / 60:.0f} min on 2 shared cores;
  reproduce with `make train-stance` (CLAIMLEDGER_FNC1=/path/to/fnc1).
- **Size**: {path.stat().st_size / 1e6:.1f} MB.

## Dev part, measured through `claims check` (bodies stored in a ledger, each headline checked)

`claimledger eval --fnc1 PATH` prints this table.

| | macro F1 | FNC-1 score (share of best) | accuracy |
|---|---|---|---|
| `claims check` | {m.check.macro_f1:.3f} | {m.check.fnc_score:.3f} | {m.check.accuracy:.3f} |
| word-overlap baseline (overlap >= {m.threshold:.2f} -> discuss) | {m.baseline.macro_f1:.3f} | {m.baseline.fnc_score:.3f} | {m.baseline.accuracy:.3f} |

`claims check`, per class:

| label | precision | recall | F1 | pairs |
|---|---|---|---|---|
{table(m.check)}

Baseline, per class:

| label | precision | recall | F1 | pairs |
|---|---|---|---|---|
{table(m.baseline)}

## Limits

FNC-1's bodies are 2014-2017 viral and political news; its headlines recur across bodies, so
the lexical part has seen the stories of the dev (and held-out) headlines with other bodies.
On geopolitical commentary the readable cues carry more of the answer than the lexical part.
The label "disagree" is the rarest and the hardest: read its figures with their support.
"""
    (path.parent / "README.md").write_text(text, encoding="utf-8")


def rewrite_card(args) -> None:
    """After a change to `claims check` (not to the model): the card's dev figures again."""
    out = Path(args.out)
    data = json.loads(out.read_text(encoding="utf-8"))
    fit_pairs = fnc1.split(fnc1.load_pairs(args.fnc1), "fit")
    measurement = fnc1.measure(args.fnc1, "dev")
    data["card"].update({"dev_macro_f1": round(measurement.check.macro_f1, 4),
                         "dev_fnc_score": round(measurement.check.fnc_score, 4)})
    out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    minutes = data["card"].get("train_minutes", 0) * 60
    card(out, data, measurement, data["card"]["oof_macro_f1"], fit_pairs, minutes, data["card"]["trained"])
    log(f"dev: macro F1 {measurement.check.macro_f1:.3f} (baseline {measurement.baseline.macro_f1:.3f})")


def _sklearn_version() -> str:
    import sklearn

    return sklearn.__version__


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fnc1", help="folder of the FNC-1 files (default: $CLAIMLEDGER_FNC1)")
    parser.add_argument("--out", default=str(OUT / sm.MODEL_FILE))
    parser.add_argument("--card-only", action="store_true",
                        help="keep the model; measure `claims check` on the dev part again and rewrite the model card")
    args = parser.parse_args()
    if args.card_only:
        rewrite_card(args)
        return
    started = time.perf_counter()
    pairs = fnc1.load_pairs(args.fnc1)
    fit_pairs = fnc1.split(pairs, "fit")
    bodies = fnc1.load_bodies(args.fnc1)
    log(f"{len(fit_pairs)} fit pairs; analysing {len({p.body_id for p in fit_pairs})} bodies (cached after the first run)")
    analyses = fnc1.analysed_bodies(bodies, sorted({p.body_id for p in fit_pairs}))
    docs = {body_id: sm.prepare_document(sm.view_of_analysis(a)) for body_id, a in analyses.items()}
    claims = {h: sm.prepare_claim(h) for h in {p.headline for p in fit_pairs}}
    base = np.vstack([sm.base_features(claims[p.headline], docs[p.body_id]) for p in fit_pairs])
    texts = np.array([sm.context_text(claims[p.headline], docs[p.body_id]) for p in fit_pairs], dtype=object)
    y = np.array([p.stance for p in fit_pairs])
    groups = np.array([p.body_id for p in fit_pairs])
    log("out-of-fold predictions of the whole stack (for the label weights)")
    weights, oof_macro = tune_weights(stacked_oof(base, texts, y, groups), y)
    log(f"label weights {weights}, out-of-fold macro F1 {oof_macro:.3f}")
    log("final fit")
    lexical_inner = lexical_oof(texts, y, groups)
    vectorizer, regression = lexical_fit(texts, y)
    stacked = np.hstack([base, lexical_inner])
    trees = trees_fit(stacked, y)
    data = sm.export_gradient_boosting(trees, weights, {}, stacked, lexical=sm.export_lexical(vectorizer, regression))
    exported = sm.TreeModel(data)
    drift = np.abs(exported.probabilities(stacked[:500]) - trees.predict_proba(stacked[:500])).max()
    if drift > 1e-6:
        raise SystemExit(f"exported trees differ from scikit-learn's by {drift}")
    check_text = texts[:200]
    lexical_drift = max(np.abs(exported.lexical.probabilities(t) - regression.predict_proba(vectorizer.transform([t]))[0]).max()
                        for t in check_text)
    if lexical_drift > 1e-4:
        raise SystemExit(f"exported lexical model differs from scikit-learn's by {lexical_drift}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    data["card"] = {"data": "FNC-1 competition test, even Body IDs, fit part", "trained": dt.date.today().isoformat(),
                    "fit_pairs": len(fit_pairs), "oof_macro_f1": round(oof_macro, 4),
                    "train_minutes": round((time.perf_counter() - started) / 60, 1)}
    out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    sm.load_model.cache_clear()
    log(f"wrote {out} ({out.stat().st_size / 1e6:.1f} MB); measuring `claims check` on the dev part")
    measurement = fnc1.measure(args.fnc1, "dev")
    data["card"].update({"dev_macro_f1": round(measurement.check.macro_f1, 4),
                         "dev_fnc_score": round(measurement.check.fnc_score, 4)})
    out.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    card(out, data, measurement, oof_macro, fit_pairs, time.perf_counter() - started)
    log(f"dev: macro F1 {measurement.check.macro_f1:.3f} (baseline {measurement.baseline.macro_f1:.3f}); "
        + ", ".join(f"{c.label} F1 {c.f1:.2f}" for c in measurement.check.classes))


if __name__ == "__main__":
    main()
