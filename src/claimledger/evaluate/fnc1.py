"""The Fake News Challenge's FNC-1 stance data (headline, article body, label), read from a local
copy: `competition_test_stances.csv` (Headline, Body ID, Stance) and
`competition_test_bodies.csv` (Body ID, articleBody), at the path given or $CLAIMLEDGER_FNC1.

Only pairs whose Body ID is even are ever read: odd Body IDs are the held-out test, and nothing
in claimledger (development, training, `claimledger eval --fnc1`) may see them. The rule lives in
`is_development` and every reader goes through it.

Development splits are grouped by Body ID (a body never sits on both sides), as the held-out
split is: `split(pairs, part)` puts each even body in "fit" or "dev" by a hash of its id, so the
split is the same on every machine and needs no random state.

Scoring follows the rules of the challenge's scorer.py (reimplemented): +0.25 for a correct
unrelated; +0.25 when gold and prediction are both related (agree, disagree, discuss); +0.75
more when the related label is exactly right. The score is reported relative to the best
possible (every label right).
"""
from __future__ import annotations

import csv
import hashlib
import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional, Sequence

from ..errors import InputError

LABELS = ("agree", "disagree", "discuss", "unrelated")
RELATED = LABELS[:3]
STANCES_FILE = "competition_test_stances.csv"
BODIES_FILE = "competition_test_bodies.csv"
PARTS = ("fit", "dev")
DEV_SHARE = 0.3   # about this share of the even bodies (and their pairs) is the dev part


@dataclass(frozen=True)
class Pair:
    headline: str
    body_id: int
    stance: str


def is_development(body_id: int) -> bool:
    """Even Body IDs are for development; odd ones are the held-out test and are never read."""
    return body_id % 2 == 0


def data_path(path: Optional[str] = None) -> Path:
    folder = path or os.environ.get("CLAIMLEDGER_FNC1")
    if not folder:
        raise InputError("FNC-1 data path not given: pass --fnc1 PATH or set CLAIMLEDGER_FNC1")
    folder_path = Path(folder).expanduser()
    for name in (STANCES_FILE, BODIES_FILE):
        if not (folder_path / name).is_file():
            raise InputError(f"{folder_path}: no {name} there (the FNC-1 competition test files)")
    return folder_path


def _rows(path: Path, header: Sequence[str]) -> Iterable[dict]:
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror})") from None
    with handle:
        reader = csv.DictReader(handle)
        if list(reader.fieldnames or []) != list(header):
            raise InputError(f"{path}: expected the columns {', '.join(header)}")
        yield from reader


def _body_id(value: str, path: Path) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise InputError(f"{path}: Body ID {value!r} is not a number") from None


def load_pairs(path: Optional[str] = None) -> list[Pair]:
    """The labelled development pairs (even Body ID only), in file order."""
    folder = data_path(path)
    stances = folder / STANCES_FILE
    pairs = []
    for row in _rows(stances, ("Headline", "Body ID", "Stance")):
        body_id = _body_id(row["Body ID"], stances)
        if not is_development(body_id):
            continue
        if row["Stance"] not in LABELS:
            raise InputError(f"{stances}: unknown stance {row['Stance']!r}")
        pairs.append(Pair(row["Headline"], body_id, row["Stance"]))
    return pairs


def load_bodies(path: Optional[str] = None) -> dict[int, str]:
    """Article bodies by Body ID (even ids only)."""
    folder = data_path(path)
    bodies_path = folder / BODIES_FILE
    bodies = {}
    for row in _rows(bodies_path, ("Body ID", "articleBody")):
        body_id = _body_id(row["Body ID"], bodies_path)
        if is_development(body_id):
            bodies[body_id] = row["articleBody"]
    return bodies


def part_of(body_id: int) -> str:
    """'fit' or 'dev' for an even body, fixed by a hash of its id (grouped by body)."""
    if not is_development(body_id):
        raise InputError(f"Body ID {body_id} is held out")
    digest = hashlib.sha256(f"fnc1-body-{body_id}".encode()).digest()
    return "dev" if digest[0] / 256 < DEV_SHARE else "fit"


def split(pairs: Iterable[Pair], part: Optional[str]) -> list[Pair]:
    """The pairs of one part ('fit' or 'dev'), or all of them for None."""
    if part is not None and part not in PARTS:
        raise InputError(f"FNC-1 part must be one of {', '.join(PARTS)}, not {part!r}")
    return [p for p in pairs if part is None or part_of(p.body_id) == part]


