"""A figure put on a quantity by the passive of a verb of estimating with "at": "Growth is
estimated at 4.1 percent this year", "The budget deficit for 2026/27 is now projected at 4.9 percent
of GDP", "Inflation is forecast by the central bank at 9% next year". Budget speeches, fund
statements and market notes state their point forecasts this way, with no modal and no verb of
expecting in the active; the quantity's period (this year, next year, a fiscal year not yet
closed) is what makes the figure a forecast, read as "a point estimate" (as the active "we project
growth of 3.4 percent in 2027", rules._estimate_candidates).

Only a verb of point estimating (data: point_estimate_verbs less those whose passive means
something else: projected_passive_verbs) in the present ("is estimated", "are now projected", "has
been estimated"), its "at" naming a figure (a number or a PERCENT, MONEY, QUANTITY or CARDINAL
entity), and a period that is not over: a horizon ahead (parts.horizon_of) or a DATE of the current
or a later year in the clause. Not forecasts: "was estimated at 10,000" (told in the past), "the
damage is estimated at $2bn" (no period: a figure of what has happened), "the crowd in 2019 was
estimated at ..." (a past period), "arrivals this year are already estimated at 20,000" (a count so far).
"""
from __future__ import annotations

import re
from typing import Optional

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, horizon_of

W = lexicon.words

_FIGURE_ENTS = ("PERCENT", "MONEY", "QUANTITY", "CARDINAL")
# a year, a fiscal year ("2026/27", "FY2027") or a year with its part ("end-2026", "mid-2027")
_YEAR = re.compile(r"(?:^|[^\d])((?:19|20)\d\d)(?:[/–-]\d\d)?$")


def candidates(span, published: Optional[str] = None) -> list[Candidate]:
    verbs = W("projected_passive_verbs")
    out = []
    for verb in span:
        if verb.tag_ != "VBN" or verb.lemma_.lower() not in verbs:
            continue
        found = _projected(verb, published)
        if found is not None:
            out.append(found)
    return out


FINDER = Finder("projected_figures", candidates, lambda: W("projected_passive_verbs"), dated=True)


def _projected(verb, published: Optional[str]) -> Optional[Candidate]:
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in auxes) or any(c.tag_ in ("VBD", "MD") for c in auxes) \
            or not any(c.tag_ in ("VBZ", "VBP") for c in auxes) or any(c.dep_ == "neg" for c in verb.children):
        return None     # "was estimated", "would be estimated", "is not estimated": no standing point forecast
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    at = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > verb.i), None)
    if subject is None or subject.pos_ == "PRON" or at is None:
        return None
    figure = list(at.subtree)
    if not any(t.like_num or t.ent_type_ in _FIGURE_ENTS for t in figure):
        return None
    # the subject without a relative clause; the verb's own words after it, up to a clause of its own
    # and without an aside set off by commas ("Inflation, above 50% in 2022, is forecast ...": its
    # date is the yardstick's, not the forecast's)
    doc = verb.doc
    clause = {t.i for c in subject.children if c.dep_ in ("relcl", "acl") or c.i > subject.i
              and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text == "," for t in c.subtree}
    words = [t for t in subject.subtree if t.i not in clause and not (t.is_punct and t.i > subject.i)]
    own = [t for c in verb.children if c.i > verb.i and c.dep_ in ("prep", "npadvmod", "agent", "advmod")
           for t in c.subtree]
    statement = sorted({*words, verb, *own}, key=lambda t: t.i)
    while statement and statement[-1].is_punct:
        statement.pop()
    if not (horizon_of(statement) or _period_not_over(statement, published)) or _tally(verb):
        return None
    phrase = sorted([*(c for c in auxes if c.dep_ == "auxpass"), verb], key=lambda t: t.i)
    return Candidate("estimate", clause_root(verb), phrase, probability.lookup("a point estimate"),
                     statement=statement)


def _tally(verb) -> bool:
    """"Arrivals this year are already estimated at 20,000", "... at 500 so far": a count of the
    period up to now (data: tally_words), not a figure for the whole of it."""
    words = " " + " ".join(t.lower_ for t in verb.sent) + " "
    return any(f" {w} " in words for w in W("tally_words"))


def _period_not_over(tokens: list, published: Optional[str]) -> bool:
    """A year named in the clause ("for 2026/27", "at end-2026", "in fiscal 2027") that is the
    publication's year or a later one; without a publication date, none."""
    if not published or len(published) < 4 or not published[:4].isdigit():
        return False
    now = int(published[:4])
    for t in tokens:
        if t.lower_ in W("past_date_words"):
            return False
        m = _YEAR.search(t.text)
        if m and int(m.group(1)) >= now:
            return True
    return False
