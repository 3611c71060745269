"""`claimledger eval --certainty FILE`: does the per-sentence certainty separate hedged from
plain sentences? ROC AUC of each method's score, and precision/recall of "hedged" at the
method's own threshold, beside a 20-word hedge-list baseline.

The file is either
- a TSV with columns `label` (hedged | plain) and `text`, optionally `split` (train | test) and
  `id` (corpus/certainty/sentences.tsv), or
- a public hedge corpus in the sentence XML of BioScope, the CoNLL-2010 shared task and the
  Szeged Uncertainty Corpus (a `.xml` file, or a folder of them; by convention
  $CLAIMLEDGER_HEDGE): see read_hedge_xml.
Methods:
- pipeline: the `certainty` of the sentence in `claimledger analyze` (its lowest, if the text
  parses as several sentences); hedged when below the plain value it gives a sentence with no
  cue (PLAIN of the sentence certainty extractor) — or 0.5 when the model sets it;
- model: claimledger.certainty_model on the parsed sentence; hedged when below 0.5;
- baseline: how many words of data/hedge_baseline.txt the sentence holds; hedged when >= 1.
"""
from __future__ import annotations

import csv
import html
import re
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
    """The labelled sentences of a TSV or of a hedge-corpus XML file or folder (read_hedge_xml)."""
    file = Path(path)
    if file.is_dir() or file.suffix.lower() == ".xml":
        rows = read_hedge_xml(path)
        return _in_split(rows, split, path)
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
    return _in_split(rows, split, path)


def _in_split(rows: list[dict], split: Optional[str], path: str) -> list[dict]:
    if split and split != "all":
        rows = [r for r in rows if r.get("split") == split]
        if not rows:
            raise InputError(f"{path}: no sentences in split {split!r}")
    return rows


# --- public hedge corpora in the BioScope family of XML -------------------------------------------
# Read with patterns rather than an XML parser: the files are third-party input (no entity or DTD
# expansion wanted), and the three corpora spell the same structure differently (<Sentence> or
# <sentence>, a `certainty` attribute or only cue elements).
_DOCUMENT = re.compile(r"<Document\b.*?</Document>", re.S | re.I)
_PART = re.compile(r"<DocumentPart\b([^>]*)>(.*?)</DocumentPart>", re.S | re.I)
_XML_SENTENCE = re.compile(r"<sentence\b([^>]*)>(.*?)</sentence>", re.S | re.I)
_XML_ATTR = re.compile(r'([\w:-]+)\s*=\s*"([^"]*)"')
# an uncertainty cue: <ccue> (CoNLL-2010, Szeged) or a BioScope <cue type="speculation">
_UNCERTAIN_CUE = re.compile(r"<ccue\b([^>]*)>|<cue\b[^>]*type\s*=\s*\"speculation\"", re.I)
_TAG = re.compile(r"<[^>]+>")
# headings are not statements: they are left out
_HEADINGS = {"title", "sectiontitle", "subsectiontitle"}


def read_hedge_xml(path: str) -> list[dict]:
    """Sentences of a hedge corpus in the XML of BioScope (Vincze et al. 2008), the CoNLL-2010
    shared task (Farkas et al. 2010) or the Szeged Uncertainty Corpus (Szarvas et al. 2012):
    `<sentence certainty="uncertain|certain">` where the attribute is given, else hedged when
    the sentence holds an uncertainty cue (`<ccue>`, or a BioScope `<cue type="speculation">`;
    negation cues do not count). Headings (DocumentPart Title, SectionTitle) are left out.
    Each row: id, label, text, kind (the cue types, e.g. `speculation_modal_probable_`) and
    split: documents alternate train (1st, 3rd …) and test (2nd, 4th …), so a corpus can be
    looked at on one half and checked on the other."""
    root = Path(path)
    if root.is_dir():
        files = sorted(root.rglob("*.xml"))
        if not files:
            raise InputError(f"{path}: no .xml files in this folder")
    elif root.is_file():
        files = [root]
    else:
        raise InputError(f"{path}: no such file or folder")
    rows: list[dict] = []
    for file in files:
        try:
            raw = file.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            raise InputError(f"{file}: not UTF-8 text") from None
        raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
        documents = _DOCUMENT.findall(raw) or [raw]
        for d, document in enumerate(documents):
            split = "train" if d % 2 == 0 else "test"
            parts = _PART.findall(document) or [("", document)]
            for attrs, body in parts:
                if dict(_XML_ATTR.findall(attrs)).get("type", "").lower() in _HEADINGS:
                    continue
                for s_attrs, s_body in _XML_SENTENCE.findall(body):
                    row = _hedge_row(s_attrs, s_body, f"{file.stem}:{d}", split)
                    if row is not None:
                        rows.append(row)
    if not rows:
        raise InputError(f"{path}: no <sentence> elements (a BioScope / CoNLL-2010 / Szeged XML file is needed)")
    return rows


def _hedge_row(attrs: str, body: str, document: str, split: str) -> Optional[dict]:
    text = " ".join(html.unescape(_TAG.sub("", body)).split())
    if not text:
        return None
    attributes = dict(_XML_ATTR.findall(attrs))
    cues = _UNCERTAIN_CUE.findall(body)
    kinds = sorted({dict(_XML_ATTR.findall(c)).get("type", "speculation").strip() for c in cues})
    stated = attributes.get("certainty", "").lower()
    hedged = stated == "uncertain" if stated in ("certain", "uncertain") else bool(cues)
    return {"id": f"{document}:{attributes.get('id', '')}", "label": "hedged" if hedged else "plain",
            "text": text, "kind": ",".join(k for k in kinds if k) if hedged else "", "split": split}


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


def evaluate_certainty(path: str, split: Optional[str] = None, settings=None, limit: int = 0) -> list[CertaintyScore]:
    from ..extract.sentence import certainty_model
    from ..ingest import from_text
    from ..parse import load_pipeline
    from ..pipeline import analyze_many
    from ..settings import get_settings

    settings = settings or get_settings()
    rows = read_corpus(path, split)
    if limit:
        rows = rows[:limit]
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
