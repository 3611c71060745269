"""A hedged refinement after a comma is a forecast of its own: "We expect food prices to come down
once the harvest reaches the markets, [probably in February]"; "An aide said he would address the
nation once the count is over, [probably on Thursday or Friday]"; "The first big fight will be over
merging agencies, [probably the two smallest ones]". The writer forecasts the main event and, with a
weaker word, a detail of it (when, how, which). The detail is narrower than the event: it happens
only if the event does, so its number is the hedge's times that of an event the writer takes as
coming ("will", 0.85: "probably" 0.75 gives 0.64, "most likely" 0.68, "perhaps" 0.34); the event's
own reading is not used, for a reported or negated event (a "would" at 0.75, "not before ...")
would carry its own hedging into a detail the writer states in their own words.

Not a refinement: a hedge already read as some forecast's phrase ("..., and perhaps never": the
clause's own cue), a second rating of the number ("one in ten, perhaps less", "perhaps 5%": the
hedge is followed by a probability or a comparative), a bare word ("a year, perhaps two"; "the rest
of the decade, and probably longer"), a fragment with a verb of its own before any if-clause (a
clause, read by the rules). The hedge words: data/words_forecasts.tsv, refining_hedges.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Optional

from ... import lexicon, probability
from .detection import Predicted
from .numbers import odds_in

W = lexicon.words


def with_refinements(found: list[Predicted]) -> list[Predicted]:
    """The forecasts, each followed by the hedged refinements hung on it."""
    out: list[Predicted] = []
    cues = [p.cue for p in found if p.cue is not None]
    for p in found:
        out.append(p)
        refinement = _refinement(p, cues)
        if refinement is not None and not any(q is not p and q.unit is p.unit and q.start <= refinement.cue[0] < q.end
                                              for q in found):
            out.append(refinement)   # (a denial exceptions.py read already is not read twice)
    return out


def _refinement(p: Predicted, cues: list) -> Optional[Predicted]:
    if p.probability is None or p.scale == "stated" and not _stated_event(p):
        return None
    unit = p.unit
    span = unit.span
    hedges = W("refining_hedges")
    tokens = list(span)
    for k, tok in enumerate(tokens):
        a, _ = unit.offsets(tok)
        if a <= p.start or k < 2:
            continue
        own_hedge = p.cue is not None and p.cue[0] <= a < p.cue[1]
        if a <= (p.cue[1] if p.cue and p.scale != "stated" else p.start) and not own_hedge:
            continue
        # ", probably ...", ", and probably ...", ", but probably ..."
        before = tokens[k - 1]
        if before.is_quote and k >= 3 and tokens[k - 2].text == ",":
            before = tokens[k - 2]      # round 28: '..., "probably by a wide margin"': a quoted detail
        opener = None
        if (before.lower_ in ("and", "but") or before.lower_ in W("gapped_contrast_words")) \
                and k >= 3 and tokens[k - 2].text == ",":
            opener = before
        elif before.text != ",":
            continue
        two = f"{tok.lower_} {tokens[k + 1].lower_}" if k + 1 < len(tokens) else ""
        hedge_words = 2 if two in hedges else 1 if tok.lower_ in hedges else 0
        if not hedge_words:
            continue
        hedge = tokens[k: k + hedge_words]
        rest = []
        for t in tokens[k + hedge_words:]:
            if t.text in (",", ";", ".", ":", "?", "!", "—", "–"):
                break
            rest.append(t)
        hedge_start = unit.offsets(hedge[0])[0]
        negated = bool(rest) and rest[0].lower_ in NEGATORS
        if own_hedge and not negated:
            # round 21: "We expect the levy to pass, most likely before the recess", "the count will be
            # challenged somewhere, probably in two districts": the parse made the detail's hedge the
            # clause's own phrase; with a frame of its own in the clause the detail is split off
            split = _split_own_hedge(p, opener, hedge, rest)
            if split is not None:
                return split
            continue
        if negated and own_hedge:
            # "it gets done anyway, maybe not this week": the clause took the fragment's hedge as
            # its own phrase; the fragment is the forecast the hedge rates, and the clause is read
            # as an event the writer takes as coming (the reading the other refinements assume)
            refinement = _negated(p, opener, hedge, rest)
            event = probability.lookup("will")
            if refinement is not None and event is not None:
                p.probability, p.probability_low, p.probability_high = event.probability, event.low, event.high
                p.phrase, p.cue, p.scale = None, None, event.scale
            return refinement
        if any(c[0] <= hedge_start < c[1] for c in cues):
            return None     # the hedge is a forecast's own phrase already
        if negated:
            return _negated(p, opener, hedge, rest)
        return _build(p, opener, hedge, rest)
    return None


def _split_own_hedge(p: Predicted, opener, hedge: list, rest: list) -> Optional[Predicted]:
    """(round 21) A hedge set off by a comma after its clause's verb, read as that clause's phrase, when the
    clause has a future frame of its own: a modal of futurity on the verb ("will be challenged") or a verb
    of expecting over it ("We expect the levy to pass"). The clause is read at that frame ("will", or
    "expected to"), ending before the comma, and the hedged detail is a refinement of it (_build). Not a
    clause with no frame but the hedge ("The talks resume, probably in March": the hedge rates it all)."""
    verb = hedge[-1].head       # "most likely" on the verb; "probably" on the detail's preposition
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i > hedge[0].i:
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    main = _main_of_a_time_clause(verb) if modal is None else None
    if main is not None:
        # round 28: "X will resume pumping once the pipe is welded, probably in May": the hedge
        # dates the time clause, the parse read it as that clause's phrase; the forecast is the main
        # clause's, read at its "will", its words from the main clause's first word
        verb, modal = main, next(c for c in main.children if c.dep_ == "aux" and c.tag_ == "MD")
        start = p.unit.offsets(main.left_edge)[0]
        if start < p.start:
            p.start = start
    key = word = None
    if modal is not None and lexicon.canonical_modal(modal.lower_) == "will":
        key, word = "will", modal
    elif verb.dep_ in ("xcomp", "ccomp") and verb.head.lemma_.lower() in W("expecting_verbs") \
            and verb.head.i < verb.i and not any(c.dep_ == "neg" for c in verb.head.children):
        key, word = "expected to", verb.head
    frame = probability.lookup(key) if key else None
    if frame is None:
        return None
    refinement = _build(p, opener, hedge, rest)
    if refinement is None:
        return None
    if key == "expected to":
        _at_the_frame(refinement, frame, hedge)
    p.probability, p.probability_low, p.probability_high = frame.probability, frame.low, frame.high
    p.phrase, p.cue, p.scale = word.text, p.unit.offsets(word), frame.scale
    p.end = min(p.end, p.end_before(refinement.start))
    text, off = p.unit.span.doc.text, p.unit.doc_offset
    while p.end > p.start and text[p.end - off - 1] in '"“” ,':
        p.end -= 1      # (a quoted detail: the opening quotation mark is not the clause's)
    if main is not None:
        off = p.unit.doc_offset
        p.statement = p.unit.span.doc.text[p.start - off: p.end - off]
    return refinement


_TIME_MARKS = ("once", "when", "after", "before", "until", "till")


def _main_of_a_time_clause(verb):
    """(round 28) The main clause's verb when `verb` heads a time clause ("once ...", "when ...", "after
    ...") hung on a clause with a "will" of its own; None otherwise."""
    if verb.dep_ != "advcl" or not any(c.dep_ == "mark" and c.lower_ in _TIME_MARKS for c in verb.children):
        return None
    main = verb.head
    if main.i > verb.i or main.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in main.children):
        return None
    modal = next((c for c in main.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
    return main if modal is not None and lexicon.canonical_modal(modal.lower_) == "will" else None


# the negators that turn a hedged fragment into a denial ("..., probably not before the summer")
NEGATORS = ("not", "never")
# words of a negated fragment that add nothing to what is denied ("maybe not then either")
_EMPTY_IN_DENIAL = ("not", "never", "either", "too", "even")


def _negated(p: Predicted, opener, hedge: list, rest: list) -> Optional[Predicted]:
    """"..., though probably not below 80,000", "..., maybe not this week", "..., and maybe not then
    either", "..., probably not this year either": a hedged denial set off by a comma after a
    forecast, with no verb of its own, is a forecast of its own that the detail will not come
    true, at the reading of the hedge with its negator ("probably not" 0.265, "maybe not" 0.45);
    the forecast it hangs on ends where it begins. Not a bare "probably not" (nothing denied), not a
    fragment with a verb of its own (a clause, read by the rules), not a second rating of a number
    ("one in ten, perhaps not even that"). exceptions.py reads those the parse marks as a gapped
    contrast ("..., but probably not before the summer"); this reads them from the words, which
    the parse often hangs elsewhere."""
    unit = p.unit
    words = [t for t in rest if not t.is_punct]
    lead = []
    for t in words:
        if t.lower_ in ("if", "unless"):
            break
        lead.append(t)
    content = [t for t in lead if t.lower_ not in _EMPTY_IN_DENIAL and t.pos_ not in ("DET", "CCONJ", "ADP", "PRON")]
    if not content or any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in lead):
        return None
    first = words[0]
    if any(h.start == 0 for h in probability.find(first.doc[first.i: words[-1].i + 1].text)) \
            or odds_in(first.doc, first.i, words[-1].i + 1) is not None:
        return None     # a second rating, not a detail
    entry = probability.lookup(" ".join(t.lower_ for t in hedge) + " not")
    if entry is None:
        return None
    exists = [q for q in (p,) if q.start <= unit.offsets(hedge[0])[0] < q.end]
    first_tok = opener if opener is not None else hedge[0]
    start = unit.offsets(first_tok)[0]
    end = unit.offsets(words[-1])[1]
    if exists:
        p.end = min(p.end, p.end_before(start))
    statement = first.doc[words[1].i: words[-1].i + 1].text if len(words) > 1 else first.text
    negator = words[0]
    return replace(p, statement=statement, start=start, end=end,
                   phrase=" ".join(t.text for t in hedge) + " " + negator.text,
                   probability=entry.probability, condition=None,
                   cue=(unit.offsets(hedge[0])[0], unit.offsets(negator)[1]), proposition=statement,
                   scale=f"{entry.scale}:refinement" if entry.scale else "refinement",
                   probability_low=entry.low, probability_high=entry.high, horizon=None)


def _build(p: Predicted, opener, hedge: list, rest: list) -> Optional[Predicted]:
    words = [t for t in rest if not t.is_punct]
    content = [t for t in words if t.pos_ not in ("DET", "CCONJ", "ADP")]
    # round 18: one word may be a time ("..., probably this winter"), a detail of its own; a bare
    # number or comparative ("perhaps two", "probably longer") is not
    dated = len(content) == 1 and content[0].ent_type_ in ("DATE", "TIME") and not content[0].like_num \
        or _dated_by_an_event(words, content)
    if len(content) < 2 and not dated or any(t.dep_ == "neg" or t.lower_ in ("not", "n't") for t in hedge + words[:1]):
        return None     # "perhaps two", "probably longer"; "probably not ..." is an exception (exceptions.py)
    first = words[0]
    if len(words) <= 3 and any(t.lower_ in W("comparative_refinements") for t in words) or any(h.start == 0 for h in probability.find(
            first.doc[first.i: words[-1].i + 1].text)):
        return None     # "one in ten, perhaps less"; "very small, perhaps one chance in five"
    if any(t.like_num for t in words[:1]) and any(t.text in ("%",) or t.lower_ in ("percent", "per") for t in words[1:3]) \
            and p.phrase and any(h.start == 0 for h in probability.find(p.phrase)) and p.probability < 0.5:
        return None     # "very small, perhaps 5%": the number of the chance
    lead = []
    for t in words:
        if t.lower_ in ("if", "unless"):
            break
        lead.append(t)
    if any(t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBZ", "VBP", "VBD", "MD") for t in lead):
        return None     # a clause of its own, read by the rules
    if odds_in(first.doc, first.i, words[-1].i + 1) is not None:
        return None     # "perhaps one chance in five": the number of a chance, not a detail
    entry = probability.lookup(" ".join(t.lower_ for t in hedge))
    event = probability.lookup("will")
    if p.scale == "stated" and first.lower_ not in _TIME_PREPOSITIONS + ("in", "on", "by"):
        return None     # in a weighed scenario only a time narrows the event ("perhaps one a month" tells it)
    if p.scale == "stated" and p.probability is not None:
        # round 29: "X will happen in the spring, most likely in May, ... (probability 70 per cent)": the
        # writer's own figure for the event is what the detail narrows
        event = probability.Entry("stated", p.probability, p.probability, p.probability, "stated")
    if entry is None or event is None:
        return None
    value = round(event.probability * entry.probability, 4)
    unit = p.unit
    first_tok = opener if opener is not None else hedge[0]
    start = unit.offsets(first_tok)[0]
    end = unit.offsets(words[-1])[1]
    text = first.doc[hedge[0].i: words[-1].i + 1].text
    statement = re.sub(r"^\W+", "", first.doc[words[0].i: words[-1].i + 1].text)
    low = round(event.probability * entry.low, 4) if entry.low is not None else None
    high = round(event.probability * entry.high, 4) if entry.high is not None else None
    return replace(p, statement=statement, start=start, end=end, phrase=" ".join(t.text for t in hedge),
                   probability=value, condition=None, cue=(unit.offsets(hedge[0])[0], unit.offsets(hedge[-1])[1]),
                   proposition=statement, scale=f"{entry.scale}:refinement" if entry.scale else "refinement",
                   probability_low=low, probability_high=high, horizon=None if text else p.horizon)


# prepositions that date a detail by an event ("..., most likely after the vote", "..., probably before
# the vote"): the detail is a time as much as "in May" is
_TIME_PREPOSITIONS = ("after", "before", "until", "during", "within")


def _dated_by_an_event(words: list, content: list) -> bool:
    """(round 29) "..., most likely after the vote": one noun after a preposition of time dates the
    event by another event, a detail of its own (not "perhaps two", "probably longer")."""
    return len(content) == 1 and bool(words) and words[0].lower_ in _TIME_PREPOSITIONS \
        and content[0].pos_ in ("NOUN", "PROPN") and not content[0].like_num


def _stated_event(p: Predicted) -> bool:
    """(round 29) A forecast the writer weighs with a figure of their own ("... (probability 70 per
    cent)"): a hedged detail in it narrows the event at that figure."""
    return p.phrase is not None and bool(re.search(r"\d", p.phrase))


def _at_the_frame(refinement: Predicted, frame, hedge: list) -> None:
    """(round 29) "We expect X to upgrade the country next year, most likely after the vote": the detail
    narrows what the writer expects, so it is the hedge times the expectation ("expected to"), not times a
    "will" the writer did not say."""
    entry = probability.lookup(" ".join(t.lower_ for t in hedge))
    if entry is None:
        return
    refinement.probability = round(frame.probability * entry.probability, 4)
    refinement.probability_low = round(frame.probability * entry.low, 4) if entry.low is not None else None
    refinement.probability_high = round(frame.probability * entry.high, 4) if entry.high is not None else None
