"""Extractor `certainty`: how sure each sentence is, in [0, 1], with the cues that set it.

Reads: `sentence.layout` (a question is open). Writes: `sentence.certainty` and the cues
`hedge`, `booster`, `probability` (with their values as weights).

Cues, from data files: verbal probability phrases (claimledger.probability: probly.csv medians,
ICD 203, Kent), hedges and boosters (data/certainty_cues.tsv: Hyland's inventory, BioScope hedge
cues). A negated booster or probability phrase flips ("not certain", "not likely": 1 - p).
The certainty is the mean of the cue values; without a cue a declarative sentence is asserted
as fact (PLAIN), a question is open (0.5).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ... import probability
from ... import lexicon
from ..context import Context, SentenceUnit, Window
from ..registry import extractor
from ..syntax import modal_lookalike

PLAIN = 0.75
QUESTION = 0.5


def _norm(word: str, contractions: Optional[dict] = None) -> str:
    """Contractions as the tokenizer splits them: "can't" -> "ca n't" -> "can not"."""
    word = word.lower().replace("’", "'")
    return (contractions if contractions is not None else lexicon.mapping("contractions")).get(word, word)


@lru_cache(maxsize=1)
def cue_table() -> dict[tuple[str, ...], tuple[str, float]]:
    found = {}
    for row in lexicon.rows("certainty_cues.tsv"):
        words = row["phrase"].replace("n't", " n't").split()
        key = tuple(" ".join(_norm(w) for w in words).split())
        found[key] = (row["role"], float(row["value"]))
    return found


@lru_cache(maxsize=1)
def _longest() -> int:
    return max(len(k) for k in cue_table())


@extractor("certainty", requires=("sentence.layout",), assigns=("sentence.certainty",))
def certainty(ctx: Context, window: Window) -> None:
    """Certainty in [0, 1] from hedges, boosters and probability phrases."""
    for unit in window.sentences:
        if unit.section == "appeal":
            continue
        candidates = _lexicon_cues(unit) + _probability_cues(unit)
        values = [_record(unit, c) for c in _longest_first(candidates)]
        if values:
            unit.model.certainty = round(min(1.0, max(0.0, sum(values) / len(values))), 3)
        else:
            unit.model.certainty = QUESTION if unit.model.kind == "question" else PLAIN


def _lexicon_cues(unit: SentenceUnit) -> list[tuple[int, int, str, float]]:
    tokens = [t for t in unit.span]
    contractions = lexicon.mapping("contractions")
    words = [" ".join(_norm(t.text, contractions).split()) for t in tokens]
    found, i = [], 0
    cues = cue_table()
    while i < len(words):
        for n in range(min(_longest(), len(words) - i), 0, -1):
            key = tuple(words[i: i + n])
            if key in cues:
                role, value = cues[key]
                first, last = tokens[i], tokens[i + n - 1]
                if modal_lookalike(tokens[i: i + n]):
                    break
                if role == "booster" and _negated(first):
                    role, value = "hedge", round(1 - value, 3)
                start, end = unit.offsets(first)[0], unit.offsets(last)[1]
                found.append((start, end, role, value))
                i += n - 1
                break
        i += 1
    return found


def _probability_cues(unit: SentenceUnit) -> list[tuple[int, int, str, float]]:
    found = []
    for phrase in probability.find(unit.text):
        if phrase.text.lower().replace("’", "'") in lexicon.words("tense_only_phrases"):
            continue
        start, end = unit.char_offsets(phrase.start, phrase.end)
        value = phrase.probability
        token = unit.span.doc.char_span(unit.span.start_char + phrase.start, unit.span.start_char + phrase.end,
                                        alignment_mode="expand")
        if token is not None and len(token) == 1 and token[0].dep_ in ("amod", "pobj", "dobj"):
            continue        # "the worst possible time": not an estimate
        if token is not None and modal_lookalike(list(token)):
            continue
        if token is not None and len(token) and _negated(token[0]) and " not" not in phrase.text.lower():
            value = round(1 - value, 3)
        found.append((start, end, "probability", value))
    return found


def _longest_first(candidates: list[tuple[int, int, str, float]]) -> list[tuple[int, int, str, float]]:
    """Overlapping cues: the longer phrase wins ("almost certainly" over "certainly",
    "can't say for certain" over "certain")."""
    kept: list[tuple[int, int, str, float]] = []
    for cand in sorted(candidates, key=lambda c: c[0] - c[1]):
        if not any(k[0] < cand[1] and cand[0] < k[1] for k in kept):
            kept.append(cand)
    return sorted(kept)


def _record(unit: SentenceUnit, cand: tuple[int, int, str, float]) -> float:
    start, end, role, value = cand
    text = unit.model.text[start - unit.model.start: end - unit.model.start]
    unit.cue(start, end, role, text, value)
    return value


def _negated(token) -> bool:
    """A negation on the cue itself, its head, or just before it ("can't say for certain")."""
    if any(c.dep_ == "neg" for c in token.children):
        return True
    doc = token.doc
    before = doc[max(0, token.i - 2): token.i]
    return any(t.lower_.replace("’", "'") in lexicon.words("negations") for t in before)
