"""Others' plans, undertakings and schedules told as acts already done: "the ministry has undertaken
to publish a review within six months", "the two presidents agreed in October to reopen the
crossings", "the envoy has invited the parties to a round of talks in January", "the agency has told
donors to plan for 40,000 arrivals in the first half of 2027", "the mandate comes up for renewal in
February", "the new bridge is supposed to open in 2028", "the report is to be presented in January",
"the EU's decision due in January" (set off by commas, "the election, due by mid-2028," is
rules._due_apposition's), "the operator now talks of the second quarter", "the second
frigate is now promised for the first half of 2027", "the minister insists that a deal is close",
"UNICEF has told partners that the stock lasts only until the end of March".

The act of undertaking, inviting or instructing is past or present perfect, but what it binds the
party to lies ahead: the writer reports that party's plan, which is its forecast that the thing will
happen (the annotators of the forecast sets count it, at a party's-plan number: heldout17, heldout18).
Readings: an undertaking at "commitment with a date" (0.75, plans slip); an invitation with a date at
"planned for"; what others are told to plan for at "a planning assumption"; a review or renewal on a
date at "on the calendar"; "is to"/"due" at "scheduled to"; "supposed to" and a party's timetable in
its own words ("talks of", "insists a deal is close") a little above even ("supposed to", "a stated
timetable"); an event in the present said in the present perfect with a date ahead at "expected to".

Not forecasts: a plan told in the pluperfect ("had agreed to"), negated, or dated a season or more
back ("agreed in 2019 to ..."); a plan whose date has passed ("agreed to hold talks in 2025",
written later); a schedule in the past tense ("was supposed to open", "was due in March"); anything
without a date ahead where the rule needs one. Questions, hopes and demands are kept out by the
detector as for every finder (rules.py). Words: data/words_forecast_plans.tsv.
"""
from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Optional

from ... import lexicon, probability
from ...due import due_window
from .candidate import Candidate
from .finder import Finder
from .parts import clause_root, statement_tokens

W = lexicon.words

_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
           "october", "november", "december")


def candidates(span, published: Optional[str]) -> list[Candidate]:
    out: list[Candidate] = []
    for tok in span:
        lemma, lower = tok.lemma_.lower(), tok.lower_
        if tok.pos_ == "VERB" and lemma in W("undertaking_verbs"):
            out += _undertaken(tok, published)
        elif tok.pos_ == "VERB" and lemma in W("inviting_verbs"):
            out += _invited(tok, published)
        elif tok.pos_ == "VERB" and lemma in W("instructing_verbs"):
            out += _instructed(tok, published)
        elif tok.pos_ == "VERB" and lemma == "come":
            out += _comes_up(tok, published)
        elif lower == "supposed":
            out += _supposed(tok, published)
        elif lemma == "be" and tok.tag_ in ("VBZ", "VBP"):
            out += _is_to(tok, published)
        elif lower == "due":
            out += _due_noun(tok, published)
        elif lemma in W("timetable_talk_verbs") and (tok.pos_ == "VERB" or tok.dep_ == "ROOT"):
            out += _talks_of(tok, published)
        elif tok.pos_ == "VERB" and lemma in W("commitment_verbs"):
            out += _promised_for(tok, published)
        if tok.pos_ == "VERB" and lemma in _speech_verbs():
            out += _told_now(tok, published) + _said_close(tok)
    return out


@lru_cache(maxsize=1)
def _speech_verbs() -> frozenset[str]:
    return frozenset(lexicon.speech_verbs())


FINDER = Finder("undertakings", candidates,
                lambda: (W("undertaking_verbs") | W("inviting_verbs") | W("instructing_verbs")
                         | W("timetable_talk_verbs") | W("commitment_verbs") | _speech_verbs()
                         | {"come", "supposed", "be", "due"}),
                dated=True)


# --- dates --------------------------------------------------------------------------------

def _dates(tokens) -> list:
    """The DATE entities (or a span of hours, "within 72 hours") among the tokens, each with the
    preposition before it ("in", "by", "within" ...) as it stands in the text."""
    if not tokens:
        return []
    doc = tokens[0].doc
    ids = {t.i for t in tokens}
    out = []
    for ent in doc.ents:
        if ent.label_ not in ("DATE", "TIME") or ent.start not in ids:
            continue
        before = doc[ent.start - 1].lower_ if ent.start > 0 else ""
        out.append((before, ent))
    return out


