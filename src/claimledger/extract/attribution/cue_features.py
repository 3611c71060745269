"""Features of a candidate attribution cue (a verb, "according to", an adjective with a clause)
and the speaker the parse gives it, shared by training (training/attribution/cues.py) and the
run-time classifier (learned_attribution.py), so both see exactly the same thing.

A candidate is a token; its features are what a reader uses: the word and its lemma, how it
sits in the parse (its dependency, its head, the kinds of its children: a content clause, an
object, a quotation), who its subject is (a name, a pronoun, a common noun; a person, an
organisation) and where it stands towards quotation marks.
"""
from __future__ import annotations

from typing import Optional

from .. import lexicon
from ..syntax import nearest_subject, noun_phrase

_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLIMB = ("xcomp", "advcl", "conj", "acl", "pcomp", "relcl")


def is_candidate(token) -> bool:
    if token.pos_ == "VERB":
        return True
    if token.lower_ in lexicon.words("prepositional_cues") and any(c.dep_ in ("prep", "pobj") for c in token.children):
        return True       # "according to X", "per X", "as per X"
    if token.pos_ in ("ADJ", "NOUN") and any(c.dep_ in ("ccomp", "xcomp") for c in token.children):
        return True       # "is confident that", "the claim that"
    return token.pos_ == "AUX" and token.dep_ == "ROOT" and any(c.dep_ in ("ccomp", "xcomp") for c in token.children)


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
            if subject.dep_ == "nsubjpass" and current is token:
                return None      # "X was told": X heard it
            return subject
        if current.dep_ in _CLIMB and current.head is not current:
            current = current.head
            continue
        return None
    return None


def speaker_span(head):
    """The noun phrase of a speaker head (syntax.noun_phrase: no relative clause, apposition or
    dateline)."""
    return noun_phrase(head)


def _quote_state(token) -> tuple[bool, bool]:
    """(inside a quotation, a quotation mark within two tokens after)."""
    text = token.doc.text[: token.idx]
    # double quotation marks only: ’ is also the apostrophe of "Clinton’s"
    inside = text.count("“") > text.count("”") or text.count('"') % 2 == 1
    after = any(t.text in ('"', "”", "“", ":") for t in token.doc[token.i + 1: token.i + 3])
    return inside, after


def features(token) -> dict[str, float]:
    lemma = token.lemma_.lower()
    f: dict[str, float] = {
        f"lemma={lemma}": 1, f"tag={token.tag_}": 1, f"dep={token.dep_}": 1,
        f"head={token.head.lemma_.lower()}": 1, f"headpos={token.head.pos_}": 1,
        f"lemma+dep={lemma}|{token.dep_}": 1,
    }
    deps = {c.dep_ for c in token.children}
    for dep in deps:
        f[f"child={dep}"] = 1
    for key in ("ccomp", "xcomp", "dobj", "parataxis", "prt", "dative", "advcl"):
        if key in deps:
            f[f"lemma+{key}={lemma}"] = 1
    for child in token.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt"):
            f[f"{child.dep_}={child.lower_}"] = 1
        if child.dep_ == "prep":
            f[f"prep={child.lower_}"] = 1
            f[f"lemma+prep={lemma}|{child.lower_}"] = 1
    if token.dep_ == "parataxis" or (token.head.dep_ == "parataxis" and token.head is token):
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
        if speaker.head is not token:
            f["spk_climbed"] = 1
        if speaker.i > token.i:
            f["spk_after"] = 1
    inside, quote_after = _quote_state(token)
    if inside:
        f["in_quote"] = 1
    if quote_after:
        f["quote_after"] = 1
    sent = token.sent
    if token.i >= sent.end - 3:
        f["sent_end"] = 1
    if token.i > sent.start and token.nbor(-1).text in (",", "”", '"', "’"):
        f["after_comma_or_quote"] = 1
    if any(t.text in ('"', "“", "”") for t in sent):
        f["sent_has_quote"] = 1
    return f


def candidates(span) -> list:
    return [t for t in span if is_candidate(t)]


def speaker_tokens(token) -> Optional[list]:
    head = speaker_of(token)
    return None if head is None else list(speaker_span(head))
