"""Dates in a sentence, resolved against the publication date.

Candidates are spaCy DATE entities. Common relative forms are resolved by rule (fast and
predictable): today, yesterday, the day before yesterday, N days/weeks/months ago, (on/last)
<weekday> = the most recent such day before publication, this/last week/month/year, earlier
in the week (a range: its first day is the date). Month-day forms ("January 10th", "10 Jan
2024") take the publication year, or the year before when that would put them in the future.
Anything else that looks like a date goes to dateparser with RELATIVE_BASE = publication.
Without a publication date, relative forms stay unresolved (date None, text kept).
Durations ("two-month", "75 years") are not dates.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Optional

from ... import lexicon

_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9


def is_month_name(word: str) -> bool:
    """'May', 'Sept.', 'december' (a capitalised 'May' only: the modal is lower-case)."""
    word = word.rstrip(".")
    return word.lower() in _MONTHS and (word[:1].isupper() or word.lower() != "may")

_LEAD = re.compile(r"^(on|since|by|until|from|as of|in|at|during|just|only|the)\s+", re.I)
_AGO = re.compile(r"^(\d+|[a-z]+(?: (?:couple|few) of)?|a few|a couple of)\s+(day|week|month|year)s?\s+ago$")
_WEEKDAY = re.compile(r"^(?:(last|this past|this|past)\s+)?(" + "|".join(_WEEKDAYS) + r")(?:\s+(?:morning|afternoon|evening|night))?$")
_MONTH_DAY = re.compile(r"^(?:(?:early|late|mid)\s+)?([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:,?\s+(\d{4}))?$")
_DAY_MONTH = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?([a-z]+)\.?(?:,?\s+(\d{4}))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_DURATION = re.compile(r"^(?:a |the )?(?:past |last |next |first )?(\d+|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|few|several|many)"
                       r"[- ](day|week|month|year|hour|decade)s?(?:[- ]long|[- ]old)?$")


@dataclass
class DateMention:
    text: str
    start: int
    end: int
    token_start: int
    token_end: int
    date: Optional[str]


# a wire's dateline: 'LA PAZ, November 18, 2026 -', 'NAIROBI, Nov 3 (Reuters) -': the city in
# capitals, then the day the story was filed, then a dash
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'’-]+(?:,\s*[A-Z][A-Za-z .'’-]+)?,\s*[^-–—]{3,30}?(?:\s*\([^)]*\))?\s+[-–—]+\s")


def _dateline_end(unit) -> int:
    """Where a line's dateline ends (its start when it has none): its date says when the story
    was filed, not when anything in it happened."""
    line = unit.line
    found = _DATELINE.match(line.text)
    return line.start + found.end() if found else line.start


def dates_in(unit, published: Optional[str]) -> list[DateMention]:
    """DATE entities of a sentence with their resolved ISO dates (None when unresolvable); the
    date of a wire's dateline is left out (it is the filing day, read as publication elsewhere)."""
    out = []
    dateline_end = _dateline_end(unit)
    for ent in unit.span.ents:
        if ent.label_ != "DATE":
            continue
        start, end = unit.offsets(ent)
        if start < dateline_end:
            continue
        resolved = resolve(ent.text, published)
        if resolved is not None and _looks_ahead(ent):
            resolved = resolve_ahead(ent.text, published) or resolved
        out.append(DateMention(ent.text, start, end, ent.start, ent.end, resolved))
    return out




def _looks_ahead(ent) -> bool:
    """A bare weekday in a clause about the future ("are expected to attend a summit on
    Saturday", "will meet on Monday") names the coming day, not the last one."""
    node = ent.root
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX") or node.head.i == node.i:
            break
        node = node.head
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in lexicon.modals("future") for c in node.children):
            return True
        if node.dep_ == "xcomp" and node.head.lemma_.lower() in lexicon.words("ahead_frames"):
            return True      # "expected to attend", "due to meet", "set to vote"
        if node.dep_ not in ("xcomp", "conj") or node.head.i == node.i:
            return False
        node = node.head
    return False


def resolve_ahead(text: str, published: Optional[str]) -> Optional[str]:
    """The next such weekday after publication (for a bare weekday), else None."""
    phrase = " ".join(text.lower().replace("’", "'").split()).strip(" ,.")
    while _LEAD.match(phrase):
        phrase = _LEAD.sub("", phrase, count=1)
    m = _WEEKDAY.match(phrase)
    if not published or m is None or m.group(1):
        return None      # "last Tuesday", "this past Friday" look back whatever the tense
    base = date.fromisoformat(published)
    ahead = (_WEEKDAYS[m.group(2)] - base.weekday()) % 7 or 7
    return (base + timedelta(days=ahead)).isoformat()


@lru_cache(maxsize=8192)
def resolve(text: str, published: Optional[str]) -> Optional[str]:
    """ISO date of a date expression relative to an ISO publication date, or None."""
    phrase = " ".join(text.lower().replace("’", "'").split()).strip(" ,.")
    while _LEAD.match(phrase):
        phrase = _LEAD.sub("", phrase, count=1)
    if not phrase or _DURATION.match(phrase):
        return None
    base = date.fromisoformat(published) if published else None
    absolute = _absolute(phrase, base)
    if absolute is not None:
        return absolute.isoformat()
    if base is None:
        return None
    relative = _relative(phrase, base)
    if relative is not None:
        return relative.isoformat()
    return _dateparser(phrase, base)