def _ahead(tokens, published: Optional[str]) -> Optional[bool]:
    """True when the tokens name a date ahead of publication, False when the only dates they name
    are past ("in 2025", "last year"), None when they name none."""
    found = None
    for before, ent in _dates(tokens):
        words = {t.lower_ for t in ent}
        if words & W("past_date_words"):
            found = False if found is None else found
            continue
        prep = before if before in W("horizon_preps") | W("timetable_preps") else ""
        text = (prep + " " + ent.text).strip()
        if due_window(text, published) is not None:
            return True
        if due_window(text, published, keep_past=True) is not None:
            found = False
    return found


def _own_dates(verb) -> list:
    """The dates hung on the verb itself ("agreed [in October]", "agreed [last week]")."""
    own = []
    for c in verb.children:
        if c.dep_ == "prep":
            own += [t for t in c.subtree]
        elif c.dep_ in ("npadvmod", "advmod") and c.ent_type_ == "DATE":
            own += [t for t in c.subtree]
    return own


def _lately(verb, published: Optional[str]) -> bool:
    """A past act dated at most a season back, or not dated at all ("agreed in October",
    written in November; "agreed last week"): an undertaking that still stands. A year named
    ("in 2019", "last year") or a month more than a season back is an old one, told as history."""
    base = _published(published)
    for _before, ent in _dates(_own_dates(verb)):
        words = [t.lower_ for t in ent]
        if "year" in words or any(re.fullmatch(r"(19|20)\d\d", w) for w in words):
            return False
        month = next((k for k, m in enumerate(_MONTHS, start=1) if m in words), None)
        if month is not None and base is not None and (base.month - month) % 12 > 3:
            return False
    return True


def _published(published: Optional[str]) -> Optional[date]:
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


# --- tense and shape ----------------------------------------------------------------------

def _perfect(verb) -> bool:
    """"has undertaken", "have agreed": the present perfect (not "had agreed")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" and c.tag_ in ("VBZ", "VBP")
                                      for c in verb.children)


def _standing(verb, published: Optional[str]) -> bool:
    """The act still stands: the present, the present perfect, or the simple past told lately."""
    if any(c.dep_ == "neg" for c in verb.children) or any(c.dep_ == "auxpass" for c in verb.children):
        return False
    if verb.tag_ in ("VBZ", "VBP") or _perfect(verb):
        return True
    return verb.tag_ == "VBD" and _lately(verb, published)


def _subject(verb):
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None and verb.dep_ == "conj":
        # "The ministers met in October and agreed to ...": the subject of the verb before
        subject = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject


def _infinitives(verb) -> list:
    """The infinitives a verb governs ("undertaken [to lay ...], and [to establish ...]"): its
    to-clause and the to-clauses joined to it."""
    first = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX")
                  and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if first is None:
        return []
    doc = verb.doc
    # (the parse may hang a second to-clause after "and" on the verb itself, as an adverbial clause)
    later = [c for c in verb.children if c.dep_ == "advcl" and c.i > first.i
             and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)
             and any(t.lower_ == "and" for t in doc[first.i: c.left_edge.i])]
    return [first] + [c for c in first.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")] + later


def _content(infinitive) -> list:
    """The infinitive's words, without the infinitives joined to it (each is read on its own)."""
    joined = {t.i for c in infinitive.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
              for t in c.subtree}
    joined |= {c.i for c in infinitive.children if c.dep_ == "cc"}
    return sorted((t for t in infinitive.subtree if t.i not in joined), key=lambda t: t.i)


def _sorted(*groups) -> list:
    return sorted({t.i: t for g in groups for t in g}.values(), key=lambda t: t.i)


# --- the rules ----------------------------------------------------------------------------

def _undertaken(verb, published: Optional[str]) -> list[Candidate]:
    """"has undertaken to publish a review within six months", "agreed in October to reopen three
    crossings", "have committed to publish the accounts by June 2027"."""
    subject = _subject(verb)
    if subject is None or not _standing(verb, published):
        return []
    out = []
    for k, infinitive in enumerate(_infinitives(verb)):
        content = _content(infinitive)
        if _ahead(content, published) is False:
            continue        # "agreed to hold another round in 2025", told later: the date is gone
        statement = _sorted(subject.subtree, [verb], [c for c in verb.children if c.dep_ == "aux"], content) if k == 0 \
            else content
        # (a later infinitive's phrase starts at the verb: its first word is the voice asked for its owner)
        phrase = sorted([c for c in verb.children if c.dep_ == "aux" and c.lemma_ == "have" and k == 0] + [verb]
                        + [g for g in infinitive.children if g.dep_ == "aux" and g.lower_ == "to"], key=lambda t: t.i)
        out.append(Candidate("estimate", clause_root(infinitive) if k else clause_root(verb), phrase,
                             probability.lookup("commitment with a date"), statement=statement, shared_phrase=k > 0))
    return _as_one(out)


