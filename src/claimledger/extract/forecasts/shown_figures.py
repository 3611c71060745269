"""What a document of forecasts shows (round 19): "the port authority's own estimates show
container traffic falling by about 5% in 2027", "the utility's timeline shows the new plant online in 2030",
"The draft budget shows the deficit narrowing to 3% next year". A body's estimates, projections,
timeline or draft (data/words_forecasts.tsv, forecast_documents) as the subject of a verb of
showing (document_showing_verbs) in the present, with an object and a time ahead in the clause, state a
forecast of that body, read as "a point estimate" (as the passive "is projected at").

Not forecasts: "the figures showed a fall in 2025" (told in the past), "the estimates show a fall
last year" (no time ahead), "the map shows the new border" (no document of forecasts), "the
survey shows that most voters are undecided" (a reading of today: no time ahead).
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, horizon_of, statement_tokens

W = lexicon.words


def candidates(span, published: Optional[str] = None) -> list[Candidate]:
    out = []
    for verb in span:
        if verb.lemma_.lower() not in W("document_showing_verbs") or verb.tag_ not in ("VBZ", "VBP"):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in W("forecast_documents"):
            continue
        if not any(c.dep_ in ("dobj", "ccomp") for c in kids) or any(c.dep_ == "neg" for c in kids):
            continue
        after = [t for t in verb.subtree if t.i > verb.i]
        if not (horizon_of(after) or _year_ahead(after, published)):
            continue
        out.append(Candidate("estimate", clause_root(verb), [verb], probability.lookup("a point estimate"),
                             statement=statement_tokens(verb)))
    return out


def _year_ahead(tokens: list, published: Optional[str]) -> bool:
    """A year (or a fiscal year, "2027-28") later than the publication's in the clause."""
    if published is None:
        return False
    this_year = date.fromisoformat(published[:10]).year
    for t in tokens:
        head = t.text[:4]
        if t.ent_type_ == "DATE" and head.isdigit() and len(head) == 4 and head.startswith("20") and int(head) > this_year:
            return True
    return False


FINDER = Finder("shown_figures", candidates, lambda: W("document_showing_verbs"), dated=True)
