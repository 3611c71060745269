"""Readings of a trigger's word that tell no act of their own (round 27 of issue 13).

Each function is one reading of the parse, asked of a draft the coder found; a draft one of them
recognises is dropped (or, for a plea told in parts, folded into the plea's first row). They are
kinds of false alarm that recur in commentary, open letters, speeches and editorials:

- the text's own courtesy: 'I thank the magistrate', 'we thank them' said by the writer or speaker
  of the text, in the present, not quoted from someone it reports: a courtesy of the text, no act
  it tells (a party that 'thanked' another, told in the past or quoted, stays);
- a plea told in parts: 'We ask the President to ... We ask the company to ...': the text's own
  appeal, first person and present, made item by item on one line, is one request;
- a demonstrative mention: 'That handover was organised with care', 'condemned that beating': an
  event noun with 'this' / 'that' / 'these' / 'those' and nothing of its own, after the first
  sentence of its paragraph, points back to an act the paragraph told;
- a time setting: 'accused of broadcasting calls to violence during Sunday's clashes': a definite
  or day-named event noun after 'during' / 'amid' / 'since' dates another act by a happening
  told before;
- talk as rumour: 'There is talk in the party of another march': 'talk' with no article after an
  existential 'there is' is hearsay of plans, no consultation, and what it is talk of was not done;
- a legal appeal: 'The channel denies the accusation and has appealed': 'appeal' with no one appealed
  to and nothing appealed for ('to', 'for', a clause) is an appeal against a ruling, no request;
- a section heading: a short line with no verb, no determiner, no name and no closing stop
  ('Political demonstrations') titles the section below; it tells no happening.
"""
from __future__ import annotations

from ... import lexicon

_DEMONSTRATIVES = ("this", "that", "these", "those")
_OWN_DETAILS = ("nummod", "acl", "relcl", "appos", "prep", "poss", "compound")


def _first_person_present(verb) -> bool:
    """'I thank', 'we ask', 'we are asking': the speaker's own act, made in the telling."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.lower_ not in ("i", "we"):
        return False
    if verb.tag_ == "VBP":
        return not any(c.dep_ == "aux" for c in verb.children)
    return verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("am", "are", "'m", "'re") for c in verb.children)


def _quoted(token) -> bool:
    """Inside quotation marks on its sentence (someone the text reports speaks)."""
    before = token.doc[token.sent.start:token.i].text
    return (before.count('"') + before.count("\u201c") - before.count("\u201d")) % 2 == 1 or before.count("\u201c") > before.count("\u201d")


def own_courtesy(draft, attributed: bool) -> bool:
    """The text's own thanks: 'I thank the lawyers who came unpaid', 'and we thank the Thai authorities for it'."""
    token = draft.token
    return (draft.code == "SUPPORT" and token.lemma_.lower() in lexicon.words("courtesy_verbs") and not attributed
            and token.pos_ == "VERB" and _first_person_present(token) and not _quoted(token))


def own_plea(draft, attributed: bool) -> bool:
    """The text's own appeal, one item of it: 'We ask the council to publish its accounts' (the writer or speaker,
    first person, present, not quoted)."""
    token = draft.token
    return (draft.code == "REQUEST" and token.pos_ == "VERB" and not attributed and _first_person_present(token)
            and not _quoted(token))


def _demonstrative_noun(token) -> bool:
    if token.pos_ == "NOUN":
        return any(c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in token.children)
    # "condemned that beating": the parser reads 'that' as a clause's mark and the noun as a gerund clause
    return token.tag_ == "VBG" and token.dep_ == "ccomp" and any(
        c.dep_ == "mark" and c.lower_ == "that" and c.i == token.i - 1 for c in token.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "dobj") for c in token.children)


def demonstrative_mention(draft, first_of_paragraph: bool) -> bool:
    """'That handover was organised with care', 'the union condemned that beating on Wednesday': a demonstrative
    event noun with no count, clause, phrase or name of its own, after the paragraph's first sentence, names an act
    the paragraph told before (whatever word told it)."""
    token = draft.token
    if first_of_paragraph or not _demonstrative_noun(token):
        return False
    return not any(c.dep_ in _OWN_DETAILS and not _a_time(c) for c in token.children)


def _a_time(child) -> bool:
    """'on Wednesday' hung on the noun: the day of the sentence's own act, as often as the noun's."""
    return child.dep_ == "prep" and all(o.ent_type_ in ("DATE", "TIME") for o in child.children if o.dep_ == "pobj") and any(
        o.dep_ == "pobj" for o in child.children)


def time_setting(draft) -> bool:
    """'broadcast calls to violence during Sunday's clashes', 'amid the protests': a definite or day-named event
    noun after a preposition of time, with nothing else of its own, sets the time of another act."""
    token = draft.token
    if token.pos_ != "NOUN" or token.dep_ != "pobj" or token.head.lower_ not in lexicon.words("time_setting_preps"):
        return False
    children = list(token.children)
    named = any(c.dep_ == "det" and c.lower_ in ("the", *_DEMONSTRATIVES) for c in children) or any(
        c.dep_ == "poss" and c.ent_type_ in ("DATE", "TIME") for c in children)
    return named and not any(c.dep_ in ("nummod", "acl", "relcl", "appos", "prep", "compound") for c in children)


def section_heading(span, line_text: str) -> bool:
    """'Political demonstrations', 'Security incidents': a line that is a short phrase with no verb, no determiner,
    no number, no name and no closing stop titles the section below it and tells no happening."""
    text = line_text.strip()
    if not text or text != span.text.strip() or text[-1] in ".!?\"'\u201d\u2019:;" or len(text.split()) > 5:
        return False
    return not any(t.pos_ in ("VERB", "AUX", "PROPN", "NUM", "DET", "PRON") or t.ent_type_ for t in span)


def _rumour_talk(noun) -> bool:
    """'There is talk ...', 'there has been talk ...': 'talk' with no article, the attribute of an existential 'be'."""
    return (noun.lemma_.lower() == "talk" and noun.tag_ == "NN" and noun.dep_ == "attr" and noun.head.lemma_ == "be"
            and any(c.dep_ == "expl" for c in noun.head.children) and not any(c.dep_ == "det" for c in noun.children))


def talk_as_rumour(draft) -> bool:
    """'There is talk in the opposition of another march on Saturday': the talk (no consultation) and the march it
    is talk of (not done)."""
    node = draft.token
    for _ in range(6):
        if _rumour_talk(node):
            return True
        if node.head is node:
            return False
        node = node.head
    return False


def legal_appeal(draft) -> bool:
    """'has appealed', 'appealed the ruling', 'will appeal against the fine': an appeal to no one for nothing is one
    against a decision, in court; 'appealed to donors', 'appealed for calm', 'appealed to them to stop' stay requests."""
    token = draft.token
    if draft.code != "REQUEST" or token.pos_ != "VERB" or token.lemma_.lower() != "appeal":
        return False
    return not any(c.dep_ in ("prep", "dative") and c.lower_ in ("to", "for") or c.dep_ in ("xcomp", "ccomp")
                   for c in token.children)
