"""Judgements that forecast: a figure, a date or a target judged by how attainable it is ("Our
engineers consider mid-2028 more realistic", "the council considered that target ambitious",
"$70 oil, which I'd call prudent"), and what would or would not surprise the speaker ("Ten new
ships next year would not surprise me", "It would surprise me if the talks collapsed").

A verb of judging (data: rating_verbs) whose small clause or object complement is an adjective of
plausibility (data: plausibility_adjectives, each read at its row of data/probability_phrases.tsv)
rates its object, when that object is a figure or a date (a number or a DATE, MONEY, PERCENT or
CARDINAL entity in it) or a noun of a forecast (data: judged_nouns): "we consider the policy
prudent" judges a policy, not an outcome. The same verdict with the judged thing as the subject of
a copula in the present (data: verdict_copulas): "we think 5 to 6 percent is more realistic",
"January looks more realistic", "Traders think April is ambitious"; and with a demonstrative pointing
back to a figure or a date ahead named before it ("We suspect that date is a stretch", "I think it is a
year early", "we think that is too high": data: pointing_words, verdict_words). "would (not) surprise me/us" reads as "(not) surprised
by" what is its subject, or its "if"-clause after "it". Both check the sentence's words first
(one set lookup a token) and parse nothing of their own.
"""
from __future__ import annotations

from ... import lexicon, probability
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, horizon_of, statement_tokens

W = lexicon.words

_FIGURE_ENTS = ("DATE", "MONEY", "PERCENT", "CARDINAL", "QUANTITY")


def candidates(span) -> list[Candidate]:
    readings = lexicon.mapping("plausibility_adjectives")
    verdicts = lexicon.mapping("verdict_words")
    text = span.text.lower()
    if "surpris" not in text and not any(word in text for word in readings) \
            and not any(word in text for word in verdicts):
        return []       # the sentence's text first: no token is read for most sentences
    judged = [t for t in span if t.lower_ in readings]
    surprise = [t for t in span if t.lemma_.lower() == "surprise" and t.pos_ == "VERB"]
    out = [c for adj in judged for c in _judged(adj, readings[adj.lower_])]
    out += [c for word in span if word.lower_ in verdicts for c in _verdict(word, verdicts[word.lower_])]
    out += [c for verb in surprise for c in _surprising(verb)]
    return out


# no cue words: it reads the sentence's text for its words before any token
FINDER = Finder("judged_frames", candidates)


def _judged(adj, row) -> list[Candidate]:
    """"consider mid-2028 more realistic" (a small clause: the adjective's subject), "called the
    target ambitious" (an object complement), "which I'd call prudent" (the noun "which" stands for)."""
    if adj.dep_ in ("advmod", "amod") and adj.head.i < adj.i and adj.head.dep_ in ("ccomp", "dobj", "oprd") \
            and adj.head.pos_ == "NOUN":
        # "considered [that target] ambitious": the parse may hang the complement on the noun it rates
        noun = adj.head
        verb = noun.head
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in W("rating_verbs"):
            return []
        rated = sorted((t for t in noun.subtree if t.i < adj.i), key=lambda t: t.i)
        return _rated(verb, adj, rated, row)
    if adj.dep_ not in ("ccomp", "oprd", "xcomp", "acomp"):
        return []
    verb = adj.head
    if adj.dep_ == "acomp" and verb.lemma_.lower() in W("verdict_copulas"):
        return _copular_verdict(verb, adj, row)
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in W("rating_verbs") or verb.i > adj.i:
        return []
    obj = next((c for c in adj.children if c.dep_ == "nsubj"), None) \
        or next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.i < adj.i), None)
    if obj is None:
        return _relative_verdict(verb, adj, row)
    if _points_back(obj):
        # "The schedule has it finished in 2032. Engineers consider that optimistic."
        rated = sorted((t for t in verb.subtree if not t.is_punct and t.i >= verb.left_edge.i), key=lambda t: t.i)
        return _rated(verb, adj, rated, row, back=True)
    if obj.tag_ == "WDT" and verb.dep_ == "relcl":     # "$70 oil, which I'd call prudent"
        rated = [t for t in verb.head.subtree if t.i < verb.left_edge.i and not t.is_punct]
    else:
        rated = sorted(obj.subtree, key=lambda t: t.i)
    return _rated(verb, adj, rated, row)


