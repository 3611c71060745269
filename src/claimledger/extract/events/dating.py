"""The date of an event with its precision: day, week, month or year, or 'undated', and whether
it fell back to the publication date.

The date phrase comes from the event's clause (event_setting.date_of over dates.dates_in); its
precision from its wording ('on Tuesday', '9 May 2020': day; 'last week': week; 'in August',
'mid-December', 'last month': month; 'in 2024', 'last year': year). Month and year phrases that
dates.resolve leaves open are resolved here against the publication date (the most recent such
month not after it). An event told as having happened with no date in its sentence, in a
document that has a publication date, falls back to that date with precision 'week' and
date_from_published set; every other event without a date is marked 'undated'.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Optional

from ... import lexicon

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower() for name in calendar.day_name}
_DAY_WORDS = lexicon.words("day_words") | _WEEKDAYS
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_LEAD = re.compile(r"^(?:on|since|by|until|from|as of|in|at|during|just|only|the|early|late|mid|mid-|earlier|later)\s*", re.I)


@dataclass
class EventDate:
    date: Optional[str]
    text: Optional[str]
    precision: str                 # day | week | month | year | undated
    from_published: bool = False


def precision_of(text: str) -> str:
    words = set(re.findall(r"[a-z]+", text.lower()))
    if re.search(r"\d{4}-\d{2}-\d{2}", text) or words & _DAY_WORDS or re.search(r"\b\d{1,2}(st|nd|rd|th)?\b", _YEAR.sub("", text)) and words & set(_MONTHS):
        return "day"
    if "week" in words or "weekend" in words:
        return "week"
    if words & set(_MONTHS) or "month" in words:
        return "month"
    if "year" in words or _YEAR.search(text):
        return "year"
    return "day"


def resolve_coarse(text: str, published: Optional[str]) -> Optional[str]:
    """'in August 2010' -> 2010-08-01, 'mid-December' -> the last December, 'in 2024' -> 2024-01-01."""
    phrase = " ".join(text.lower().replace("-", " ").split())
    while _LEAD.match(phrase) and _LEAD.sub("", phrase, count=1) != phrase:
        phrase = _LEAD.sub("", phrase, count=1)
    base = date.fromisoformat(published) if published else None
    month = next((_MONTHS[w] for w in re.findall(r"[a-z]+", phrase) if w in _MONTHS), None)
    year_m = _YEAR.search(phrase)
    year = int(year_m.group(1)) if year_m else None
    if month is not None:
        if year is None:
            if base is None:
                return None
            year = base.year if month <= base.month else base.year - 1
        return date(year, month, 1).isoformat()
    if year is not None and re.fullmatch(r"(?:the year )?\d{4}", phrase):
        return date(year, 1, 1).isoformat()
    return None


_HEDGE = re.compile(r"^(?:around|about|approximately|circa|on or about|as of|by|since)\s+|\s*\((?:as reported|or around)\)$", re.I)


def event_date(mention, published: Optional[str], happened: bool) -> EventDate:
    """`mention`: the DateMention chosen for the event (or None)."""
    if mention is not None:
        precision = precision_of(mention.text)
        resolved = mention.date
        if resolved is None:
            from .dates import resolve

            resolved = resolve(_HEDGE.sub("", mention.text.strip()), published)
        if precision in ("month", "year") or resolved is None:
            resolved = resolve_coarse(mention.text, published) or resolved
            if resolved is not None and precision == "day" and mention.date is None:
                precision = "month" if len(resolved) == 10 and resolved.endswith("-01") else precision
        if resolved is not None:
            if precision == "month":
                resolved = resolved[:8] + "01"
            elif precision == "year":
                resolved = resolved[:5] + "01-01"
            return EventDate(resolved, mention.text, precision)
    if published and happened:
        return EventDate(published, None, "week", from_published=True)
    return EventDate(None, mention.text if mention is not None else None, "undated")
