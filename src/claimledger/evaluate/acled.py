"""Development-only evaluation on ACLED records (`claimledger eval --acled PATH`).

Each record's `notes` is analysed as a document of its own (no publication date: the date must
come from the text). The record's ACLED type, mapped to PLOVER by data/acled_plover.tsv, is the
gold type; actor1/actor2 (with their associated actors) the gold actor and target, matched by
a distinctive word of the name or by the ACLED actor category's words (data/acled_actor_words.tsv);
location and latitude/longitude the place; event_date the date (within a week or a month when
ACLED's time_precision is 2 or 3); fatalities the toll. Only events the system says happened
(asserted or reported) count, and only the four types ACLED codes (ASSAULT, PROTEST, COERCE,
AGREE) can be false positives. ACLED data may not be redistributed: nothing of it is kept in
the repository; the path comes from the command line (by convention $CLAIMLEDGER_ACLED).
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from ..errors import InputError
from ..extract.entities.aliases import state_of_demonym
from ..lexicon import rows as table
from .event_fields import run_system, HAPPENED, UNSET, EventView, FieldScores, GoldEvent, score_fields, score_record_types, words

SCOPE = ("ASSAULT", "PROTEST", "COERCE", "AGREE")
_DATE_FORMATS = ("%Y-%m-%d", "%d-%b-%y", "%d %B %Y", "%d-%B-%Y", "%d/%m/%Y")
_TOLERANCE = {"1": 0, "2": 7, "3": 31}


@dataclass
class Record:
    id: str
    text: str
    codes: set[str]
    gold: GoldEvent
    two_sided: bool = False     # a battle: PLOVER codes every side as a source, so roles may swap
    also: frozenset = frozenset()   # other acts its sub-event type says happened (data/acled_plover.tsv)


@lru_cache(maxsize=1)
def _type_map() -> dict[str, str]:
    return {r["acled_type"].lower(): r["plover"] for r in table("acled_plover.tsv")}


@lru_cache(maxsize=1)
def _category_words() -> dict[str, frozenset]:
    return {r["category"]: frozenset(r["words"].split("|")) for r in table("acled_actor_words.tsv")}


@lru_cache(maxsize=1)
def _also_map() -> dict[str, frozenset]:
    return {r["acled_type"].lower(): frozenset(filter(None, (r.get("also") or "").split("|")))
            for r in table("acled_plover.tsv")}


def also_told(sub_event_type: str) -> frozenset:
    """The PLOVER acts besides its type that a record's sub-event type says happened ("Protest
    with intervention": COERCE)."""
    return _also_map().get(sub_event_type.strip().lower(), frozenset())


def plover_type(event_type: str, sub_event_type: str = "") -> Optional[str]:
    found = _type_map()
    return found.get(sub_event_type.strip().lower()) or found.get(event_type.strip().lower())


def _iso(text: str) -> Optional[str]:
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), fmt).date().isoformat()
        except ValueError:
            continue
    return None


def load(path: str) -> list[Record]:
    """The records of an ACLED CSV export whose type maps to PLOVER; one clear error otherwise."""
    file = Path(path)
    if not file.is_file():
        raise InputError(f"ACLED file not found: {path}")
    with file.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    if not rows or "notes" not in rows[0] or "event_type" not in rows[0]:
        raise InputError(f"{path} is not an ACLED export (needs 'notes' and 'event_type' columns)")
    out = []
    for i, row in enumerate(rows):
        code = plover_type(row.get("event_type", ""), row.get("sub_event_type", ""))
        text = (row.get("notes") or "").strip()
        if code is None or not text:
            continue
        lat, lon = _float(row.get("latitude")), _float(row.get("longitude"))
        assoc1 = row.get("assoc_actor_1") or row.get("ally_actor_1") or ""
        assoc2 = row.get("assoc_actor_2") or row.get("ally_actor_2") or ""
        gold = GoldEvent(
            codes=(code,),
            actor=f"{row['actor1']} ;; {assoc1}" if row.get("actor1") else None,
            target=f"{row['actor2']} ;; {assoc2}" if row.get("actor2") else UNSET,
            place=row.get("location") or UNSET, lat=lat, lon=lon,
            date=_iso(row.get("event_date", "")) or UNSET,
            date_tolerance_days=_TOLERANCE.get(str(row.get("time_precision", "1")).strip(), 0),
            killed=int(row["fatalities"]) if (row.get("fatalities") or "").strip().isdigit() else UNSET)
        two_sided = row.get("event_type", "").startswith("Battle")
        out.append(Record(row.get("event_id_cnty") or str(i), text, {code}, gold, two_sided,
                          also_told(row.get("sub_event_type", ""))))
    if not out:
        raise InputError(f"{path}: no record of a type with a PLOVER equivalent")
    return out


