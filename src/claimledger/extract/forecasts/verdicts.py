"""Verdicts on another's forecast that name no verb of believing (round 24): after a forecast made in
another voice in the same paragraph, a clause of the judge's own that says how far they go along with
it. The gold annotates each as a forecast of the judge, at the probability of the judged claim in its
positive form. Four constructions of the genre:

- a state of doubt: a subject and a copula with an adjective of doubt and nothing after it ("We are
  sceptical.", "The engineers we asked are less sanguine.", "I remain unconvinced."): read as
  "doubtful" (data: doubting_states; confident_states with "less" or "not": "less sanguine", "not
  convinced");
- sharing the forecaster's confidence: "share" with a noun of a view held by someone ("We do not share
  the ministry's confidence", "We wish we shared her optimism", "I share that view"): negated or
  wished for, read as "doubtful"; plain, the claim at its own number (data: shared_views);
- agreement by inversion: "..., and so do I", "So does the Fund.", "Nor do we." after a forecast: the
  claim at its own number (data: so_inversion_openers);
- a verdict on a pointer to the judge: "That seems fair to us", "..., which seems sensible to us",
  "It sounds optimistic to me": a verb of seeming with an adjective and "to me/us" whose subject
  points back; the claim at its own number for an adjective of agreement (data: agreeing_adjectives),
  the adjective's reading for one of plausibility (data: plausibility_adjectives, "optimistic" as
  "judged ambitious").

Not a verdict: a clause with a complement of its own ("we are sceptical that the bridge opens" is an
opinion forecast the rules read), a state about a named thing ("investors are less sanguine about
Europe"), a verdict told in the past, one with no forecast in another voice before it in the paragraph.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ... import lexicon, probability
from ..context import AUTHOR_ID, COMMENTER_ID, Context, Window
from .detection import Predicted
from .endorsements import anothers_claim
from .parts import forecaster_of

W = lexicon.words

_POINTING = ("it", "that", "this", "which", "so")
_COPULAS = ("be", "remain")
_PRESENT = ("VBP", "VBZ")
_SEEMING = ("seem", "look", "sound", "appear")
_EXPERIENCERS = ("me", "us")
_LESSENING = ("less", "not", "n't", "never", "hardly")
_BOUNDS = (".", ";", ":", "!", "?", "—", "–")
_DOUBTFUL = "doubtful"


def judged(ctx: Context, window: Window, found: list[Predicted]) -> list[Predicted]:
    """The window's forecasts with each verdict added after the forecast it judges."""
    if not found:
        return found
    out = list(found)
    for unit in window.sentences:
        text = unit.text.lower()
        if not any(w in text for w in (" so ", "so ", " nor ", "neither ", "share", " to me", " to us", " than ", " no ")) \
                and not any(w in text for w in W("doubting_states") | W("confident_states") | W("pointer_ratings")
                            | W("bare_agreements")):
            continue        # the sentence's words first: no token is read for most sentences
        for tok in unit.span:
            got = _doubting_state(tok) or _shared_view(tok) or _inversion(tok) or _to_the_judge(tok) or _rated_pointer(tok) \
                or _no_quarrel(tok) or _bare_agreement(tok)
            if got is None:
                _outdoing(ctx, unit, tok, out)
                continue
            head, first, last, key = got
            start, end = unit.offsets(first)[0], unit.offsets(last)[1]
            while end > start and ctx.document.text[end - 1] in ".,;:":
                end -= 1        # "and so do I.": the tokenizer keeps the stop on the pronoun
            if any(a < end and b > start for a, b in (p.cue or (p.start, p.end) for p in out)):
                continue    # read already
            before = [p for p in out if p.start < start and p.unit.line.number == unit.line.number]
            if not before and _bare_agreement(tok) is not None:
                # round 27: "Agreed." opening a turn agrees with the last forecast of the turn before
                before = [p for p in out if p.unit.line.number == unit.line.number - 1]
            if not before:
                continue
            claim = max(before, key=lambda p: p.start)
            if key == _DOUBTFUL and not _event_claim(claim):
                continue    # "X forecasts output of 5.6 Mt next year. We are less sanguine.": doubt of how much, not whether
            by = forecaster_of(ctx, unit, head, window.attributed.get(unit.id))
            if key == "=" and head.lower_ in ("do", "does") and not _held_claim(claim):
                continue    # ", and so do I" agrees with a view ("expect", "think"), not with a "will"
            if claim.by == by:
                # ", and so do I" says by itself that the claim was another's (the parse may give the
                # claim's frame the judge's pronoun: "Diplomats I spoke to expect ..., and so do I")
                if not _in_another_voice(claim) and head.i - 1 >= 0 and head.doc[head.i - 1].lower_ != "so":
                    continue    # one's own forecast restated
                if claim.unit is unit and _first_person_judge(head, first, last):
                    # "The agency projects X, which seems sensible to us": the sentence's source is the
                    # agency's, the verdict the writer's own
                    by = COMMENTER_ID if unit.section == "comments" else AUTHOR_ID
            value = _value(key, claim)
            if value is None:
                continue
            p, low, high, scale = value
            if claim.unit is unit and claim.end > start:
                claim.end = claim.end_before(start)     # "..., which seems sensible to us": the claim ends before it
            out.insert(out.index(claim) + 1, replace(
                claim, unit=unit, by=by, start=start, end=end, phrase=ctx.document.text[start:end],
                cue=(start, end), probability=p, probability_low=low, probability_high=high, scale=scale,
                condition=None))
    return out