def _relative_verdict(verb, adj, row) -> list[Candidate]:
    """(round 21) "..., a deadline the engineers privately consider optimistic", "..., a goal our
    analysts consider ambitious", "..., a figure the auditors think a little optimistic": a relative clause without
    a relative word on a forecast noun (data: judged_nouns) set after a forecast, whose verb of judging
    rates its noun. The noun stands in apposition to the forecast told before the comma: the verdict is
    a forecast of its own, in the judge's voice. Not a noun that names no forecast ("a design we consider
    ambitious") and not a judgement told in the past ("a schedule residents considered optimistic")."""
    if not appositive_verdict(verb):
        return []
    noun = verb.head
    rated = [t for t in noun.subtree if t.i < verb.left_edge.i and not t.is_punct]
    return _rated(verb, adj, rated, row)


def appositive_verdict(verb) -> bool:
    """The relative clause of _relative_verdict: a verb of judging in the present, with no object or
    relative word of its own, on a forecast noun set off by a comma after the clause before it (also
    rules._same_or_nested: the verdict is a forecast beside the one it judges, not nested in it)."""
    noun = verb.head
    if verb.dep_ != "relcl" or verb.tag_ not in ("VBZ", "VBP") or verb.lemma_.lower() not in W("rating_verbs") \
            or noun.pos_ != "NOUN" or noun.lemma_.lower() not in W("judged_nouns") or noun.i > verb.i \
            or any(c.dep_ in ("dobj", "nsubjpass") or c.tag_ == "WDT" for c in verb.children):
        return False
    if not any(c.lower_ in lexicon.mapping("plausibility_adjectives") for c in verb.children):
        return False
    # the noun stands after a comma, in apposition to the forecast before it
    return any(t.text == "," for t in verb.doc[max(0, noun.left_edge.i - 1): noun.i])


def _copular_verdict(copula, adj, row) -> list[Candidate]:
    """"We think 5 to 6 percent is more realistic", "January looks more realistic", "Traders think
    April is ambitious", "we think the minister's timetable is plausible": the same verdict with
    the figure, the date or the forecast noun as the subject of a copula (data: verdict_copulas),
    told in the present. A verdict told in the past ("2022 was ambitious", "said 2025 was
    realistic") judged a date since gone; "less realistic" ranks without saying how likely."""
    if copula.tag_ not in ("VBZ", "VBP") or any(c.lower_ in ("less", "least") for c in adj.children):
        return []
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return []
    opinion = copula.head if copula.dep_ == "ccomp" else None
    if opinion is not None and opinion.tag_ == "VBD":
        return []
    if _points_back(subject):
        # "The schedule has it finished in 2032, and I think that is ambitious": the verdict's own clause
        rated = sorted((t for t in copula.subtree if not t.is_punct and t.i >= subject.left_edge.i), key=lambda t: t.i)
        found = _rated(copula, adj, rated, row, back=True)
    elif subject.pos_ == "PRON":
        return []       # "That is ambitious" with nothing ahead before it: what it judges is told elsewhere
    else:
        rated = sorted((t for t in subject.subtree if not (t.is_punct and t.i > subject.i)), key=lambda t: t.i)
        found = _rated(copula, adj, rated, row)
    if found and opinion is not None and any(c.dep_ == "neg" for c in opinion.children):
        found[0].negated = not found[0].negated     # "I don't think 2029 is realistic"
    return found