# --- scoring ---------------------------------------------------------------------------------

def weighted_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """The challenge's score, summed over pairs (scorer.py's rules)."""
    score = 0.0
    for g, p in zip(gold, predicted, strict=True):
        if g == p:
            score += 0.25
            if g != "unrelated":
                score += 0.50
        if g in RELATED and p in RELATED:
            score += 0.25
    return score


def best_score(gold: Sequence[str]) -> float:
    """Every label right: 0.25 per unrelated pair, 1.0 per related pair."""
    return sum(0.25 if g == "unrelated" else 1.0 for g in gold)


@dataclass
class ClassScore:
    label: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass
class Report:
    """Per-class precision/recall/F1, macro F1, accuracy and the relative FNC-1 score."""
    classes: list[ClassScore]
    macro_f1: float
    accuracy: float
    fnc_score: float         # weighted_score / best_score
    pairs: int
    confusion: dict[str, dict[str, int]]

    def as_dict(self) -> dict:
        return {"pairs": self.pairs, "macro_f1": self.macro_f1, "accuracy": self.accuracy, "fnc_score": self.fnc_score,
                "classes": {c.label: {"precision": c.precision, "recall": c.recall, "f1": c.f1, "support": c.support}
                            for c in self.classes},
                "confusion": self.confusion}


def report(gold: Sequence[str], predicted: Sequence[str]) -> Report:
    if len(gold) != len(predicted):
        raise ValueError("gold and predicted labels differ in number")
    confusion = {g: {p: 0 for p in LABELS} for g in LABELS}
    for g, p in zip(gold, predicted):
        confusion[g][p] += 1
    classes = []
    for label in LABELS:
        tp = confusion[label][label]
        predicted_n = sum(confusion[g][label] for g in LABELS)
        gold_n = sum(confusion[label].values())
        precision = tp / predicted_n if predicted_n else 0.0
        recall = tp / gold_n if gold_n else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        classes.append(ClassScore(label, precision, recall, f1, gold_n))
    correct = sum(confusion[label][label] for label in LABELS)
    best = best_score(gold)
    return Report(classes, sum(c.f1 for c in classes) / len(classes), correct / len(gold) if gold else 0.0,
                  weighted_score(gold, predicted) / best if best else 0.0, len(gold), confusion)


def label_counts(pairs: Iterable[Pair]) -> Counter:
    return Counter(p.stance for p in pairs)


# --- analysed bodies (cached) ----------------------------------------------------------------

# Word lists read after analysis (by claims and check), not by the extractors: editing them
# must not send every FNC-1 body through spaCy again.
_NOT_ANALYSIS_DATA = ("stance_", "claim_", "negation_cues", "stop_words")


def _analysis_fingerprint() -> str:
    """What an analysis depends on besides its text: the extractors' code, the word lists and
    the spaCy pipeline's name. A change to any of them makes the cache miss."""
    from importlib.resources import files

    from ..settings import get_settings

    digest = hashlib.sha256(get_settings().pipeline.encode())
    root = Path(str(files("claimledger")))
    for folder in ("extract", "data"):
        for item in sorted(root.joinpath(folder).rglob("*")):
            if item.name.startswith(_NOT_ANALYSIS_DATA):
                continue
            if item.is_file() and item.name.endswith((".py", ".txt", ".tsv", ".json")):
                digest.update(str(item.relative_to(root)).encode())
                digest.update(item.read_bytes())
    for name in ("segment.py", "parse.py", "assemble.py", "pipeline.py", "contract.py", "lexicon.py"):
        if root.joinpath(name).is_file():
            digest.update(root.joinpath(name).read_bytes())
    return digest.hexdigest()[:16]


def cache_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(os.environ.get("CLAIMLEDGER_CACHE") or user_cache_dir("claimledger", appauthor=False)) / "fnc1"


def analysed_bodies(bodies: dict[int, str], ids: Iterable[int], progress=None) -> dict[int, "object"]:
    """The Analysis of each body (no title, no date), read from the cache when this version of
    the extractors already analysed that text."""
    from ..contract import Analysis
    from ..ingest import from_text
    from ..pipeline import analyze_many

    folder = cache_dir() / _analysis_fingerprint()
    out, todo = {}, []
    for body_id in ids:
        if not is_development(body_id):
            raise InputError(f"Body ID {body_id} is held out")
        path = folder / f"{hashlib.sha256(bodies[body_id].encode()).hexdigest()[:24]}.json"
        if path.is_file():
            out[body_id] = Analysis.model_validate_json(path.read_text(encoding="utf-8"))
        else:
            todo.append((body_id, path))
    if todo:
        folder.mkdir(parents=True, exist_ok=True)
        documents = (from_text(bodies[body_id]) for body_id, _ in todo)
        for done, ((body_id, path), analysis) in enumerate(zip(todo, analyze_many(documents)), 1):
            tmp = path.with_suffix(".tmp")
            tmp.write_text(analysis.to_json(indent=None), encoding="utf-8")
            tmp.replace(path)
            out[body_id] = analysis
            if progress:
                progress(done, len(todo))
    return out


