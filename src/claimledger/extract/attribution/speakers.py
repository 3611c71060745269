"""Who a noun phrase is, as a speaker: a Source (plus the chain behind it), or None. Part of
the rules implementation of attribution.

Resolution order for the subject of a speech verb (or the object of "according to", "per"):
- first-person pronouns -> the author; "he"/"she" -> the person last named; "it" -> the outlet
  or document last named; relative "which"/"that" -> the report noun it refers back to;
- document and hearsay nouns ("CNN's article", "the Reuters report", "reports", "a rumor") ->
  their owner, else an anonymous source ("unnamed reports");
- named or titled phrases -> a typed Source from the registry (see sources.py);
- anything else ("this", "the idea") is not a speaker.

`Memory` keeps, across sentences, the person and the outlet last mentioned, for pronouns.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from ...contract import Source
from ... import lexicon
from ..context import AUTHOR_ID
from ..syntax import child as child_of, noun_phrase, pobj as pobj_of, text_of
from .sources import SourceRegistry, clean_name, known_mentions, name_part, title_type, type_of_phrase

W = lexicon.words
_QUANTIFIERS = {"NUM"}
# How many sentences back a pronoun may reach for its person or outlet.
MEMORY_SPAN = 6


@dataclass
class Memory:
    """The person and the outlet last mentioned (as name, type, known), created as Sources only
    when a pronoun actually refers to them."""
    sentence_index: int = 0
    person: Optional[tuple] = None      # (sentence index, name, type, known)
    outlet: Optional[tuple] = None
    group: Optional[tuple] = None       # the last institution that spoke
    # an interview: the first person its headline or standfirst names ("Rahel Tesfaye has
    # ranked ..."), who gives the "A:" answers and those after question lines
    interviewee: Optional[str] = None
    interview: bool = False            # the headline or standfirst says it is one
    line: int = 0                      # the line being read, whether it is a question line,
    line_asks: bool = False            # and whether the line before it was one
    after_question: bool = False
    question: Optional[tuple] = None   # (start, end, text) of the last question sentence

    def recall(self, slot: str, reg: SourceRegistry) -> Optional[Source]:
        item = getattr(self, slot)
        if item is None or self.sentence_index - item[0] > MEMORY_SPAN:
            return None
        _, name, type_, known = item
        return reg.get(name, type_, known)

    def note(self, slot: str, name: str, type_: str, known=None) -> None:
        setattr(self, slot, (self.sentence_index, name, type_, known))


@dataclass
class Speaker:
    source: Source
    via: list[Source] = field(default_factory=list)
    hearsay: bool = False      # an unowned report or rumour: the outer source of a block wins


def resolve(token, reg: SourceRegistry, memory: Memory) -> Optional[Speaker]:
    """The speaker a subject (or pobj) token stands for, or None."""
    lower = token.lower_
    if token.pos_ == "PRON" or lower in W("not_speakers"):
        return _pronoun(token, reg, memory)
    span = noun_phrase(token)
    head = token
    if token.pos_ in _QUANTIFIERS or token.lower_ in W("quantifier_heads"):
        inner = child_of(token, "prep", where=lambda c: c.lower_ == "of")
        pobj = pobj_of(inner) if inner is not None else None
        if pobj is not None:
            head = pobj
    nouns = lexicon.speech_nouns()
    if head.lemma_.lower() in nouns and head.pos_ == "NOUN":
        return _document(head, span, reg, memory, nouns[head.lemma_.lower()]["role"])
    if _poll_share(span, head):      # "Sixty percent said", "Six in 10 say", "Half of voters said"
        return Speaker(reg.get(clean_name(span.text), "survey"))
    quoted = _quoted_by(head, reg, memory)
    if quoted is not None:
        return quoted
    name = child_of(head, "appos", where=lambda c: c.pos_ == "PROPN")
    if name is not None and head.pos_ == "NOUN":
        # "A spokesman for the Houthis, Mohammed Abdulsalam, said": the name, typed by the title
        titled = named(span, head, reg, register=False)
        person = noun_phrase(name)
        type_ = titled.source.type if titled is not None and titled.source.type != "anonymous" else "person"
        own = title_type(person, name)        # "Brigadier General X" carries its own rank
        type_ = own if own in ("military", "armed_group") else _affiliation(head, reg, type_)
        return Speaker(reg.get(person.text, type_))
    return named(span, head, reg)


_ROLE_TYPES = ("official", "person", "anonymous")


def _quoted_by(head, reg: SourceRegistry, memory: Memory) -> Optional[Speaker]:
    """"Witnesses quoted by the BBC said ...": the outlet is outermost, the witnesses its via."""
    for child in head.children:
        if child.dep_ == "acl" and child.tag_ == "VBG" and child.lemma_.lower() in W("citing_verbs"):
            cited = child_of(child, "dobj")
            inner = resolve(cited, reg, memory) if cited is not None else None
            outer = named(head.doc[head.left_edge.i: head.i + 1], head, reg)
            if outer is not None and inner is not None:      # "Le Monde, quoting two diplomats, reports"
                return Speaker(outer.source, [inner.source])
        if child.dep_ == "acl" and child.lemma_.lower() in W("quoting_participles"):
            agent = child_of(child, "agent")
            pobj = pobj_of(agent) if agent is not None else None
            outer = resolve(pobj, reg, memory) if pobj is not None else None
            inner = named(head.doc[head.left_edge.i: head.i + 1], head, reg)
            if outer is not None:
                return Speaker(outer.source, [inner.source] if inner else [])
    return None


def _affiliation(head, reg: SourceRegistry, type_: str) -> str:
    """A generic role takes the type of the body it speaks for: "the ministry's spokesman"
    (a military ministry) is military; "a spokesman for the Houthis" is armed_group."""
    if type_ not in _ROLE_TYPES:
        return type_
    org = _organisation_of(head, reg, register=False)
    if org is not None and org.type in ("military", "armed_group", "think_tank", "media"):
        return org.type
    for child in head.children:       # "the army's spokesman": the army is military
        if child.dep_ == "poss" and title_type(noun_phrase(child), child) in ("military", "armed_group"):
            return title_type(noun_phrase(child), child)
    return type_


def _organisation_of(head, reg: SourceRegistry, register: bool = True):
    """The body a person or group speaks for ("the ministry's spokesman", "analysts at ISW",
    "a Pentagon spokeswoman"): a Source, or with register=False anything with a `.type`
    (nothing new is added to the document's sources just to type someone)."""
    for child in head.children:
        candidate = None
        if child.dep_ in ("poss", "compound") and child.pos_ in ("PROPN", "NOUN") or child.dep_ == "poss" and child.pos_ != "PRON":
            candidate = child
        elif child.dep_ == "prep" and child.lower_ in W("affiliation_preps"):
            candidate = pobj_of(child)
        if candidate is None:
            continue
        phrase = noun_phrase(candidate)
        found = _definite_reference(phrase, candidate, reg) or _known_source(candidate, reg, register)
        if found is not None:
            return found
    return None


def _known_source(token, reg: SourceRegistry, register: bool = True):
    covering = _known_covering(token)
    if covering is None:
        return None
    known, alias = covering
    return reg.get(alias, known.type, known) if register else known


def _unnamed(head) -> bool:
    for token in head.subtree:
        if token.lemma_.lower() == "anonymity" or token.lower_ in W("unnamed_words"):
            return True
        if token.lemma_.lower() in W("identifying_verbs") and any(c.dep_ == "neg" for c in token.children):
            return True
        if token.lemma_.lower() in W("identifying_verbs") and token.head.lemma_.lower() in W("naming_refusals"):
            return True
    return False


def _counted(head) -> bool:
    return any(c.dep_ == "nummod" or c.lower_ in W("counting_words") for c in head.children) \
        or any(c.dep_ == "amod" and c.lower_ in W("anonymity_modifiers") for c in head.subtree)


def _known_covering(head):
    """The known source whose name, in the sentence, covers this head word, if any."""
    sent = head.sent
    at = head.idx - sent.start_char
    text = text_of(sent)
    for known, start, end in known_mentions(text):
        if start <= at < end and (end - start) > len(head.text) or start <= at < end and known.type != "armed_group":
            return known, text[start:end]
    return None


def _definite_reference(span, head, reg: SourceRegistry):
    """"the agency", "the ministry", "the minister": the source last named with that head noun."""
    words = [t for t in span if not t.is_punct and t.dep_ != "case"]
    if not words or words[0].lower_ != "the" or not (head.pos_ == "NOUN" or head.lower_ in lexicon.source_titles()):
        return None
    modifiers = [t for t in words[1:] if t.i != head.i]
    # "the institute", or with a descriptive label that names no other body: "the Moscow-based
    # institute" (a hyphenated label), never "the Russian army" (another army)
    if all(_labels_only(t) for t in modifiers):
        return reg.by_head.get(head.lemma_.lower())
    return None


def _labels_only(token) -> bool:
    if token.i + 1 < len(token.doc) and token.nbor(1).text == "-":
        return True       # the first half of a hyphenated label: "X-run", "Washington-based"
    if token.ent_type_ in ("NORP", "GPE", "ORG", "LOC") or token.pos_ == "PROPN":
        return False
    after_hyphen = token.i > 0 and token.nbor(-1).text == "-"
    return token.pos_ in ("ADJ", "VERB") or token.text == "-" or after_hyphen


def named(span, head, reg: SourceRegistry, register: bool = True) -> Optional[Speaker]:
    """A named, titled or anonymous speaker phrase as a Speaker (register=False: only typed)."""
    definite = _definite_reference(span, head, reg)
    if definite is not None:
        return Speaker(definite)
    covering = _known_covering(head)
    if covering is not None and register:     # a known name the parser split ("X & Y Project")
        known, alias = covering
        return Speaker(_remember_heads(head, reg.get(alias, known.type, known), reg))
    ner = head.ent_type_
    type_, known = type_of_phrase(span, ner, head)
    if type_ == "organisation" and known is None and head.pos_ == "NOUN" and any(
            c.dep_ == "poss" and c.tag_ == "PRP$" for c in head.children):
        return None      # "X told me her firm expects ...": the speaker speaks for her firm; no new voice
    if known is None and head.pos_ == "NOUN" and not title_type(span, head) and register:
        words = name_part(span, head)          # "Pentagon figures", "a Kremlin readout"
        inside = known_mentions(words.text)
        if inside:
            found, start, end = inside[0]
            return Speaker(_remember_heads(head, reg.get(words.text[start:end], found.type, found), reg))
    if not register:
        return Speaker(Source(id="", name=span.text, type=type_)) if type_ not in ("unknown", "nonspeaker") else None
    if known is None and head.pos_ == "NOUN" and not title_type(span, head):
        found = _known_in_prep(head)     # "a bombshell for FP", "a statement from the Kremlin"
        if found is not None:
            return Speaker(reg.get(found[1], found[0].type, found[0]))
    if head.tag_ == "NNS" and type_ == "unknown" and register:
        org = _organisation_of(head, reg)       # "observers from the OSCE"
        if org is not None:
            return Speaker(org)
        if any(c.dep_ == "acl" and c.lemma_.lower() in W("consulted_verbs") for c in head.children):
            return Speaker(reg.anonymous(head.doc[span.start: head.i + 1].text))   # "insurers interviewed for this note"
    if type_ == "nonspeaker" or type_ == "unknown" and head.pos_ != "PROPN":
        return None
    if type_ not in ("anonymous",) and head.pos_ == "NOUN" and _unnamed(head):
        type_ = "anonymous"      # "a senior diplomat, who asked not to be named"
    if head.tag_ == "NNS" and type_ in _ROLE_TYPES and register:
        org = _organisation_of(head, reg)       # "analysts at ISW", "officials at the Pentagon"
        if org is not None and org.type not in ("official",) and head.lemma_.lower() not in W("generic_informants"):
            return Speaker(org)
        if _counted(head) and not any(t.pos_ == "PROPN" for t in span):
            type_ = "anonymous"      # "three European diplomats familiar with the matter"
    if type_ in ("official", "person") and register:
        type_ = _affiliation(head, reg, type_)       # "a Pentagon spokeswoman" is military
    if type_ == "anonymous":
        bare = len([t for t in span if not t.is_punct and t.lower_ not in W("articles")]) == 1
        name = lexicon.mapping("anonymous_names").get(head.lemma_.lower(), clean_name(span.text)) if bare else span.text
        return Speaker(_remember_heads(head, reg.anonymous(name), reg) if not bare else reg.anonymous(name))
    if type_ == "unknown":
        type_ = "organisation" if ner == "ORG" and head.lower_ not in reg.people else "person"
    if type_ == "person" and head.tag_ == "NNS" and not any(t.pos_ == "PROPN" for t in span):
        return Speaker(reg.anonymous(span.text))     # "analysts", "experts": nobody in particular
    person = next((e for e in span.ents if e.label_ == "PERSON" and e.start <= head.i < e.end), None)
    name = person.text if person is not None and known is None else span.text   # "Foreign Minister X" -> "X"
    return Speaker(_remember_heads(head, reg.get(name, type_, known), reg))


def _remember_heads(head, source: Source, reg: SourceRegistry) -> Source:
    """Note the common nouns that named a source, for a later "the agency", "the minister"."""
    for token in (head, *[c for c in head.children if c.dep_ in ("compound", "appos")]):
        if token.pos_ == "NOUN" or token.lower_ in lexicon.source_titles():
            reg.by_head[token.lemma_.lower()] = source
    return source


def _known_in_prep(head):
    """A known source named in a prepositional phrase of a noun (not in its possessor)."""
    for prep in head.children:
        if prep.dep_ == "prep" and (prep.lower_ in W("owner_preps") or prep.lower_ in ("for", "at")):
            text = head.doc[prep.i: prep.right_edge.i + 1].text
            found = known_mentions(text)
            if found:
                known, start, end = found[0]
                return known, text[start:end]
    return None


def _pronoun(token, reg: SourceRegistry, memory: Memory) -> Optional[Speaker]:
    lower = token.lower_
    if lower in W("first_person"):
        return Speaker(reg.special(AUTHOR_ID))
    if lower in ("he", "she"):
        earlier = [e for e in token.sent.ents if e.label_ == "PERSON" and e.end <= token.i]
        if earlier:      # "President X told a news conference that she would not ..."
            return named(earlier[-1], earlier[-1].root, reg)
        person = memory.recall("person", reg)
        return Speaker(person) if person else None
    if lower == "it":
        outlet = memory.recall("outlet", reg)
        return Speaker(outlet) if outlet else None
    if lower == "they" and token.dep_.startswith("nsubj") and _ends_lead_in(token.head):
        group = memory.recall("group", reg)     # "... the update they posted:" after "The General Staff claims"
        return Speaker(group) if group else None
    if lower in W("relative_pronouns"):
        antecedent = _antecedent(token)
        if antecedent is not None:
            return resolve(antecedent, reg, memory)
    return None


def _poll_share(span, head) -> bool:
    """A share of respondents as a speaker ("74 percent of Democrats say"): a poll speaking."""
    if head.lemma_.lower() in W("poll_shares") or head.lower_ in W("poll_shares"):
        return True
    numbers = [t for t in span if t.pos_ == "NUM"]
    return len(numbers) >= 2 and any(t.lower_ == "in" and t.dep_ in ("quantmod", "prep") for t in span)   # "six in 10"


def _ends_lead_in(verb) -> bool:
    """The verb is the last word before a closing colon ("Here is what they posted:")."""
    words = [t for t in verb.sent if not t.is_punct]
    return bool(words) and words[-1].i == verb.i and verb.sent[-1].text == ":"


def _antecedent(token):
    """The report-like noun a relative pronoun refers back to (the parse may not link them)."""
    if token.dep_.startswith("nsubj") and token.head.dep_ == "relcl":
        return token.head.head
    nouns = lexicon.speech_nouns()
    for left in reversed(list(token.doc[max(0, token.i - 12): token.i])):
        if left.pos_ == "NOUN" and left.lemma_.lower() in nouns:
            return left
    return None


def _document(head, span, reg: SourceRegistry, memory: Memory, role: str) -> Optional[Speaker]:
    """A report/article/statement noun: its owner speaks; an unowned report is hearsay."""
    owner = document_owner(head, reg, memory)
    if owner is not None:
        return owner
    lemma = head.lemma_.lower()
    if role == "hearsay":
        return Speaker(reg.anonymous(lexicon.mapping("anonymous_names").get(lemma, f"unnamed {lemma}s")), hearsay=True)
    if lemma in W("poll_nouns"):
        return Speaker(reg.get(clean_name(span.text), "survey" if lemma != "study" else "unknown"))
    if role == "visual":       # "a viral video purports to show ...": unverified social media
        return Speaker(reg.get(clean_name(span.text), "social_media"))
    if any(t.lower_ in W("definite_determiners") for t in head.lefts):
        outlet = memory.recall("outlet", reg)    # "the article" = the one just named
        if outlet is not None:
            return Speaker(outlet)
    return None


def document_owner(head, reg: SourceRegistry, memory: Memory) -> Optional[Speaker]:
    """The source owning a document noun: possessive, compound name, "from/by X", or a known
    source named inside the noun phrase."""
    for child in head.children:
        if child.dep_ == "poss":
            if child.lower_ in W("first_person"):
                return Speaker(reg.special(AUTHOR_ID))
            if child.pos_ != "PRON":
                return named(noun_phrase(child), child, reg)
        if child.dep_ == "compound" and child.pos_ == "PROPN":
            return named(head.doc[child.left_edge.i: child.i + 1], child, reg)
    for token in head.subtree:
        if token.dep_ == "pobj" and token.head.lower_ in W("owner_preps") and token.head.head.i in (
                head.i, *[c.i for c in head.children]):
            speaker = named(noun_phrase(token), token, reg)
            if speaker is not None:
                return speaker
    return None


def remember_mentions(unit, reg: SourceRegistry, memory: Memory) -> None:
    """Note the people and outlets a sentence names, for later pronouns ("He describes...") and
    for lone first or last names later on ("Zakharova" after "Maria Zakharova")."""
    span = unit.span
    for known, _start, _end in known_mentions(span.text):
        if known.type in ("media", "think_tank", "survey"):
            memory.note("outlet", span.text[_start:_end], known.type, known)
        elif known.type in ("official", "military", "armed_group", "person") and " " in known.name:
            memory.note("person", span.text[_start:_end], known.type, known)
    for ent in span.ents:
        if ent.label_ != "PERSON" or known_mentions(ent.text):
            continue
        titled = title_type(ent)
        if not titled:
            name = clean_name(ent.text)
            memory.note("person", name, "person")
            reg.mention_person(name)
        elif titled in ("official", "military") and len(ent) > 1:
            reg.note_title(clean_name(ent.text), titled)     # "Rwandan President Paul Kagame"