def _in_another_voice(claim: Predicted) -> bool:
    """A claim told under a verb of saying or forecasting whose subject is not in the first person, the
    verb before the claim's cue or the cue itself ("The agency projects a surplus ...")."""
    if anothers_claim(claim):
        return True
    if claim.cue is None:
        return False
    unit = claim.unit
    cue = next((t for t in unit.span if unit.offsets(t)[0] >= claim.cue[0]), None)
    # "The engineer assumes that the dam will ...": the claim's clause the complement of a verb with a subject
    # in the third person
    while cue is not None and cue.dep_ in ("aux", "auxpass", "neg", "ccomp", "xcomp") and cue.head is not cue:
        cue = cue.head
        if cue.pos_ == "VERB" and any(c.dep_ == "nsubj" and c.lower_ not in W("first_person") and c.pos_ in (
                "NOUN", "PROPN") for c in cue.children):
            return True
    speech = set(lexicon.listed("forecast_reporting_verbs.txt")) | set(lexicon.speech_verbs()) \
        | set(lexicon.listed("forecast_estimative_verbs.txt"))
    return any(t.lemma_.lower() in speech and t.pos_ == "VERB" and unit.offsets(t)[0] <= claim.cue[0] and any(
        c.dep_ == "nsubj" and c.lower_ not in W("first_person") for c in t.children) for t in unit.span)


def _event_claim(claim: Predicted) -> bool:
    """The claim says that something will happen: its extent holds a verb besides its cue ("the dam
    will hold ...", "expects the treasury to cover ..."), not only a projected figure ("forecasts national output
    of 3.2 million tonnes in 2028"), which a doubt lowers rather than denies."""
    unit = claim.unit
    cue = claim.cue or (claim.start, claim.start)
    return any(t.pos_ in ("VERB", "AUX") and claim.start <= unit.offsets(t)[0] < claim.end
               and not cue[0] <= unit.offsets(t)[0] < cue[1] for t in unit.span)


def _held_claim(claim: Predicted) -> bool:
    """The claim's cue is a verb of expecting or holding a view ("Diplomats expect a deal")."""
    if claim.cue is None:
        return False
    unit = claim.unit
    views = set(lexicon.listed("forecast_estimative_verbs.txt")) | set(lexicon.mapping("opinion_verbs")) \
        | set(W("endorsing_verbs"))
    return any(t.lemma_.lower() in views and t.pos_ == "VERB" for t in unit.span
               if claim.cue[0] <= unit.offsets(t)[0] < claim.cue[1])


def _first_person_judge(head, first, last) -> bool:
    """The verdict's judge is the writer or the speaker: a first-person subject or "to me/us"."""
    doc = head.doc
    return any(t.lower_.rstrip(".") in W("first_person") or t.lower_ in _EXPERIENCERS
               for t in doc[first.i: last.i + 1])


def than_said(tok):
    """(round 24) "later than the builder says", "sooner than the markets think": a comparative of
    time (data: comparative_times) and "than" with a subject of a few words and a verb of saying,
    thinking or promising (data: outdone_claim_verbs) closing the clause: the last token, or None."""
    if tok.lower_ not in W("comparative_times"):
        return None
    doc = tok.doc
    if tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "than":
        return None
    k = tok.i + 2
    while k < len(doc) and k - tok.i - 2 < 5 and not (doc[k].lemma_.lower() in W("outdone_claim_verbs")
                                                    and doc[k].pos_ in ("VERB", "AUX")):
        if doc[k].is_punct or doc[k].pos_ in ("VERB", "AUX"):
            return None
        k += 1
    if k >= len(doc) or k == tok.i + 2 or doc[k].lemma_.lower() not in W("outdone_claim_verbs"):
        return None
    return doc[k] if _closes(doc, k + 1) else None


