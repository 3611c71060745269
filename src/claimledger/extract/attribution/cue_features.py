"""Features of a candidate attribution cue (a verb, "according to", an adjective with a clause)
and the speaker the parse gives it, shared by training (training/attribution/cues.py) and the
run-time classifier (learned_attribution.py), so both see exactly the same thing.

A candidate is a token; its features are what a reader uses: the word and its lemma, how it
sits in the parse (its dependency, its head, the kinds of its children: a content clause, an
object, a quotation), who its subject is (a name, a pronoun, a common noun; a person, an
organisation) and where it stands towards quotation marks.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Optional

from ... import lexicon
from ..syntax import nearest_subject, noun_phrase

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "acl", "pcomp", "relcl")


def is_candidate(token) -> bool:
    pos = token.pos_
    if pos == "VERB":
        return True
    if token.lower_ in lexicon.words("prepositional_cues") and any(c.dep_ in ("prep", "pobj") for c in token.children):
        return True       # "according to X", "per X", "as per X"
    if pos in ("ADJ", "NOUN") and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return True       # "is confident that", "the claim that"
    return pos == "AUX" and token.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


def speaker_of(token):
    """The token heading the speaker the parse gives a cue: its subject (climbing infinitives,
    participles and conjuncts: "..., saying", "wants to"), the agent of a passive, the object of
    "according to"/"per"; None when there is none."""
    if token.lower_ in lexicon.words("prepositional_cues"):
        for child in token.children:
            if child.dep_ == "pobj":
                return child
            if child.dep_ == "prep":
                obj = next((c for c in child.children if c.dep_ == "pobj"), None)
                if obj is not None:
                    return obj
        return None
    for child in token.children:
        if child.dep_ == "agent":
            obj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return obj
    current = token
    for _ in range(4):
        subject = nearest_subject(current, *_SUBJECTS)
        if subject is not None:
            if subject.dep_ == "nsubjpass" and current.i == token.i:
                return None      # "X was told": X heard it
            return subject
        if current.dep_ in _CLIMB and current.head.i != current.i:
            current = current.head
            continue
        return None
    return None


def says_nothing(verb) -> bool:
    """"Moscow said nothing for two days", "the ministry has said little": silence, not a claim
    (the rules and the model alike)."""
    deps = {c.dep_ for c in verb.children}
    return not deps & {"ccomp", "parataxis"} and any(
        c.dep_ == "dobj" and c.lower_ in lexicon.words("saying_nothing") for c in verb.children)


def speaker_span(head):
    """The noun phrase of a speaker head (syntax.noun_phrase: no relative clause, apposition or
    dateline)."""
    return noun_phrase(head)


_VIEW = "claimledger_cue_view"


def _view(doc) -> dict:
    """Per-Doc facts the features read for every candidate, computed once with the text's own
    search (a candidate's features would otherwise rescan its line and its sentence): where the
    double quotation marks are (’ is also the apostrophe of "Clinton’s", so single marks are not
    counted) and where the parser's sentences start and end."""
    view = doc.user_data.get(_VIEW)
    if view is None:
        text = doc.text
        marks = {mark: [m.start() for m in re.finditer(mark, text)] for mark in ("“", "”", '"')}
        sentences = [(s.start, s.end, s.start_char, s.end_char) for s in doc.sents]
        view = {"marks": marks, "starts": [s[0] for s in sentences], "sentences": sentences}
        doc.user_data[_VIEW] = view
    return view


def quote_open_at(doc, at: int) -> bool:
    """Whether a double quotation opened before character `at` of a Doc (its line) is still open."""
    marks = _view(doc)["marks"]
    return bisect_left(marks["“"], at) > bisect_left(marks["”"], at) or bisect_left(marks['"'], at) % 2 == 1


def in_quote(token) -> bool:
    """Whether a double quotation is open before the token in its Doc (its line)."""
    return quote_open_at(token.doc, token.idx)


def _sentence_of(token) -> tuple[int, int, bool]:
    """(start, end, holds a double quotation mark) of the parser's sentence of a token."""
    view = _view(token.doc)
    start, end, start_char, end_char = view["sentences"][bisect_right(view["starts"], token.i) - 1]
    quoted = any(bisect_left(positions, end_char) > bisect_left(positions, start_char)
                 for positions in view["marks"].values())
    return start, end, quoted


def features(token) -> dict[str, float]:
    lemma = token.lemma_.lower()
    dep = token.dep_
    head = token.head
    f: dict[str, float] = {
        f"lemma={lemma}": 1, f"tag={token.tag_}": 1, f"dep={dep}": 1,
        f"head={head.lemma_.lower()}": 1, f"headpos={head.pos_}": 1,
        f"lemma+dep={lemma}|{dep}": 1,
    }
    kids = [(c.dep_, c) for c in token.children]
    deps = {d for d, _c in kids}
    for d in deps:
        f[f"child={d}"] = 1
    for key in ("ccomp", "xcomp", "dobj", "parataxis", "prt", "dative", "advcl"):
        if key in deps:
            f[f"lemma+{key}={lemma}"] = 1
    for d, child in kids:
        if d in ("aux", "auxpass", "neg", "prt"):
            f[f"{d}={child.lower_}"] = 1
        elif d == "prep":
            f[f"prep={child.lower_}"] = 1
            f[f"lemma+prep={lemma}|{child.lower_}"] = 1
    if dep == "parataxis":
        f["parataxis"] = 1
    speaker = speaker_of(token)
    if speaker is None:
        f["speaker=none"] = 1
    else:
        f[f"spk_pos={speaker.pos_}"] = 1
        f[f"spk_dep={speaker.dep_}"] = 1
        f[f"spk_ent={speaker.ent_type_ or '-'}"] = 1
        f[f"spk_lemma={speaker.lemma_.lower()}"] = 1
        f[f"lemma+spk_ent={lemma}|{speaker.ent_type_ or speaker.pos_}"] = 1
        # the subject of a verb the cue hangs from ("..., saying", "wants to"), reached by climbing
        # in speaker_of; not an agent or "according to" object. spaCy makes a new Token object on
        # every access, so tokens are compared by index, never by identity.
        if speaker.dep_ in _SUBJECTS and speaker.head.i != token.i:
            f["spk_climbed"] = 1
        if speaker.i > token.i:
            f["spk_after"] = 1
    if in_quote(token):
        f["in_quote"] = 1
    if any(t.text in ('"', "”", "“", ":") for t in token.doc[token.i + 1: token.i + 3]):
        f["quote_after"] = 1
    sent_start, sent_end, sent_quoted = _sentence_of(token)
    if token.i >= sent_end - 3:
        f["sent_end"] = 1
    if token.i > sent_start and token.nbor(-1).text in (",", "”", '"', "’"):
        f["after_comma_or_quote"] = 1
    if sent_quoted:
        f["sent_has_quote"] = 1
    return f


def candidates(span) -> list:
    return [t for t in span if is_candidate(t)]


def speaker_tokens(token) -> Optional[list]:
    head = speaker_of(token)
    return None if head is None else list(speaker_span(head))
