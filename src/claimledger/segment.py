"""Stage 2, segment: lines with offsets and the sections they belong to.

Sentences are cut inside each line by the parser (stage 3); here we decide, from general cues
and never from line numbers, which lines are the article body, which are an appeal
(subscribe / pledge / tip / support-my-work) and which are reader comments.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterator

from .contract import Section, SectionKind
from . import lexicon

_ADDRESSES_READER = re.compile(r"\b(?:you|your|yours)\b|^\s*(?:please|subscribe|support|donate|join|become|sign up|share)\b", re.I)
_APPEAL_MAX_SHORT_WORDS = 14
# An end-of-article appeal must start in the last part of the text; after it comes the thread.
_TAIL_SHARE = 0.6
# ... or it says it closes the piece ("if you enjoyed the read", "thanks for reading").
_CLOSING = re.compile(r"\bif\s+you\s+(?:enjoyed|liked|found|appreciate)|\bthanks?\s+(?:you\s+)?for\s+reading\b|\bkeep\s+(?:this|my|our)\s+work\b", re.I)


@dataclass(frozen=True)
class Line:
    number: int  # 1-based
    start: int   # offset of the first character in document.text
    end: int     # offset just past the last character (the newline excluded)
    text: str

    @property
    def blank(self) -> bool:
        return not self.text.strip()


def split_lines(text: str) -> list[Line]:
    return list(iter_lines(text))


def iter_lines(text: str) -> Iterator[Line]:
    """The lines of `text` one at a time (a huge input's lines need not all exist at once); a
    blank last line (the text ends with "\n") is not a line."""
    start, number, held = 0, 1, None
    while start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        line = Line(number, start, end, text[start:end])
        if held is not None:
            yield held
        held = line
        start, number = end + 1, number + 1
    if held is not None and not held.blank:
        yield held


@lru_cache(maxsize=None)
def _any_of(name: str) -> re.Pattern:
    """A pattern file as one alternation: every line is scanned once, not once per cue."""
    return re.compile("|".join(f"(?:{p.pattern})" for p in lexicon.regexes(name)), re.IGNORECASE)


def is_appeal(line: str) -> bool:
    if not _any_of("appeal_cues.txt").search(line):
        return False
    return bool(_ADDRESSES_READER.search(line)) or len(line.split()) <= _APPEAL_MAX_SHORT_WORDS


def is_comment_header(line: str) -> bool:
    return bool(_any_of("comment_cues.txt").match(line.strip()))


def is_comment_furniture(line: str) -> bool:
    return bool(_any_of("comment_furniture.txt").match(line.strip()))


def label_lines(lines: list[Line]) -> dict[int, SectionKind]:
    """Section kind for every line number."""
    content = [ln for ln in lines if not ln.blank]
    labels: dict[int, SectionKind] = {ln.number: "body" for ln in lines}
    if not content:
        return labels
    appeals = [is_appeal(ln.text) for ln in content]   # parallel to `content`
    comments_from = _comments_start(content, appeals)
    for ln, appeal in zip(content, appeals):
        if comments_from is not None and ln.number >= comments_from:
            labels[ln.number] = "comments"
        elif appeal:
            labels[ln.number] = "appeal"
    _fill_blank_lines(lines, labels)
    return labels


def _comments_start(content: list[Line], appeals: list[bool]) -> int | None:
    """First line number of the reader comments, or None if the text has none."""
    for k, ln in enumerate(content):
        if is_comment_header(ln.text) or _any_of("comment_headings_ambiguous.txt").match(ln.text.strip()) \
                and _comments_follow(content[k + 1:]):
            return ln.number
    tail_from = int(len(content) * _TAIL_SHARE)
    blocks = _appeal_blocks(appeals)
    if blocks:
        first, last = blocks[-1]
        closing = first >= tail_from or any(_CLOSING.search(content[i].text) for i in range(first, last + 1))
        if closing and last + 1 < len(content):
            return content[last + 1].number
    for ln in content[tail_from:]:
        if is_comment_furniture(ln.text):
            return ln.number
    return None


_SIGNED = re.compile(r"^[^\W\d][\w.'’ -]{0,40}:\s+\S")


def _comments_follow(after: list[Line]) -> bool:
    """Whether the lines after an ambiguous heading read as a comment thread: furniture anywhere
    after it, or a signed comment ("Carlos M.: The regime will ...") among the first few."""
    return any(is_comment_furniture(ln.text) for ln in after) or any(_SIGNED.match(ln.text) for ln in after[:3])


def _appeal_blocks(appeals: list[bool]) -> list[tuple[int, int]]:
    """(first, last) indexes of each run of True in `appeals` (the appeal lines of the content)."""
    blocks: list[tuple[int, int]] = []
    for index, appeal in enumerate(appeals):
        if appeal:
            if blocks and blocks[-1][1] == index - 1:
                blocks[-1] = (blocks[-1][0], index)
            else:
                blocks.append((index, index))
    return blocks


def _fill_blank_lines(lines: list[Line], labels: dict[int, SectionKind]) -> None:
    """A blank line belongs to the section before it, so sections stay contiguous."""
    previous: SectionKind = "body"
    for ln in lines:
        if ln.blank:
            labels[ln.number] = previous
        previous = labels[ln.number]


def sections_of(lines: list[Line], labels: dict[int, SectionKind]) -> list[Section]:
    """Runs of lines with one label become sections."""
    sections: list[Section] = []
    for ln in lines:
        kind = labels[ln.number]
        if sections and sections[-1].kind == kind:
            sections[-1].last_line, sections[-1].end = ln.number, ln.end
        else:
            sections.append(Section(kind=kind, first_line=ln.number, last_line=ln.number, start=ln.start, end=ln.end))
    return sections