def _outdoing(ctx: Context, unit, tok, out: list[Predicted]) -> None:
    """(round 24) "The terminal will be ready in 2028, but later than the builder says"; "I'd expect a
    smaller loan, and a signature later than the treasury thinks": a verbless conjunct after a forecast
    that puts the event later (sooner) than another's forecast of it: a forecast of its own in the same
    voice, at the same number; the first forecast ends before it."""
    last = than_said(tok)
    if last is None:
        return
    doc = tok.doc
    i = tok.i
    while i > 0 and doc[i - 1].lower_ not in ("but", "and", "yet") and doc[i - 1].text not in _BOUNDS + (",",) \
            and doc[i - 1].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "ADV", "NUM"):
        i -= 1
    if i == 0 or doc[i - 1].lower_ not in ("but", "and", "yet"):
        return
    first = doc[i - 1]
    start, end = unit.offsets(first)[0], unit.offsets(last)[1]
    if any(a < end and b > start for a, b in (p.cue or (p.start, p.end) for p in out)):
        return
    before = [p for p in out if p.unit is unit and p.start < start and p.cue is not None and p.cue[1] <= start]
    if not before:
        return
    claim = max(before, key=lambda p: p.start)
    if claim.probability is None or not any(t.pos_ in ("VERB", "AUX") and claim.cue[0] <= unit.offsets(t)[0] < start
                                            for t in unit.span):
        return      # "Probably, and earlier than most expect.": one verbless answer, not two forecasts
    named = any(t.pos_ in ("NOUN", "PROPN") for t in doc[first.i + 1: tok.i])
    timed = any(t.ent_type_ == "DATE" or t.like_num and len(t.text) == 4 for t in unit.span
                if claim.cue[0] <= unit.offsets(t)[0] < start)
    if not (named or timed):
        return      # "A third round will come, and sooner than the capital thinks": the same event, no time of its own to set against
    if claim.end > start:
        claim.end = claim.end_before(start)
    text = ctx.document.text[start:end]
    out.insert(out.index(claim) + 1, replace(claim, start=start, end=end, statement=text, proposition=text,
                                             condition=None))


def _value(key: str, claim: Predicted) -> Optional[tuple[float, float, float, str]]:
    if key == "=":
        if claim.probability is None:
            return None
        p = claim.probability
        low = claim.probability_low if claim.probability_low is not None else p
        high = claim.probability_high if claim.probability_high is not None else p
        return p, low, high, claim.scale or "est"
    entry = probability.lookup(key)
    if entry is None:
        return None
    p = entry.probability
    return p, entry.low if entry.low is not None else p, entry.high if entry.high is not None else p, entry.source


def _clause_start(tok):
    """The first word of the clause `tok` stands in: after the last bound, "and" or "but" before it."""
    doc, i = tok.doc, tok.i
    while i > 0 and doc[i - 1].text not in _BOUNDS and doc[i - 1].lower_ not in ("and", "but") \
            and not (doc[i - 1].text == "," and doc[i].lower_ == "which"):
        i -= 1
    return doc[i]


def _closes(doc, i: int) -> bool:
    """Nothing of substance after position i in the clause: its end, a bound, a comma, or the next sentence."""
    return i >= len(doc) or doc[i].text in _BOUNDS or doc[i].text == "," or doc[i].is_sent_start \
        or i > 0 and doc[i - 1].text.endswith(".") and len(doc[i - 1].text) > 1


def _subject_ok(words) -> bool:
    """A judge: a first-person pronoun or a noun phrase naming people (not a pointer to a thing)."""
    if not words or words[0].lower_ in _POINTING or any(w.tag_ in ("VBZ", "VBP", "MD") and w.dep_ != "relcl" and
                                                         w.pos_ != "AUX" for w in words[:1]):
        return False
    if len(words) == 1:
        return words[0].lower_ in W("first_person") or words[0].pos_ in ("NOUN", "PROPN")
    return any(w.pos_ in ("NOUN", "PROPN") for w in words) and words[0].lower_ not in ("it", "that", "this", "there")


