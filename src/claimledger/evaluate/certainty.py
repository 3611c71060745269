"""`claimledger eval --certainty FILE`: does the per-sentence certainty separate hedged from
plain sentences? ROC AUC of each method's score, and precision/recall of "hedged" at the
method's own threshold, beside a 20-word hedge-list baseline.

The file is a TSV with columns `label` (hedged | plain) and `text`, optionally `split`
(train | test) and `id` (corpus/certainty/sentences.tsv, or any public hedge corpus put in that
shape). Methods:
- pipeline: the `certainty` of the sentence in `claimledger analyze` (its lowest, if the text
  parses as several sentences); hedged when below the plain value it gives a sentence with no
  cue (PLAIN of the sentence certainty extractor) — or 0.5 when the model sets it;
- model: claimledger.certainty_model on the parsed sentence; hedged when below 0.5;
- baseline: how many words of data/hedge_baseline.txt the sentence holds; hedged when >= 1.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from ..errors import InputError
from .gold import Score

LABELS = ("hedged", "plain")


@dataclass
class CertaintyScore:
    """One method's figures: ROC AUC of its score, and the counts of calling sentences hedged at
    its threshold (`counts`: tp/fp/fn of "hedged", correct/total for accuracy)."""
    method: str
    threshold: str
    auc: Optional[float]
    counts: Score = field(default_factory=Score)
    brier: Optional[float] = None   # of the certainty read as P(plain): how well calibrated it is

    @property
    def n(self) -> int:
        return self.counts.total

    @property
    def misses(self) -> list[str]:
        return self.counts.misses

    def as_dict(self) -> dict:
        c = self.counts
        return {"method": self.method, "threshold": self.threshold, "n": self.n, "auc": self.auc,
                "accuracy": c.accuracy, "precision": c.precision, "recall": c.recall, "f1": c.f1,
                "brier": self.brier, "tp": c.tp, "fp": c.fp, "fn": c.fn, "tn": c.correct - c.tp}


def roc_auc(scores: Sequence[float], positive: Sequence[bool]) -> Optional[float]:
    """Area under the ROC curve: the chance that a random positive scores above a random
    negative, ties counting half (the Mann-Whitney U statistic over n_pos x n_neg)."""
    pos = [s for s, p in zip(scores, positive) if p]
    neg = [s for s, p in zip(scores, positive) if not p]
    if not pos or not neg:
        return None
    ranked = sorted(scores)
    ranks: dict[float, float] = {}
    i = 0
    while i < len(ranked):       # average rank of each distinct value (1-based)
        j = i
        while j + 1 < len(ranked) and ranked[j + 1] == ranked[i]:
            j += 1
        ranks[ranked[i]] = (i + j) / 2 + 1
        i = j + 1
    rank_sum = sum(ranks[s] for s in pos)
    return (rank_sum - len(pos) * (len(pos) + 1) / 2) / (len(pos) * len(neg))


def read_corpus(path: str, split: Optional[str] = None) -> list[dict]:
    file = Path(path)
    if not file.is_file():
        raise InputError(f"{path}: no such file")
    try:
        with file.open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader((line for line in handle if not line.startswith("#")), delimiter="\t"))
    except UnicodeDecodeError:
        raise InputError(f"{path}: not UTF-8 text") from None
    if not rows or not {"label", "text"} <= set(rows[0]):
        raise InputError(f"{path}: a TSV with columns label and text (and optionally split) is needed")
    bad = [r.get("label") for r in rows if r.get("label") not in LABELS]
    if bad:
        raise InputError(f"{path}: labels must be hedged or plain, not {bad[0]!r}")
    if split and split != "all":
        rows = [r for r in rows if r.get("split") == split]
        if not rows:
            raise InputError(f"{path}: no sentences in split {split!r}")
    return rows


def _score(method: str, threshold: str, hedged_scores: list[float], cut: float, rows: list[dict],
           certainties: Optional[list[float]] = None) -> CertaintyScore:
    """hedged_scores: higher = more hedged; a sentence is called hedged when its score >= cut."""
    truth = [r["label"] == "hedged" for r in rows]
    result = CertaintyScore(method, threshold, roc_auc(hedged_scores, truth))
    if certainties is not None:
        from ..scoring import brier

        result.brier = brier(certainties, [0 if t else 1 for t in truth])
    counts = result.counts
    for score, hedged, row in zip(hedged_scores, truth, rows):
        called = score >= cut
        counts.total += 1
        counts.correct += called == hedged
        if called and hedged:
            counts.tp += 1
        elif called:
            counts.fp += 1
            counts.misses.append(f"called hedged, is plain: {row['text']}")
        elif hedged:
            counts.fn += 1
            counts.misses.append(f"called plain, is hedged: {row['text']}")
    return result


def evaluate_certainty(path: str, split: Optional[str] = None, settings=None) -> list[CertaintyScore]:
    from ..extract.sentence import certainty_model
    from ..ingest import from_text
    from ..parse import load_pipeline
    from ..pipeline import analyze_many
    from ..settings import get_settings

    settings = settings or get_settings()
    rows = read_corpus(path, split)
    texts = [r["text"] for r in rows]
    # a one-line text can land in a section other than the body (a line that reads like an
    # appeal): its sentences count all the same
    pipeline = [min((s.certainty for s in a.sentences), default=0.5)
                for a in analyze_many((from_text(t) for t in texts), settings=settings)]
    nlp = load_pipeline(settings.pipeline)
    model = [min(certainty_model.certainty(sent)[0] for sent in doc.sents) for doc in nlp.pipe(texts)]
    baseline = [certainty_model.baseline_hedged(t) for t in texts]
    plain_value = _pipeline_plain_value()
    return [
        _score("pipeline certainty", f"< {plain_value:g}", [1 - c for c in pipeline], 1 - plain_value + 1e-9, rows, pipeline),
        _score("certainty model", "< 0.5", [1 - c for c in model], 0.5 + 1e-9, rows, model),
        _score("baseline: 20-word hedge list", ">= 1 word", [float(b) for b in baseline], 1.0, rows),
    ]


def _pipeline_plain_value() -> float:
    """What the sentence certainty extractor gives a sentence with no cue: below it, a cue
    lowered the certainty."""
    from ..extract.sentence import certainty as extractor

    return getattr(extractor, "HEDGED_BELOW", getattr(extractor, "PLAIN", 0.5))