def _as_one(found: list[Candidate]) -> list[Candidate]:
    """The forecasts of one verb's several infinitives (or "for" phrases) as the first with the rest
    yielded after it: each is a forecast of its own, which the one-per-clause choice would merge."""
    if len(found) > 1:
        found[0].also = found[0].also + found[1:]
    return found[:1]


def _invited(verb, published: Optional[str]) -> list[Candidate]:
    """"The envoy has invited the parties to a round of talks in Geneva in January": a gathering
    put on a date ahead by its host (without a date ahead, "has invited them to talks", no time)."""
    subject = _subject(verb)
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    to = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "to" and c.i > verb.i), None)
    if subject is None or obj is None or to is None or not _standing(verb, published):
        return []
    rest = [t for t in verb.subtree if t.i > verb.i and not (t.is_punct and t.i == verb.sent.end - 1)]
    if not _ahead([t for t in rest if t.i >= to.i], published):
        return []
    return [Candidate("estimate", clause_root(verb), [verb], probability.lookup("planned for"),
                      statement=_sorted(subject.subtree, [c for c in verb.children if c.dep_ == "aux"], [verb], rest))]


def _instructed(verb, published: Optional[str]) -> list[Candidate]:
    """"has told donors to plan for 40,000 new arrivals in the first half of 2027": what a party
    tells others to get ready for (a figure or a date ahead) is its own working assumption."""
    subject = _subject(verb)
    if subject is None or not _standing(verb, published):
        return []
    out = []
    for infinitive in _infinitives(verb):
        if infinitive.lemma_.lower() not in W("preparing_verbs"):
            continue
        fors = [c for c in infinitive.children if c.dep_ == "prep" and c.lower_ == "for"]
        fors += [c for f in fors for c in f.children if c.dep_ == "conj" and c.lower_ == "for"]
        for k, prep in enumerate(fors):
            # "... for 60,000 arrivals in 2027, and for twice that if fighting spreads": each its own
            joined = {t.i for c in prep.children if c.dep_ in ("conj", "cc") for t in c.subtree}
            what = [t for t in prep.subtree if t.i not in joined]
            # a figure to plan for ("60,000 arrivals"), not a gathering to get ready for ("asked staff to
            # prepare for the January meeting": the meeting's papers, no forecast)
            thing = next((c for c in prep.children if c.dep_ == "pobj"), None)
            counted = [thing, *thing.children] if thing is not None else []
            if _ahead([t for t in infinitive.subtree], published) is False or not any(
                    t.like_num and t.ent_type_ not in ("DATE", "TIME") for t in counted):
                continue
            statement = _sorted(subject.subtree, [c for c in verb.children if c.dep_ == "aux"], [verb],
                                [c for c in verb.subtree if c.dep_ in ("dobj", "dative") and c.head.i == verb.i],
                                [infinitive, *[g for g in infinitive.children if g.dep_ == "aux"]], what) if k == 0 else what
            out.append(Candidate("estimate", clause_root(verb) if k == 0 else prep, [verb],
                                 probability.lookup("a planning assumption"), statement=statement, shared_phrase=k > 0))
    return _as_one(out)


def _comes_up(verb, published: Optional[str]) -> list[Candidate]:
    """"The mission's mandate comes up for renewal in February": a review on a date ahead."""
    if verb.tag_ not in ("VBZ", "VBP") or not any(c.dep_ == "prt" and c.lower_ == "up" for c in verb.children):
        return []
    review = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "for"
                   and any(g.dep_ == "pobj" and g.lemma_.lower() in W("review_nouns") for g in c.children)), None)
    if review is None or not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return []
    rest = [t for t in verb.subtree if t.i > verb.i]
    if not _ahead(rest, published):
        return []
    return [Candidate("construction", clause_root(verb), [verb, review], probability.lookup("on the calendar"),
                      statement=_sorted([t for t in verb.subtree if not (t.is_punct and t.i == verb.sent.end - 1)]))]


