"""Sentence kinds: accuracy against a gold list {line, text, kind} (key `sentence_kinds`), per
kind as well. A gold item is judged on the first sentence overlapping its text."""
from __future__ import annotations

from ..contract import Analysis
from .gold import Gold, Score


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    overall = Score()
    per_kind: dict[str, Score] = {}
    for item in gold.data["sentence_kinds"]:
        sentences = gold.sentences_for(analysis, item["line"], item.get("text"))
        got = sentences[0].kind if sentences else None
        ok = got == item["kind"]
        overall.total += 1
        overall.correct += ok
        kind = per_kind.setdefault(item["kind"], Score())
        kind.total += 1
        kind.correct += ok
        if not ok:
            overall.misses.append(f"line {item['line']}: gold {item['kind']}, got {got} ({item.get('text', '')[:40]}…)")
    return {"": overall, **{f"{k}": v for k, v in sorted(per_kind.items())}}


def implied_kinds(gold: Gold) -> list[dict]:
    """Kinds a gold file implies without a `sentence_kinds` list: attributed spans are reported,
    forecasts predictions, rhetorical questions questions (used to report kind accuracy on
    gold files such as the seed's)."""
    items = []
    for a in gold.data.get("attributions", []):
        items.append({"line": a["line"], "text": a["text"], "kind": "reported"})
    for f in gold.data.get("forecasts", []):
        if f.get("by") == "author" and "?" not in f["text"]:
            items.append({"line": f["line"], "text": f["text"], "kind": "prediction"})
    for line in gold.data.get("rhetoric", {}).get("rhetorical_questions", []):
        items.append({"line": line, "kind": "question"})
    return items
