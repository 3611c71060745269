"""A forecaster's call in the simple present under a verb of opinion: "I think the first
contracts get awarded by October", "I suspect the coalition survives that too", "I'd wager
they cut the export price again before the harvest", "we reckon the rally fades". Commentators
and interviewees state what will happen in the present tense when they own it with "I
think"; the clause is a forecast when its verb is a change of state (data: outcome_verbs less
lasting_verbs: "survive", "fade", "rise" ...) or (round 30) any event verb, not one of state
("I think all four turn up"; "I think the plan needs work" is a view of now: data state_verbs), it
names a time ahead, or the verb is a bet.

Not forecasts: an opinion of the present ("I think the plan is flawed", "I suspect he knows",
"I think the army remains loyal": no change, no time ahead), a call in someone else's voice ("Analysts think ..." is left to
the estimative rules, which read verbs of expecting), a past call ("I thought it would fail"),
a clause with its own modal (the modal rules read it). Verbs and the row each is read at:
data/words_forecasts.tsv (opinion_verbs).
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, horizon_of, statement_tokens

W = lexicon.words


def candidates(span) -> list[Candidate]:
    readings = lexicon.mapping("opinion_verbs")
    out = []
    for verb in span:
        row = readings.get(verb.lemma_.lower())
        if row is None or verb.pos_ != "VERB" or verb.tag_ in ("VBD", "VBN", "VBG"):
            continue
        kids = list(verb.children)
        subject = next((c for c in kids if c.dep_ == "nsubj"), None)
        if subject is None or subject.lower_ not in W("first_person") or any(
                c.dep_ == "aux" and (c.tag_ == "VBD" or c.lemma_ == "have") for c in kids):
            continue
        call = next((c for c in kids if c.dep_ == "ccomp" and c.i > verb.i and _present(c)), None)
        if call is None or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "MD" for c in call.children):
            continue
        betting = verb.lemma_.lower() in W("betting_verbs")    # "I'd wager they cut ...": a bet is on what is to come
        lemma = call.lemma_.lower()
        # a verb of lasting ("I think the army remains loyal") is a view of the present unless dated ahead
        changing = lemma in W("outcome_verbs") and lemma not in W("lasting_verbs") or _event_call(call)
        if not (betting or changing or horizon_of(list(call.subtree))):
            continue
        entry = probability.lookup(row)
        negated = any(c.dep_ == "neg" for c in kids)      # "I don't think the truce holds"
        statement = statement_tokens(call, strip_mark=True)
        colon = call.right_edge.i + 1
        if colon < call.sent.end - 1 and call.doc[colon].text == ":":
            # "I'd wager it rhymes here: a new name, the same bargain": the colon spells the call out
            statement += [t for t in call.doc[colon + 1: call.sent.end] if not (t.is_punct and t.i == call.sent.end - 1)]
        out.append(Candidate("estimate", clause_root(verb), [verb], entry, negated=negated, statement=statement))
    return out


FINDER = Finder("present_calls", candidates, lambda: frozenset(lexicon.mapping("opinion_verbs")))


def _event_call(call) -> bool:
    """(round 30) "I think all four turn up", "I think Beijing boycotts it", "I think it comes down a bit":
    an event verb (not a verb of state or lasting: data state_verbs, lasting_verbs) in the simple
    present with a subject of its own, told as no habit ("usually", "every", data habitual_markers,
    habitual_determiners): the present of an event under "I think" is a call on what is to come."""
    lemma = call.lemma_.lower()
    if call.pos_ != "VERB" or call.tag_ not in ("VBZ", "VBP", "VB") or lemma in W("state_verbs") or lemma in W("lasting_verbs"):
        return False
    # (the tagger may give the bare form to "Beijing boycotts it"; no auxiliary may stand before it)
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in call.children) or any(c.dep_ in ("aux", "auxpass") for c in call.children):
        return False
    habitual = W("habitual_markers") | W("habitual_determiners")
    return not any(t.lower_ in habitual or t.lower_ in W("present_time_words") for t in call.subtree)


def _present(call) -> bool:
    """A clause in the simple present: "survives", "get awarded" (a present "get" passive), or
    "they cut" (the bare form the tagger may call past; no auxiliary says otherwise)."""
    if call.tag_ in ("VBZ", "VBP", "VB"):
        return True
    aux = [c for c in call.children if c.dep_ in ("aux", "auxpass")]
    if call.tag_ == "VBN":
        return any(c.lemma_ == "get" and c.tag_ in ("VBZ", "VBP") for c in aux)
    return call.tag_ == "VBD" and not aux and call.lower_ == call.lemma_.lower()