def _doubting_state(tok):
    """"We are sceptical", "The engineers we asked are less sanguine", "I am not convinced"."""
    word = tok.lower_
    doubting, confident = word in W("doubting_states"), word in W("confident_states")
    if not (doubting or confident) or tok.pos_ not in ("ADJ", "VERB"):
        return None
    doc = tok.doc
    i = tok.i - 1
    lessened = False
    while i >= 0 and doc[i].lower_ in _LESSENING + ("rather", "very", "deeply", "somewhat", "a", "little", "more",
                                                     "far", "much", "still", "frankly"):
        lessened = lessened or doc[i].lower_ in _LESSENING
        i -= 1
    if i < 0 or doc[i].lemma_.lower() not in _COPULAS or doc[i].tag_ not in _PRESENT:
        return None
    if confident and not lessened or doubting and any(doc[k].lower_ in ("not", "n't") for k in range(i, tok.i)):
        return None     # "we are confident": not a verdict against; "not sceptical": left
    j = tok.i + 1
    if j < len(doc) and doc[j].lower_ in ("about", "of") and j + 1 < len(doc) and doc[j + 1].lower_ in _POINTING \
            and _closes(doc, j + 2):
        j += 2          # "sceptical about that"
    if not _closes(doc, j):
        return None     # "sceptical that ...", "less sanguine about Europe": a view of its own, or of something else
    first = _clause_start(doc[i])
    if not _subject_ok([t for t in doc[first.i: i]]):
        return None
    return doc[i], first, doc[j - 1], _DOUBTFUL


def _no_quarrel(tok):
    """"..., and I see no reason to disagree", "We have no quarrel with it", "we take no issue with that
    projection" (rounds 27 and 28): a first-person "see", "have" or "take" in the present followed by an
    idiom of agreement (data: agreeing_idioms) and the clause's end; after "that" / "this" a noun may
    follow, after "the" a noun naming a forecast must ("no quarrel with the projection"). The claim
    before it, at its own number. Something named after it ("no quarrel with that projection for the
    harvest") is a judgement of that, not of the claim."""
    if tok.lemma_.lower() not in ("see", "have", "take") or tok.pos_ not in ("VERB", "AUX") \
            or tok.tag_ not in _PRESENT + ("VB",):
        return None
    subject = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subject) != 1 or subject[0].lower_ not in W("first_person") or any(c.dep_ == "neg" for c in tok.children):
        return None
    doc = tok.doc
    for idiom in W("agreeing_idioms"):
        words = idiom.split()
        j = tok.i + 1 + len(words)
        if [t.lower_ for t in doc[tok.i + 1: j]] != words:
            continue
        named = j < len(doc) and doc[j].pos_ == "NOUN"
        if words[-1] == "the":
            if not (named and doc[j].lemma_.lower() in W("forecast_nouns") | W("judged_nouns")):
                return None
            j += 1
        elif named and words[-1] in ("that", "this"):
            j += 1      # "no quarrel with that estimate"
        if not _closes(doc, j):
            return None
        first = _clause_start(subject[0].left_edge)
        return tok, first, doc[j - 1], "="
    return None


def _shared_view(tok):
    """"We do not share the ministry's confidence", "We wish we shared her optimism", "I share that view"."""
    if tok.lemma_.lower() != "share" or tok.pos_ != "VERB":
        return None
    view = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in W("shared_views")), None)
    if view is None or not any(c.dep_ in ("poss", "det") and (c.dep_ == "poss" or c.lower_ in ("that", "this", "the"))
                               for c in view.children):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl") for c in view.children):
        return None     # "the bank's confidence in the currency": a view of something named, not the claim
    subject = [c for c in tok.children if c.dep_ == "nsubj"]
    if len(subject) != 1 or not _subject_ok(list(subject[0].subtree)):
        return None
    wished = tok.dep_ == "ccomp" and tok.head.lemma_.lower() == "wish" and tok.head.tag_ in _PRESENT
    negated = any(c.dep_ == "neg" for c in tok.children)
    if tok.tag_ not in _PRESENT + ("VB",) and not wished:
        return None     # "we shared her optimism then": the past
    if tok.tag_ == "VB" and not any(c.dep_ == "aux" and c.lemma_.lower() == "do" and c.tag_ in _PRESENT
                                    for c in tok.children):
        return None
    head = tok.head if wished else tok
    judge = next((c for c in head.children if c.dep_ == "nsubj"), subject[0])
    first = _clause_start(judge.left_edge)
    return head, first, view, _DOUBTFUL if wished or negated else "="


