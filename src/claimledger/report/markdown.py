"""The Markdown brief (`analyze --format md`): a header with the text's shape in two lines,
then one block per capability from its renderer in BLOCKS, in the order an analyst reads:
who says what, what they predict, the explanations argued, what is missing, the events.
A block with nothing to say is left out; a column empty in every row is dropped.

Every result kind of the contract is accounted for: rendered by a block of BLOCKS (which names
the kinds it renders), or left out of the brief on purpose (LEFT_OUT, with the reason). A kind
that is neither (one just added to the contract) still shows, as a plain table of its items
after the blocks, so nothing the analysis found is silently dropped from the brief."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal, Union, get_args, get_origin

from .. import contract
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


def failures_block(a: Analysis) -> str:
    """Where an extractor failed (contract.ExtractorFailure), said before any result: the brief
    that follows is missing that extractor's findings there."""
    if not a.failures:
        return ""
    lines = ["## Incomplete analysis", ""]
    for f in a.failures:
        where = f"characters {f.start}–{f.end}" if f.stage == "window" else "its end-of-document step"
        lines.append(f"- extractor **{for_markdown(f.extractor)}** failed on {where} "
                     f"({for_markdown(clip(f.error, 200))}): its results there are missing.")
    return "\n".join(lines)


@dataclass(frozen=True)
class Block:
    kinds: tuple[str, ...]                 # the result kinds it renders
    render: Callable[[Analysis], str]      # '' when it has nothing to say


BLOCKS: list[Block] = [
    Block(("sections", "sentences"), header),
    Block(("failures",), failures_block),
    Block(("sources", "attributions"), sources_block),
    Block(("forecasts",), forecasts_block),
    Block(("hypotheses",), hypotheses_block),
    Block(("evidence_gaps",), gaps_block),
    Block(("events",), events_block),
]
# Result kinds the brief leaves out on purpose, and where a reader finds them instead.
LEFT_OUT = {
    "entities": "named in the events table; all of them in the JSON and on the web page",
    "quantities": "the counts of events are in the events table; all of them in the JSON",
    "rhetoric": "marked on the sentences of the web page and in the JSON",
}


def register(block: Block) -> None:
    """Add the renderer of a result kind (after the others)."""
    BLOCKS.append(block)


def render(a: Analysis) -> str:
    covered = {kind for block in BLOCKS for kind in block.kinds} | set(LEFT_OUT)
    blocks = [block.render(a) for block in BLOCKS]
    blocks += [_plain_block(a, kind) for kind in contract.result_kinds() if kind.name not in covered]
    return "\n\n".join(b for b in blocks if b) + "\n"


def _plain_block(a: Analysis, kind) -> str:
    """A kind without a renderer of its own: its items as a table of their plain fields."""
    items = getattr(a, kind.name)
    if not items:
        return ""
    columns = [name for name, field in kind.item.model_fields.items()
               if name not in ("start", "end") and _plain(field.annotation)]
    rows = [[getattr(item, name) for name in columns] for item in items]
    title = kind.key.replace("_", " ").capitalize()
    return f"## {title}\n\n" + table(columns, rows, wide=[c for c in columns if c in ("text", "statement")])


def _plain(annotation) -> bool:
    """A field a table cell can show: text, a number, a flag, one of a few words."""
    if annotation in (str, int, float, bool):
        return True
    origin = get_origin(annotation)
    if origin is Literal:
        return True
    if origin is Union:
        return all(_plain(arg) for arg in get_args(annotation) if arg is not type(None))
    return False
