"""A further figure told under the first clause's frame with the verb left out (round 23): "The
ministry projects a surplus of 0.4% in 2027 [and net debt falling to about 90% by the close of
2029]"; "The deficit will narrow to 3.2% next year [and below 3% in 2029]"; "Growth is projected to
slow to 2.8% in 2027 [and 2.4% in 2028]"; "The board puts the maize crop at 3.1 million tonnes [and
rice at 0.9 million tonnes]"; "implies one more cut in March [and steady rates thereafter]". A
forecaster's path or list of figures: the second item repeats the first's shape (a figure, its
time or its item) and leaves out the verb, modal and frame it shares. The gold of the read sets
annotates each item (round-22 census: the noun-phrase half of "a second conjunct sharing a frame").

Read from the words, not the parse (which hangs the gapped item on a preposition, a noun or the verb
by turns): after a forecast whose own words hold a figure, an "and" in its clause opens a run that
goes to the next comma, semicolon, colon, bracket, subordinator (data: gapped_figure_stops) or
finite verb. The run is a forecast of its own, same kind, reading and voice, when it has a figure of
its own (or a time adverb such as "thereafter", data shared_frame_times) and no verb but a
participle ("falling to"), and names its own time or its own item before the figure ("rice at N").
A repeated event at a time of its own ("meets on 10 March and again on 2 June", round 27) is such an item too.
Not the second bound of a range ("between 2% and 3%"), not a run under "would" or a verb of assuming
(a scenario's parts and a projection's premise, which the gold keeps whole), not under a negation or a past tense, not a run another reading took.
"""
from __future__ import annotations

import re

from ... import lexicon
from .candidate import Candidate

W = lexicon.words

_FIGURES = ("PERCENT", "MONEY", "QUANTITY")
_TIMES = ("DATE", "TIME")
_CLOSERS = (",", ";", ":", "(", ")", "—", "–", ".", "?", "!")
_FINITE = ("VBZ", "VBP", "VBD", "MD", "VB", "VBN")
_SPANNING = ("over", "during", "through", "across")
_FISCAL = re.compile(r"^(FY|fy)?\d{4}(/\d{2,4})?$|^(FY|fy)\d{2}$")


def of(candidate: Candidate, found: list[Candidate]) -> list[Candidate]:
    """The gapped further figures of the candidate's clause ([] for most)."""
    root = candidate.root
    if candidate.kind in ("answer", "correlative", "stated") or candidate.negated \
            or any(t.lower_ in ("would", "'d", "’d") for t in [*candidate.phrase_tokens, *root.children]) \
            or any(c.dep_ == "neg" for c in root.children) or root.tag_ == "VBD" \
            or any(t.lemma_.lower() in W("assuming_verbs") for t in candidate.phrase_tokens):
        return []    # "Our base case assumes copper at $9,800 next year and $9,400 in 2029": one premise, kept whole
    heads = _clause_verbs(candidate)
    if not heads:
        return []
    read = already_read(candidate, found)
    start = min([root.i, *[t.i for t in candidate.phrase_tokens]])
    sent = root.sent
    out: list[Candidate] = []
    for cc in [t for t in sent if t.i > start and t.lower_ == "and"]:
        if _verb_above(cc) not in heads:
            continue
        before = [t for t in sent if start <= t.i < cc.i]
        run = run_after(cc)
        repeated = bool(run) and _repeated_at_a_time(run) and any(_time(t) for t in before)
        if not repeated and (not any(_figure(t) for t in before) or range_bound(before)):
            continue
        if not run or any(t.i in read for t in run) or not (repeated or _gapped_item(run)):
            continue
        out.append(gapped_candidate(candidate, cc, run))
        read.update(t.i for t in run)
    return out


def _clause_verbs(candidate: Candidate) -> set[int]:
    """The clause's verb, its frame's verbs and their infinitives or complements (indices)."""
    starts = [candidate.root, *[t for t in candidate.phrase_tokens if t.pos_ in ("VERB", "AUX")]]
    out: set[int] = set()
    stack = list(starts)
    while stack:
        t = stack.pop()
        if t.i in out:
            continue
        out.add(t.i)
        stack += [k for k in t.children if k.dep_ in ("xcomp", "ccomp") and k.pos_ in ("VERB", "AUX")]
    return out


