"""Development-only evaluation on the PETRARCH2 validation records (`claimledger eval --petrarch
PATH`): CAMEO-coded sentences, each analysed as a document published on the record's date.

The CAMEO event codes of a sentence are mapped to PLOVER with the crosswalk of the PLOVER
manual (data/cameo_plover.tsv, longest code prefix first); a sentence whose codes have no PLOVER
type (CAMEO 01, and the validation suite's own test codes such as 903) is left out, one marked
`noevents` is kept with no gold type (every event the system gives there is a false positive).
Actor and target are scored when the validation suite's actor dictionary sits beside the
records (PETR.Validate.actors.txt; the file of the petrarch2 repository): a system's actor is
right when the dictionary codes one of its names with the gold code's country part (first
three letters). Events the system marks negated or denied do not count; planned and
hypothetical ones do (CAMEO codes intentions as events).
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from ..errors import InputError
from ..lexicon import rows as table
from .event_fields import run_system, UNSET, EventView, FieldScores, GoldEvent, score_fields, score_record_types

_SENTENCE = re.compile(r"<Sentence\b(?P<attrs>[^>]*)>(?P<body>.*?)</Sentence>", re.S)
_CODING = re.compile(r"<EventCoding\b([^>]*)>")
_ATTR = re.compile(r'(\w+)\s*=\s*"([^"]*)"')
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)
_NOT_COUNTED = ("negated", "denied")


@dataclass
class Record:
    id: str
    text: str
    published: Optional[str]
    codes: set[str]
    golds: list[GoldEvent]


@lru_cache(maxsize=1)
def _crosswalk() -> dict[str, str]:
    return {r["cameo"]: r["plover"] for r in table("cameo_plover.tsv")}


def plover_of(cameo: str) -> Optional[str]:
    """PLOVER type of a CAMEO code (longest prefix in the crosswalk), None when it has none."""
    walk = _crosswalk()
    for n in range(len(cameo), 1, -1):
        found = walk.get(cameo[:n])
        if found is not None:
            return None if found == "-" else found
    return None


def load(path: str) -> list[Record]:
    file = Path(path)
    if not file.is_file():
        raise InputError(f"PETRARCH records not found: {path}")
    raw = file.read_text(encoding="utf-8", errors="replace")
    raw = re.sub(r"<!--.*?-->", "", raw, flags=re.S)
    out = []
    for m in _SENTENCE.finditer(raw):
        attrs = dict(_ATTR.findall(m.group("attrs")))
        text_m = _TEXT.search(m.group("body"))
        if text_m is None:
            continue
        text = html.unescape(" ".join(text_m.group(1).split()))
        codings = [dict(_ATTR.findall(c)) for c in _CODING.findall(m.group("body"))]
        no_events = any(c.get("noevents", "").lower() == "true" for c in codings)
        golds = []
        for c in codings:
            code = plover_of(c.get("eventcode", ""))
            if code is None:
                continue
            golds.append(GoldEvent(codes=(code,), actor=_country(c.get("sourcecode")), target=_country(c.get("targetcode"))))
        if not golds and not no_events:
            continue
        date = attrs.get("date", "")
        published = f"{date[:4]}-{date[4:6]}-{date[6:8]}" if re.fullmatch(r"\d{8}", date) else None
        out.append(Record(attrs.get("id", str(len(out))), text, published, {g.codes[0] for g in golds}, golds))
    if not out:
        raise InputError(f"{path}: no PETRARCH <Sentence> record with a PLOVER-mappable event code")
    return out


def _country(code: Optional[str]):
    """The country part of a CAMEO actor code, UNSET when it has none ('---GOV', '+++')."""
    if not code or not re.match(r"[A-Za-z]{3}", code):
        return UNSET
    return code[:3].upper()


@lru_cache(maxsize=4)
def actor_dictionary(folder: str) -> tuple[tuple[str, bool, frozenset], ...]:
    """(phrase, whole word only, country codes) from PETR.Validate.actors.txt in `folder`;
    empty when the file is not there."""
    file = Path(folder) / "PETR.Validate.actors.txt"
    if not file.is_file():
        return ()
    entries: list[tuple[list[str], set[str]]] = []
    for line in re.sub(r"<!--.*?-->", "", file.read_text(encoding="utf-8", errors="replace"), flags=re.S).splitlines():
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]<>\s]+)", line)
        name = re.sub(r"\[.*?\]|\{.*?\}", "", line).strip()
        if name.startswith("+") and entries:
            entries[-1][0].append(name[1:].strip())
        elif name:
            entries.append(([name], set()))
        if codes and entries:
            entries[-1][1].update(part[:3].upper() for c in codes for part in c.split("/") if re.match(r"[A-Za-z]{3}", part))
    out = []
    for names, codes in entries:
        for n in names:
            whole = n.endswith("_")
            out.append((" ".join(n.strip("_").replace("_", " ").upper().split()), whole, frozenset(codes)))
    return tuple(out)


def _codes_of(names, dictionary) -> set[str]:
    found: set[str] = set()
    for name in names:
        text = " " + " ".join(re.sub(r"[^\w' .-]", " ", name).upper().split()) + " "
        for phrase, whole, codes in dictionary:
            if (" " + phrase + (" " if whole else "")) in text:
                found |= codes
    return found


def evaluate(path: str, systems: dict[str, Callable[[str, Optional[str]], list[EventView]]],
             limit: Optional[int] = None) -> dict[str, FieldScores]:
    records = load(path)[:limit] if limit else load(path)
    dictionary = actor_dictionary(str(Path(path).parent))

    def matcher(view: EventView, role: str, gold: object) -> bool:
        return gold in _codes_of(getattr(view, role), dictionary)

    totals = {name: FieldScores() for name in systems}
    for name, system in systems.items():
        for record, views in zip(records, run_system(system, [(r.text, r.published) for r in records])):
            views = [v for v in views if v.factuality not in _NOT_COUNTED]
            label = f"{record.id}: "
            score_record_types(record.codes, views, totals[name], label)
            if not dictionary:
                continue
            for gold in {g.codes[0]: g for g in record.golds}.values():
                paired = next((v for v in views if v.code in gold.codes), None)
                score_fields(gold, paired, totals[name], actor_matcher=matcher, label=label)
    return totals
