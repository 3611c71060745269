"""Per-field precision and recall of events: type, actor, target, place (name and within 50 km),
date, fatalities and factuality, for any system that yields `EventView`s (claimledger's analysis
or the keyword baseline) against any gold that yields `GoldEvent`s (our commentary gold files,
ACLED records, PETRARCH2 records).

How a field is counted, the same for every field: a gold event is paired with the first event
of the system that has an accepted type (and, where the gold says so, the same line). For a
field the gold gives, a right answer is a true positive, a wrong one a false positive and a
false negative, no answer a false negative; an answer where the gold gives none is a false
positive only when the gold states that there is none (a commentary event with `"date": null`,
an ACLED record with 0 fatalities). Fatalities count as given when above zero; their exact
accuracy, zeros included, is kept beside.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Callable, Iterable, Optional, Sequence

from ..contract import HAPPENED, Analysis
from ..geo import distance_km
from .gold import Score

FIELDS = ("type", "type_strict", "actor", "target", "place", "place_50km", "date", "fatalities", "factuality", "one_row",
          "traps", "unasserted")
UNSET = object()


@dataclass
class EventView:
    """What a system says about one event, in plain values."""
    code: str
    line: int = 0
    start: int = 0
    actor: tuple[str, ...] = ()          # names (canonical and surface forms) of the actor
    actor_type: Optional[str] = None      # entity type where known (PERSON, ORG, GPE, ...)
    target: tuple[str, ...] = ()
    target_type: Optional[str] = None
    place: Optional[str] = None
    place_text: Optional[str] = None      # the place as the text names it, where `place` is the gazetteer's name
    lat: Optional[float] = None
    lon: Optional[float] = None
    date: Optional[str] = None
    date_precision: Optional[str] = None
    killed: Optional[int] = None
    factuality: str = "asserted"
    date_from_published: bool = False     # a fallback, not read from the text: not scored as a date


@dataclass
class GoldEvent:
    """One gold event; `codes` are the accepted PLOVER types (the first is the annotated one)."""
    codes: tuple[str, ...]
    line: Optional[int] = None           # None: anywhere in the document
    anchor_start: int = 0
    actor: object = UNSET               # value, None (stated: no actor), or UNSET (not annotated)
    target: object = UNSET
    place: object = UNSET
    lat: Optional[float] = None
    lon: Optional[float] = None
    date: object = UNSET
    date_tolerance_days: int = 0
    killed: object = UNSET
    factuality: Optional[str] = None
    optional: bool = False


@dataclass
class FieldScores:
    scores: dict[str, Score] = field(default_factory=lambda: {f: Score() for f in FIELDS})

    def __getitem__(self, name: str) -> Score:
        return self.scores[name]

    def __add__(self, other: "FieldScores") -> "FieldScores":
        return FieldScores({k: self.scores[k] + other.scores[k] for k in FIELDS})


def views_of(analysis: Analysis) -> list[EventView]:
    """claimledger's events as EventViews (entity ids resolved to their names and aliases)."""
    entities = {e.id: e for e in analysis.entities}

    def names(entity_id):
        e = entities.get(entity_id)
        return ((e.name, *e.aliases), e.type) if e is not None else ((), None)

    out = []
    for ev in analysis.events:
        actor, actor_type = names(ev.actor)
        target, target_type = names(ev.target)
        killed = [q for q in ev.quantities if q.kind == "killed"]
        toll = sum(int(q.value if q.value is not None else (q.low or 0)) for q in killed) if killed else None
        loc = ev.location
        out.append(EventView(
            code=ev.code, line=ev.line, start=ev.start, actor=actor, actor_type=actor_type, target=target,
            target_type=target_type, place=loc.name if loc else None,
            place_text=getattr(loc, "mention", None) if loc else None, lat=loc.lat if loc else None,
            lon=loc.lon if loc else None, date=ev.date, date_precision=getattr(ev, "date_precision", None),
            killed=toll, factuality=getattr(ev, "factuality", None) or "asserted",
            date_from_published=bool(getattr(ev, "date_from_published", False))))
    return out


def fold(text: str) -> str:
    """Case, accents, punctuation and a leading article folded away ('the Niger' -> 'niger'); an
    apostrophe inside a word goes without a gap (GeoNames' 'Debre Mark’os' is 'Debre Markos')."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    text = re.sub(r"(?<=[a-z])['’ʼ`](?=[a-z])(?!s\b)", "", text)     # never a possessive's
    text = re.sub(r"[^a-z0-9 ]+", " ", text)
    return re.sub(r"^(the|a|an) ", "", " ".join(text.split()))


_GENERIC = {"the", "of", "and", "a", "an", "in", "on", "s", "its", "his", "her", "their", "two", "three"}


def words(text: str) -> set[str]:
    """Content words of a name, singular ('soldiers' -> 'soldier')."""
    out = set()
    for w in fold(text).split():
        if w in _GENERIC or len(w) < 2:
            continue
        out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
    return out


def names_overlap(predicted: Sequence[str], gold_alternatives: str) -> bool:
    """Do the predicted names share a content word with one of the gold's '|' alternatives? A
    demonym counts as its state on the gold's side ('Thai troops' names Thailand), as the
    extractor names a state's forces by the state (data/demonyms.tsv)."""
    got = set().union(*(words(p) for p in predicted)) if predicted else set()
    return any(got & (words(alt) | _states_named(alt)) for alt in gold_alternatives.split("|"))