def _supposed(tok, published: Optional[str]) -> list[Candidate]:
    """"The new bridge is supposed to open in 2028": an official date the writer does not vouch
    for (not "was supposed to", a plan that lapsed, nor "you are supposed to pay", no date)."""
    be = next((c for c in tok.children if c.dep_ in ("auxpass", "aux") and c.lemma_ == "be"), None)
    if tok.tag_ != "VBN" or be is None or be.tag_ not in ("VBZ", "VBP") or any(c.dep_ == "neg" for c in tok.children):
        return []
    infinitive = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if infinitive is None or not _ahead(list(infinitive.subtree), published):
        return []
    to = [g for g in infinitive.children if g.dep_ == "aux" and g.lower_ == "to"]
    return [Candidate("construction", clause_root(tok), [tok, *to], probability.lookup("supposed to"),
                      statement=_sorted([t for t in tok.subtree if not (t.is_punct and t.i == tok.sent.end - 1)]))]


def _is_to(be, published: Optional[str]) -> list[Candidate]:
    """"The envoy's report is to be presented to the council in January", "The president is to
    visit Lagos on Monday": the "be to" of arrangements, with a date ahead ("The aim is to cut
    costs by 2030" states a goal: a noun of purpose as the subject, data: purpose_nouns)."""
    subject = next((c for c in be.children if c.dep_ == "nsubj"), None)
    infinitive = next((c for c in be.children if c.dep_ == "xcomp" and c.i > be.i
                       and any(g.dep_ == "aux" and g.lower_ == "to" for g in c.children)), None)
    if subject is None or infinitive is None or any(c.dep_ == "neg" for c in be.children) \
            or subject.lemma_.lower() in W("purpose_nouns") or subject.pos_ not in ("NOUN", "PROPN"):
        return []
    if not _ahead(_content(infinitive), published):
        return []
    to = [g for g in infinitive.children if g.dep_ == "aux" and g.lower_ == "to"]
    return [Candidate("construction", clause_root(be), [be, *to], probability.lookup("scheduled to"),
                      statement=_sorted(subject.subtree, [be], _content(infinitive)))]


def _due_noun(tok, published: Optional[str]) -> list[Candidate]:
    """"the election, due by mid-2028", "the EU's decision on the mission, due in January": "due"
    after its noun, with a date ahead; and "is due within 72 hours of the close of polls", a span
    of hours the date finder does not read (the predicate "due" with a date: rules._scheduled_candidates)."""
    if tok.pos_ != "ADJ":
        return []
    # ("due by mid-2029": the parse may call the preposition a complement of "due")
    timed = [c for c in tok.children if c.dep_ in ("prep", "pcomp") and c.lower_ in W("horizon_preps") | W("timetable_preps")]
    if tok.dep_ == "acomp":
        within = [c for c in [*tok.children, *tok.head.children] if c.dep_ == "prep" and c.lower_ == "within" and c.i > tok.i
                  and any(g.ent_type_ in ("TIME", "DATE") for g in c.subtree)]
        if not within or tok.head.tag_ not in ("VBZ", "VBP"):
            return []
        copula = tok.head
        return [Candidate("construction", clause_root(copula), [tok], probability.lookup("scheduled to"),
                          statement=_sorted([t for t in copula.subtree if not (t.is_punct and t.i == tok.sent.end - 1)]))]
    if tok.i >= 2 and tok.doc[tok.i - 1].text == ",":
        return []      # "the election, due by mid-2028": set off by commas, rules._due_apposition reads it
    noun = tok.head
    if tok.dep_ not in ("amod", "appos", "acl", "advmod"):
        return []
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i > tok.i or not timed:
        return []
    if not _ahead([t for p in timed for t in p.subtree], published):
        return []
    named = [t for t in noun.subtree if t.i < tok.i and not t.is_punct or t.i < tok.i and t.i > noun.i and not t.is_punct]
    return [Candidate("construction", clause_root(noun), [tok], probability.lookup("scheduled to"),
                      statement=_sorted(named, [noun], tok.subtree))]


