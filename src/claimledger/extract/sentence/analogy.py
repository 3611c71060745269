"""Analogy cues: an argument by comparison ("mirroring", "akin to", "It's like a bully ...").
Not an extractor: rhetoric marks the analogy, kinds reads it as the writer's opinion."""
from __future__ import annotations

from functools import lru_cache

from ... import lexicon
from ..context import SentenceUnit
from ..syntax import words_of


@lru_cache(maxsize=1)
def _analogy_cues() -> dict[str, tuple[tuple[str, ...], ...]]:
    """Cue phrases by their first lemma, so a sentence is scanned once."""
    by_first: dict[str, list] = {}
    for cue in lexicon.listed("analogy_cues.txt"):
        words = tuple(cue.split())
        by_first.setdefault(words[0], []).append(words)
    return {k: tuple(v) for k, v in by_first.items()}


def analogy_cue(unit: SentenceUnit):
    """(first, last) tokens of the analogy cue of a sentence, or None (kinds.py asks too)."""
    cues = _analogy_cues()
    words = words_of(unit.span)
    if words.isdisjoint(cues) and "like" not in words:
        return None     # no word a cue starts with (most sentences): nothing to walk
    tokens = list(unit.span)
    lemmas = [t.lemma_.lower() for t in tokens]
    for i, lemma in enumerate(lemmas):
        for cue in cues.get(lemma, ()):
            n = len(cue)
            if tuple(lemmas[i: i + n]) == cue and (n > 1 or tokens[i].pos_ == "VERB" or tokens[i].dep_ == "ROOT"):
                return tokens[i], tokens[i + n - 1]
    for token in tokens:
        # copular "X is like Y": an argument by comparison ("It's like a bully...")
        if token.lower_ == "like" and token.dep_ == "prep" and (
                token.head.lemma_ == "be" or token.head.lower_.replace("’", "'") in lexicon.words("copula_forms")):
            return token, token
    return None