def _verdict(word, row) -> list[Candidate]:
    """"We suspect that date is a stretch", "I think it is a year early", "we think that is too high":
    a verdict (data: verdict_words) on a figure or a date as a copula's complement, an excess
    ("too high", "too much") only after "too"; a normative excess ("too high for exporters") judges a
    burden, not a figure's chance."""
    if word.dep_ == "attr" or word.dep_ == "acomp":
        complement = word
    elif word.dep_ == "npadvmod" and word.head.dep_ == "acomp":
        complement = word.head      # "a year [early]": the parse may hang "year" as its measure
    else:
        return []
    copula = complement.head
    if copula.lemma_.lower() not in W("verdict_copulas") or any(c.dep_ == "prep" for c in complement.children):
        return []
    subject = next((c for c in copula.children if c.dep_ == "nsubj"), None)
    if row == "judged too far" and not (any(c.lower_ == "too" for c in word.children)
                                        and subject is not None and _points_back(subject)):
        return []       # "Inflation at 9% is too high": a burden judged; only a forecast's figure before
    return _copular_verdict(copula, complement, row)


def _points_back(subject) -> bool:
    """A demonstrative subject ("that", "it", "that number", "this date": data: pointing_words) after
    words of the same paragraph that name a figure or a date ahead, or a forecast noun ("That projection
    assumes a wet monsoon, and I think it is a year early"): it judges them."""
    word = subject if subject.pos_ == "PRON" else next((c for c in subject.children if c.dep_ == "det"), None)
    if word is None or word.lower_ not in W("pointing_words"):
        return False
    before = [t for t in subject.doc[: subject.left_edge.i]]
    return bool(before) and (any(t.like_num or t.ent_type_ in _FIGURE_ENTS for t in before) and horizon_of(before) is not None
                             or any(t.lemma_.lower() in W("judged_nouns") for t in before))


def _rated(verb, adj, rated, row, back: bool = False) -> list[Candidate]:
    """The candidate for a figure, a date or a forecast noun judged (nothing for anything else); `back`:
    a demonstrative that points back to one (_points_back)."""
    if not rated or not back and not (any(t.like_num or t.ent_type_ in _FIGURE_ENTS for t in rated)
                                      or any(t.lemma_.lower() in W("judged_nouns") for t in rated)):
        return []
    entry = probability.lookup(row)
    negated = any(c.dep_ == "neg" for c in verb.children)
    phrase = sorted([c for c in adj.children if c.dep_ == "advmod"] + [adj], key=lambda t: t.i)
    return [Candidate("phrase", clause_root(verb), [verb, *phrase], entry, negated=negated, statement=rated)]


def _surprising(verb) -> list[Candidate]:
    """"Ten new ships next year would not surprise me": "would"/"will" on "surprise" with "me" or
    "us" as the object; the subject is what is rated ("It would surprise me if ...": the
    if-clause)."""
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"
                  and lexicon.canonical_modal(c.lower_) in ("would", "will")), None)
    me = next((c for c in verb.children if c.dep_ == "dobj" and c.lower_ in ("me", "us")), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if modal is None or me is None or subject is None:
        return []
    if subject.lower_ in ("it", "that", "this"):
        supposed = next((c for c in verb.children if c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "if" for m in c.children)), None)
        if supposed is None:
            return []
        rated = statement_tokens(supposed, strip_mark=True)
    else:
        # the subject with the verb's own time ("four or five [next season]")
        rated = sorted([*subject.subtree, *(t for c in verb.children if c.dep_ in ("npadvmod", "prep")
                                            for t in c.subtree)], key=lambda t: t.i)
    negs = [c for c in verb.children if c.dep_ == "neg"]
    entry = probability.lookup("not surprised by" if negs else "surprised by")
    phrase = sorted([modal, *negs, verb, me], key=lambda t: t.i)
    # (the "if"-clause is what is rated, not a condition of it)
    return [Candidate("phrase", clause_root(verb), phrase, entry, statement=rated, condition=[])]
