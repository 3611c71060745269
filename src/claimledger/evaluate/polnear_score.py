"""One scorer for attribution on PolNeAR, at the sentence + named-source level.

Every system (the verb-rule baseline, the rules, the trained model, rules + model) is reduced to
the same thing, `Emitted`: an attribution sitting on one sentence (its offsets in the text) with
the names of the members of its chain (outermost source, `via`, and their aliases, including
the surface form a resolved pronoun or descriptor had). The definitions (docs/accuracy.md):

- A gold attribution's *anchor* is its Content spans (its Cue spans when it has no content).
  An emitted attribution *sits on* a gold one when its sentence overlaps the anchor.
- Two names *share a content word* when their word sets (lower case, possessive and plural -s
  removed, function words dropped) intersect.
- Recall: over gold attributions whose Source is *named* (it has a proper noun); one is found
  when some emitted attribution sits on it and a member of its chain shares a content word
  with the gold Source.
- Precision: over all emitted attributions in the text; one is right when its sentence overlaps
  the content or the cue of some gold attribution that has a source ("X reports:" before a
  quoted passage is a real attribution of its own sentence), and either shares a content word with that source or the
  gold source is a pronoun ("he said": the antecedent is not annotated in PolNeAR, so any
  source is accepted there; resolution is measured separately, see polnear_coref.py).
- Breakdowns: recall by gold source form (named / pronoun / descriptor, the latter two found
  when the chain shares a word with the surface source, or, for pronouns, any source), and by
  attribution kind (of the gold cue, from the same cue lexicon the systems use).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterable, Optional

from .polnear import GoldAttribution, Spans

_FUNCTION = frozenset("""a an the of and or in on at to for from by with his her its their our my your
he she it they we i you him them us me who whom which that this these those s one some any
""".split())
PRONOUNS = frozenset("he she it they we i you him her them us me who which that this these those one".split())


def name_words(name: str) -> frozenset[str]:
    out = set()
    for token in re.split(r"[^a-z0-9]+", name.lower().replace("’", "'").replace("'s", "")):
        if not token or token in _FUNCTION:
            continue
        if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
            token = token[:-1]
        out.add(token)
    return frozenset(out)


@dataclass
class Emitted:
    start: int                 # the sentence the attribution sits on
    end: int
    names: list[str]           # every name of every member of the chain
    kind: Optional[str] = None
    method: str = ""

    @property
    def words(self) -> frozenset[str]:
        return frozenset().union(*(name_words(n) for n in self.names)) if self.names else frozenset()


@dataclass
class GoldItem:
    gold: GoldAttribution
    form: str                  # named | pronoun | descriptor | none
    kind: str


def _overlaps(start: int, end: int, spans: Spans) -> bool:
    return any(start < b and end > a for a, b in spans)


@dataclass
class Tally:
    """Counts for one system over a split."""
    tp_emitted: int = 0
    emitted: int = 0
    found: int = 0
    named: int = 0
    by_form: dict[str, list[int]] = field(default_factory=dict)     # form -> [found, total]
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp_emitted / self.emitted if self.emitted else 0.0

    @property
    def recall(self) -> float:
        return self.found / self.named if self.named else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def _found(item: GoldItem, emitted: list[Emitted], by_surface: bool) -> bool:
    gold = item.gold
    gold_words = name_words(gold.source_text)
    for e in emitted:
        if not _overlaps(e.start, e.end, gold.anchor):
            continue
        if item.form == "pronoun" and by_surface:
            return True
        if gold_words & e.words:
            return True
    return False


def _right(e: Emitted, items: list[GoldItem]) -> bool:
    for item in items:
        gold = item.gold
        if not gold.source or not (_overlaps(e.start, e.end, gold.anchor) or _overlaps(e.start, e.end, gold.cue)):
            continue
        if item.form == "pronoun" or name_words(gold.source_text) & e.words:
            return True
    return False


def tally(tally_: Tally, items: list[GoldItem], emitted: Iterable[Emitted], text: str, stem: str = "") -> None:
    emitted = list(emitted)
    for e in emitted:
        tally_.emitted += 1
        if _right(e, items):
            tally_.tp_emitted += 1
        elif len(tally_.wrong) < 400:
            tally_.wrong.append(f"{stem[:30]} | {' / '.join(e.names)[:60]} | {text[e.start:e.end][:160]}")
    for item in items:
        if item.form == "none":
            continue
        counts = tally_.by_form.setdefault(item.form, [0, 0])
        hit = _found(item, emitted, by_surface=True)
        counts[0] += hit
        counts[1] += 1
        if item.form != "named":
            continue
        tally_.named += 1
        tally_.found += hit
        kind_counts = tally_.by_kind.setdefault(item.kind, [0, 0])
        kind_counts[0] += hit
        kind_counts[1] += 1
        if not hit and len(tally_.misses) < 400:
            first = item.gold.anchor[0]
            tally_.misses.append(f"{stem[:30]} | {item.gold.source_text[:40]} | {item.gold.cue_text[:30]} | "
                                 f"{text[first[0]:first[1]][:140]}")
