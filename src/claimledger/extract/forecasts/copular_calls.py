"""Calls made with a copula or a bare passive, where no modal or verb of expecting carries them:

- "Final results are expected by 24 December", "A ruling is expected next week": the passive of
  "expect" with a time and no complement is the expectation of the subject's event (read as
  "expected to"); so is one with a time told by another event ("expected before the election") or
  held by many ("A ratings upgrade is widely expected"). Not "was expected" (told in the past), not "as expected" or "than expected"
  (comparisons), not "It is expected that ..." and "X is expected to ..." (read elsewhere).
- "A January hike is a 30% probability in our view", "A deal by Christmas is a slim
  chance": a likelihood noun (data: likelihood_nouns_ahead) as the attribute of "be", rated by a
  percentage or a degree (data: likelihood_degrees), rates the subject's event. Not a pronoun
  subject ("That is a real risk": what it rates is told elsewhere), not in the past.
"""
from __future__ import annotations

from datetime import date
from typing import Optional

from ... import lexicon, probability
from ...due import due_window
from .candidate import Candidate
from .finder import Finder
from .numbers import stated_probability
from .parts import clause_root, horizon_of, non_restrictive, statement_tokens

W = lexicon.words
_PRESENT_OR_FUTURE = ("VBZ", "VBP", "MD", "VB")


def candidates(span, published: Optional[str] = None) -> list[Candidate]:
    return _expected_with_a_time(span, published) + _rated_by_a_copula(span) + _forecast_noun_is(span)


# "expected", a likelihood noun, a forecast noun: the word each of the three starts from
FINDER = Finder("copular_calls", candidates, lambda: W("valued_forecast_nouns") | W("likelihood_nouns_ahead") | {"expect"},
                dated=True)