# --- the word-overlap baseline ---------------------------------------------------------------

def overlap(headline: str, body: str) -> float:
    """Share of the headline's content words that occur in the body."""
    from ..archive.similarity import content_stems

    words = set(content_stems(headline))
    return len(words & set(content_stems(body))) / len(words) if words else 0.0


def fit_overlap_threshold(pairs: Sequence[Pair], bodies: dict[int, str]) -> float:
    """The overlap above which the baseline calls a pair related, chosen for the best macro F1
    on the pairs given (the fit part)."""
    scores = [overlap(p.headline, bodies[p.body_id]) for p in pairs]
    gold = [p.stance for p in pairs]
    best = max((report(gold, _overlap_labels(scores, t)).macro_f1, t) for t in [x / 20 for x in range(1, 20)])
    return best[1]


def _overlap_labels(scores: Sequence[float], threshold: float) -> list[str]:
    # Related pairs get the commonest related label: the baseline knows no stance, only overlap.
    return ["discuss" if s >= threshold else "unrelated" for s in scores]


def overlap_baseline(pairs: Sequence[Pair], bodies: dict[int, str], threshold: float) -> list[str]:
    return _overlap_labels([overlap(p.headline, bodies[p.body_id]) for p in pairs], threshold)


# --- measuring `claims check` ----------------------------------------------------------------

@dataclass
class Measurement:
    part: str
    check: Report
    baseline: Report
    threshold: float          # the baseline's overlap threshold (fitted on the fit part)
    headlines: int
    documents: int
    seconds_per_check: float

    def as_dict(self) -> dict:
        return {"part": self.part, "pairs": self.check.pairs, "headlines": self.headlines,
                "documents": self.documents, "seconds_per_check": self.seconds_per_check,
                "check": self.check.as_dict(), "baseline": {**self.baseline.as_dict(), "threshold": self.threshold}}


def measure(path: Optional[str] = None, part: str = "dev", progress=None) -> Measurement:
    """`claims check` against the FNC-1 labels of one part of the development pairs: the part's
    bodies are stored in a fresh ledger, every headline is checked against it, and the
    document-level stance of each labelled (headline, body) pair is compared with its label."""
    all_pairs = load_pairs(path)
    pairs = split(all_pairs, part)
    bodies = load_bodies(path)
    ids = sorted({p.body_id for p in pairs})
    analyses = analysed_bodies(bodies, ids, progress)
    threshold = fit_overlap_threshold(split(all_pairs, "fit"), bodies)
    return measure_pairs(pairs, analyses, bodies, threshold, part)


def measure_pairs(pairs: Sequence[Pair], analyses: dict, bodies: dict[int, str], threshold: float,
                  part: str = "given") -> Measurement:
    """The measurement on pairs whose bodies are analysed already (Body ID -> Analysis). This
    module reads only even Body IDs; a held-out measurement reads its own pairs and calls this."""
    import tempfile
    import time

    from ..archive.check import check
    from ..archive.stance_model import FNC_LABEL
    from ..store import Ledger

    headlines = sorted({p.headline for p in pairs})
    with tempfile.TemporaryDirectory() as folder, Ledger(f"sqlite:///{folder}/fnc1.db") as ledger:
        document_of = {body_id: ledger.store(a).document_id for body_id, a in analyses.items()}
        stance: dict[tuple[str, str], str] = {}
        started = time.perf_counter()
        for headline in headlines:
            for answer in check(ledger.engine, headline).documents:
                stance[(headline, answer.document_id)] = FNC_LABEL[answer.stance]
        elapsed = (time.perf_counter() - started) / max(1, len(headlines))
    gold = [p.stance for p in pairs]
    predicted = [stance.get((p.headline, document_of[p.body_id]), "unrelated") for p in pairs]
    return Measurement(part, report(gold, predicted), report(gold, overlap_baseline(pairs, bodies, threshold)),
                       threshold, len(headlines), len(analyses), elapsed)
