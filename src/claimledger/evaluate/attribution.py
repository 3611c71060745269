"""Attribution: recall of the gold attributions (right sentence, right outermost source),
precision of our third-party attributions in the body, the chain (`via`) and the source type.

A gold item {line, text, source, source_type, via} is found when an attribution of a sentence
overlapping its text names a matching source. Names match when the words of one contain the
words of the other ("US" ~ "US government", "Al-Jazeera" ~ "Al Jazeera"), or when both are
anonymous. Precision counts our non-author attributions in the body: right when some gold item
on the same line has a matching source (the gold marks spans, not sentences).
"""
from __future__ import annotations

import re

from ..contract import Analysis, Source
from .gold import Gold, Score

_STOP = {"the", "a", "an", "unnamed", "of", "s", "and"}
_SELF = {"author", "commenter"}


def words(name: str) -> frozenset[str]:
    tokens = re.split(r"[^a-z0-9]+", name.lower().replace("’", "'").replace("'s", ""))
    return frozenset(t for t in tokens if t and t not in _STOP)


def same_source(source: Source, gold_name: str, gold_type: str) -> bool:
    if source.type == "anonymous" and gold_type == "anonymous":
        return True
    gold_words = words(gold_name)
    for name in (source.name, *source.aliases):
        mine = words(name)
        if mine and gold_words and (mine <= gold_words or gold_words <= mine):
            return True
    return False


def _same_chain(via: list[Source], gold_via: list[str]) -> bool:
    if len(via) < len(gold_via):
        return False
    return all(same_source(v, g, "anonymous" if not g[:1].isupper() or v.type == "anonymous" else "")
               for v, g in zip(via, gold_via))


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    sources = {s.id: s for s in analysis.sources}
    body = {s.id for s in analysis.sentences if s.section == "body"}
    ours = [a for a in analysis.attributions if a.sentence_id in body and a.source_id not in _SELF]
    items = gold.data["attributions"]
    main, chain, types = Score(), Score(), Score()
    for item in items:
        sentence_ids = {s.id for s in gold.sentences_for(analysis, item["line"], item["text"])}
        match = next((a for a in ours if a.sentence_id in sentence_ids
                      and same_source(sources[a.source_id], item["source"], item["source_type"])), None)
        if match is None:
            main.fn += 1
            got = sorted({sources[a.source_id].name for a in ours if a.sentence_id in sentence_ids})
            main.misses.append(f"line {item['line']}: missed {item['source']} ({item['text'][:50]}…), got {got}")
            continue
        main.tp += 1
        found = sources[match.source_id]
        types.total += 1
        types.correct += found.type == item["source_type"]
        if found.type != item["source_type"]:
            types.misses.append(f"line {item['line']}: {found.name} typed {found.type}, gold {item['source_type']}")
        if item.get("via"):
            chain.total += 1
            ok = _same_chain([sources[v] for v in match.via], item["via"])
            chain.correct += ok
            if not ok:
                chain.misses.append(f"line {item['line']}: via {[sources[v].name for v in match.via]}, gold {item['via']}")
    for attribution in ours:
        source = sources[attribution.source_id]
        on_line = [i for i in items if i["line"] == attribution.line]
        if not any(same_source(source, i["source"], i["source_type"]) for i in on_line):
            main.fp += 1
            main.misses.append(f"line {attribution.line}: extra {source.name} ({attribution.cue})")
    return {"": main, "chain": chain, "type": types}