def _forecast_noun_is(span) -> list[Candidate]:
    """"The central bank's own forecast, published last month, is 3%", "Our estimate for the
    deficit is 4.5% of GDP": a noun of a forecast made (data: valued_forecast_nouns) as the subject
    of "is", with a figure or a date ahead as what it is, states that forecast; read as a point
    estimate (the direction surer than the number). Not in the past ("the forecast was 2%"), not
    without a value ("the forecast is unchanged"), not a target (a goal set, not a forecast)."""
    out = []
    for noun in span:
        if noun.dep_ != "nsubj" or noun.lemma_.lower() not in W("valued_forecast_nouns") or noun.head.lemma_ != "be":
            continue
        copula = noun.head
        kids = list(copula.children)
        value = next((c for c in kids if c.dep_ in ("attr", "acomp") and c.i > copula.i), None)
        if value is None or not _present_or_future([copula, *kids]):
            continue
        said = list(value.subtree)
        figure = any(t.like_num or t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY", "CARDINAL") for t in said)
        if not (figure or horizon_of(said)):
            continue
        # "... is 3% growth [next year]": a time the parse hangs on the copula is the value's
        timed = [t for c in kids if c.dep_ in ("npadvmod", "prep") and c.i > value.i and horizon_of(list(c.subtree))
                 for t in c.subtree]
        statement = sorted([t for t in noun.subtree] + [copula] + said + timed, key=lambda t: t.i)
        out.append(Candidate("estimate", clause_root(copula), [noun], probability.lookup("a point estimate"),
                             statement=statement))
    return out


def _expected_with_a_time(span, published: Optional[str] = None) -> list[Candidate]:
    out = []
    for verb in span:
        if verb.lemma_.lower() != "expect" or verb.tag_ != "VBN":
            continue
        # "..., which is now expected on 20 April 2027": a comment clause of its own (round 19)
        commenting = verb.dep_ == "relcl" and non_restrictive(verb)
        if verb.dep_ not in ("ROOT", "conj", "ccomp") and not commenting:
            continue
        kids = list(verb.children)
        passive = [c for c in kids if c.dep_ == "auxpass" and c.lemma_ == "be"]
        subject = next((c for c in kids if c.dep_ == "nsubjpass"), None)
        if not passive or subject is None or subject.pos_ not in ("NOUN", "PROPN") and not (
                commenting and subject.tag_ == "WDT"):
            continue
        # (round 30) "The paper proposes a council; legislation is expected in the spring": a clause before a
        # semicolon the parse hangs on "expected" is no complement of it
        if any(c.dep_ in ("xcomp", "ccomp", "mark") and not _before_a_semicolon(c, verb) for c in kids) \
                or not _present_or_future(kids):
            continue
        after = [t for t in verb.subtree if t.i > verb.i]
        # "is widely expected": a call many hold needs no time; "expected before the election":
        # a time told by another event stands for a date
        consensus = any(c.dep_ == "advmod" and c.lower_ in W("consensus_adverbs") for c in kids)
        if not (horizon_of(after) or consensus or _anchored_to_an_event(verb) or _dated_ahead(verb, published)
                or _at_a_clock_time(verb)):
            continue
        out.append(Candidate("construction", verb if commenting else clause_root(verb), [verb], probability.lookup("expected to"),
                             statement=statement_tokens(verb)))
    return out


def _before_a_semicolon(clause, verb) -> bool:
    """Whether a clause hung on the verb ends before it, with a semicolon between."""
    return clause.i < verb.i and any(t.text == ";" for t in clause.doc[clause.right_edge.i + 1: verb.i])


def _dated_ahead(verb, published: Optional[str]) -> bool:
    """"The ruling is expected on Friday", "... expected on 20 April 2027": a date on the verb by "on"
    (which horizon_of leaves, as "on Monday" may be past) that lies ahead of publication (round 19)."""
    if published is None:
        return False
    base = date.fromisoformat(published[:10])
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ != "on":
            continue
        dates = [t for t in prep.subtree if t.ent_type_ == "DATE"]
        if not dates:
            continue
        window = due_window(" ".join(t.text for t in dates), published)
        if window is not None and window.start is not None and window.start > base:
            return True
    return False


_CLOCK_PREPS = ("at", "around", "by", "before", "after", "about", "shortly")


def _at_a_clock_time(verb) -> bool:
    """(round 28) "The first exit poll is expected around 18:00", "Results are expected by 10 pm": a
    clock time (a TIME entity with a digit or "noon"/"midnight") on the verb by a preposition of time;
    with the verb in the present, later the same day (horizon_of reads dates, not times of day)."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _CLOCK_PREPS:
            continue
        times = [t for t in prep.subtree if t.ent_type_ == "TIME"]
        if any(t.like_num or ":" in t.text or t.lower_ in ("noon", "midnight", "midday") for t in times):
            return True
    return False


def _anchored_to_an_event(verb) -> bool:
    """"expected before the election", "expected ahead of first oil": a preposition of time (data:
    event_anchors) on the verb whose object is a noun of an event, not a date (horizon_of reads those)."""
    for prep in verb.children:
        if prep.dep_ not in ("prep", "advmod") or prep.lower_ not in W("event_anchors"):
            continue
        of = next((c for c in prep.children if c.dep_ == "prep" and c.lower_ == "of"), None) if prep.lower_ == "ahead" else prep
        noun = next((c for c in (of.children if of is not None else ()) if c.dep_ == "pobj"), None)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.ent_type_ != "DATE":
            return True
    return False


def _rated_by_a_copula(span) -> list[Candidate]:
    degrees = lexicon.mapping("likelihood_degrees")
    out = []
    for noun in span:
        if noun.pos_ != "NOUN" or noun.dep_ != "attr" or not {noun.lemma_.lower(), noun.lower_} & W("likelihood_nouns_ahead"):
            continue
        copula = noun.head
        kids = list(copula.children)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if copula.lemma_ != "be" or subject is None or subject.pos_ not in ("NOUN", "PROPN") or not _present_or_future(
                [copula, *kids]):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
            continue                    # "The main worry is the risk of a strike": the rated event is the of-phrase's
        reading = stated_probability(noun)
        if reading is None:
            rating = next((c for c in noun.children if c.dep_ == "amod" and c.lower_ in degrees), None)
            entry = probability.lookup(degrees[rating.lower_]) if rating is not None else None
            reading = (entry, [rating, noun]) if entry is not None else None
        if reading is None:
            continue
        entry, phrase = reading
        statement = sorted(subject.subtree, key=lambda t: t.i)
        # "A deal [by Christmas] is a slim chance": a time the parse hangs on the copula belongs to the event
        statement += [t for c in kids if c.dep_ == "prep" and horizon_of(list(c.subtree)) for t in c.subtree]
        out.append(Candidate("stated", clause_root(copula), phrase, entry, statement=sorted(statement, key=lambda t: t.i)))
    return out


def _present_or_future(tokens) -> bool:
    """Whether a clause is told in the present or under a modal ('is', 'are', 'will be'), not
    the past ('was expected', 'had been')."""
    finite = [t for t in tokens if t.tag_ in ("VBD", "VBZ", "VBP", "MD")]
    return bool(finite) and all(t.tag_ in _PRESENT_OR_FUTURE for t in finite)