def _states_named(name: str) -> set[str]:
    from ..extract.entities.aliases import state_of_demonym

    found = set()
    tokens = name.split()
    for i in range(len(tokens)):
        for j in (i + 2, i + 1):          # "South Sudanese", "Thai"
            state = state_of_demonym(" ".join(tokens[i:j])) if j <= len(tokens) else None
            if state is not None:
                found |= words(state)
                break
    return found


def place_matches(predicted: Optional[str], gold_alternatives: str) -> bool:
    if not predicted:
        return False
    p = fold(predicted)
    for alt in gold_alternatives.split("|"):
        g = fold(alt)
        if g and (p == g or p.startswith(g + " ") or g.startswith(p + " ") or p in g.split(" ") or g in p.split(" ")):
            return True
    return False


def date_matches(predicted: Optional[str], gold: str, tolerance_days: int = 0) -> bool:
    """ISO day equality (within a tolerance); a gold 'YYYY-MM' or 'YYYY' is matched by prefix."""
    if not predicted:
        return False
    if len(gold) < 10:
        return predicted.startswith(gold)
    if tolerance_days == 0:
        return predicted == gold
    try:
        return abs(date.fromisoformat(predicted[:10]) - date.fromisoformat(gold)) <= timedelta(days=tolerance_days)
    except ValueError:
        return False


def _count(score: Score, given: bool, expected: bool, right: bool, stated_none: bool = False) -> None:
    if given and expected:
        if right:
            score.tp += 1
        else:
            score.fp += 1
            score.fn += 1
    elif given and stated_none:
        score.fp += 1
    elif expected:
        score.fn += 1


ActorMatcher = Callable[[EventView, str, object], bool]


def score_fields(gold: GoldEvent, view: Optional[EventView], out: FieldScores,
                 actor_matcher: Optional[ActorMatcher] = None, label: str = "") -> None:
    """Add one gold event's field counts (its paired system event is `view`, or None)."""
    match = actor_matcher or (lambda v, role, value: names_overlap(getattr(v, role), value))
    for role in ("actor", "target"):
        value = getattr(gold, role)
        if value is UNSET:
            continue
        given = view is not None and (bool(getattr(view, role)) or bool(actor_matcher and match(view, role, value)))
        right = given and value is not None and match(view, role, value)
        _count(out[role], given, value is not None, right, stated_none=value is None)
        if value is not None and not right:
            out[role].misses.append(f"{label}{role} {value!r}: got {getattr(view, role)[:1] if view else 'no event'}")
    if gold.place is not UNSET:
        given = view is not None and bool(view.place)
        # the gazetteer's spelling ('Hrodna') or the text's own mention of the same place ('Grodno')
        right = given and gold.place is not None and (place_matches(view.place, gold.place)
                                                      or place_matches(view.place_text, gold.place))
        _count(out["place"], given, gold.place is not None, right, stated_none=False)
        if gold.place is not None and not right:
            out["place"].misses.append(f"{label}place {gold.place!r}: got {view.place if view else 'no event'}")
    if gold.lat is not None and gold.lon is not None:
        given = view is not None and view.lat is not None
        right = given and distance_km(view.lat, view.lon, gold.lat, gold.lon) <= 50
        _count(out["place_50km"], given, True, right)
    if gold.date is not UNSET:
        given = view is not None and bool(view.date) and not view.date_from_published
        right = given and gold.date is not None and date_matches(view.date, gold.date, gold.date_tolerance_days)
        _count(out["date"], given, gold.date is not None, right, stated_none=gold.date is None)
        if not right and (gold.date is not None or given):
            out["date"].misses.append(f"{label}date {gold.date}: got {view.date if view else 'no event'}")
    if gold.killed is not UNSET and gold.killed is not None:
        predicted = view.killed or 0 if view is not None else 0
        wanted = int(gold.killed)
        s = out["fatalities"]
        s.total += 1
        s.correct += predicted == wanted
        _count(s, predicted > 0, wanted > 0, predicted == wanted, stated_none=wanted == 0)
        if predicted != wanted:
            s.misses.append(f"{label}fatalities {wanted}: got {predicted}")
    if gold.factuality and view is not None:
        s = out["factuality"]
        s.total += 1
        s.correct += view.factuality == gold.factuality
        if view.factuality != gold.factuality:
            s.misses.append(f"{label}factuality {gold.factuality}: got {view.factuality}")


