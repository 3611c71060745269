"""Reading gold files and the arithmetic of precision and recall."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from ..contract import Analysis, Sentence
from ..errors import InputError


@dataclass
class Score:
    """Counts that add up across files; precision/recall/F1 (or accuracy) derived from them."""
    tp: int = 0
    fp: int = 0
    fn: int = 0
    correct: int = 0   # for accuracy-style metrics
    total: int = 0
    misses: list[str] = field(default_factory=list)

    def __add__(self, other: "Score") -> "Score":
        return Score(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn,
                     self.correct + other.correct, self.total + other.total, self.misses + other.misses)

    @property
    def precision(self) -> Optional[float]:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> Optional[float]:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def f1(self) -> Optional[float]:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)

    @property
    def accuracy(self) -> Optional[float]:
        return self.correct / self.total if self.total else None

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.tp or self.fp or self.fn:
            out.update(tp=self.tp, fp=self.fp, fn=self.fn, precision=self.precision, recall=self.recall, f1=self.f1)
        if self.total:
            out.update(correct=self.correct, total=self.total, accuracy=self.accuracy)
        return out


@dataclass
class Gold:
    path: Path
    data: dict[str, Any]

    def has(self, part: str) -> bool:
        aliases = {"gaps": "evidence_gaps", "attribution": "attributions", "kinds": "sentence_kinds"}
        return aliases.get(part, part) in self.data

    @property
    def article_path(self) -> Path:
        return (self.path.parent.parent / self.data["document"]["file"]).resolve()

    @property
    def published(self) -> Optional[str]:
        return self.data.get("document", {}).get("published")

    def document(self):
        from ..ingest import load

        return load(str(self.article_path), published=self.published)

    def span(self, analysis: Analysis, line: int, text: str) -> Optional[tuple[int, int]]:
        """Absolute offsets of a gold text on its line (None if the text is not on that line)."""
        lines = analysis.document.text.split("\n")
        if not 1 <= line <= len(lines):
            return None
        at = lines[line - 1].find(text)
        if at < 0:
            return None
        line_start = sum(len(x) + 1 for x in lines[: line - 1])
        return line_start + at, line_start + at + len(text)

    def sentences_for(self, analysis: Analysis, line: int, text: Optional[str] = None) -> list[Sentence]:
        """Sentences of the analysis that overlap a gold text (or its whole line)."""
        on_line = [s for s in analysis.sentences if s.line == line]
        if not text:
            return on_line
        span = self.span(analysis, line, text)
        if span is None:
            return on_line
        return [s for s in on_line if s.start < span[1] and s.end > span[0]]


def load_gold(path: str) -> Gold:
    p = Path(path)
    try:
        data = json.loads(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"{path}: no such gold file") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: not a JSON gold file ({exc})".splitlines()[0]) from None
    if "document" not in data or "file" not in data["document"]:
        raise InputError(f"{path}: gold file has no document.file")
    return Gold(p, data)
