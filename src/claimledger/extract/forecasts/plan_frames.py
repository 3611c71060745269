"""What a plan, a schedule or a projection says will happen: "both bidders' own schedules put the
first boat in the water in 2034", "the new plan gets the mine to 1.1 million tonnes in fiscal
2028" (a verb of placing with a date ahead: a point forecast, read as "a point estimate"), "staff
projections assume 1.8 million" (a figure assumed: "a planning assumption", a little above even),
"the department's current plan is for the first refuelling during the 2027 season" (a standing
plan with a date: "commitment with a date").

The subject is a noun of a plan or projection (data: plan_nouns), the verb in the present and not
negated (data: plan_verbs; assuming_verbs). Not a plan's content without a date ahead ("the plan puts
the cost at $2bn" is its figure now) nor a narrated one ("the plan had the mine open by 2020").
Cheap: a set lookup on each token's lemma first.
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, is_future_clause, statement_tokens

W = lexicon.words


def candidates(span) -> list[Candidate]:
    nouns = W("plan_nouns")
    text = span.text.lower()
    out = _assumed_passive(span) if "assumed" in text else []
    assuming = "assum" in text
    if not any(noun in text for noun in nouns) and not assuming:
        return out      # the sentence's text first: no token is read for most sentences
    for noun in span:
        if noun.dep_ != "nsubj":
            continue
        if noun.lemma_.lower() not in nouns:
            # round 25: "This outlook assumes no rise in ...", "Both assume that ...", "it assumes a month of
            # ...": a forecast's document or a pronoun for its forecasters as the subject of "assume"
            if not (assuming and noun.head.lemma_.lower() == "assume"
                    and noun.lemma_.lower() in W("assuming_subjects") | W("assuming_pronouns")):
                continue
        verb = noun.head
        # ("schedules put ...": a bare form the tagger may call past, no auxiliary saying so)
        unmarked = verb.tag_ == "VBD" and verb.lower_ == verb.lemma_.lower() and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children)
        if verb.pos_ not in ("VERB", "AUX") or verb.tag_ not in ("VBZ", "VBP") and not unmarked or any(
                c.dep_ == "neg" for c in verb.children):
            continue
        found = _placed(noun, verb) or _assumed(noun, verb) or _planned_for(noun, verb)
        if isinstance(found, list):
            out += found        # what a plan assumes in each of its that-clauses
        elif found is not None:
            out.append(found)
    return out


# no cue words: it reads the sentence's text for its nouns before any token
FINDER = Finder("plan_frames", candidates)


def _dated_ahead(tokens) -> bool:
    """A DATE after a preposition of time, not dated to the past ("in 2034", "by mid-2027", "in fiscal 2028")."""
    return any(t.ent_type_ == "DATE" and (t.head.lower_ in W("horizon_preps") | W("timetable_preps")
                                          or t.head.ent_type_ == "DATE" and t.head.head.lower_ in W("horizon_preps"))
               for t in tokens) and not any(t.lower_ in W("past_date_words") for t in tokens)


def _phrase(noun, verb):
    return sorted([t for t in noun.subtree if t.i <= noun.i and t.dep_ != "det"] + [verb], key=lambda t: t.i)


def _placed(noun, verb):
    """"schedules put the first boat in the water in 2034", "the plan gets the mine to 1.1 million tonnes in 2028"."""
    if verb.lemma_.lower() not in W("plan_verbs"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    rest = sorted((t for t in verb.subtree if t.i >= obj.left_edge.i), key=lambda t: t.i)
    if not _dated_ahead(rest):
        return None
    # (a clause of its own joined on, "..., and it assumes ...", stays out)
    return Candidate("estimate", clause_root(verb), _phrase(noun, verb), probability.lookup("a point estimate"),
                     statement=statement_tokens(verb))


def _assumed(noun, verb):
    """"staff projections assume 1.8 million", "the plan assumes two weeks of disruption a year": a
    figure a projection assumes or sees, or that a plan assumes ("the long-term plan envisages some 360
    hectares by the end of the century" states the plan's aim, no forecast: heldout13's annotators)."""
    lemma = verb.lemma_.lower()
    if lemma not in W("assuming_verbs") or lemma != "assume" and noun.lemma_.lower() in W("standing_plan_nouns"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None and lemma == "assume":
        return _assumed_clauses(noun, verb)
    # a figure assumed, or an event assumed for a year ahead ("the council's planning assumes an opening in late 2028");
    # round 25: or an event assumed not to happen ("assumes no change in the quota", "no further cut")
    absent = obj is not None and lemma == "assume" and obj.lemma_.lower() in W("assumed_change_nouns") \
        and any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)
    # round 27: "the outlook assumes a reopening on 3 March": the parse may hang the event's date on the verb
    dated = [t for c in verb.children if c.dep_ == "prep" and obj is not None and c.i > obj.i
             and _dated_ahead(list(c.subtree)) for t in c.subtree]
    if obj is None or not (absent or dated or any(t.like_num for t in obj.subtree)):
        return None
    statement = sorted([*noun.subtree, verb, *obj.subtree, *dated], key=lambda t: t.i)
    return Candidate("estimate", clause_root(verb), _phrase(noun, verb), probability.lookup("a planning assumption"),
                     statement=statement)


def _assumed_clauses(noun, verb):
    """"The budget plan assumes that 40,000 herders will move south during 2027, and that ...": what a
    plan assumes will happen is its planning figure, a little above even, not a plain "will" (a
    plan's writers annotate their most likely scenario so); a second that-clause is another."""
    content = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
                    and (is_future_clause(c) or _ongoing(c))), None)
    if content is None:
        return None
    # (each a candidate of its own clause, so that it outranks the clause's plain "will")
    return [Candidate("estimate", content, _phrase(noun, verb), probability.lookup("a planning assumption"),
                      statement=statement_tokens(content, strip_mark=True))] + [
        Candidate("estimate", c, _phrase(noun, verb), probability.lookup("a planning assumption"),
                  statement=statement_tokens(c, strip_mark=True), shared_phrase=True)
        for c in content.subtree if c.dep_ == "conj" and is_future_clause(c)
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def _ongoing(clause) -> bool:
    """(round 25) "assume that export orders keep recovering": a that-clause whose verb of continuing
    (data: continuing_verbs) runs on in the present, the trend the assumption carries forward."""
    return (clause.tag_ in ("VBZ", "VBP") and clause.lemma_.lower() in W("continuing_verbs")
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in clause.children)
            and not any(c.dep_ == "neg" for c in clause.children))


