"""Doubt told as not seeing an outcome, where the object is a thing, not a gerund clause (that
one is the verb frames' "I can't see Delhi reviving it", rules._frame_candidates):

- "I don't see a deal before the spring", "I don't see it before spring": a negated verb of
  seeing (data: seeing_verbs) in the forecaster's own voice, with an object and a time ahead in
  its clause. Without a time ("I don't see the point", "we don't see any sign of it") the verb is
  perception or opinion, not a forecast.
- "A downgrade is hard to see", "It is hard to see the junta handing over power": the verb of
  seeing as the infinitive of a degree of difficulty (data: hard_to_see_adjectives); what is
  hard to see is the copula's subject or the infinitive's object. Not "hard to see why ...":
  that asks for a reason.

Both read at the negated "see" row of data/forecast_verb_frames.tsv (one reading for the frame).
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, horizon_of, statement_tokens

W = lexicon.words


def candidates(span) -> list[Candidate]:
    row = lexicon.forecast_verb_frames().get(("see", "-", "neg"))
    if row is None:
        return []
    entry = probability.Entry("not see", float(row["probability"]), float(row["low"]), float(row["high"]), "est")
    out = []
    for verb in span:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in W("seeing_verbs"):
            slight = _slight_prospect_seen(verb)
            if slight is not None:
                out.append(slight)
                continue
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in W("seeing_verbs") or verb.tag_ in ("VBD", "VBN"):
            continue
        hard = _degree_of_difficulty(verb)
        if hard is None and any(c.dep_ in ("ccomp", "xcomp") or c.tag_ == "VBG" for c in verb.children):
            continue    # "I can't see Delhi reviving it": a gerund or clause object, the verb frames read it
        if hard is not None:
            found = _hard_to_see(verb, hard, entry)
        else:
            found = _not_seen_by_a_time(verb, entry)
        if found is not None:
            out.append(found)
    return out


FINDER = Finder("seeing_frames", candidates, lambda: W("seeing_verbs"))


def _not_seen_by_a_time(verb, entry):
    """"I don't see a deal before the spring"."""
    negs = [c for c in verb.children if c.dep_ == "neg"]
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if not negs or subject is None or subject.lower_ not in W("first_person") or obj is None:
        return None
    after = [t for t in verb.subtree if t.i > verb.i]
    if not horizon_of(after):
        return None
    modals = [c for c in verb.children if c.dep_ == "aux"]
    phrase = sorted([*modals, *negs, verb], key=lambda t: t.i)
    statement = [t for t in after if not (t.is_punct and t.i == verb.sent.end - 1)]
    comma = next((t.i for t in statement if t.text in (",", ";", ":")), None)
    if comma is not None:       # "..., not with the route running through Ukraine": the reason stays out
        statement = [t for t in statement if t.i < comma]
    return Candidate("phrase", clause_root(verb), phrase, entry, statement=statement)


def _slight_prospect_seen(verb):
    """"We see no prospect of the base reopening", "Traders said they saw little prospect
    of the line running at full capacity before spring", "Staff see little chance of the utility
    servicing its debt": a likelihood noun (data: likelihood_nouns_ahead) that a verb of seeing
    takes as its object, with a quantifier of little or none (data: slight_quantifiers), rates
    what its "of"-phrase names at that quantifier's row. The view is the forecaster's now: the
    present, or a past backshifted under a verb of saying; "In 2019 few saw any prospect" and a
    bare past are narrated views."""
    past = verb.tag_ in ("VBD", "VBN")
    if past and not (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.speech_verbs()):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.lemma_.lower() not in W("likelihood_nouns_ahead"):
        return None
    quantifier = next((c for c in obj.children if c.dep_ in ("det", "amod") and c.lower_ in W("slight_quantifiers")
                       and c.i < obj.i), None)
    of = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if quantifier is None or of is None or any(c.dep_ == "neg" for c in verb.children):
        return None     # "we do not see little chance": no such reading
    entry = probability.lookup(lexicon.mapping("slight_quantifiers")[quantifier.lower_])
    if entry is None:
        return None
    statement = [t for t in of.subtree if t.i != of.i and not (t.is_punct and t.i == verb.sent.end - 1)]
    statement = [t for t in statement if not (t.tag_ in ("``", "''") and t.i in (statement[0].i, statement[-1].i))]
    phrase = sorted([verb, *obj.subtree], key=lambda t: t.i)
    phrase = [t for t in phrase if t.i < of.i]
    return Candidate("phrase", clause_root(verb), phrase, entry, statement=statement)


def _hard_to_see(verb, hard, entry):
    """"A downgrade is hard to see", "It is hard to see the junta handing over power"."""
    if any(c.tag_ in ("WRB", "WP") for c in verb.subtree):
        return None     # "hard to see why the talks failed": a reason, not an outcome
    copula = hard.head
    if copula.lemma_ != "be" or any(c.tag_ == "VBD" for c in [copula, *copula.children]):
        return None
    subject = next((c for c in copula.children if c.dep_ in ("nsubj", "expl")), None)
    if subject is None:
        return None
    if subject.lower_ == "it" or subject.dep_ == "expl":
        obj = next((c for c in verb.children if c.dep_ == "dobj" or c.tag_ == "VBG" and c.dep_ in ("ccomp", "xcomp")),
                   None)
        if obj is None:
            return None
        statement = [t for t in verb.subtree if t.i >= obj.left_edge.i and not (t.is_punct and t.i == verb.sent.end - 1)]
    elif subject.pos_ == "NOUN" and (any(c.dep_ == "det" and c.lower_ in ("a", "an", "any") for c in subject.children)
                                     or horizon_of(list(subject.subtree))):
        # an outcome not yet real ("A downgrade", "Any deal by Christmas"); "The logic is hard to
        # see" is a thing present and hidden, not a doubt about what comes
        statement = sorted(subject.subtree, key=lambda t: t.i)
    else:
        return None
    phrase = list(verb.doc[hard.left_edge.i: verb.i + 1])
    return Candidate("phrase", clause_root(copula), phrase, entry,
                     statement=statement or statement_tokens(copula))


def _degree_of_difficulty(verb):
    """The "hard" of "hard to see", wherever the parse hangs the infinitive: on the adjective, or
    on the copula beside it ("It is hard to see X": "see" an xcomp of "is")."""
    if verb.dep_ != "xcomp":
        return None
    head = verb.head
    if head.lower_ in W("hard_to_see_adjectives"):
        return head
    if head.lemma_ == "be":
        return next((c for c in head.children if c.dep_ == "acomp" and c.lower_ in W("hard_to_see_adjectives")
                     and c.i < verb.i), None)
    return None
