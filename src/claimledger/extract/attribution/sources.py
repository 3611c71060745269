"""The document's sources: who can be quoted, what type they are, and one Source per speaker.
Shared by every attribution implementation (built by the attribution extractor, handed to the
chosen implementation), so a speaker is one Source whoever found it.

Speakers are typed, in order of trust, from
1. `data/known_sources.tsv` (outlets, agencies, institutes, commands, armed groups, leaders),
2. a title in the noun phrase (`data/source_titles.tsv`: minister -> official, colonel -> military),
3. the NER label of the phrase (PERSON -> person, ORG -> organisation, GPE/NORP -> official).

Surface forms merge into one Source: aliases of a known source ("Al-Jazeera", "Al Jazeera"),
possessives and document nouns ("CNN's article" -> CNN), and a lone first or last name that
belongs to a person already named in the document ("Maria" -> "Maria Zakharova").
The author (`author`) and the commenter (`commenter`) are sources too.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ...contract import Source, SourceType
from ... import lexicon
from ..context import AUTHOR_ID, COMMENTER_ID, Context

_NER_TYPES = {"PERSON": "person", "ORG": "organisation", "GPE": "official", "NORP": "official"}
# NER labels that may speak; anything else (DATE, CARDINAL...) never is a source.
_SPEAKER_LABELS = set(_NER_TYPES)


@dataclass(frozen=True)
class Known:
    name: str
    type: str


@lru_cache(maxsize=1)
def _known_aliases() -> tuple[re.Pattern, dict[str, Known]]:
    """One regular expression over every alias of every known source (longest first)."""
    by_alias: dict[str, Known] = {}
    for row in lexicon.rows("known_sources.tsv"):
        known = Known(row["name"], row["type"])
        for alias in [row["name"], *row["aliases"].split("|")]:
            alias = alias.strip()
            if alias:
                by_alias.setdefault(alias, known)
    ordered = sorted(by_alias, key=len, reverse=True)
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(a) for a in ordered) + r")(?![\w-])")
    return pattern, by_alias


@lru_cache(maxsize=1)
def _generic_nouns() -> dict[str, tuple[str, ...]]:
    """What a known body of each type is called when the text refers back to it ("the institute")."""
    by_type: dict[str, list[str]] = {}
    for noun, type_ in lexicon.mapping("generic_source_nouns").items():
        by_type.setdefault(type_, []).append(noun)
    return {type_: tuple(nouns) for type_, nouns in by_type.items()}


def known_in(text: str) -> Optional[tuple[Known, int, int]]:
    """The first (leftmost, longest) known source named in a text, with its character range."""
    pattern, by_alias = _known_aliases()
    match = pattern.search(text)
    if match is None:
        return None
    return by_alias[match.group(0)], match.start(), match.end()


def known_mentions(text: str) -> list[tuple[Known, int, int]]:
    """Every known source named in a text, left to right, with its character range."""
    return list(_known_mentions(text))


@lru_cache(maxsize=512)
def _known_mentions(text: str) -> tuple[tuple[Known, int, int], ...]:
    # the rules ask about the same sentence many times (once for each head word a speaker may
    # have, for the names it mentions, for a lead-in): the scan of every alias runs once a text
    pattern, by_alias = _known_aliases()
    return tuple((by_alias[m.group(0)], m.start(), m.end()) for m in pattern.finditer(text))


def title_type(span, head=None) -> Optional[str]:
    """The type a title gives a noun phrase: its head or a compound/modifier of the head
    ("Israeli reserve colonel", "Commander X", "prime minister"), never a possessor
    ("a soldier's brother" is not a soldier)."""
    table_ = lexicon.source_titles()
    head = span.root if head is None else head
    near = [t for t in head.children if t.dep_ in ("compound", "amod", "nmod") and t.i < head.i]
    near += [t for c in near for t in c.children if t.dep_ == "compound"]
    candidates = sorted([head, *near], key=lambda t: t.i)
    words = [t.lower_ for t in candidates]
    for i in range(len(words) - 1):
        for pair in (f"{words[i]} {words[i + 1]}", f"{words[i]} {candidates[i + 1].lemma_.lower()}"):
            if pair in table_:      # "aid agencies" as well as "prime minister"
                return table_[pair]
    for token in [head, *reversed(near)]:
        lemma = token.lemma_.lower()
        if lemma in table_:
            return table_[lemma]
        if token.lower_ in table_:
            return table_[token.lower_]
    return None


def clean_name(text: str) -> str:
    """A display name: no leading determiner, possessive or surrounding punctuation."""
    text = " ".join(text.split()).strip(" ,;:—–-\"'“”‘’")
    words = text.split(" ")
    while len(words) > 1 and words[0].lower() in lexicon.words("determiners"):
        words = words[1:]
    text = " ".join(words)
    return re.sub(r"[’']s$", "", text)


def merge_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "", clean_name(name).lower())


@dataclass
class SourceRegistry:
    """All sources of one document, with the surface forms that led to each."""
    ctx: Context
    by_key: dict[str, Source] = field(default_factory=dict)
    # full names of people mentioned so far, by first and by last name
    people: dict[str, str] = field(default_factory=dict)
    # the source last named with a given head noun ("agency" -> UKMTO), for "the agency"
    by_head: dict[str, Source] = field(default_factory=dict)

    # the type a title gives a person somewhere in the document ("President Paul Kagame")
    titled: dict[str, str] = field(default_factory=dict)

    def note_title(self, full_name: str, type_: str) -> None:
        """A titled mention types the person wherever they speak untitled ("Kagame said")."""
        self.mention_person(full_name)
        self.titled[full_name] = type_
        for key in (merge_key(full_name), merge_key(full_name.split()[-1])):
            source = self.by_key.get(key)
            if source is not None and source.type == "person":
                source.type = type_
            if source is not None:     # "Kagame" spoke before "President Paul Kagame" was named
                self.by_key.setdefault(merge_key(full_name), source)

    def mention_person(self, full_name: str) -> None:
        parts = _without_address(full_name.split())
        if len(parts) > 1:      # "Dr Vega" names no one new: a title and a surname (round 19)
            self.people.setdefault(parts[0], full_name)
            self.people[parts[-1]] = full_name

    def label_stands_for(self, label: str, full_name: str) -> None:
        """A transcript's role label that named its person once ("PRESENTER (Jane Roe):") stands
        for that person in the later turns that give the role alone ("PRESENTER:")."""
        if label and full_name and len(full_name.split()) > 1:
            self.people.setdefault(label, full_name)

    def person_called(self, label: str) -> Optional[str]:
        """The full name of a person the text names whom a transcript label stands for, by a
        first or last name in any case ("DAVIT" for Davit Melikyan)."""
        wanted = label.strip().lower()
        return next((full for part, full in self.people.items() if part.lower() == wanted), None)

    def get(self, name: str, type_: SourceType, known: Optional[Known] = None) -> Source:
        """The Source for a speaker phrase, created on first sight, merged on later ones."""
        display = known.name if known else clean_name(name)
        surface = clean_name(name)
        if display in self.people and type_ in ("person", "organisation", "unknown"):
            display, type_ = self.people[display], "person"   # "Maria" -> "Maria Zakharova"
        elif type_ in ("person", "unknown"):
            called = _without_address(display.split())
            if len(called) == 1 and called != display.split() and called[0] in self.people:
                display, type_ = self.people[called[0]], "person"   # "Dr Vega" -> "Ines Vega" (round 19)
        if type_ == "person" and display in self.titled:
            type_ = self.titled[display]
        key = merge_key(display)
        source = self.by_key.get(key)
        if source is None:
            source = Source(id=self.ctx.next_id("src"), name=display, type=type_)
            self.ctx.sources.append(source)
            self.by_key[key] = source
            for noun in _generic_nouns().get(type_, ()) if known is not None else ():
                self.by_head[noun] = source      # a later "the institute" is this institute
        elif _more_specific(type_, source.type):
            source.type = type_
        if surface and surface != source.name and surface not in source.aliases:
            source.aliases.append(surface)
        self.by_key.setdefault(merge_key(surface), source)
        return source

    def special(self, source_id: str) -> Source:
        """The author or the commenter, created once."""
        for source in self.ctx.sources:
            if source.id == source_id:
                return source
        if source_id == AUTHOR_ID:
            # one name for the author everywhere (the ledger stores "author", never "the author")
            source = Source(id=AUTHOR_ID, name=self.ctx.document.author or AUTHOR_ID, type="author")
        else:
            source = Source(id=COMMENTER_ID, name="reader comments", type="commenter")
        self.ctx.sources.append(source)
        return source

    def anonymous(self, name: str) -> Source:
        return self.get(name, "anonymous")


def _without_address(words: list[str]) -> list[str]:
    """A name's words without the titles of address before it ("Dr", "Mme", "Prof.":
    data/words_attribution.tsv, address_titles)."""
    titles = lexicon.words("address_titles")
    while len(words) > 1 and words[0].lower().rstrip(".") in titles:
        words = words[1:]
    return words


def _more_specific(new: str, old: str) -> bool:
    """Whether a later sighting's type should replace the first one ("organisation" from NER
    gives way to "official" from a title; a typed source never becomes "unknown")."""
    vague = ("unknown", "organisation", "person")
    return old in vague and new not in vague and new != old or old == "unknown" and new != "unknown"


def type_of_phrase(span, ner_label: str = "", head=None) -> tuple[SourceType, Optional[Known]]:
    """The source type of a speaker noun phrase (a spaCy Span), and the known source it IS
    (only when the known name covers the phrase's head: "US CENTCOM" is CENTCOM, but "a
    commander of Hezbollah" is a person of armed-group type)."""
    head = span.root if head is None else head
    name = name_part(span, head)
    found = known_in(name.text)
    titled = title_type(span, head)
    if found is not None:
        known, start, end = found
        head_at = head.idx - name.start_char
        is_it = start <= head_at < end
        if is_it or known.type == "armed_group" or titled is None or titled in ("media", "think_tank", "survey"):
            return known.type, known if is_it else None
        return titled, known if is_it else None
    if titled is not None:
        if titled in ("official", "military", "person") and any(k.type == "armed_group" for k, _s, _e in known_mentions(span.text)):
            return "armed_group", None     # "a spokesman for Hezbollah", "a Hamas commander"
        return titled, None
    label = ner_label if head.ent_type_ else ""
    label = label or (head.ent_type_ if head.ent_type_ in _SPEAKER_LABELS else "")
    if head.ent_type_ and head.ent_type_ not in _SPEAKER_LABELS:
        return "nonspeaker", None     # a place, a date, an event: "Black Sea:" is a heading
    return _NER_TYPES.get(label, "unknown"), None


def name_part(span, head):
    """The words that name the phrase's head: from after any possessor up to the head ("a slain
    IDF soldier's brother" is named by "brother", not by IDF)."""
    start = span.start
    for child in head.lefts:
        if child.dep_ == "poss":
            start = max(start, child.right_edge.i + 1)
    start = min(start, head.i)
    return span.doc[start: head.i + 1]


