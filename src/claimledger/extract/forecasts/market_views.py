"""Forecasts stated as someone's or the market's view rather than with a future tense: the
verbs of seeing of the sell-side and the wires ("economists see two more cuts this year", "the
bank's model sees inflation settling at 3 percent", "the lira is seen trading near 40 by
December", "we see room to cut twice more this year") and the consensus of a poll ("the
consensus is for a hold", "Consensus has the deficit at 2 percent next year", "the median
forecast in the poll is 16.5 percent for December", "consensus forecasts point to a third month
of contraction").

Each is read at the row of data/probability_phrases.tsv its wording paraphrases ("expected
to"; a consensus or a median at "the consensus is for", a middling estimate, because a point
forecast of a poll is as likely to miss as to hit). Word sets: data/words_forecasts.tsv
(seeing_verbs, forecaster_nouns, market_nouns, consensus_nouns, room_nouns).

Not forecasts: perception ("I see people queuing", "we see signs of strain": no forecaster
subject, no horizon), a view told in the narrated past ("analysts saw a cut coming", "the lira
was seen leaving ..."), a consensus of the past ("the consensus was for a hold" before a
meeting that has happened).
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, denied_by_subject, horizon_of, statement_tokens

W = lexicon.words


def candidates(span) -> list[Candidate]:
    """Every market or consensus view in the sentence (one pass over its tokens; each kind is
    a word-set lookup on the token before any parse is read)."""
    out: list[Candidate] = []
    seeing, consensus = W("seeing_verbs"), W("consensus_nouns")
    projections = W("forecast_nouns") - {"target", "call"}
    for tok in span:
        lemma = tok.lemma_.lower()
        if lemma in seeing:
            found = _seen_passive(tok) if tok.tag_ == "VBN" else _seen_by_forecaster(tok)
        elif lemma in consensus or tok.lower_ in consensus:
            found = _consensus(tok)
        elif tok.dep_ == "nsubj" and lemma in projections and tok.head.lemma_ == "have":
            found = _consensus(tok, dated_only=True)    # "official projections have the fund exhausted by 2035"
        else:
            continue
        if found is not None:
            out.append(found)
    return out


# the words each kind starts from (a forecast's own noun as the subject of "have": "projections have
# the fund exhausted by 2035")
FINDER = Finder("market_views", candidates, lambda: W("seeing_verbs") | W("consensus_nouns") | W("forecast_nouns"))


def _present(verb) -> bool:
    """In the present (or under a present modal): not told in the narrated past."""
    return verb.tag_ not in ("VBD",) and not any(
        c.dep_ in ("aux", "auxpass") and (c.tag_ == "VBD" or c.lemma_ == "have") for c in verb.children)


def _forecaster(subject) -> bool:
    """A subject whose view is a forecast: a forecaster or a market by its noun (data:
    forecaster_nouns, market_nouns: "economists", "the bank's model", "futures"). Not a pronoun
    or an organisation by name: "we see farmers abandoning their fields", "Amnesty sees
    civilians fleeing" are reports of what is seen now."""
    if subject is None:
        return False
    lemma = subject.lemma_.lower()
    return lemma in W("forecaster_nouns") or subject.lower_ in W("forecaster_nouns") or lemma in W("market_nouns")