def _inversion(tok):
    """", and so do I", "So does the Fund.", "Nor do we.": agreement with the forecast before."""
    if tok.lower_ not in W("so_inversion_openers"):
        return None
    doc = tok.doc
    if tok.i > 0 and doc[tok.i - 1].lower_ not in ("and", ",", ";") and doc[tok.i - 1].text not in _BOUNDS:
        return None
    j = tok.i + 1
    if j >= len(doc) or doc[j].lower_ not in ("do", "does"):
        return None     # "and so are the turbines": a state shared, not a view (only "do" stands for "expect")
    subject = []
    k = j + 1
    while k < len(doc) and not _closes(doc, k) and doc[k].lower_.rstrip(".") not in ("too",):
        subject.append(doc[k])
        k += 1
    if not subject or len(subject) > 5:
        return None
    names = subject[0].lower_.rstrip(".") in W("first_person") or any(t.pos_ in ("NOUN", "PROPN") for t in subject)
    if not names or any(t.pos_ in ("VERB", "AUX") for t in subject):
        return None
    first = doc[tok.i - 1] if tok.i > 0 and doc[tok.i - 1].lower_ == "and" else tok
    return doc[j], first, subject[-1], "="


def _to_the_judge(tok):
    """"That seems fair to us", "..., which seems sensible to us": a verb of seeming, an adjective,
    "to me/us", its subject a pointer back."""
    agreeing, plausible = W("agreeing_adjectives"), lexicon.mapping("plausibility_adjectives")
    word = tok.lower_
    if word not in agreeing and word not in plausible:
        return None
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].lower_ != "to" or doc[tok.i + 2].lower_ not in _EXPERIENCERS \
            or not _closes(doc, tok.i + 3) and doc[tok.i + 3].lower_ not in ("provided", "if", "unless", "as", "given"):
        return None
    i = tok.i - 1
    while i >= 0 and doc[i].lower_ in ("about", "broadly", "too", "a", "little", "bit", "rather", "more", "quite",
                                       "somewhat", "very"):
        i -= 1
    if i < 1 or doc[i].lemma_.lower() not in _SEEMING or doc[i].tag_ not in _PRESENT:
        return None
    subject = doc[i - 1]
    if subject.lower_ not in ("that", "this", "it", "which"):
        return None
    if subject.lower_ == "which" and not (subject.i > 0 and doc[subject.i - 1].text == ","):
        return None
    key = "=" if word in agreeing else plausible[word]
    return doc[i], subject, doc[tok.i + 2], key


def _rated_pointer(tok):
    """(round 27) "...; we reckon that is likely", "I think that is unlikely.", "That is probable.": a
    pointer back as the subject of a present copula with a rating adjective (data: pointer_ratings; a
    degree adverb before it read with it, "very likely") and nothing after it in the clause, alone or
    under a first-person verb of opinion: the rating of the claim before, at the adjective's reading."""
    if tok.lower_ not in W("pointer_ratings") or tok.pos_ != "ADJ":
        return None
    doc = tok.doc
    if not _closes(doc, tok.i + 1) and doc[tok.i + 1].lower_ not in ("but", "though", "although"):
        return None
    i = tok.i - 1
    degree = []
    while i >= 0 and doc[i].lower_ in ("very", "quite", "highly", "most", "fairly", "more", "less"):
        degree.insert(0, doc[i])
        i -= 1
    if i < 1 or doc[i].lemma_ != "be" or doc[i].tag_ not in _PRESENT:
        return None
    subject = doc[i - 1]
    if subject.lower_ not in ("that", "this", "it"):
        return None
    k = subject.i - 1
    opener = doc[k] if k >= 0 else None
    if opener is not None and opener.pos_ == "VERB" and opener.lemma_.lower() in lexicon.mapping("opinion_verbs"):
        # "we reckon that is likely": the verb of opinion's subject must be the judge in the first person
        if not any(c.dep_ == "nsubj" and c.lower_ in W("first_person") for c in opener.children):
            return None
        first = next((c for c in opener.children if c.dep_ == "nsubj"), opener)
    elif opener is None or opener.text in _BOUNDS or opener.is_sent_start or subject.is_sent_start \
            or opener.lower_ in ("and", "but"):
        first = subject
    else:
        return None
    key = " ".join(t.lower_ for t in [*degree, tok])
    if probability.lookup(key) is None:
        key = tok.lower_
    return doc[i], first, tok, key


def _bare_agreement(tok):
    """(round 27) "Agreed.": a sentence that is only a word of agreement (data: bare_agreements),
    opening a turn or following a forecast in another voice, agrees with it at its own number."""
    labelled = tok.i > 0 and tok.doc[tok.i - 1].text == ":"     # "GUEST TWO: Agreed." after a speaker's label
    if tok.lower_ not in W("bare_agreements") or not (tok.is_sent_start or labelled):
        return None
    rest = [t for t in tok.sent if t.i > tok.i and not t.is_punct]
    if rest or not _closes(tok.doc, tok.i + 1):
        return None
    return tok, tok, tok, "="

