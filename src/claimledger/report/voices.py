"""Markdown blocks for voices: a "Sources" table (per source: what it said, how sure, through
whom) and "Evidence the text points at but lacks" (the missing maps, videos, tweets)."""
from __future__ import annotations

from ..contract import Analysis
from ..resolvable import AUTHOR
from ..sanitize import for_markdown
from .tables import WIDE_CHARS, clip, plural, table


def sources_block(a: Analysis) -> str:
    by_id = {s.id: s for s in a.sources}
    sentences = {s.id: s for s in a.sentences}
    said: dict[str, list] = {}
    for attribution in a.attributions:
        said.setdefault(attribution.source_id, []).append(attribution)
    reported = {x.sentence_id for x in a.attributions if x.source_id != "author"}
    author_voice = [s for s in a.sentences if s.section == "body" and s.kind not in ("lead_in", "appeal")
                    and s.id not in reported]
    rows = []
    for source_id, items in sorted(said.items(), key=lambda kv: min(x.start for x in kv[1])):
        source = by_id.get(source_id)
        if source is None or source_id == "author":
            continue
        texts = [a.document.text[x.start:x.end] for x in items]
        sure = [sentences[x.sentence_id].certainty for x in items if x.sentence_id in sentences]
        chain = sorted({by_id[v].name for x in items for v in x.via if v in by_id})
        rows.append([source.name, source.type, len(items), _said(texts), _mean(sure), ", ".join(chain) or "—",
                     _counts(x.kind for x in items), _counts(x.method for x in items),
                     ", ".join(sorted({x.surface for x in items if x.surface})) or "—",
                     ", ".join(sorted({str(x.line) for x in items}, key=int))])
    if author_voice:
        rows.append([by_id["author"].name if "author" in by_id else AUTHOR, "author", len(author_voice),
                     _said([s.text for s in author_voice if s.kind in ("opinion", "prediction")] or [author_voice[0].text],
                           "opinions and predictions"),
                     _mean([s.certainty for s in author_voice]), "—", "—", "—", "—",
                     plural(len(author_voice), "sentence")])
    if not rows:
        return ""
    return "## Sources\n\nWho says what in the text, how sure the sentences are (mean certainty, 0–1), " \
           "through whom (the chain, outermost first), what kind of attribution (speech, writing, belief, " \
           "intention, poll, document), what found it (the rules or the trained model) and how the text " \
           "referred to the source where that was a pronoun or a description.\n\n" + \
        table(["source", "type", "claims", "what it said", "how sure", "via", "kind", "found by", "written as", "lines"],
              rows, wide=["what it said"])


def gaps_block(a: Analysis) -> str:
    missing = [g for g in a.evidence_gaps if g.status == "missing"]
    if not missing:
        return ""
    lines = ["## Evidence the text points at but lacks", "",
             "Lead-ins whose map, image, tweet, video or document did not come through with the text:", ""]
    for gap in missing:
        lines.append(f"- line {gap.line} ({gap.expected}): {for_markdown(clip(gap.text, WIDE_CHARS))}")
    return "\n".join(lines)


def _said(texts: list[str], what: str = "") -> str:
    """The first thing said, clipped so the '(+N more …)' count is never cut off."""
    more = f" (+{len(texts) - 1} more{' ' + what if what else ''})" if len(texts) > 1 else ""
    return clip(texts[0], WIDE_CHARS - len(more)) + more


def _counts(values) -> str:
    """"speech 3, belief 1": how many of each, most first; "—" when none is known."""
    counted: dict[str, int] = {}
    for value in values:
        if value:
            counted[value] = counted.get(value, 0) + 1
    return ", ".join(f"{k} {n}" for k, n in sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))) or "—"


def _mean(values: list[float]) -> str:
    return f"{sum(values) / len(values):.2f}" if values else "—"
