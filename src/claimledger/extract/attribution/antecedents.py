"""Who a pronoun or descriptor source stands for: the named antecedent earlier in the document.

No coreference model runs offline here, so this is built from the parse and the entities, in
the way wire copy refers back to people and bodies:
- "he"/"she" -> the person last prominent (a speaker or a subject) whose gender is not known to
  differ (gender from titles such as "Mr."/"Mrs.", gendered role nouns such as "spokeswoman",
  and the pronouns already resolved to them); recency first, speakers and subjects before
  people merely mentioned;
- "they"/"it" -> the organisation, party or outlet last prominent;
- "I"/"we" inside a quotation -> the speaker of that quotation; outside one, the author;
- "the spokesman", "the senator", "the former president" -> the person last named with that
  role (a title before the name, an apposition, a compound: "Mayor X", "X, the senator",
  "spokeswoman X"); "the newspaper", "the daily", "the network" -> the outlet last named;
  "the poll", "the survey" -> the poll last named ("a Bloomberg poll" -> Bloomberg);
  "the campaign", "the union", "the committee" -> the organisation last named with that noun;
- anything else ("the source", "officials", "the experts") stays as written: nobody named.

Word lists: data/antecedent_roles.tsv (title abbreviations, role nouns and their gender) and
data/antecedent_nouns.tsv (nouns that refer back to an outlet, a poll or an organisation).
The surface form is kept by the caller as an alias of the resolved source.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Optional

from ... import lexicon
from .cue_features import in_quote
from .sources import known_in

# How many sentences back a pronoun may reach; a descriptor reaches the whole document.
PRONOUN_REACH = 8


def roles() -> dict[str, dict[str, str]]:
    """title or role noun -> {role, gender}: "sen." -> senator, "spokeswoman" -> f."""
    return lexicon.person_roles()


@lru_cache(maxsize=1)
def first_names() -> dict[str, str]:
    """given name -> m | f (a hint; titles and resolved pronouns outrank it)."""
    return {row["name"]: row["gender"] for row in lexicon.rows("first_names.tsv")}


@lru_cache(maxsize=1)
def referring_nouns() -> dict[str, str]:
    """noun -> what it refers back to: media | poll | organisation."""
    return {row["noun"]: row["refers_to"] for row in lexicon.rows("antecedent_nouns.tsv")}


@dataclass
class Referent:
    name: str
    kind: str                       # person | organisation | media | group | poll
    gender: Optional[str] = None    # m | f | None
    roles: set[str] = field(default_factory=set)
    nouns: set[str] = field(default_factory=set)   # common nouns of its name ("union", "campaign")
    first: Optional[str] = None     # a person's given name (lower case), when known
    seen: int = 0                   # sentence index of the last mention
    prominent: int = -100           # ... as a speaker or a subject
    count: int = 0


def _last_word(name: str) -> str:
    parts = [p for p in name.replace("’s", "").replace("'s", "").split() if p[:1].isalnum()]
    return parts[-1].lower() if parts else name.lower()


class Antecedents:
    """Referents named so far in one document, and resolution of later references to them."""

    def __init__(self) -> None:
        self.sentence = 0
        self.people: list[Referent] = []
        self.by_surname: dict[str, list[Referent]] = {}
        self.bodies: dict[str, Referent] = {}      # organisations, outlets, groups, polls by name
        self._observed: set[int] = set()           # entity starts of this sentence already noted
        self._cursor = -1                          # tokens of this sentence read so far end here

    # -- observing ---------------------------------------------------------------------------
    def next_sentence(self) -> None:
        self.sentence += 1
        self._observed: set[int] = set()
        self._cursor = -1

    def person(self, name: str, prominent: bool = False, role: Optional[str] = None,
               gender: Optional[str] = None) -> Referent:
        """Note a person. A bare surname is the person of that surname last prominent ("Clinton"
        after "Bill Clinton" spoke); a full name with another first name is someone else
        ("Hillary Clinton")."""
        words = name.split()
        if len(words) == 1 and words[0].lower() in first_names():
            # "Bernie", "Hillary": the person of that given name, if one was named in full
            known = [r for r in self.people if r.first == words[0].lower()]
            if known:
                ref = max(known, key=lambda r: (r.prominent, r.seen))
                self._touch(ref, prominent)
                return ref
        same = self.by_surname.setdefault(_last_word(name), [])
        first = words[0].lower() if len(words) > 1 else None
        ref = None
        if first is not None:
            ref = next((r for r in same if r.first == first), None) or next((r for r in same if r.first is None), None)
            if ref is not None and ref.first is None:
                ref.first, ref.name = first, name
        elif same:
            ref = max(same, key=lambda r: (r.prominent, r.seen))
        if ref is None:
            ref = Referent(name=name, kind="person", first=first)
            same.append(ref)
            self.people.append(ref)
        self._touch(ref, prominent)
        if role:
            entry = roles().get(role.lower())
            ref.roles.add(entry["role"] if entry and entry["role"] else role.lower())
            if entry and entry["gender"] and not gender:
                gender = entry["gender"]
        if gender is None and ref.first is not None:
            gender = first_names().get(ref.first)
        if gender and ref.gender is None:
            ref.gender = gender
        return ref

    def body(self, name: str, kind: str, prominent: bool = False, nouns: tuple[str, ...] = ()) -> Referent:
        key = name.lower()
        ref = self.bodies.get(key)
        if ref is None:
            ref = Referent(name=name, kind=kind)
            self.bodies[key] = ref
        self._touch(ref, prominent)
        ref.nouns.update(n.lower() for n in nouns)
        ref.nouns.update(w.lower() for w in name.split() if w.lower() in referring_nouns())
        return ref

    def _known_surname(self, name: str) -> bool:
        return len(name.split()) <= 2 and _last_word(name) in self.by_surname

    def _touch(self, ref: Referent, prominent: bool) -> None:
        ref.seen = self.sentence
        ref.count += 1
        if prominent:
            ref.prominent = self.sentence

    def observe(self, span, speakers: tuple = (), before: Optional[int] = None) -> None:
        """Note the people and bodies a parsed sentence names; `speakers` are token indexes of
        sources found in it (they become prominent); `before`: only the names before that token
        (a pronoun later in the same sentence may refer to them). Each token of a sentence is
        read once, however many times it is observed up to a point."""
        speaker_tokens = set(speakers)
        stop = span.end if before is None else min(before, span.end)
        start = max(self._cursor, span.start)
        named_tokens: set[int] = set()
        for ent in span.ents:
            named_tokens.update(range(ent.start, ent.end))
            if ent.end > stop:
                continue
            if ent.start in self._observed and not speaker_tokens & set(range(ent.start, ent.end)):
                continue
            doc = ent.doc
            if ent.start > 0 and doc[ent.start - 1].text == "(" and ent.end < len(doc) and doc[ent.end].text == ":":
                continue      # "(NYSE: ACM)": a market ticker names no body that speaks
            self._observed.add(ent.start)
            root = ent.root
            prominent = any(t.i in speaker_tokens for t in ent) or not in_quote(root) and (
                any(t.dep_.startswith("nsubj") for t in ent)
                or root.dep_ == "appos" and root.head.dep_.startswith("nsubj"))   # "The minister, X, argues"
            if ent.label_ == "NORP" and root.pos_ == "ADJ":
                continue      # "Democratic" in "the Democratic senator" names no group
            name = _clean(ent.text)
            if ent.label_ == "PERSON" or (ent.label_ in ("ORG", "GPE", "NORP") and self._known_surname(name)):
                # the small model often types a surname it has seen as a person as ORG ("Trump said")
                role, gender = _title_before(ent)
                self.person(name, prominent=prominent, role=role, gender=gender)
            elif ent.label_ in ("ORG", "NORP", "GPE"):
                self.body(name, _body_kind(ent), prominent=prominent, nouns=_nouns_around(ent))
        polls = lexicon.words("poll_words")
        doc = span.doc
        for i in range(start, stop):
            token = doc[i]
            if token.lemma_.lower() in polls:      # "a Bloomberg poll", "the Gallup survey"
                owner = [c for c in token.children if c.dep_ in ("compound", "nmod", "poss") and c.pos_ == "PROPN"]
                if owner:
                    first = min(owner[0].left_edge.i, owner[0].i)
                    self.body(_clean(doc[first: owner[-1].i + 1].text), "poll", prominent=token.dep_.startswith("nsubj"))
            elif token.pos_ == "PROPN" and i not in named_tokens and self._known_surname(token.text):
                # a surname the tagger left outside any entity ("Oz has been dogged by ...")
                self._observed.add(i)
                self.person(token.text, prominent=i in speaker_tokens or token.dep_.startswith("nsubj") and not in_quote(token))
            if token.dep_ != "appos":
                continue
            if token.head.ent_type_ == "PERSON":
                self._role_apposition(token.head, token)
            elif token.ent_type_ == "PERSON" and token.head.pos_ == "NOUN":
                self._role_apposition(token, token.head)
        self._cursor = max(self._cursor, stop)
        if before is None:
            for i in speaker_tokens:     # a speaker read before its sentence was complete
                if i < start and i not in named_tokens and doc[i].pos_ == "PROPN" and self._known_surname(doc[i].text):
                    self.person(doc[i].text, prominent=True)
            self._centre(span, speaker_tokens)

    def _centre(self, span, speaker_tokens: set[int]) -> None:
        """A subject "he"/"she" or "the senator" keeps its referent at the centre of the story:
        it is resolved and noted as prominent, so the next pronoun finds it ("The mayor ...
        agreed to sit next to X. But he was excited ..." is the mayor)."""
        for token in span:
            if not token.dep_.startswith("nsubj") or token.i in speaker_tokens or in_quote(token):
                continue
            if token.lower_ in lexicon.words("gendered_pronouns") or (token.pos_ == "NOUN" and token.lemma_.lower() in roles()
                                                  and any(c.lower_ in lexicon.words("pointing_determiners") for c in token.children)):
                phrase = [t for t in token.subtree if t.i <= token.i]
                name = self.resolve(phrase)
                ref = next((r for r in self.people if r.name == name), None)
                if ref is not None:
                    self._touch(ref, True)

    def _role_apposition(self, name_token, noun) -> None:
        """"Clinton, the former secretary of state" / "The Mexican president, Enrique Peña Nieto"."""
        ent = next((e for e in name_token.doc.ents if e.start <= name_token.i < e.end and e.label_ == "PERSON"), None)
        if ent is None or noun.pos_ != "NOUN":
            return
        self.person(_clean(ent.text), role=noun.lemma_.lower())

    # -- resolving ---------------------------------------------------------------------------
    def resolve(self, surface_tokens, quote_speaker: Optional[str] = None) -> Optional[str]:
        """The name a pronoun or descriptor source refers to, 'author', or None."""
        words = [t for t in surface_tokens if not t.is_punct]
        if not words:
            return None
        head = max(words, key=lambda t: t.i if t.dep_ not in ("prep", "pobj") else -1)
        lower = words[0].lower_ if len(words) == 1 else None
        if lower in lexicon.words("first_person"):
            return quote_speaker or "author"
        if lower in lexicon.words("gendered_pronouns"):
            found = self._pronoun_person(lexicon.mapping("gendered_pronouns")[lower])
            if found is not None and found.gender is None:
                found.gender = lexicon.mapping("gendered_pronouns")[lower]
            return found.name if found else None
        if lower in lexicon.words("group_pronouns"):
            kinds = ("organisation", "media", "place") if lower == "it" else ("organisation", "media", "group")
            found = self._recent([r for r in self.bodies.values() if r.kind in kinds],
                                 reach=3 if lower == "it" else PRONOUN_REACH)
            return found.name if found else None
        if words[0].lower_ not in lexicon.words("pointing_determiners") or any(t.pos_ == "PROPN" for t in words):
            return None
        noun = head.lemma_.lower()
        refers = referring_nouns().get(noun)
        if refers == "media":
            found = self._recent([r for r in self.bodies.values() if r.kind == "media"], reach=10_000)
        elif refers == "poll":
            found = self._recent([r for r in self.bodies.values() if r.kind == "poll"], reach=10_000)
        elif refers == "organisation":
            found = self._recent([r for r in self.bodies.values() if noun in r.nouns], reach=10_000)
            if found is None and noun not in lexicon.words("vague_organisation_nouns"):      # "the union" after "the Association of Flight Attendants" spoke
                found = self._recent([r for r in self.bodies.values() if r.kind == "organisation"], reach=2)
        else:
            role = roles().get(noun, {}).get("role", noun)
            found = self._recent([r for r in self.people if role in r.roles], reach=10_000)
            if found is None and roles().get(noun, {}).get("role") and not head.tag_.endswith("S"):
                # "the candidate", "the senator" said of someone never given that title here:
                # the person at the centre of the last sentences
                found = self._pronoun_person(roles()[noun]["gender"] or "")
        return found.name if found else None

    def kind_of(self, name: str) -> str:
        """The kind of the referent a resolution named (person, media, organisation ...)."""
        if name == "author":
            return "author"
        if any(r.name == name for r in self.people):
            return "person"
        ref = self.bodies.get(name.lower())
        return ref.kind if ref is not None else ""

    def _pronoun_person(self, gender: str) -> Optional[Referent]:
        candidates = [r for r in self.people
                      if (not gender or r.gender in (None, gender)) and self.sentence - r.seen <= PRONOUN_REACH]
        if not candidates:
            return None

        def score(r: Referent) -> float:
            distance = self.sentence - max(r.seen, r.prominent)
            bonus = 1.5 if self.sentence - r.prominent <= 2 else 0.0
            known = 0.5 if r.gender == gender else 0.0
            return -distance + bonus + known + min(r.count, 5) * 0.1

        return max(candidates, key=score)

    def _recent(self, candidates: list[Referent], reach: int) -> Optional[Referent]:
        candidates = [r for r in candidates if self.sentence - r.seen <= reach]
        if not candidates:
            return None
        return max(candidates, key=lambda r: (max(r.seen, r.prominent), r.count))


def _is_title(word: str) -> bool:
    return word.lower() in roles()


def _clean(text: str) -> str:
    text = text.strip(" \t\n\"'“”‘’.,:;")
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while words and roles().get(words[0].lower()):
        words = words[1:]     # "Sen. Elizabeth Warren" -> "Elizabeth Warren"
    return " ".join(words) or text


def _title_before(ent) -> tuple[Optional[str], Optional[str]]:
    """A role and gender from the words before or in a name: "Mayor Bill de Blasio", "Mrs. Clinton",
    "Stein spokeswoman Melezia Figueroa"."""
    doc = ent.doc
    tokens = list(ent)
    if ent.start > 0:
        tokens.insert(0, doc[ent.start - 1])
    if ent.start > 1 and doc[ent.start - 1].text == ".":
        tokens.insert(0, doc[ent.start - 2])
    role = gender = None
    for token in tokens:
        entry = roles().get(token.lower_) or roles().get(token.lower_ + ".")
        if entry is None:
            continue
        if entry["role"] and role is None:
            role = entry["role"]
        if entry["gender"] and gender is None:
            gender = entry["gender"]
    return role, gender


def _nouns_around(ent) -> tuple[str, ...]:
    """Common nouns that head or follow an organisation's name: "the Clinton campaign"."""
    root = ent.root
    out = []
    if root.head.pos_ == "NOUN" and root.dep_ == "compound":
        out.append(root.head.lemma_.lower())
    return tuple(out)


def _body_kind(ent) -> str:
    head = ent.root.head if ent.root.dep_ in ("compound", "nmod", "amod") else None
    if head is not None and head.lemma_.lower() in lexicon.words("poll_words"):
        return "poll"         # "a Bloomberg poll": the poll, not the outlet
    if ent.label_ in ("GPE", "LOC"):
        return "place"
    found = known_in(ent.text)
    if found is not None and found[0].type in ("media",):
        return "media"
    if ent.label_ == "NORP":
        return "group"
    if any(referring_nouns().get(t.lower_) == "media" for t in ent):
        return "media"        # "The Daily Ledger", "Fox News", "The Washington Post"
    if ent.root.dep_.startswith("nsubj") and ent.root.head.lemma_.lower() in lexicon.words("reporting_acts"):
        return "media"        # a body that reports is an outlet
    return "organisation"