def _relative(phrase: str, base: date) -> Optional[date]:
    named = _named_day(phrase, base)
    if named is not None:
        return named
    m = _AGO.match(phrase)
    if m:
        n = int(m.group(1)) if m.group(1).isdigit() else _date_counts().get(m.group(1))
        if n is None:
            return None
        unit = m.group(2)
        if unit == "day":
            return base - timedelta(days=n)
        if unit == "week":
            return base - timedelta(weeks=n)
        if unit == "month":
            return _add_months(base, -n)
        return base.replace(year=base.year - n) if not (base.month == 2 and base.day == 29) else base.replace(year=base.year - n, day=28)
    m = _WEEKDAY.match(phrase)
    if m:
        back = (base.weekday() - _WEEKDAYS[m.group(2)]) % 7
        if back == 0 and m.group(1) in ("last", "this past", "past"):
            back = 7    # "last Friday" written on a Friday: a week back
        # a bare "on Friday" in a story dated Friday is that day: the wires name the weekday,
        # not "today", for what happened on the day they file
        return base - timedelta(days=back)
    if re.fullmatch(r"(earlier|later)? ?(in|this)? ?(the|this)? ?week|this week|earlier this week|earlier in the week", phrase):
        return base - timedelta(days=base.weekday())
    return None


@lru_cache(maxsize=1)
def _relative_dates() -> dict[str, str]:
    return {row["phrase"]: row["meaning"] for row in lexicon.rows("relative_dates.tsv")}


@lru_cache(maxsize=1)
def _date_counts() -> dict[str, int]:
    return {word: int(n) for word, n in lexicon.mapping("date_counts").items()}


def _named_day(phrase: str, base: date) -> Optional[date]:
    """The day a listed relative phrase names (data/relative_dates.tsv): "yesterday", "last month"."""
    meaning = _relative_dates().get(phrase)
    if meaning is None:
        return None
    week_start = base - timedelta(days=base.weekday())
    return {
        "today": lambda: base,
        "yesterday": lambda: base - timedelta(days=1),
        "day_before_yesterday": lambda: base - timedelta(days=2),
        "tomorrow": lambda: base + timedelta(days=1),
        "last_week": lambda: week_start - timedelta(weeks=1),
        "next_week": lambda: week_start + timedelta(weeks=1),
        "this_month": lambda: base.replace(day=1),
        "last_month": lambda: _add_months(base.replace(day=1), -1),
        "next_month": lambda: _add_months(base.replace(day=1), 1),
        "this_year": lambda: base.replace(month=1, day=1),
        "last_year": lambda: date(base.year - 1, 1, 1),
    }[meaning]()


def _absolute(phrase: str, base: Optional[date]) -> Optional[date]:
    m = _ISO.match(phrase)
    if m:
        return _safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = _MONTH_DAY.match(phrase)
    if m and m.group(1) in _MONTHS:
        return _with_year(_MONTHS[m.group(1)], int(m.group(2)), m.group(3), base)
    m = _DAY_MONTH.match(phrase)
    if m and m.group(2) in _MONTHS:
        return _with_year(_MONTHS[m.group(2)], int(m.group(1)), m.group(3), base)
    return None


def _with_year(month: int, day: int, year: Optional[str], base: Optional[date]) -> Optional[date]:
    if year:
        return _safe_date(int(year), month, day)
    if base is None:
        return None  # "January 10th" without a publication date: which year is unknown
    candidate = _safe_date(base.year, month, day)
    if candidate is not None and candidate > base + timedelta(days=7):
        candidate = _safe_date(base.year - 1, month, day)
    return candidate


def _safe_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _add_months(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(d.day, calendar.monthrange(year, month + 1)[1]))


def _dateparser(phrase: str, base: date) -> Optional[str]:
    """Last resort for forms the rules do not know; only for phrases that name a day."""
    if not (re.search(r"\d", phrase) or any(m in phrase.split() for m in _MONTHS)):
        return None
    import datetime as _dt

    import dateparser

    parsed = dateparser.parse(phrase, languages=["en"], settings={
        "RELATIVE_BASE": _dt.datetime(base.year, base.month, base.day),
        "PREFER_DATES_FROM": "past", "REQUIRE_PARTS": ["day", "month"],
    })
    return parsed.date().isoformat() if parsed else None


def is_duration(text: str) -> bool:
    """'two-month', 'the past few months', '75 years': a length of time, not a date."""
    phrase = " ".join(text.lower().split()).strip(" ,.")
    while _LEAD.match(phrase):
        phrase = _LEAD.sub("", phrase, count=1)
    return bool(_DURATION.match(phrase)) or phrase in lexicon.words("duration_plurals")


_TEMPORAL = re.compile(r"\b(day|days|week|weeks|month|months|year|years|ago|today|tonight|yesterday|tomorrow|"
                       r"morning|evening|night|century|decade|decades|hour|hours|" + "|".join(_WEEKDAYS) + "|"
                       + "|".join(m for m in _MONTHS if len(m) > 2) + r"|\d{4})\b", re.I)


def is_temporal(text: str) -> bool:
    """Does a DATE entity name a time at all? (NER calls 'between 40 and 50' a DATE.)"""
    return bool(_TEMPORAL.search(text))