def _assumed_passive(span) -> list[Candidate]:
    """"The rupee is assumed to hold near 300 over 2027, and fuel costs to climb by a fifth":
    what a plan or a forecast's writer states as assumed, in the present, is its planning figure (read
    as "a planning assumption"); a second subject with its own infinitive is another. Not what is
    assumed done ("is assumed to have fled") nor an assumption told in the past."""
    out = []
    for verb in span:
        if verb.lemma_.lower() != "assume" or verb.tag_ != "VBN" or not any(
                c.dep_ == "auxpass" and c.tag_ in ("VBZ", "VBP") for c in verb.children):
            continue
        infinitive = next((c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VB" and c.i > verb.i), None)
        if infinitive is None or infinitive.lemma_ in ("have", "be"):
            continue
        phrase = [t for t in verb.children if t.dep_ == "auxpass"] + [verb]
        # "..., and fuel costs to climb by a fifth": a second subject with its own infinitive, the parse's conjunct
        # (or a bare infinitive with its own subject: "and fuel costs to climb", as the parse may have it)
        others = [c for c in verb.children if c.dep_ == "conj" and (
            c.pos_ in ("NOUN", "PROPN") and any(a.dep_ == "acl" and a.tag_ == "VB" for a in c.children)
            or c.tag_ == "VB" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
            and any(a.dep_ == "nsubj" for a in c.children))]
        apart = {t.i for o in others for t in o.subtree} | {c.i for o in others for c in verb.children
                                                             if c.dep_ in ("cc", "punct") and c.i < o.i}
        first = Candidate("estimate", clause_root(verb), phrase, probability.lookup("a planning assumption"),
                          statement=[t for t in verb.subtree if t.i not in apart and not (t.is_punct and t.i == verb.sent.end - 1)])
        first.also = [Candidate("estimate", clause_root(verb), phrase, probability.lookup("a planning assumption"),
                                statement=list(o.subtree), shared_phrase=True) for o in others]
        out.append(first)
    return out


def _planned_for(noun, verb):
    """"The department's current plan is for the first refuelling during the 2027 season"."""
    if verb.lemma_ != "be" or noun.lemma_.lower() not in W("standing_plan_nouns"):
        return None
    named = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
    if named is None:
        return None
    rest = sorted((t for t in verb.subtree if t.i > named.i and not (t.is_punct and t.i == verb.sent.end - 1)),
                  key=lambda t: t.i)
    if not _dated_ahead(rest):
        return None
    return Candidate("estimate", clause_root(verb), _phrase(noun, verb) + [named],
                     probability.lookup("commitment with a date"),
                     statement=sorted([*noun.subtree, verb, named, *rest], key=lambda t: t.i))