def _seen_by_forecaster(verb):
    """"Economists see rates climbing before Christmas", "the bank's model sees inflation
    settling at its target", "economists see two more cuts this year", "we see room to cut rates
    twice more": a present "see" with (a) a gerund clause that has a horizon, or, when the
    subject is a forecaster, any gerund clause (the subject makes it a view, not a sighting: "I
    see people suffering" stays perception); and from a forecaster (b) a noun object with a
    horizon or a change under way ("a surplus persisting"), or (c) "room"/"scope" to act."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    # "Economists at the central bank see ...": after a long subject the tagger may read the
    # present as a bare verb; with a subject and no auxiliary it is still the finite present
    finite = verb.tag_ in ("VBP", "VBZ") or verb.tag_ == "VB" and subject is not None and not any(
        c.dep_ in ("aux", "auxpass") for c in verb.children)
    # "the IMF said it saw inflation easing to about 30% by the end of 2027": a "see" backshifted
    # under a verb of saying is the source's present view, when a time ahead says it is a forecast
    backshifted = verb.tag_ == "VBD" and verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lexicon.speech_verbs() \
        and subject is not None and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
    if not backshifted and (not finite or not _present(verb)):
        return None
    forecaster = _forecaster(subject)
    negated = any(c.dep_ == "neg" for c in verb.children) or denied_by_subject(verb)
    expected = probability.lookup("expected to")
    gerund = next((c for c in verb.children if c.dep_ in ("ccomp", "xcomp", "dobj") and c.tag_ == "VBG"
                   and (forecaster or any(g.dep_ == "nsubj" for g in c.children))), None)
    if gerund is not None and (horizon_of(list(gerund.subtree)) or not backshifted and (
            forecaster or _own_view_of_change(subject, gerund))):
        return Candidate("estimate", clause_root(verb), [verb], expected, negated=negated,
                         statement=statement_tokens(gerund))
    # an analyst house's own call ("we see two more cuts this year") needs the horizon the paths below ask for
    ahead = _deadline(list(verb.subtree))
    if backshifted and not ahead:
        return None
    if not (forecaster or subject is not None and subject.lower_ == "we" or ahead) or negated:
        return None     # negated frames ("we see little chance", "I can't see") are read by the phrase table
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None or obj.pos_ not in ("NOUN", "PROPN", "NUM"):
        return None
    if obj.lemma_.lower() in W("room_nouns"):
        # "see room to cut rates": the infinitive is what is expected; hangs on the noun
        act = next((c for c in obj.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                    and any(g.lower_ == "to" for g in c.children)), None)
        if act is None:
            return None
        return Candidate("estimate", clause_root(verb), [verb, obj], probability.lookup("see room to"),
                         statement=statement_tokens(act, strip_mark=True))
    rest = sorted((t for t in verb.subtree if t.i > verb.i), key=lambda t: t.i)
    acting = forecaster and any(t.tag_ == "VBG" and t.head.i == obj.i for t in rest)   # "a modest surplus persisting"
    if not (horizon_of(rest) or acting):
        return None     # "we see a problem": no time, no change foreseen
    if any(t.tag_ == "MD" for t in obj.subtree) or verb.sent[-1].text == ":":
        return None     # "We see three ways the next months could unfold:": the forecasts are the ways listed
    return Candidate("estimate", clause_root(verb), [verb], expected,
                     statement=[t for t in rest if not t.is_punct or t.i < rest[-1].i])


def _own_view_of_change(subject, gerund) -> bool:
    """"We see the Western majors staying on the sidelines until security improves", "we see
    prices easing": the writer's own "see" on a change or a lasting state (data: outcome_verbs),
    or on something that lasts until a later event, is a view of what is to come; "we see
    farmers abandoning their fields" reports a sighting."""
    if subject is None or subject.lower_ not in W("first_person"):
        return False
    return gerund.lemma_.lower() in W("outcome_verbs") or any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in ("until", "till") for m in c.children)
        for c in gerund.children)


def _deadline(tokens) -> bool:
    """A horizon that can only lie ahead ("by the end of the first quarter", "before the
    summer", "within a year", "next month"): with it, whoever "sees" a deal or a cut forecasts
    it ("they now see a deal by March"); nobody perceives a thing by a date to come."""
    horizon = horizon_of(tokens)
    return bool(horizon) and horizon.lower().split()[0] in W("deadline_openers")