def pair_events(golds: Sequence[GoldEvent], views: Sequence[EventView]) -> list[Optional[EventView]]:
    """Each gold event's system event: same line (when the gold has one) and an accepted type,
    each system event used once. Pairing goes in tiers: required gold events with events of the
    same telling (happened or not), then required ones with any, then optional ones the same two
    ways; so an optional row never takes the one system event a required row needed (which would
    count a found event as missed). Within a tier it is a maximum matching (an augmenting-path
    search), each gold trying its candidates nearest first; a gold paired in an earlier tier
    may move only among the candidates of that tier, so it keeps what made it count."""
    owner: dict[int, int] = {}          # system event index -> gold index
    allowed: dict[int, list[int]] = {}  # gold index -> the candidates of the tier that paired it

    def place(gi: int, options: list[int], seen: set[int]) -> bool:
        for vi in options:
            if vi in seen:
                continue
            seen.add(vi)
            if vi not in owner or place(owner[vi], allowed[owner[vi]], seen):
                owner[vi] = gi
                allowed[gi] = options
                return True
        return False

    for optional in (False, True):
        for same_telling in (True, False):
            for gi, g in enumerate(golds):
                if g.optional == optional and gi not in allowed:
                    place(gi, _candidates(g, views, same_telling), set())
    paired: list[Optional[EventView]] = [None] * len(golds)
    for vi, gi in owner.items():
        paired[gi] = views[vi]
    return paired


def _candidates(g: GoldEvent, views: Sequence[EventView], same_telling: bool) -> list[int]:
    """The system events a gold event may pair with, nearest first (only those told as the gold
    is, happened or not, when `same_telling`)."""
    told = g.factuality in (None, *HAPPENED)
    keyed = [(abs(v.start - g.anchor_start) if g.line is not None else i, i)
             for i, v in enumerate(views)
             if v.code in g.codes and (g.line is None or v.line == g.line)
             and (not same_telling or (v.factuality in HAPPENED) == told)]
    return [i for _, i in sorted(keyed)]


def score_types(golds: Sequence[GoldEvent], views: Sequence[EventView], paired: Sequence[Optional[EventView]],
                out: FieldScores, label: str = "", in_scope: Optional[Iterable[str]] = None, field: str = "type") -> None:
    """Event type found: a required gold event with a paired system event is a true positive, one
    without a false negative; a system event paired with no gold event (and not matching an
    optional one) is a false positive — a second row for one happening included. Counted into
    `field` ('type'; 'unasserted' for the events that did not happen)."""
    s = out[field]
    for g, v in zip(golds, paired):
        if g.optional:
            continue
        if v is not None:
            s.tp += 1
        else:
            s.fn += 1
            s.misses.append(f"{label}{'/'.join(g.codes)} not found" + (f" (line {g.line})" if g.line else ""))
    taken = {id(v) for v in paired if v is not None}
    scope = set(in_scope) if in_scope is not None else None
    for v in views:
        if id(v) in taken or (scope is not None and v.code not in scope):
            continue
        s.fp += 1
        s.misses.append(f"{label}{v.code} not in gold" + (f" (line {v.line})" if v.line else ""))


def score_record_types(gold_codes: set[str], views: Sequence[EventView], out: FieldScores, label: str = "",
                       in_scope: Optional[Iterable[str]] = None, also: Optional[set[str]] = None) -> None:
    """A record coded with one happening (ACLED, PETRARCH2): its type is found when the system
    has an event of that type; each other type the system gives (within the gold's scope) is a
    false positive. How many rows the system gives for the coded type is kept as `one_row`
    (right when exactly one). With `also` (the other acts the record's own sub-type says happened:
    the police intervention of a "protest with intervention"), a code among them is no false
    positive of `type`; `type_strict` counts it all the same, so both readings are shown."""
    scope = set(in_scope) if in_scope is not None else None
    got = {v.code for v in views if scope is None or v.code in scope}
    if also is not None:
        strict = out["type_strict"]
        strict.tp += len(gold_codes & got)
        strict.fn += len(gold_codes - got)
        strict.fp += len(got - set(gold_codes))
        got_strict, got = got, {c for c in got if c in gold_codes or c not in also}
        strict.misses += [f"{label}{code} not coded, but told by the record's sub-type" for code in sorted(got_strict - got)]
    s = out["type"]
    for code in gold_codes:
        if code in got:
            s.tp += 1
            rows = sum(1 for v in views if v.code == code)
            out["one_row"].total += 1
            out["one_row"].correct += rows == 1
            if rows > 1:
                out["one_row"].misses.append(f"{label}{rows} {code} rows")
        else:
            s.fn += 1
            s.misses.append(f"{label}{code} not found (got {sorted(got) or 'nothing'})")
    for code in sorted(got - set(gold_codes)):
        s.fp += 1
        s.misses.append(f"{label}{code} not coded")


System = Callable[[str, Optional[str]], list[EventView]]


def run_system(system: System, items: Sequence[tuple[str, Optional[str]]]) -> Iterable[list[EventView]]:
    """EventViews of each (text, published) item; a system with a `many` method does them in one batch."""
    batch = getattr(system, "many", None)
    if batch is not None:
        yield from batch(items)
    else:
        for text, published in items:
            yield system(text, published)