def _promised_for(verb, published: Optional[str]) -> list[Candidate]:
    """"The second frigate is now promised for the first half of 2027": a thing promised, in the
    passive of the present, for a date ahead (the active, "has promised a decision in the spring",
    is commitments.py's; "was promised for 2024" is a promise of the past)."""
    be = next((c for c in verb.children if c.dep_ == "auxpass" and c.lemma_ == "be"), None)
    subject = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if verb.tag_ != "VBN" or be is None or be.tag_ not in ("VBZ", "VBP") or subject is None \
            or any(c.dep_ == "neg" for c in verb.children):
        return []
    timed = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("for", "by") and c.i > verb.i), None)
    if timed is None or not _ahead(list(timed.subtree), published):
        return []
    return [Candidate("estimate", clause_root(verb), [verb], probability.lookup("commitment with a date"),
                      statement=_sorted(subject.subtree, [be, verb], timed.subtree))]


def _talks_of(verb, published: Optional[str]) -> list[Candidate]:
    """"The operator now talks of the second quarter", "our partners now speak of 2028": a party's
    current timetable in its own words (a date ahead after "of")."""
    # ("The joint venture now talks of ...": the tagger may read a third-person "talks" as a plural
    # noun, left as the sentence's root with the subject on it)
    if verb.tag_ not in ("VBZ", "VBP", "NNS") or any(c.dep_ == "neg" for c in verb.children):
        return []
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    of = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if subject is None or of is None:
        return []
    dates = [ent for _b, ent in _dates(list(of.subtree)) if ent.label_ == "DATE"]
    if not dates or not any(due_window("in " + ent.text, published) is not None for ent in dates) \
            or any(t.lower_ in W("past_date_words") for ent in dates for t in ent):
        return []
    return [Candidate("estimate", clause_root(verb), [verb, of], probability.lookup("a stated timetable"),
                      statement=_sorted(subject.subtree, [verb], [t for t in of.subtree if not t.is_punct]))]


def _told_now(verb, published: Optional[str]) -> list[Candidate]:
    """"UNICEF has told partners that the stock covers needs only until the end of March", "the
    operator has said the line reopens in January": what a party has said, in the present perfect,
    of an event in the simple present on a date ahead is its standing forecast (the present, "says
    ... reopens in January", is the timetable finder's: rules._said_now), read as "expected to"."""
    if not _perfect(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.tag_ in ("VBZ", "VBP")
                 and not any(g.dep_ in ("aux", "auxpass") for g in c.children)
                 and any(g.dep_ in ("nsubj", "expl") for g in c.children)), None)
    if said is None:
        return []
    own = [t for t in said.subtree if clause_root(t).i == said.i]
    dated = [t for t in own if t.ent_type_ == "DATE" and t.dep_ == "pobj" and t.head.head.i == said.i
             and t.head.lower_ in W("horizon_preps") | W("timetable_preps")]
    if not dated or not _ahead([t for d in dated for t in d.head.subtree], published):
        return []
    # (without a clause joined to it, "..., and that a new tanker will not arrive": a forecast of its own)
    return [Candidate("construction", clause_root(said), [said], probability.lookup("expected to"),
                      statement=[t for t in statement_tokens(said) if not (t.is_punct and t.i == said.sent.end - 1)
                                 and not (t.dep_ == "mark" and t.head.i == said.i)])]


def _said_close(verb) -> list[Candidate]:
    """"The trade minister insists that a deal is close", "officials say a ceasefire is imminent": a
    party's word that an event is near (data: imminence_adjectives), its forecast of it, read as a
    party's timetable ("a stated timetable"). Only an event as the subject (data: imminent_event_nouns;
    "the two sides are close" is a distance between views, not a time)."""
    if verb.tag_ not in ("VBZ", "VBP") and not _perfect(verb) or any(c.dep_ == "neg" for c in verb.children):
        return []
    said = next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_ == "be" and c.tag_ in ("VBZ", "VBP")), None)
    if said is None or any(g.dep_ == "neg" for g in said.children):
        return []
    subject = next((g for g in said.children if g.dep_ == "nsubj"), None)
    near = next((g for g in said.children if g.dep_ == "acomp" and g.lower_ in W("imminence_adjectives")), None)
    if subject is None or near is None or subject.lemma_.lower() not in W("imminent_event_nouns"):
        return []
    return [Candidate("estimate", clause_root(said), [verb], probability.lookup("a stated timetable"),
                      statement=_sorted([t for t in said.subtree if t.dep_ != "mark" and not t.is_punct or t.i > near.i and t.text == '"']))]
