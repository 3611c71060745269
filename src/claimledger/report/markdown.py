"""The Markdown brief (`analyze --format md`): a header with the text's shape in two lines,
then one block per capability from its renderer in BLOCKS, in the order an analyst reads:
who says what, what they predict, the explanations argued, what is missing, the events.
A block with nothing to say is left out; a column empty in every row is dropped."""
from __future__ import annotations

from typing import Callable

from ..contract import Analysis
from ..sanitize import for_markdown
from .events import events_block
from .forecasts import forecasts_block, hypotheses_block
from .tables import WIDE_CHARS, clip, plural, table  # noqa: F401  (re-exported: blocks elsewhere may use them)
from .voices import gaps_block, sources_block


def header(a: Analysis) -> str:
    d = a.document
    meta = [plural(d.word_count, "word"), plural(len(a.sentences), "sentence")]
    if d.published:
        meta.append(f"published {d.published}")
    if d.author:
        meta.append(f"by {for_markdown(clip(d.author))}")
    if d.url:
        meta.append(for_markdown(clip(d.url, 300)))
    lines = [f"# {for_markdown(clip(d.title, 300)) or 'Untitled document'}", "", " · ".join(meta), ""]
    lines.append("  \n".join(part for part in (_sections_line(a), _kinds_line(a)) if part))   # hard line break
    lines += ["", f"`sha256 {d.sha256[:16]}…`"]
    return "\n".join(lines)


def _sections_line(a: Analysis) -> str:
    """'Sections: body, lines 1–19, 28 sentences · appeal, lines 20–21, 2 sentences · …'."""
    parts = []
    for s in a.sections:
        count = sum(1 for x in a.sentences if x.section == s.kind and s.start <= x.start <= s.end)
        parts.append(f"{s.kind}, lines {s.first_line}–{s.last_line}, {plural(count, 'sentence')}")
    return ("**Sections:** " + " · ".join(parts)) if parts else ""


def _kinds_line(a: Analysis) -> str:
    """'Body sentences: reported 9 · assertion 6 · …', most frequent first."""
    counts: dict[str, int] = {}
    for s in a.sentences:
        if s.section == "body":
            counts[s.kind] = counts.get(s.kind, 0) + 1
    if not counts:
        return ""
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    return "**Body sentences by kind:** " + " · ".join(f"{kind} {n}" for kind, n in ranked)


def render(a: Analysis) -> str:
    blocks = [block(a) for block in BLOCKS]
    return "\n\n".join(b for b in blocks if b) + "\n"


BLOCKS: list[Callable[[Analysis], str]] = [header, sources_block, forecasts_block, hypotheses_block, gaps_block,
                                           events_block]
