"""Lead-in lines ("Their report below:", "Reuters:", "The article states:"): what they introduce,
whether it follows as text, and who speaks in it.

A line whose last sentence ends with a colon introduces something. Whether its content is in
the text is decided from what FOLLOWS, in this order:
1. the next line opens with a quotation mark -> present;
2. the lead-in names something text cannot carry (map, video, photo: data/gap_cues.tsv) -> missing;
3. the next line opens with its own "Speaker: ..." -> present;
4. the next line is itself a lead-in -> missing (nothing came between them);
5. the lead-in ends on a speech verb ("... they posted:") or quotes a free relative ("Here's
   what the minister said:") -> present;
6. the next line is plainly the author moving on (first person, a question, or it opens by
   pointing back: "This is ...", "He's right") -> missing;
7. the lead-in announces text ("states:", "the key line:", "is this:": data/text_follows_cues.txt),
   or the next line reports someone else's words (its own attribution), or names the same
   source as the lead-in, or the lead-in is a bare source ("CNN today:") -> present;
8. otherwise -> missing (an embed was lost when the text was copied out).
A lead-in on the last line of a window (2,000 lines) is judged without its next line.

Works on the interface: the attributions an implementation found (`SentenceAttribution`), and
for a lead-in the attribution of what it introduces.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from ... import lexicon
from ..context import AUTHOR_ID, SentenceUnit, Window
from ...lexicon import gap_nouns, speech_verbs
from .interface import Attributed, SentenceAttribution
from .sources import known_mentions

W = lexicon.words

_OPENING_QUOTE = re.compile(r"^\s*[\"“‘'«]")
_INLINE_SPEAKER = re.compile(r"^[^:.!?]{2,90}:\s+\S")


@dataclass
class LeadIn:
    line: int
    unit: SentenceUnit
    status: str                       # present | missing
    expected: str                     # map | image | video | tweet | report | article | chart | unknown
    cue: str                          # the words that decided `expected` (or the colon)
    next_line: Optional[int]
    source: Optional[Attributed] = None   # what attributes the next line, or None


@lru_cache(maxsize=1)
def text_cues() -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(c.split()) for c in lexicon.listed("text_follows_cues.txt"))


def analyse_leadins(window: Window, found: dict[str, SentenceAttribution]) -> dict[int, LeadIn]:
    """Every lead-in line of the window (by line number), analysed once."""
    done: dict[int, LeadIn] = {}
    by_line: dict[int, list[SentenceUnit]] = {}
    for unit in window.sentences:
        by_line.setdefault(unit.line.number, []).append(unit)
    numbers = sorted(by_line)
    for index, number in enumerate(numbers):
        last = by_line[number][-1]
        if last.model.kind != "lead_in" or last.section != "body":
            continue
        following = by_line.get(numbers[index + 1], []) if index + 1 < len(numbers) else []
        done[number] = _analyse(last, following, found)
    return done


def _analyse(unit: SentenceUnit, following: list[SentenceUnit], found: dict[str, SentenceAttribution]) -> LeadIn:
    expected, cue, visual = expected_kind(unit)
    next_line = following[0].line.number if following else None
    own = found.get(unit.id)
    source = own.introduces if own is not None else None
    status = _status(unit, following, found, visual, source)
    return LeadIn(unit.line.number, unit, status, expected, cue, next_line, source if status == "present" else None)


def _found(found: dict[str, SentenceAttribution], sentence_id: str) -> list[Attributed]:
    own = found.get(sentence_id)
    return own.found if own is not None else []


def _status(unit, following, found: dict[str, SentenceAttribution], visual: bool, source) -> str:
    if not following or following[0].section != "body":
        return "missing"
    first = following[0]
    text = first.line.text
    if _OPENING_QUOTE.match(text):
        return "present"
    if visual:
        return "missing"     # a map or a video never comes through as text, whatever follows
    if any(f.form == "inline" for f in _found(found, first.id)):
        return "present"
    if _INLINE_SPEAKER.match(text) and first.model.kind != "lead_in" and _names_speaker(first):
        return "present"
    if following[-1].model.kind == "lead_in":
        return "missing"
    if _ends_with_speech(unit) or _what_was_said(unit):
        return "present"
    if _author_moves_on(first):
        return "missing"
    if _announces_text(unit):
        return "present"
    if any(_reports_others(f) for u in following for f in _found(found, u.id)):
        return "present"
    if source is not None and source.source.id != AUTHOR_ID:
        if _names_same(source, following) or bare_source(unit):
            return "present"
    return "missing"


def _names_speaker(unit) -> bool:
    colon = next((t for t in unit.span if t.text == ":"), None)
    return colon is not None and any(t.pos_ == "PROPN" or t.ent_type_ for t in unit.span.doc[unit.span.start: colon.i])


def _author_moves_on(unit) -> bool:
    span = unit.span
    words = [t for t in span if not t.is_punct]
    if not words:
        return True
    if unit.model.kind == "question" or any(t.lower_ in W("first_person") and t.pos_ == "PRON" for t in words[:6]):
        return True
    first = words[0]
    # "This is only ...", "He's absolutely right", "Such scenes ..."
    return first.lower_ in W("points_back") and (first.pos_ == "PRON" or first.dep_ == "det") and first.i - span.start < 2


def _announces_text(unit) -> bool:
    words = [t.lower_ for t in unit.span]
    for cue in text_cues():
        n = len(cue)
        if any(tuple(words[i: i + n]) == cue for i in range(len(words) - n + 1)):
            return True
    return False


def _ends_with_speech(unit) -> bool:
    """"... the update they posted:", "He added:" — a speech verb with nothing after it but the
    colon: what follows is what was said."""
    words = [t for t in unit.span if not t.is_punct]
    return bool(words) and words[-1].pos_ == "VERB" and words[-1].lemma_.lower() in speech_verbs() \
        and not any(c.dep_ in ("dobj", "ccomp") for c in words[-1].children)


def _what_was_said(unit) -> bool:
    """"Here's what one resident posted:", "This is how the minister put it:" — a speech verb
    whose object is the free relative: the words follow."""
    return any(t.lemma_.lower() in speech_verbs() and t.pos_ == "VERB" and
               any(c.lower_ in W("free_relatives") for c in t.children) and
               any(c.dep_ == "nsubj" and c.lower_ not in W("free_relatives") for c in t.children) for t in unit.span)


def _reports_others(finding) -> bool:
    return finding.form in ("speech", "hearsay", "according", "per") and finding.source.id != AUTHOR_ID


def _names_same(source, following) -> bool:
    names = {source.source.name, *source.source.aliases}
    keys = {re.sub(r"\W+", "", n.lower()) for n in names}
    for unit in following:
        for known, _s, _e in known_mentions(unit.text):
            if re.sub(r"\W+", "", known.name.lower()) in keys:
                return True
        text = re.sub(r"\W+", "", unit.text.lower())
        if any(k and len(k) > 3 and k in text for k in keys):
            return True
    return False


def source_words(span) -> list:
    """The words of a lead-in without punctuation and time words ("CNN this morning:")."""
    return [t for t in span if not t.is_punct and t.lower_ not in W("lead_in_time_words") and t.ent_type_ not in ("DATE", "TIME")]


def bare_source(unit) -> bool:
    """"Reuters:", "CNN today:", "From the Post:", "One soldier's message:" — a source and
    nothing that says what it is about."""
    words = source_words(unit.span)
    return 0 < len(words) <= 5 and not any(t.pos_ in ("VERB", "AUX") for t in words)


def expected_kind(unit) -> tuple[str, str, bool]:
    """What the lead-in introduces: from a gap noun in its line (a visual one first, else the last),
    "Here's X doing ..." (a video), "From <outlet>:" (an article)."""
    nouns = gap_nouns()
    named = [t for t in unit.span if t.lower_ in nouns and t.pos_ in ("NOUN", "PROPN")]
    named += [t for t in unit.span[:-1] if f"{t.lower_} {t.nbor(1).lower_}" in nouns]   # "front line"
    # a visual noun decides over a text noun ("footage ... tells a story:" is a video)
    visual = [t for t in named if nouns.get(t.lower_, nouns.get(f"{t.lower_} {t.nbor(1).lower_}" if t.i + 1 < len(t.doc) else "", ("", False)))[1]]
    pick = (visual or named)[-1] if named else None
    if pick is None:
        # an earlier sentence on the same line ("this new video of X ... He describes:")
        pick = next((t for t in reversed(list(unit.span.doc[: unit.span.start]))
                     if t.lower_ in nouns and t.pos_ == "NOUN" and nouns[t.lower_][1]), None)
    if pick is not None:
        key = pick.lower_ if pick.lower_ in nouns else f"{pick.lower_} {pick.nbor(1).lower_}"
        return nouns[key][0], pick.text, nouns[key][1]
    span = unit.span
    words = [t for t in span if not t.is_punct]
    if any(t.lemma_.lower() in W("posting_verbs") and t.pos_ == "VERB" for t in span):
        return "tweet", next(t.text for t in span if t.lemma_.lower() in W("posting_verbs")), False
    if words and words[0].lemma_.lower() in W("watch_verbs") and words[0].tag_ == "VB":
        return "video", words[0].text, True      # "Watch him say it:", "Listen to the minister:"
    if words and words[0].lower_ == "here" and any(t.tag_ == "VBG" for t in span):
        return "video", f"{words[0].text} … {next(t.text for t in span if t.tag_ == 'VBG')}", True
    if words and words[0].lower_ == "from" and known_mentions(span.text):
        return "article", words[0].text, False
    return "unknown", ":", False


__all__ = ["LeadIn", "analyse_leadins", "expected_kind", "bare_source", "source_words"]