def _seen_passive(seen):
    """"The lira is seen trading near 40 by the end of the year", "Inflation seen dipping below
    2 pct by mid-year", "Copper seen higher into January" (headlines): a present or bare passive
    "seen" with an -ing or to-clause or an adjective right after it, with a horizon or a figure in it ("He is seen leaving the building in the
    video" has neither; "was seen" is the narrated past)."""
    if any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in seen.children) or seen.dep_ == "amod":
        return None
    doc = seen.doc
    after = seen.i + 1
    if after >= seen.sent.end:
        return None
    nxt = doc[after]
    # "Copper seen higher into January", "rates seen firm through December": a state adjective
    # after it says where the thing stands then, as the -ing clause says where it goes
    if not (nxt.lower_.endswith("ing") and nxt.is_alpha or nxt.lower_ == "to" or nxt.tag_ in ("JJ", "JJR", "RBR")):
        return None
    subject = next((c for c in seen.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if subject is None and not (seen.i > seen.sent.start and doc[seen.i - 1].pos_ in ("NOUN", "PROPN")):
        return None
    rest = [t for t in doc[after: seen.sent.end] if not (t.is_punct and t.i == seen.sent.end - 1)]
    cut = next((k for k, t in enumerate(rest) if t.text in (";", ":") or t.dep_ == "cc" and k > 0), len(rest))
    rest = rest[:cut]
    if not (horizon_of(rest) or _dated(rest) or any(t.like_num for t in rest)):
        return None
    head = subject if subject is not None else doc[seen.i - 1]
    statement = sorted([*head.subtree, *rest], key=lambda t: t.i) if subject is not None else [head, *rest]
    return Candidate("estimate", clause_root(seen), [seen], probability.lookup("expected to"), statement=statement)


def _dated(rest) -> bool:
    """"Copper seen higher [into January]": horizon_of reads a date hung on a bare participle as the
    narrated past ("the flooding seen in July"); after "seen" with its complement the date is the
    view's horizon, when a horizon preposition opens it and it is no past date ("last January")."""
    for t in rest:
        if t.ent_type_ == "DATE" and t.ent_iob_ == "B" and t.i > 0 and t.doc[t.i - 1].lower_ in W("horizon_preps") \
                and not {w.lower_ for w in t.doc[t.i: t.i + 3]} & W("past_date_words"):
            return True
    return False


def _consensus(noun, dated_only: bool = False):
    """"The consensus is for a hold", "Consensus has the deficit at 2 percent next year", "the
    median forecast in the poll is 16.5 percent for December", "Consensus forecasts point to a
    third month of contraction": a consensus noun (data: consensus_nouns) as the subject of
    "is for", of "have ... at", of "is" + a figure with a horizon, or of "point to". A forecast's
    own noun as the subject of "have" (`dated_only`: data forecast_nouns, not a target) states a
    forecast with a date ahead: "the ministry's projections have the fund exhausted by 2035"."""
    if noun.dep_ not in ("nsubj", "compound", "amod") or noun.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    head = noun.head if noun.dep_ == "nsubj" else noun.head
    if noun.dep_ in ("compound", "amod"):   # "the median forecast", "Consensus forecasts"
        if head.dep_ != "nsubj" or head.lemma_.lower() not in W("forecast_nouns"):
            return None
        subject, verb = head, head.head
    else:
        subject, verb = noun, head
    if not _present(verb):
        return None
    lemma = verb.lemma_.lower()
    kids = list(verb.children)
    statement = None
    if dated_only and lemma != "have":
        return None
    if lemma == "be":
        named = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "for" and c.i > verb.i), None)
        if named is not None:
            statement = [t for t in named.subtree if t.i != named.i]
        else:
            attr = next((c for c in kids if c.dep_ == "attr" and c.i > verb.i), None)
            rest = sorted((t for t in verb.subtree if t.i > verb.i), key=lambda t: t.i)
            if attr is not None and any(t.like_num for t in attr.subtree) and horizon_of(rest):
                statement = [t for t in rest if not t.is_punct]
    elif lemma == "have":
        obj = next((c for c in kids if c.dep_ == "dobj"), None)
        # "has [the gap] at 3 percent": the parse may hang "at" on the object
        at = next((t for t in verb.subtree if t.dep_ == "prep" and t.lower_ == "at" and obj is not None and t.i > obj.i), None)
        rest = [t for t in sorted(verb.subtree, key=lambda t: t.i) if obj is not None and t.i >= obj.left_edge.i]
        if dated_only:
            # (a date after "by", "in" ...: horizon_of takes one hung on a participle for the narrated past)
            dated = horizon_of(rest) or any(t.ent_type_ == "DATE" and t.head.lower_ in W("horizon_preps") for t in rest)
            at = at if at is not None and dated else None
            if at is None and obj is not None and dated and any(
                    c.dep_ in ("acl", "amod") and c.tag_ == "VBN" for c in obj.children):
                at = obj    # "have the fund exhausted by 2035": a state the object is in by then
        if obj is not None and at is not None:
            statement = [t for t in rest if not t.is_punct]
    elif lemma == "point":
        to = next((c for c in kids if c.dep_ == "prep" and c.lower_ == "to"), None)
        if to is not None:
            statement = [t for t in to.subtree if t.i != to.i]
    if not statement:
        return None
    phrase = sorted([t for t in subject.subtree if t.i <= subject.i and t.dep_ != "det"] + [verb], key=lambda t: t.i)
    return Candidate("phrase", clause_root(verb), phrase, probability.lookup("consensus is for"), statement=statement)
