"""The Markdown brief: title, sections, then one block per capability, each from its own
renderer in BLOCKS (a block with nothing to say is left out)."""
from __future__ import annotations

from typing import Callable

from ..contract import Analysis


def _cell(text, limit: int = 90) -> str:
    text = "" if text is None else " ".join(str(text).split())
    text = text.replace("|", "\\|")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def table(headers: list[str], rows: list[list]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(_cell(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def header(a: Analysis) -> str:
    d = a.document
    meta = [f"{d.word_count} words", f"{len(a.sentences)} sentences"]
    if d.published:
        meta.append(f"published {d.published}")
    if d.author:
        meta.append(f"by {d.author}")
    if d.url:
        meta.append(d.url)
    return f"# {d.title or 'Untitled document'}\n\n" + " · ".join(meta) + f"\n\n`sha256 {d.sha256[:16]}…`"


def sections_block(a: Analysis) -> str:
    rows = [[s.kind, f"{s.first_line}–{s.last_line}", sum(1 for x in a.sentences if x.section == s.kind and s.start <= x.start < s.end + 1)]
            for s in a.sections]
    return "## Sections\n\n" + table(["section", "lines", "sentences"], rows)


def kinds_block(a: Analysis) -> str:
    counts: dict[str, int] = {}
    for s in a.sentences:
        if s.section == "body":
            counts[s.kind] = counts.get(s.kind, 0) + 1
    rows = [[k, n] for k, n in sorted(counts.items(), key=lambda kv: -kv[1])]
    return "## Sentence kinds (body)\n\n" + table(["kind", "sentences"], rows)


BLOCKS: list[Callable[[Analysis], str]] = [header, sections_block, kinds_block]
from .events import events_block  # noqa: E402  (imports `table` above)
BLOCKS.append(events_block)


def _voices():
    from .voices import gaps_block, sources_block

    return [sources_block, gaps_block]


BLOCKS += _voices()


def render(a: Analysis) -> str:
    blocks = [block(a) for block in BLOCKS]
    return "\n\n".join(b for b in blocks if b) + "\n"


from .forecasts import forecasts_block, hypotheses_block  # noqa: E402  (registration; it imports `table` above)
BLOCKS += [forecasts_block, hypotheses_block]
