"""Rules for the speakers of lead-ins (part of the rules implementation of attribution):
- an inline lead-in at the very start of a line: "Reuters, citing sources: ...", "Senior
  commander X: ..." (the form "inline"), also when it is a transcript's speaker label the parser
  made a sentence of its own ("MUSA BELLO:" then the answer);
- the turns of transcripts and interviews: recurring speaker labels (speaker_labels) stand for
  the person the text names, "A:" for the interviewee its standfirst names (note_interviewee), and
  in a text that declares itself an interview a line after a question line is the interviewee's
  (follow_interview, interview_answer);
- what a lead-in line introduces, should it follow as text: the lead-in's own attribution
  ("The article states:"), a bare source ("CNN today:", "One soldier's message:"), or the
  subject of its main verb when that is a speaker ("X reconstructed it:").
"""
from __future__ import annotations

import re

from typing import Optional

from spacy.lang.en.stop_words import STOP_WORDS

from ... import lexicon
from ..context import SentenceUnit, asks_question
from ...lexicon import speech_nouns
from ..syntax import child
from .interface import Attributed
from .leadins import bare_source, source_words
from .sources import SourceRegistry, known_mentions
from .speakers import Memory, Speaker, named, resolve


def inline_lead_in(unit: SentenceUnit, reg: SourceRegistry, memory: Memory,
                   labels: frozenset[str] = frozenset()) -> Optional[Attributed]:
    """"Reuters, citing sources: ...", "Senior commander X: ..." at the very start of a line;
    `labels` are the transcript speaker labels of the window (speaker_labels)."""
    span = unit.span
    if not _opens_line(unit):
        return None
    # the tokenizer keeps a bracket closed right before the colon in one token: "(Commander, ...):"
    colon = next((t for t in span[:16] if t.text in (":", "：", "):")), None) or next(
        (t for t in span[16:_BRACKETED_LABEL_TOKENS] if t.text == "):"), None)   # "X (Chief of the Defence Staff, ...):"
    if colon is None or colon.i == span.start:
        return None
    # a speaker of the transcript: its label recurs, whatever the tagger made of it ("DAVIT" as a verb)
    turn = bool(_label_words(span.doc[span.start: colon.i].text) & labels)
    # "Reply (Minister of Trade):" — the tagger may read the word of an answer's label as a verb
    answering = len(span) > 1 and span[0].lower_ in lexicon.words("reply_labels") and span[1].text == "("
    if colon.i >= span.end - 2 and not ((turn or answering) and _speaker_label(unit, colon)):
        return None
    before = span.doc[span.start: colon.i]
    citing = next((t for t in before if t.lemma_ == "cite"), None)
    name_end = citing.i - 1 if citing is not None and citing.i > span.start else colon.i
    name_span = span.doc[span.start: name_end]
    while len(name_span) and name_span[-1].is_punct and name_span[-1].text != ")":   # "(Commander, ...)" stays whole
        name_span = name_span[:-1]
    if not len(name_span) or not turn and not answering and any(t.pos_ in ("VERB", "AUX") and t.dep_ != "amod"
                                                                for t in name_span):
        return None
    if name_span[0].lower_ in lexicon.words("outline_label_heads"):
        return None     # round 29: "Scenario B: a caretaker cabinet (40 per cent)": a part of a note, nobody speaks
    if any(t.like_num or t.text in ("#", "No.") for t in name_span):
        return None     # "Weekly Dispatch #41: ...", "Day 14: ..." head a series, nobody speaks
    if not turn and topic_label(unit, name_span, transcript=bool(labels)):
        return None     # "OUR CALL: ...", "* THE DEBT: ...", "- North-east: ...": a section's topic, nobody speaks
    closed = colon.text == "):"
    if sum(t.text == "(" for t in name_span) > sum(t.text == ")" for t in name_span) + closed:
        return None     # "Shares of Acme (NYSE: ACM) fell": a market ticker, not a speaker
    name_span = _named_in_label(name_span, closed)
    if turn:
        name_span = _without_titles(name_span)      # "Hon. Bill Blair:" is Bill Blair
    if not len(name_span):
        return None
    addressee = next((t for t in name_span if t.lower_ == "to" and t.pos_ in ("ADP", "PART") and t.i > name_span.start), None)
    if addressee is not None:
        name_span = span.doc[name_span.start: addressee.i]    # "Lawmakers to Prime Minister: Resign": the lawmakers speak
    head = max(name_span, key=lambda t: (t.pos_ in ("PROPN", "NOUN"), t.i))
    called = reg.person_called(name_span.text) if turn else None
    if turn and called is None and all(t.is_alpha or t.is_punct for t in name_span) and not known_mentions(name_span.text):
        called = name_span.text        # a transcript's speaker is a person, whatever NER made of "MUSA BELLO"
    if answering:
        speaker = Speaker(reg.get(name_span.text, "official"))      # the office as written, whole
    else:
        speaker = Speaker(reg.get(called, "person")) if called else named(name_span, head, reg)
    if turn and len(name_span) > 1:
        reg.mention_person(name_span.text)      # "MUSA BELLO:" now, "BELLO:" later
        role = span.doc[span.start: name_span.start - 1] if name_span.start - 1 > span.start else None
        if not answering and role is not None and span.doc[name_span.start - 1].text == "(":
            reg.label_stands_for(role.text.strip(), name_span.text)   # "HOST (Jane Roe):" now, "HOST:" later (round 19)
    if name_span.text in _ANSWER_LABELS and memory.interviewee is not None:
        speaker = Speaker(reg.get(memory.interviewee, "person"))     # "A:" in a Q&A is the interviewee
    if speaker is None:
        return None
    via = []
    if citing is not None:
        cited = span.doc[citing.i + 1: colon.i]
        if len(cited):
            inner = named(cited, cited.root, reg) or Speaker(reg.anonymous("unnamed sources"))
            via = [inner.source]
    cue_start = unit.offsets(name_span)[0]
    if answering:
        cue_start = unit.offsets(span[0])[0]     # "Reply (Minister of X):" is one label, the word and all
    return Attributed(speaker.source, unit.text[: colon.idx + len(colon.text) - span.start_char], cue_start, unit.offsets(colon)[1],
                      unit.model.start, unit.model.end, "inline", via)