def _float(text: Optional[str]) -> Optional[float]:
    try:
        return float(text) if text not in (None, "") else None
    except ValueError:
        return None


def _acronyms(names) -> set[str]:
    """Upper-case short forms in the system's names ('BSF', 'LDU')."""
    return {w for n in names for w in re.findall(r"\b[A-Z]{2,6}\b", n)}


def _initials(gold: str) -> set[str]:
    """Initials of each run of two or more capitalised words in an ACLED actor name ('Border
    Security Force' -> BSF, 'Local Defense Unit' -> LDU), 'of'/'and'/'the' skipped: the short
    form a text uses for the same force."""
    out = set()
    for part in re.split(r"[;:()\-,]+", gold):
        capitals = [w[0] for w in part.split() if w[:1].isupper() and w.lower() not in ("of", "and", "the")]
        for i in range(len(capitals)):
            for j in range(i + 2, len(capitals) + 1):
                out.add("".join(capitals[i:j]))
    return out


def _category(name: str) -> Optional[str]:
    if name.startswith("Military Forces"):
        return "military"
    if name.startswith("Police Forces"):
        return "police"
    if name.startswith("Civilians"):
        return "civilians"
    if name.startswith(("Protesters", "Rioters")):
        return "protesters"
    if name.startswith("Unidentified"):
        return "unidentified"
    if "Militia" in name:
        return "militia"
    return "rebels" if name else None


_CATEGORY_NAME_WORDS = {"military", "force", "police", "civilian", "protester", "rioter", "unidentified", "armed",
                        "group", "gang", "militia", "communal", "ethnic", "clan", "or", "and", "state", "the"}


def actor_matches(view: EventView, role: str, gold: object) -> bool:
    """Does the system's actor (or target) name the ACLED actor? A distinctive word of the ACLED
    name or of its associated actors ('Shabaab', 'Jubaland', 'Nigeria'), or the head word of the
    system's name in the word list of the ACLED actor's category ('troops' for Military Forces of
    X, 'gunmen' for Unidentified Armed Group, a named person for Civilians)."""
    predicted = getattr(view, role)
    kind = view.actor_type if role == "actor" else view.target_type
    name, _, assoc = str(gold).partition(" ;; ")
    if not predicted and name.startswith("Unidentified"):
        return True          # ACLED's "Unidentified Armed Group": the text names no one, and neither does the system
    got = set().union(*(words(p) for p in predicted)) if predicted else set()
    got |= set().union(*(words(state) for p in predicted for w in p.split()
                         if (state := state_of_demonym(w)) is not None)) if predicted else set()
    distinctive = {w for w in words(re.sub(r"\(.*?\)", " ", name) + " " + re.sub(r"\(.*?\)", " ", assoc))
                   if w not in _CATEGORY_NAME_WORDS}
    distinctive |= {w for w in words(" ".join(re.findall(r"\((.*?)\)", name)))}  # "Civilians (Mexico)"
    if got & distinctive:
        return True
    if predicted and _acronyms(predicted) & _initials(name + " ;; " + assoc):
        return True
    category = _category(name)
    heads = {_singular(sorted(words(p.split()[-1]))[0]) for p in predicted if p.split() and words(p.split()[-1])}
    lists = _category_words()
    wanted = set(lists.get(category, ()))
    if category == "military" and "Police" in name:
        wanted |= lists["police"]
    if heads & wanted:
        return True
    return category in ("civilians", "protesters") and kind == "PERSON"


def _singular(head: str) -> str:
    """The lemma the category lists hold: words() drops a plural 's' only, so 'gunmen',
    'militiamen', 'policemen' are read as 'gunman', 'militiaman', 'policeman'."""
    return head[:-3] + "man" if head.endswith("men") and (len(head) > 4 or head == "men") else head


def either_side(view: EventView, role: str, gold: object) -> bool:
    """In a battle either side may be the system's actor: the ACLED actor matches when the
    system's actor or target names it."""
    return actor_matches(view, "actor", gold) or actor_matches(view, "target", gold)


def evaluate(path: str, systems: dict[str, Callable[[str, Optional[str]], list[EventView]]],
             limit: Optional[int] = None) -> dict[str, FieldScores]:
    """Per-field scores of each system (name -> function(text, published) -> EventViews)."""
    records = load(path)[:limit] if limit else load(path)
    totals = {name: FieldScores() for name in systems}
    for name, system in systems.items():
        for record, views in zip(records, run_system(system, [(r.text, None) for r in records])):
            views = [v for v in views if v.factuality in HAPPENED]
            label = f"{record.id}: "
            score_record_types(record.codes, views, totals[name], label, in_scope=SCOPE, also=set(record.also))
            paired = next((v for v in views if v.code in record.codes), None)
            score_fields(record.gold, paired, totals[name], label=label,
                         actor_matcher=either_side if record.two_sided else actor_matches)
    return totals
