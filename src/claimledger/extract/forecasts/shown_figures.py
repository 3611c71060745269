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
        if verb.lemma_.lower() not in W("document_showing_verbs") or verb.tag_ not in ("VBZ", "VBP", "VBD"):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None or subject.lemma_.lower() not in W("forecast_documents"):
            continue
        if not any(c.dep_ in ("dobj", "ccomp") for c in kids) or any(c.dep_ == "neg" for c in kids):
            continue
        after = [t for t in verb.subtree if t.i > verb.i]
        # round 20: a poll's "The survey median showed unemployment at 7% in late 2027" told in the past
        # still stands when a year after the publication's is in the clause
        if not (_year_ahead(after, published) or verb.tag_ != "VBD" and horizon_of(after)):
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


def revised(span, published: Optional[str] = None) -> list[Candidate]:
    """(round 20) "The chamber trimmed its growth forecast for 2028 to 1.1 per cent", "the bank
    raised its 2028 inflation projection to 3.1%": a body moves its forecast (data: forecast_revising_verbs,
    forecast_documents) to a figure ("to" and a number) for a year after the publication's. The new figure
    is the body's point estimate, in the past tense too (the revised forecast stands). Not "lowered its
    forecast for the main crop" with no figure after "to", nor a revision of a year already past."""
    out = []
    for verb in span:
        if verb.lemma_.lower() not in W("forecast_revising_verbs") or verb.pos_ != "VERB":
            continue
        noun = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if noun is None or noun.lemma_.lower() not in W("forecast_documents") or any(c.dep_ == "neg" for c in verb.children):
            continue
        heads = [verb] + [c for c in verb.children if c.dep_ in ("prt", "advmod")]
        to = next((c for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is None or not any(t.like_num for t in to.subtree):
            continue
        years = [t for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for t in c.subtree]
        if not _year_ahead(list(noun.subtree) + list(to.subtree) + years, published):
            continue
        out.append(Candidate("estimate", clause_root(verb), [noun], probability.lookup("a point estimate"),
                             statement=statement_tokens(verb)))
    return out


REVISED_FINDER = Finder("revised_figures", revised, lambda: W("forecast_revising_verbs"), dated=True)
