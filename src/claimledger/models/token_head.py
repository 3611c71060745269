"""A token classifier head over the base pipeline's own tok2vec output (`doc.tensor`).

Each token's label (O, or B-/I- of one of the head's labels) is read from the vectors of a
window of tokens around it (the token and `window` neighbours each side, within its line's Doc)
by one hidden layer (ReLU) and a softmax: a few matrix products per batch of Docs, where a
transition-based NER walks its state machine token by token. The tags of a line are the best
BIO sequence under those probabilities and learned transition scores (viterbi, every Doc of the
batch a step at once; no I- at a sentence start). Spans are the runs of one label, cut at the
parser's sentence starts, as a spaCy NER's are; they go to
`doc.spans[spans_key]`, `doc.ents` untouched.

The weights (`weights.npz`: `W1` (2*window+1)*width x hidden, `b1`, `W2` hidden x tags, `b2`,
and `transitions` tags x tags) are trained by `training/token_head.py` on the same tensors (the frozen tok2vec of the base
pipeline, which `head.json` fingerprints: models.mismatch).
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

import numpy as np
from spacy.language import Language
from spacy.tokens import Span
from thinc.api import NumpyOps

FACTORY = "claimledger_token_head"
# thinc's single-threaded blis products, as spaCy's own layers use: numpy's threaded BLAS, on a
# busy machine, waits for its threads (measured ten times slower here for these small products)
_OPS = NumpyOps()
WEIGHTS = "weights.npz"


def tag_names(labels: Sequence[str]) -> list[str]:
    """The classifier's outputs: O, then B- and I- of each label in order."""
    return ["O"] + [f"{p}-{label}" for label in labels for p in ("B", "I")]


def side_by_side(w1: np.ndarray, window: int) -> np.ndarray:
    """W1 (one block of rows per offset) as width x (offsets*hidden): one product gives every
    token's part in each offset's sum."""
    k = 2 * window + 1
    return np.ascontiguousarray(w1.reshape(k, -1, w1.shape[1]).transpose(1, 0, 2).reshape(-1, k * w1.shape[1]))


def hidden_of(x: np.ndarray, lengths: np.ndarray, w1_wide: np.ndarray, b1: np.ndarray, window: int) -> np.ndarray:
    """The hidden layer (before ReLU) of every token of a batch: `x` the tokens' vectors
    (N x width), Doc after Doc (`lengths`); a neighbour outside the token's Doc counts as zero.
    One product `x @ w1_wide` (side_by_side), then each offset's block added, shifted."""
    hidden = b1.shape[0]
    part = _OPS.gemm(np.ascontiguousarray(x, dtype=np.float32), w1_wide)
    out = part[:, window * hidden:(window + 1) * hidden] + b1
    if window:
        ends = np.cumsum(lengths)
        position = np.arange(len(x)) - np.repeat(ends - lengths, lengths)      # index in its Doc
        left = np.repeat(lengths, lengths) - position - 1                        # tokens after it
        for k, offset in enumerate(range(-window, window + 1)):
            if offset == 0:
                continue
            block = part[:, k * hidden:(k + 1) * hidden]
            if offset > 0:
                out[:-offset] += block[offset:] * (left[:-offset] >= offset)[:, None]
            else:
                out[-offset:] += block[:offset] * (position[-offset:] >= -offset)[:, None]
    return out


def predict_tags(x: np.ndarray, lengths: np.ndarray, starts: np.ndarray, weights: dict, window: int) -> np.ndarray:
    """Each token's tag: the best BIO sequence of each Doc (viterbi) under the classifier's log
    probabilities and the shipped transition scores; the argmax of each token without them."""
    wide = weights.get("W1_wide")
    scores = hidden_of(x, lengths, side_by_side(weights["W1"], window) if wide is None else wide, weights["b1"], window)
    if "W2" in weights:         # one hidden layer; without W2 the model is linear
        np.maximum(scores, 0, out=scores)
        scores = _OPS.gemm(scores, weights["W2"])
        scores += weights["b2"]
    if "transitions" not in weights:
        return scores.argmax(axis=1)
    return decode(log_softmax(scores), lengths, starts, weights["transitions"])