def _verb_above(tok):
    """The index of the nearest verb above the token (None at the top)."""
    node = tok.head
    while node.i != node.head.i and node.pos_ not in ("VERB", "AUX"):
        node = node.head
    return node.i if node.pos_ in ("VERB", "AUX") else None


def _figure(t) -> bool:
    """A measure (a percentage, a sum, a quantity), not a year or a fiscal year ("2027", "2029/30",
    "FY2028") and not a count of things ("will host the four envoys and the two mediators")."""
    if not t.like_num or _FISCAL.match(t.text) or t.ent_type_ in _TIMES:
        return False
    return t.ent_type_ in _FIGURES or t.i + 1 < len(t.doc) and t.doc[t.i + 1].lower_ in W("scenario_percent")


def _time(t) -> bool:
    """A date, a fiscal year, "thereafter", or a span ("over the plan period")."""
    return t.ent_type_ in _TIMES or bool(_FISCAL.match(t.text)) or t.lower_ in W("shared_frame_times") \
        or t.lower_ in W("gapped_figure_periods") and t.dep_ == "pobj" and t.head.lower_ in _SPANNING


def already_read(candidate: Candidate, found: list[Candidate]) -> set[int]:
    """The token indices other readings already took: every candidate's root and phrase, and the
    statements of the others (a run holding one of them is not a gapped item)."""
    return {c.root.i for c in found} | {t.i for c in found for t in c.phrase_tokens} \
        | {t.i for c in found if c is not candidate for t in (c.statement or ())}


def range_bound(before: list) -> bool:
    """"between 2% and 3%", "from 2 to 3 and": the "and" closes a range, not an item."""
    return any(t.lower_ == "between" for t in before[-6:])


def run_after(cc, any_verb: bool = False) -> list:
    """The words after "and" up to a comma, a subordinator or a finite verb ([] when a verb comes
    first: "and employ 400 people", "and expects ...": a verb of its own, shared_frames' and the
    rules' business). With `any_verb`, a participle or any verb ends it too (an event's run is a
    noun phrase)."""
    stops = W("gapped_figure_stops")
    out = []
    for t in cc.doc[cc.i + 1: cc.sent.end]:
        if t.text in _CLOSERS or t.lower_ in stops or t.lower_ == "and":
            break
        if t.tag_ in _FINITE or any_verb and (t.tag_ == "VBG" or t.pos_ in ("VERB", "AUX")):
            return []
        out.append(t)
    return out


def gapped_candidate(candidate: Candidate, cc, run: list) -> Candidate:
    """The run after "and" as a forecast of its own: the candidate's kind, phrase and reading, the
    run's head as its root."""
    head = next((t for t in run if t.head.i == t.i or t.head not in run), run[0])
    return Candidate(candidate.kind, head, [*candidate.phrase_tokens], candidate.entry,
                     statement=[cc, *run], shared_phrase=True)


def _gapped_item(run: list) -> bool:
    """A figure of its own (or a time adverb: "and steady rates thereafter") with its own time, or its
    own item put at the figure ("rice at 0.9 million tonnes"; not "and inflation of 3.1 per cent", a second
    measure of one projection, which the gold keeps whole)."""
    figures = [t for t in run if _figure(t)]
    timed = any(_time(t) for t in run)
    if not figures:
        return any(t.lower_ in W("shared_frame_times") for t in run) and any(t.pos_ == "NOUN" for t in run)
    if timed:
        return True
    first = figures[0]
    return any(t.pos_ in ("NOUN", "PROPN") and t.i < first.i and not t.like_num for t in run) \
        and any(t.lower_ == "at" and t.i < first.i for t in run)


def _repeated_at_a_time(run: list) -> bool:
    """(round 27) "The board meets on 10 March [and again on 2 June]", "rates will be cut in May [and
    again in September]": the same event once more (data: repetition_adverbs) at a time of its own,
    nothing else in the run: a second forecast of the same clause."""
    words = [t for t in run if not t.is_punct]
    return len(words) >= 2 and words[0].lower_ in W("repetition_adverbs") and any(_time(t) for t in words[1:]) \
        and all(t.pos_ in ("ADP", "DET", "NUM", "PROPN", "NOUN", "ADJ") or _time(t) for t in words[1:])

