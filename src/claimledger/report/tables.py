"""Markdown tables and cells for the brief's blocks: one line a cell, long text cut at a word
with '…', columns that are empty in every row left out. Every cell is article text made safe
for Markdown (sanitize.for_markdown: no HTML, no links, no control characters)."""
from __future__ import annotations

from typing import Iterable

from ..sanitize import for_markdown, plain

CELL_CHARS = 90    # a name, a phrase, a place
WIDE_CHARS = 200   # a statement or quotation: long enough to read, short enough for a table row


def clip(text, limit: int = CELL_CHARS) -> str:
    """One line of at most `limit` characters, cut at a word with '…' when it is longer."""
    text = plain(text, one_line=True)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit - 1)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:") + "…"


def _cell(text, limit: int) -> str:
    return for_markdown(clip(text, limit)).replace("|", "\\|")


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _blank(value) -> bool:
    return value is None or not str(value).strip()


def table(headers: list[str], rows: list[list], wide: Iterable[str] = (), keep: Iterable[str] = ()) -> str:
    """A Markdown table ('' without rows); `wide` names the columns of running text, `keep` the
    columns shown even when empty in every row (others then go: they would say nothing)."""
    if not rows:
        return ""
    wide, always = set(wide), set(keep)
    keep = [i for i, name in enumerate(headers)
            if i == 0 or name in always or any(not _blank(r[i]) for r in rows)]
    limits = [WIDE_CHARS if headers[i] in wide else CELL_CHARS for i in keep]
    lines = ["| " + " | ".join(headers[i] for i in keep) + " |", "|" + "---|" * len(keep)]
    lines += ["| " + " | ".join(_cell(row[i], limit) for i, limit in zip(keep, limits)) + " |" for row in rows]
    return "\n".join(lines)