def topic_label(unit: SentenceUnit, name_span, transcript: bool = False) -> bool:
    """A line's label that heads a section or a list item instead of naming who speaks (a label
    that is no transcript turn; the caller checks that). Previews, bulletins and factboxes set
    their section heads in capitals ("OUR CALL:", "RISKS TO OUR VIEW:", "FISCAL:", "* THE DEBT:")
    and open list items with their topic ("- North-east: ...", "- Mid-2027: ..."): the words after
    it are the document's own. A source the text knows by that name ("AFP:", "Reuters:") still
    speaks, and so does a short capitalised word, which may be an outlet's initials ("VNA:"); in
    a transcript (`transcript`: other labels recur) a label in capitals is a speaker, one who
    speaks once among them ("ADA OBI:")."""
    words = [t for t in name_span if not t.is_punct]
    if not words or known_mentions(name_span.text.strip("-*–•· ")):
        return False
    if unit.line.text.lstrip()[:2] in _LIST_MARKS:
        return True
    if any(re.fullmatch(r"(?i)(mid|early|late|end)?-?\d{4}", t.text) for t in words):
        return True     # "Mid-2027:" (a date whose year the tokenizer joins to its word)
    letters = [ch for t in words for ch in t.text if ch.isalpha()]
    if transcript or not letters or not all(ch.isupper() for ch in letters):
        return False
    return len(words) > 1 or len(letters) >= 5


# The marks that open a list item, with the space after them, as the calendar lists read them.
_LIST_MARKS = ("- ", "* ", "– ", "• ", "· ")


def _named_in_label(name_span, closed: bool = False):
    """The person of a label with a bracket: "The Chair (Mr. Daniel Okafor)" names the person
    inside the bracket after a role; "Rear-Admiral Claire Tremblay (Commander, Maritime Forces
    Atlantic)" the person before it, the bracket their post (a committee transcript's labels).
    `closed`: the closing bracket went with the colon ("...):"). Roles and titles:
    data/antecedent_roles.tsv."""
    if len(name_span) < 2 or not closed and name_span[-1].text != ")":
        return name_span
    opening = next((t for t in name_span if t.text == "("), None)
    if opening is None or opening.i == name_span.start:
        return name_span
    doc = name_span.doc
    outside, inside = doc[name_span.start: opening.i], doc[opening.i + 1: name_span.end - (0 if closed else 1)]
    role_words = _role_words()
    # "Reply (Secretary for Health):" in written answers: the word names the turn, the
    # bracket whose turn it is (an office, which is the speaker as written)
    answering = len(outside) == 1 and outside[0].lower_ in lexicon.words("reply_labels")
    if answering or all(t.pos_ == "DET" or t.lower_ in role_words or t.lemma_.lower() in role_words for t in outside) and len(inside):
        # "The Chair (Hon. John McKay (Scarborough—Guildwood, Lib.))": the name, without its title
        # or its own bracket (the riding)
        nested = next((t.i for t in inside if t.text == "("), inside.end)
        return _without_titles(doc[inside.start: nested])
    return _without_titles(outside)


