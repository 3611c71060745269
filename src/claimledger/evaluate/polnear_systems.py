"""`claimledger eval --polnear PATH [--split dev]`: four attribution systems on PolNeAR, one scorer.

- baseline: a plain rule, a reporting verb (data/speech_verbs.tsv) and its grammatical subject;
- rules, model, both: `claimledger.analyze` with CLAIMLEDGER_ATTRIBUTION set to each (the
  rules; the trained model with pronoun/descriptor resolution; the rules plus the model's
  attributions on the sentences the rules leave without one: extract/attribution/model.py).

All four see the same text, the same spaCy pipeline and the same sentences; the scorer is
polnear_score.py. The resolver is measured on its own against a hand-made gold of pronoun and
descriptor antecedents (tests/data/polnear_coref_dev.tsv, offsets only).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from ..errors import ClaimledgerError
from ..extract.attribution.learned import cue_table
from .polnear import GoldText, texts
from .polnear_score import Emitted, GoldItem, Tally, name_words, tally

SYSTEMS = ("baseline", "rules", "model", "both")
COREF_DIR = Path(__file__).resolve().parents[3] / "tests" / "data"


def coref_gold_path(split: str) -> Path:
    """The hand-made antecedents of a split (offsets and names only; made for dev and train)."""
    return COREF_DIR / f"polnear_coref_{split}.tsv"


@dataclass
class Parsed:
    """One text parsed as claimledger parses it: sentence spans with their offsets and lines."""
    sentences: list = field(default_factory=list)
    offsets: list[int] = field(default_factory=list)
    lines: list[int] = field(default_factory=list)

    def bounds(self, i: int) -> tuple[int, int]:
        span = self.sentences[i]
        return self.offsets[i] + span.start_char, self.offsets[i] + span.end_char

    def tokens(self, start: int, end: int) -> list:
        out = []
        for i, span in enumerate(self.sentences):
            s, e = self.bounds(i)
            if s < end and e > start:
                out.extend(t for t in span if start < self.offsets[i] + t.idx + len(t) and self.offsets[i] + t.idx < end)
        return out


def parse_text(nlp, text: str) -> Parsed:
    from ..parse import pieces
    from ..pipeline import sentence_spans
    from ..segment import split_lines

    items = list(pieces(split_lines(text), 20_000))
    parsed = Parsed()
    for piece, doc in zip(items, nlp.pipe((p.text for p in items), batch_size=64)):
        for span in sentence_spans(doc):
            parsed.sentences.append(span)
            parsed.offsets.append(piece.start)
            parsed.lines.append(piece.line.number)
    return parsed


def baseline(parsed: Parsed) -> list[Emitted]:
    """A reporting verb with a nominal subject: the subject's phrase is the source."""
    from ..lexicon import speech_verbs

    verbs = speech_verbs()
    out = []
    for i, span in enumerate(parsed.sentences):
        for token in span:
            if token.pos_ != "VERB" or token.lemma_.lower() not in verbs:
                continue
            subject = next((c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is None:
                continue
            phrase = span.doc[subject.left_edge.i: subject.right_edge.i + 1].text
            out.append(Emitted(*parsed.bounds(i), [phrase], method="baseline"))
    return out


def emitted_of(analysis) -> list[Emitted]:
    """Every attribution of an analysis, with the names of its chain (aliases, and the source
    as written where it was resolved)."""
    sources = {s.id: s for s in analysis.sources}
    sentences = {s.id: s for s in analysis.sentences}
    out = []
    for a in analysis.attributions:
        sentence = sentences[a.sentence_id]
        names = [a.surface] if a.surface else []
        for sid in (a.source_id, *a.via):
            if sid in sources:
                names.extend([sources[sid].name, *sources[sid].aliases])
        out.append(Emitted(sentence.start, sentence.end, names, kind=a.kind, method=a.method or ""))
    return out


def resolve_probes(parsed: Parsed, probes: dict) -> None:
    """Run the learned attribution over a parsed text, resolving the probed sources on the way."""
    from ..extract.attribution.learned import LearnedAttribution, head_spans_present

    learned = LearnedAttribution(use_head=bool(parsed.sentences) and head_spans_present(parsed.sentences[0].doc))
    learned.findings(parsed.sentences, parsed.offsets, parsed.lines, probes=probes)


def gold_items(gold: GoldText, parsed: Parsed) -> list[GoldItem]:
    from ..extract.attribution.learned import kind_of, source_form

    items = []
    for att in gold.attributions:
        source_tokens = [t for a, b in att.source for t in parsed.tokens(a, b)]
        cue_tokens = [t for a, b in att.cue for t in parsed.tokens(a, b)]
        form = source_form(source_tokens) if source_tokens else "none"
        if form == "named" and not name_words(att.source_text):
            form = "pronoun"
        items.append(GoldItem(att, form, kind_of(cue_tokens, source_tokens)))
    return items


@dataclass
class PolnearReport:
    split: str
    texts: int
    tallies: dict[str, Tally]
    coref_correct: int = 0
    coref_total: int = 0
    coref_misses: list[str] = field(default_factory=list)
    model_loaded: bool = True


def read_coref_gold(path: Path) -> dict[str, dict[tuple[int, int], str]]:
    out: dict[str, dict[tuple[int, int], str]] = {}
    if not path.is_file():
        return out
    rows = [line for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#")]
    for row in csv.DictReader(rows, delimiter="\t"):
        out.setdefault(row["text"], {})[(int(row["start"]), int(row["end"]))] = row["antecedent"]
    return out


def coref_right(answer: Optional[str], gold: str) -> bool:
    if gold == "-":
        return answer is None
    if answer is None:
        return False
    if gold == "author":
        return answer == "author"
    return any(name_words(option) & name_words(answer) for option in gold.split("|"))


def run(root: str, split: str = "dev", limit: int = 0, systems: tuple[str, ...] = SYSTEMS) -> PolnearReport:
    from ..parse import load_pipeline
    from ..pipeline import analyze
    from ..settings import get_settings

    settings = get_settings()
    nlp = load_pipeline(settings.pipeline)
    report = PolnearReport(split, 0, {name: Tally() for name in systems}, model_loaded=cue_table() is not None)
    for gold in texts(root, split, limit):
        report.texts += 1
        parsed = parse_text(nlp, gold.text)
        items = gold_items(gold, parsed)
        for name in systems:
            if name == "baseline":
                emitted = baseline(parsed)
            else:
                # only attribution and what it requires: the same attributions as a full analysis
                # (extract/registry.py), without the events, forecasts ... nobody scores here
                analysis = analyze(gold.text, settings=settings.model_copy(
                    update={"attribution": name, "extractors": ("attribution",)}))
                if analysis.document.text != gold.text:
                    raise ClaimledgerError(f"{gold.stem}: the analysed text differs from the file")
                emitted = emitted_of(analysis)
            tally(report.tallies[name], items, emitted, gold.text, gold.stem)
    coref = read_coref_gold(coref_gold_path(split))
    if coref and not limit:
        resolved = resolution(root, split)
        report.coref_correct, report.coref_total = resolved.coref_correct, resolved.coref_total
        report.coref_misses = resolved.coref_misses
    return report


def _score_probes(report: PolnearReport, stem: str, probes: dict, coref: dict) -> None:
    for key, answer in probes.items():
        expected = coref[stem][key]
        report.coref_total += 1
        if coref_right(answer, expected):
            report.coref_correct += 1
        else:
            report.coref_misses.append(f"{stem[:30]} {key}: {answer!r} (gold {expected!r})")


def resolution(root: str, split: str) -> PolnearReport:
    """Only the resolver, on the texts of the split's hand-made antecedent file."""
    from ..parse import load_pipeline
    from ..settings import get_settings

    nlp = load_pipeline(get_settings().pipeline)
    coref = read_coref_gold(coref_gold_path(split))
    report = PolnearReport(split, 0, {})
    for gold in texts(root, split):
        if gold.stem not in coref:
            continue
        report.texts += 1
        probes = {key: None for key in coref[gold.stem]}
        resolve_probes(parse_text(nlp, gold.text), probes)
        _score_probes(report, gold.stem, probes, coref)
    return report


def iter_rows(report: PolnearReport) -> Iterator[tuple]:
    for name, t in report.tallies.items():
        yield name, t.tp_emitted, t.emitted, t.found, t.named, t.precision, t.recall, t.f1
