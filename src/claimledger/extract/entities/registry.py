"""The document's entities while they are being found: mentions merged across surface forms.

Merging, in order of trust:
1. the alias table ("U.S." and "America" -> United States; "IOF" -> Israel Defense Forces);
2. the same folded form ("Al-Jazeera" = "Al Jazeera");
3. acronyms defined or implied in the text ("Institute for the Study of War (ISW)", or "ISW"
   beside a name whose initials it spells);
4. people: a surname or a first name alone after the full name ("Blinken", "Antony"), and
   spelling variants of the given name with the same surname ("Anthony"/"Antony J."); a leader's
   "administration" or "government" is the leader;
5. near-identical spellings (rapidfuzz ratio >= 92) of names of the same broad type.
Merges are kept in a union-find so a later mention can join two earlier entities; ids of
merged entities resolve to the surviving one (`find`). Every lookup goes through an index
(folded form, initials, name words, two-letter prefix), so a long document costs no more per
mention than a short one.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from rapidfuzz import fuzz

from ...contract import Entity
from ... import lexicon
from .aliases import fold, lookup

PERSONAL_TYPES = {"person"}
_MAX_SPAN_CHARS = 120   # longest mention looked up by containment


@dataclass
class Record:
    id: str
    name: str
    type: str
    known: bool = False                    # canonical name from the alias table
    surfaces: list[str] = field(default_factory=list)
    mentions: int = 0


def initials(name: str) -> str:
    """'Institute for the Study of War' -> 'ISW' (capitalised words only)."""
    words = [w for w in name.replace("-", " ").split() if w[:1].isupper()]
    return "".join(w[0] for w in words)


def is_acronym(text: str) -> bool:
    bare = text.replace(".", "")
    return 2 <= len(bare) <= 6 and bare.isalpha() and bare.isupper()


class EntityRegistry:
    def __init__(self, next_id):
        self._next_id = next_id
        self.records: dict[str, Record] = {}
        self.parent: dict[str, str] = {}
        self.by_key: dict[str, str] = {}                       # folded surface -> id
        self.by_span: dict[tuple[int, int], str] = {}          # mention offsets -> id
        self._ends_at_start: dict[int, list[tuple[int, str]]] = defaultdict(list)
        self._by_initials: dict[str, set[str]] = defaultdict(set)   # "ISW" -> ids of long names
        self._acronyms: dict[str, set[str]] = defaultdict(set)      # "ISW" -> ids carrying it
        self._by_name_word: dict[str, set[str]] = defaultdict(set)  # person name words -> ids
        self._by_prefix: dict[str, set[str]] = defaultdict(set)     # folded 2-letter prefix -> ids

    def forget_mentions(self) -> None:
        """Drop the offset index of mentions seen so far (it would grow with the input)."""
        self.by_span.clear()
        self._ends_at_start.clear()

    # -- union-find ---------------------------------------------------------------------------
    def find(self, entity_id: Optional[str]) -> Optional[str]:
        if entity_id is None:
            return None
        while self.parent.get(entity_id, entity_id) != entity_id:
            entity_id = self.parent[entity_id]
        return entity_id

    def union(self, keep: str, other: str) -> str:
        keep, other = self.find(keep), self.find(other)
        if keep == other:
            return keep
        a, b = self.records[keep], self.records[other]
        if a.known and b.known:
            return keep  # two different actors of the alias table are never one
        if b.known and not a.known:
            keep, other, a, b = other, keep, b, a
        self.parent[other] = keep
        for s in b.surfaces:
            if s not in a.surfaces:
                a.surfaces.append(s)
        a.mentions += b.mentions
        if not a.known and _better_name(b.name, a.name):
            a.name = b.name
        if a.type in ("group", "unknown") and b.type not in ("group", "unknown"):
            a.type = b.type
        return keep

    # -- mentions -----------------------------------------------------------------------------
    def mention(self, surface: str, type_: str, start: int, end: int) -> str:
        """Record a mention at absolute offsets; returns the (surviving) entity id."""
        if (start, end) in self.by_span:
            return self.find(self.by_span[(start, end)])
        entity_id = self._resolve(surface, type_)
        record = self.records[entity_id]
        record.mentions += 1
        if record.type in PERSONAL_TYPES and not record.known and len(_name_words(surface)) >= 2 \
                and _better_name(surface, record.name):
            record.name = surface.strip()  # the fullest form of a person's name
        self._remember(entity_id, surface)
        self.by_span[(start, end)] = entity_id
        self._ends_at_start[start].append((end, entity_id))
        return entity_id

    def mention_of(self, entity_id: str, surface: str, start: int, end: int) -> str:
        """Record a mention of a known entity under another name ('Ankara' for Turkey)."""
        entity_id = self.find(entity_id)
        if (start, end) in self.by_span:
            return self.find(self.by_span[(start, end)])
        self.records[entity_id].mentions += 1
        record = self.records[entity_id]
        if surface not in record.surfaces:
            record.surfaces.append(surface)
        self.by_span[(start, end)] = entity_id
        self._ends_at_start[start].append((end, entity_id))
        return entity_id

    def named(self, name: str, type_: str) -> str:
        """The entity of a canonical name, created (without a mention) if need be."""
        key = fold(name)
        if key in self.by_key:
            return self.find(self.by_key[key])
        entity_id = self._resolve(name, type_)
        self.by_key.setdefault(key, entity_id)
        return entity_id

    def at(self, start: int, end: int) -> Optional[str]:
        """The entity mentioned exactly at, or covering, these offsets."""
        if (start, end) in self.by_span:
            return self.find(self.by_span[(start, end)])
        for s in range(start, max(-1, start - _MAX_SPAN_CHARS), -1):
            for e, entity_id in self._ends_at_start.get(s, ()):
                if end <= e:
                    return self.find(entity_id)
        return None

    def alias(self, entity_id: str, surface: str) -> None:
        """Declare a surface form an alias of an entity (an acronym defined in the text)."""
        entity_id = self.find(entity_id)
        key = fold(surface)
        if key in self.by_key:
            entity_id = self.union(entity_id, self.by_key[key])
        self._remember(entity_id, surface)

    # -- resolution ---------------------------------------------------------------------------
    def _resolve(self, surface: str, type_: str) -> str:
        known = lookup(surface)
        if known is not None:
            key = fold(known.canonical)
            if key in self.by_key:
                return self.find(self.by_key[key])
            entity_id = self._new(known.canonical, known.type, known=True)
            self.by_key[key] = entity_id
            self._index_name(entity_id, known.canonical)
            self._absorb_matches(entity_id, surface)
            return entity_id
        key = fold(surface)
        if key in self.by_key:
            return self.find(self.by_key[key])
        match = self._government_of(surface) or self._match(surface, type_)
        if match is not None:
            return match
        entity_id = self._new(surface.strip(), type_)
        self._index_name(entity_id, surface)
        self._absorb_matches(entity_id, surface)
        return entity_id

    def _new(self, name: str, type_: str, known: bool = False) -> str:
        entity_id = self._next_id()
        self.records[entity_id] = Record(entity_id, name, type_, known)
        self.parent[entity_id] = entity_id
        return entity_id

    def _remember(self, entity_id: str, surface: str) -> None:
        record = self.records[self.find(entity_id)]
        if surface not in record.surfaces:
            record.surfaces.append(surface)
        self.by_key.setdefault(fold(surface), entity_id)
        self._index_name(entity_id, surface)

    def _index_name(self, entity_id: str, surface: str) -> None:
        if is_acronym(surface):
            self._acronyms[surface.replace(".", "")].add(entity_id)
        elif len(surface.split()) >= 2:
            self._by_initials[initials(surface)].add(entity_id)
        for word in _name_words(surface):
            self._by_name_word[word.lower()].add(entity_id)
        key = fold(surface)
        if len(key) >= 2:
            self._by_prefix[key[:2]].add(entity_id)

    def _roots_of(self, ids) -> list[Record]:
        return [self.records[i] for i in sorted({self.find(i) for i in ids})]

    def _match(self, surface: str, type_: str) -> Optional[str]:
        """An existing entity this new surface form names (acronym, person name, spelling)."""
        if is_acronym(surface) and len(surface.replace(".", "")) >= 3:
            hits = self._roots_of(self._by_initials.get(surface.replace(".", ""), ()))
            if hits:
                return hits[0].id
        if type_ in PERSONAL_TYPES or (len(surface.split()) == 1 and not is_acronym(surface) and type_ != "group"):
            hit = self._person(surface)
            if hit is not None:
                return hit
        key = fold(surface)
        if len(key) >= 5 and type_ != "group":
            for r in self._roots_of(self._by_prefix.get(key[:2], ())):
                if _broad(r.type) != _broad(type_) or r.type == "group":
                    continue
                if any(fuzz.ratio(key, fold(s)) >= 92 for s in r.surfaces):
                    return r.id
        return None

    def _government_of(self, surface: str) -> Optional[str]:
        """'the Biden administration', 'the Netanyahu government': the leader's entity
        (news metonymy: the leader's government acts in the leader's name)."""
        words = surface.split()
        if len(words) < 2 or words[-1].lower() not in lexicon.words("government_words"):
            return None
        name = " ".join(w for w in words[:-1] if w.lower() != "the")
        return self._person(name) if name and name[:1].isupper() else None

    def _person(self, surface: str) -> Optional[str]:
        words = _name_words(surface)
        if not words:
            return None
        candidates = self._roots_of(self._by_name_word.get(words[-1].lower(), ()))
        people = [r for r in candidates if r.type in PERSONAL_TYPES]
        if len(words) == 1:
            word = words[0].lower()
            hits = [r for r in people if word in {w.lower() for w in _edges(_name_words(r.name))}]
            if not hits:  # a first name alone ("Antony" after "Antony Blinken")
                hits = [r for r in self._roots_of(self._by_name_word.get(word, ()))
                        if r.type in PERSONAL_TYPES and _name_words(r.name)[:1] and _name_words(r.name)[0].lower() == word]
            return hits[0].id if len(hits) == 1 else None
        first = words[0].lower()
        for r in people:
            theirs = _name_words(r.name)
            if len(theirs) >= 2 and theirs[-1].lower() == words[-1].lower() and fuzz.ratio(theirs[0].lower(), first) >= 75:
                return r.id
        return None

    def _absorb_matches(self, entity_id: str, surface: str) -> None:
        """A new full name or expansion joins earlier short forms ('Kirby' ... 'John Kirby';
        'ISW' ... 'Institute for the Study of War')."""
        record = self.records[entity_id]
        if len(surface.split()) >= 3:
            for r in self._roots_of(self._acronyms.get(initials(surface), ())):
                if r.id != entity_id:
                    entity_id = self.union(entity_id, r.id)
        words = _name_words(surface)
        if record.type in PERSONAL_TYPES and len(words) >= 2:
            for r in self._roots_of(self._by_name_word.get(words[-1].lower(), ())):
                theirs = _name_words(r.name)
                if r.id != self.find(entity_id) and r.type in PERSONAL_TYPES and len(theirs) == 1:
                    entity_id = self.union(entity_id, r.id)

    # -- output -------------------------------------------------------------------------------
    def entities(self) -> list[Entity]:
        out = []
        for r in self.records.values():
            if self.find(r.id) != r.id:
                continue
            aliases = [s for s in r.surfaces if s != r.name]
            out.append(Entity(id=r.id, name=r.name, type=r.type, aliases=aliases, mentions=r.mentions))
        return out


def _name_words(name: str) -> list[str]:
    words = [w.strip(".,") for w in name.split()]
    particles = lexicon.words("name_particles")
    return [w for w in words if w and w.lower() not in particles and not (len(w) == 1 and w.isupper())]


def _edges(words: list[str]) -> list[str]:
    return words[:1] + words[-1:]


def _governing(name: str) -> bool:
    words = name.split()
    return len(words) >= 2 and words[-1].lower() in lexicon.words("government_words")


def _broad(type_: str) -> str:
    return "person" if type_ == "person" else ("place" if type_ in ("place", "state") else "other")


def _better_name(candidate: str, current: str) -> bool:
    """Prefer full names over acronyms and surnames; longer over shorter; a person's name over
    'the X administration'."""
    if _governing(candidate) != _governing(current):
        return _governing(current)
    if is_acronym(current) and not is_acronym(candidate):
        return True
    if is_acronym(candidate) and not is_acronym(current):
        return False
    return len(candidate.split()) > len(current.split())