def _role_words() -> dict[str, dict[str, str]]:
    return lexicon.person_roles()


def _without_titles(name_span):
    """"Hon. Bill Blair" -> "Bill Blair", "Mr. Daniel Okafor" -> "Daniel Okafor" (the title may be
    one token or the word and its dot)."""
    doc, start, role_words = name_span.doc, name_span.start, _role_words()
    while start < name_span.end - 1:
        word = doc[start].lower_
        if word.endswith(".") and word in role_words:
            start += 1
        elif doc[start + 1].text == "." and word + "." in role_words and start + 2 < name_span.end:
            start += 2
        else:
            break
    return doc[start: name_span.end]


def name_the_speakers(sentences, reg: SourceRegistry) -> None:
    """In a transcript, the people its lines name, before the labels are read: "HANNAH:" opens
    the line that says "I'm Hannah Ostrowski"."""
    for unit in sentences:
        for ent in unit.span.ents:
            if ent.label_ == "PERSON" and len(ent) > 1:
                reg.mention_person(ent.text)


def speaker_labels(lines) -> frozenset[str]:
    """The words (lower case) of the short "Name:" openings that recur at the start of lines of
    the window: a transcript's speakers take turns ("MUSA BELLO:" then "BELLO:", "HOST (Ada
    Obi):" then "HOST:"), a liveblog's or digest's topic labels ("Markets:", "Taipei:") each
    open one line."""
    lines_of: dict[str, set[int]] = {}
    for n, line in enumerate(lines):
        head, colon, rest = line.text.lstrip().partition(":")
        # "Rear-Admiral Claire Tremblay (Commander, Maritime Forces Atlantic):": a role in brackets
        # does not count against the label's length
        bare = _BRACKETED.sub(" ", head)
        if colon and rest.strip() and 0 < len(bare.split()) <= _LABEL_WORDS and not any(c.isdigit() for c in head):
            if bare.split()[0].strip("()[],.*").lower() in lexicon.words("outline_label_heads"):
                continue    # round 29: "Scenario B: ..." numbers a part of a note, nobody takes a turn
            for word in _label_words(head):
                lines_of.setdefault(word, set()).add(n)
    return frozenset(word for word, where in lines_of.items() if len(where) >= 2)


_BRACKETED = re.compile(r"\([^()]*\)")
# A committee transcript's label may carry a long post in brackets ("Lieutenant-General Jennie
# Carignan (Chief of the Defence Staff, Department of National Defence):"): its colon within this many tokens.
_BRACKETED_LABEL_TOKENS = 32


def _label_words(label: str) -> set[str]:
    """The capitalised words of a label, lower case ("Kevin in Vancouver asks" -> kevin,
    vancouver: readers' letters share "in" and "asks", not names)."""
    words = (w.strip("()[],.") for w in label.split())
    # ("OUR CALL:" and "RISKS TO OUR VIEW:", "* THE DEBT:" and "* THE MONEY:": section heads in
    # capitals share their function words, which name nobody)
    return {w.lower() for w in words if len(w) >= 2 and w[0].isupper() and w.lower() not in STOP_WORDS}


# At most this many words before a speaker label's colon ("HOST (Ada Obi)").
_LABEL_WORDS = 5


# The label of a Q&A interview's answers.
_ANSWER_LABELS = ("A",)
# Lines of the headline and standfirst, which name whom an interview asks and declare it one.
_STANDFIRST_LINES = 3


def note_interviewee(unit: SentenceUnit, memory: Memory) -> None:
    """Keep whom an interview asks: the first person the headline or standfirst names ("Dr.
    Sunita Venkatesan advises governments ...", "Interview conducted ... with Tariq Mahmood
    Qureshi" — the small model often calls such a name an organisation, so a proper name
    that is the partner of "with" or the subject of "spoke"/"talked" counts too)."""
    if memory.interviewee is not None or unit.line.number > _STANDFIRST_LINES:
        return
    for ent in unit.span.ents:
        if ent.root.dep_ == "pobj" and ent.root.head.lower_ == "by":
            continue      # "Interview by Oana Ciobanu with Victor Munteanu": the byline asks, it is not asked
        proper = len(ent) >= 2 and all(t.pos_ == "PROPN" or t.is_punct for t in ent)
        partner = ent.root.dep_ == "pobj" and ent.root.head.lower_ == "with" or (
            ent.root.dep_ == "nsubj" and ent.root.head.lemma_.lower() in ("speak", "talk"))
        if ent.label_ == "PERSON" and len(ent) >= 2 or proper and partner:
            memory.interviewee = ent.text
            return