IMPOSSIBLE = -1.0e4     # the score of a transition BIO forbids (O -> I-X, B-X -> I-Y, I- at a sentence start)


def allowed(labels: Sequence[str]) -> np.ndarray:
    """allowed[a, b]: tag b may follow tag a (an I- only after the B- or I- of its label)."""
    n = 1 + 2 * len(labels)
    ok = np.ones((n, n), dtype=bool)
    for k in range(len(labels)):
        inside = 2 + 2 * k
        ok[:, inside] = False
        ok[inside - 1, inside] = ok[inside, inside] = True
    return ok


def log_softmax(scores: np.ndarray) -> np.ndarray:
    scores = scores - scores.max(axis=1, keepdims=True)
    return scores - np.log(np.exp(scores).sum(axis=1, keepdims=True))


def decode(logp: np.ndarray, lengths: np.ndarray, starts: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The tags of a batch: O outside each Doc's stretch from its first to its last token whose
    own best tag is not O (a Doc with none is all O); inside it, the best BIO sequence (viterbi),
    the stretch's first token counting as a sentence start (an O stands before it)."""
    tags = np.zeros(len(logp), dtype=np.int64)
    tagged = logp.argmax(axis=1) != 0
    if not tagged.any():
        return tags
    ends = np.cumsum(lengths)
    firsts, lasts = [], []
    for start, end in zip((ends - lengths).tolist(), ends.tolist()):
        hits = np.flatnonzero(tagged[start:end])
        if len(hits):
            firsts.append(start + hits[0])
            lasts.append(start + hits[-1] + 1)
    firsts, lasts = np.array(firsts), np.array(lasts)
    spans = lasts - firsts
    rows = np.repeat(firsts - np.concatenate([[0], np.cumsum(spans)[:-1]]), spans) + np.arange(spans.sum())
    tags[rows] = viterbi(logp[rows], spans, starts[rows], transitions)
    return tags


def viterbi(logp: np.ndarray, lengths: np.ndarray, starts: np.ndarray, transitions: np.ndarray) -> np.ndarray:
    """The best tag sequence of each Doc of a batch under the tag scores `logp` (N x tags, the
    Docs' tokens one after another) plus `transitions` (tags x tags, IMPOSSIBLE where BIO forbids
    it); `starts` (N, bool) the sentence starts, where no I- may stand, nor at a Doc's start.
    All Docs advance together, one token position a step (longest first)."""
    n_tags = logp.shape[1]
    inside = np.zeros(n_tags, dtype=bool)
    inside[2::2] = True
    order = np.argsort(-lengths, kind="stable")
    lens = lengths[order]
    offsets = np.concatenate([[0], np.cumsum(lengths)[:-1]])[order]
    longest = int(lens[0]) if len(lens) else 0
    # the scores padded Doc by Doc (longest first), no I- at a sentence start nor a Doc's start
    within = np.arange(longest)[None, :] < lens[:, None]
    emit = np.zeros((len(order), longest, n_tags), dtype=logp.dtype)
    emit[within] = logp[(offsets[:, None] + np.arange(longest)[None, :])[within]]
    blocked = np.zeros((len(order), longest), dtype=bool)
    blocked[within] = starts[(offsets[:, None] + np.arange(longest)[None, :])[within]]
    blocked[:, 0] = True
    emit[blocked[:, :, None] & inside[None, None, :]] += IMPOSSIBLE
    back = np.zeros((len(order), longest, n_tags), dtype=np.int8)
    delta = emit[:, 0].copy()
    active = len(order)
    for t in range(1, longest):
        while lens[active - 1] <= t:
            active -= 1
        cand = delta[:active, :, None] + transitions
        best = cand.argmax(axis=1)
        back[:active, t] = best
        delta[:active] = cand.max(axis=1) + emit[:active, t]
    # back along the pointers, every Doc at once from its own last token
    tags = np.zeros((len(order), longest), dtype=np.int64)
    last = delta.argmax(axis=1)
    current = last.copy()
    everyone = np.arange(len(order))
    for t in range(longest - 1, -1, -1):
        a = int((lens > t).sum())
        ending = lens[:a] - 1 == t
        if t + 1 < longest:
            current[:a] = np.where(ending, last[:a], back[everyone[:a], t + 1, current[:a]])
        else:
            current[:a] = last[:a]
        tags[:a, t] = current[:a]
    out = np.empty(len(logp), dtype=np.int64)
    within = np.arange(longest)[None, :] < lens[:, None]
    out[(offsets[:, None] + np.arange(longest)[None, :])[within]] = tags[within]
    return out


def spans_of(tags: Iterable[int], labels: Sequence[str], starts_sentence: Callable[[int], bool]) -> list[tuple[int, int, str]]:
    """(start, end, label) runs: an I- continues the run of its label, a B- (or an I- after
    something else) starts one, a sentence start ends any."""
    spans: list[tuple[int, int, str]] = []
    current = None      # [start, end, label index]
    for i, tag in enumerate(tags):
        if tag == 0:
            if current is not None:
                spans.append((current[0], current[1], labels[current[2]]))
                current = None
            continue
        label, inside = (tag - 1) // 2, (tag - 1) % 2 == 1
        if current is not None and inside and current[2] == label and current[1] == i and not starts_sentence(i):
            current[1] = i + 1
            continue
        if current is not None:
            spans.append((current[0], current[1], labels[current[2]]))
        current = [i, i + 1, label]
    if current is not None:
        spans.append((current[0], current[1], labels[current[2]]))
    return spans


class TokenHead:
    def __init__(self, name: str, spans_key: str, labels: Sequence[str], window: int):
        self.name = name
        self.spans_key = spans_key
        self.labels = list(labels)
        self.window = window
        self.weights: dict = {}

    def from_disk(self, path, exclude=()):
        with np.load(Path(path) / WEIGHTS) as data:
            self.weights = {k: data[k].astype(np.float32) for k in data.files}
        self.weights["W1_wide"] = side_by_side(self.weights["W1"], self.window)
        return self

    def to_disk(self, path, exclude=()):
        Path(path).mkdir(parents=True, exist_ok=True)
        np.savez_compressed(Path(path) / WEIGHTS, **{k: v for k, v in self.weights.items() if k != "W1_wide"})

    def __call__(self, doc):
        return next(iter(self.pipe([doc])))

    def pipe(self, docs, batch_size: int = 256) -> Iterator:
        batch = []
        for doc in docs:
            batch.append(doc)
            if len(batch) >= batch_size:
                yield from self._batch(batch)
                batch = []
        if batch:
            yield from self._batch(batch)

    def _batch(self, docs: list) -> list:
        sized = [d for d in docs if len(d)]
        for doc in docs:
            if not len(doc):
                doc.spans[self.spans_key] = []
        if not sized:
            return docs
        x = np.concatenate([d.tensor for d in sized]).astype(np.float32, copy=False)
        lengths = np.fromiter((len(d) for d in sized), dtype=np.int64, count=len(sized))
        starts = np.concatenate([d.to_array("SENT_START") == 1 for d in sized])
        tags = predict_tags(x, lengths, starts, self.weights, self.window)
        at = 0
        for doc, n in zip(sized, lengths):
            mine = tags[at:at + n]
            at += n
            if not mine.any():
                doc.spans[self.spans_key] = []
                continue
            sent = starts[at - n:at]
            doc.spans[self.spans_key] = [Span(doc, s, e, label=label)
                                         for s, e, label in spans_of(mine.tolist(), self.labels, lambda i: sent[i])]
        return docs


@Language.factory(FACTORY, default_config={"spans_key": "", "labels": [], "window": 2})
def make_token_head(nlp, name: str, spans_key: str, labels: list, window: int):
    return TokenHead(name, spans_key, labels, window)
