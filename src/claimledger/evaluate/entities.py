"""Entities: are the surface forms the gold groups under one name merged into one entity, and
only those?

Pairwise over the gold surface forms: recall = pairs within a gold group that share an entity;
precision = of the pairs of gold forms that share an entity, those in the same gold group.
`found`: gold forms that some entity carries (name or alias). `names`: gold groups whose
entity has the gold canonical name.
"""
from __future__ import annotations

from itertools import combinations

from ..contract import Analysis
from ..extract.entities.aliases import fold
from .gold import Gold, Score


def score(analysis: Analysis, gold: Gold) -> dict[str, Score]:
    groups = {name: forms for name, forms in gold.data["entities"].items() if isinstance(forms, list)}
    index: dict[str, str] = {}
    for entity in analysis.entities:
        for form in [entity.name] + entity.aliases:
            index.setdefault(form, entity.id)
            index.setdefault(fold(form), entity.id)
    names = {e.id: e.name for e in analysis.entities}

    def entity_of(form: str):
        return index.get(form) or index.get(fold(form))

    merge, found, named = Score(), Score(), Score()
    owner = {}
    for name, forms in groups.items():
        for form in forms:
            owner[form] = name
            found.total += 1
            if entity_of(form):
                found.correct += 1
            else:
                found.misses.append(f"{form!r} ({name}) is no entity")
        for a, b in combinations(forms, 2):
            if entity_of(a) and entity_of(a) == entity_of(b):
                merge.tp += 1
            else:
                merge.fn += 1
                merge.misses.append(f"{a!r} and {b!r} ({name}) not merged")
        ids = {entity_of(f) for f in forms} - {None}
        named.total += 1
        if any(fold(names[i]) == fold(name) for i in ids):
            named.correct += 1
        else:
            named.misses.append(f"{name}: named {sorted(names[i] for i in ids) or 'nothing'}")
    for a, b in combinations(list(owner), 2):
        if owner[a] != owner[b] and entity_of(a) and entity_of(a) == entity_of(b):
            merge.fp += 1
            merge.misses.append(f"{a!r} ({owner[a]}) and {b!r} ({owner[b]}) wrongly merged")
    return {"merge": merge, "found": found, "names": named}
