"""One stored Analysis as the annotated article the document page draws.

The text is cut at every sentence and rhetoric boundary into runs; each run knows its sentence
(kind, certainty) and the rhetoric covering it. After the last run of a sentence come its
markers: the source chip with its chain, a missing-evidence marker, a forecast's probability.
`why` lists, per sentence, the cues that explain each mark (the side panel). Everything here is
plain data: the template escapes it all.
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import Optional

from ..contract import Analysis, Sentence


@dataclass
class Run:
    text: str
    sentence: Optional[Sentence] = None
    rhetoric: list[str] = field(default_factory=list)


@dataclass
class Marker:
    kind: str            # source | gap | forecast
    label: str
    detail: str = ""
    sentence_id: str = ""


@dataclass
class Line:
    number: int
    section: str
    pieces: list = field(default_factory=list)   # Run | Marker


def _source_names(a: Analysis) -> dict[str, str]:
    return {s.id: s.name for s in a.sources}


def markers_by_sentence(a: Analysis) -> dict[str, list[Marker]]:
    names = _source_names(a)
    types = {s.id: s.type for s in a.sources}
    out: dict[str, list[Marker]] = {}
    for x in a.attributions:
        chain = " ← ".join([names.get(x.source_id, x.source_id)] + [names.get(v, v) for v in x.via])
        out.setdefault(x.sentence_id, []).append(
            Marker("source", names.get(x.source_id, x.source_id), f"{types.get(x.source_id, 'unknown')}: {chain} (cue: {x.cue})", x.sentence_id))
    for g in a.evidence_gaps:
        if g.status == "missing":
            out.setdefault(g.sentence_id, []).append(
                Marker("gap", f"{g.expected} missing", f"the {g.expected} this line points to is not in the text", g.sentence_id))
    for f in a.forecasts:
        label = f"forecast {f.probability:.0%}" if f.probability is not None else "forecast"
        by = names.get(f.by, f.by)
        out.setdefault(f.sentence_id, []).append(
            Marker("forecast", label, f"by {by}" + (f": '{f.phrase}'" if f.phrase else ""), f.sentence_id))
    return out


def annotated_lines(a: Analysis) -> list[Line]:
    text = a.document.text
    sentences = sorted(a.sentences, key=lambda s: s.start)
    starts = [s.start for s in sentences]
    rhetoric = sorted(a.rhetoric, key=lambda r: r.start)
    markers = markers_by_sentence(a)
    section_of_line = {}
    for section in a.sections:
        for number in range(section.first_line, section.last_line + 1):
            section_of_line[number] = section.kind
    cuts = {0, len(text)}
    for s in sentences:
        cuts.update((s.start, s.end))
    for r in rhetoric:
        cuts.update((r.start, r.end))
    cut_list = sorted(cuts)
    rhetoric_of: dict[str, list] = {}
    for r in rhetoric:
        rhetoric_of.setdefault(r.sentence_id, []).append(r)
    lines, offset = [], 0
    for number, raw in enumerate(text.split("\n"), 1):
        start, end = offset, offset + len(raw)
        offset = end + 1
        line = Line(number, section_of_line.get(number, "body"))
        points = cut_list[bisect.bisect_right(cut_list, start): bisect.bisect_left(cut_list, end)]
        for a_, b_ in zip([start] + points, points + [end]):
            if a_ == b_:
                continue
            sentence = _sentence_at(sentences, starts, a_)
            own = rhetoric_of.get(sentence.id, []) if sentence is not None else []
            covering = [r.technique for r in own if r.start <= a_ and b_ <= r.end]
            line.pieces.append(Run(text[a_:b_], sentence, covering))
            if sentence is not None and b_ == sentence.end:
                line.pieces.extend(markers.get(sentence.id, []))
        lines.append(line)
    while lines and not lines[-1].pieces:   # the text's final newline is not a line to draw
        lines.pop()
    return lines


def _sentence_at(sentences: list[Sentence], starts: list[int], offset: int) -> Optional[Sentence]:
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i]
    return None


@dataclass
class Why:
    sentence: Sentence
    reasons: list[str]


def why(a: Analysis) -> list[Why]:
    """For each sentence with something to explain: its kind, certainty and the cues behind them."""
    markers = markers_by_sentence(a)
    rhetoric: dict[str, list[str]] = {}
    for r in a.rhetoric:
        rhetoric.setdefault(r.sentence_id, []).append(f"rhetoric: {r.technique.replace('_', ' ')} “{r.text}”")
    out = []
    for s in a.sentences:
        reasons = [f"{c.role}: “{c.text}”" + (f" ({c.weight:g})" if c.weight is not None else "") for c in s.cues]
        reasons += [f"{m.kind}: {m.detail or m.label}" for m in markers.get(s.id, [])]
        if not any(c.role.startswith("rhetoric") for c in s.cues):   # else the cues already say it
            reasons += rhetoric.get(s.id, [])
        if reasons or s.kind != "assertion":
            out.append(Why(s, reasons))
    return out