def follow_interview(unit: SentenceUnit, memory: Memory) -> None:
    """Keep the turns of an interview without labels: whether the text declares itself one,
    which line is a question line (it ends in a question mark) and the last question asked."""
    if unit.line.number <= _STANDFIRST_LINES and not memory.interview:
        memory.interview = any(t.lower_ in lexicon.words("interview_marks") for t in unit.span)
    if unit.line.number != memory.line:
        memory.after_question = memory.line_asks
        memory.line = unit.line.number
        memory.line_asks = asks_question(unit.line.text) or _set_in_bold(unit.line.text)
    if unit.asks:
        memory.question = (unit.model.start, unit.model.end, unit.text)


def _set_in_bold(line: str) -> bool:
    """"**Environmental groups say the plant will drain the lake.**": a printed Q&A sets the
    interviewer's turns in bold, prompts that are no questions among them."""
    text = line.strip()
    return len(text) > 4 and text.startswith(("**", "__")) and text.endswith(("**", "__"))


def interview_answer(unit: SentenceUnit, reg: SourceRegistry, memory: Memory) -> Optional[Attributed]:
    """The first sentence of a line that answers the question line before it, in a text that
    declares itself an interview: the interviewee's turn, the question as its cue."""
    if not (_opens_line(unit) and memory.interview and memory.after_question and not memory.line_asks):
        return None
    if memory.interviewee is None or memory.question is None:
        return None
    start, end, text = memory.question
    return Attributed(reg.get(memory.interviewee, "person"), text, start, end,
                      unit.model.start, unit.model.end, "inline")


def _opens_line(unit: SentenceUnit) -> bool:
    return unit.model.start == unit.line.start + (len(unit.line.text) - len(unit.line.text.lstrip()))


def _speaker_label(unit: SentenceUnit, colon) -> bool:
    """"MUSA BELLO: The terminal won't open before 2028." — a transcript's speaker label the
    parser cut off as a sentence of its own: the colon ends the sentence and the line goes on
    after it (a line ending in a colon is a lead-in instead, and leadins.py reads what it
    introduces)."""
    rest = unit.line.text[unit.model.end - unit.line.start:]
    return colon.i == unit.span.end - 1 and bool(rest.strip())


def lead_source(unit: SentenceUnit, own_findings: list[Attributed], reg: SourceRegistry, memory: Memory,
                labels: frozenset[str] = frozenset()) -> Optional[Attributed]:
    """The attribution of the block a lead-in introduces, or None."""
    own = [f for f in own_findings if f.form != "hearsay"]
    if own:
        return own[-1]
    span = unit.span
    speaker = None
    words = source_words(span)
    if bare_source(unit) and words:
        head = span.root if span.root.pos_ in ("PROPN", "NOUN") else next(
            (t for t in reversed(words) if t.pos_ in ("PROPN", "NOUN")), words[-1])
        owner = child(head, "poss")
        if owner is not None and owner.lower_ in lexicon.words("group_possessives"):
            group = memory.recall("group", reg)        # "Their statement, in full:"
            speaker = Speaker(group) if group is not None else None
        elif head.lemma_.lower() in speech_nouns() and owner is not None:
            speaker = resolve(owner, reg, memory)
        elif head.lemma_.lower() in speech_nouns():
            speaker = resolve(head, reg, memory)          # "The AP dispatch:" -> AP
        elif head.pos_ == "PROPN" and not topic_label(unit, span.doc[words[0].i: words[-1].i + 1], transcript=bool(labels)):
            # ("OUTLOOK (next 90 days):" heads a list of the document's own items)
            speaker = named(span.doc[words[0].i: words[-1].i + 1], head, reg)
    else:
        subject = child(span.root, "nsubj")
        if subject is not None:
            speaker = resolve(subject, reg, memory)
    if speaker is None or speaker.hearsay:
        return None
    return Attributed(speaker.source, unit.text, unit.model.start, unit.model.end, unit.model.start, unit.model.end,
                      "lead_in", list(speaker.via))
