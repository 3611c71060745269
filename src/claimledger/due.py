"""When a forecast falls due: its horizon ("this year", "by March", "within two years", "in the
coming months") read as a window of dates against the publication date. Pure functions, no parse.

    due_window("by March", "2025-01-10")     # DueWindow(2025-01-10, 2025-03-31, "month")
    due_window("within two years", "2025-02-03")   # (2025-02-03, 2027-02-03, "year")
    due_window("eventually", "2025-02-03")   # None: no date to check it against

A window runs from `start` (usually the publication date: the forecast is live from then) to
`end`, the last day on which it can still come true; `precision` says how exact `end` is: day,
week, month, season, quarter, year, or vague (a reading of "soon" or "in the coming months",
data/horizon_vague.tsv). How the first word relates the period to the window:
- by, until, till, through, no later than: from publication to the period's end ("by March");
- before, ahead of: to the day before the period starts ("before March" ends on 28/29 Feb),
  except "before the end of X", which ends with X; a period already under way at publication
  ("before the summer" written in June) is read as the next one;
- in, during, on, at, this, next, or nothing: the period itself, from publication at the
  earliest ("in 2026", "next week", "on Thursday");
- within, over the next, in the next, for: a duration from publication ("within two years");
- after, from, not before: open-ended, no window.
A month, weekday or season without a year is the next one whose end is not yet past (a
forecast looks ahead). A period that is wholly before publication gives no window.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional, Union

from .lexicon import rows as table

PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "vague")


@dataclass(frozen=True)
class DueWindow:
    start: Optional[dt.date]
    end: dt.date
    precision: str

    def as_iso(self) -> tuple[Optional[str], str, str]:
        return (self.start.isoformat() if self.start else None, self.end.isoformat(), self.precision)


@dataclass(frozen=True)
class _Period:
    start: dt.date
    end: dt.date
    precision: str
    end_point: bool = False     # "the end of X": a day that closes X, not X itself


_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "year"}
_UNIT_DAYS = {"day": 1, "week": 7}

_CLOSE = ("by", "until", "till", "til", "through", "throughout", "no later than", "up to", "by the time of")
_BEFORE = ("before", "ahead of", "prior to")
_OPEN = ("after", "from", "not before", "no earlier than", "beyond", "later than")
_DURING = ("in", "during", "on", "at", "within", "over", "for", "around", "some time in", "sometime in",
           "at some point in")
_RELATIONS = sorted(_CLOSE + _BEFORE + _OPEN + _DURING, key=len, reverse=True)
_FILLER = re.compile(r"^(?:sometime|some time|at some point|probably|likely|possibly|perhaps|as early as|as soon as)\s+")


def due_window(horizon: Optional[str], published: Union[str, dt.date, None],
               keep_past: bool = False) -> Optional[DueWindow]:
    """The window in which a forecast with this horizon can come true, or None when the horizon
    names no checkable time (or needs a publication date that is missing); a period wholly
    before publication gives None too, unless `keep_past` (to tell a past prediction)."""
    if not horizon:
        return None
    base = _as_date(published)
    text = _normalise(horizon)
    vague = _vague(text)
    if vague is not None:
        days = vague[0]
        if days is None or base is None:
            return None
        return DueWindow(base, base + dt.timedelta(days=days), "vague")
    relation, rest = _split_relation(text)
    if relation in _OPEN:
        return None
    duration = _duration(rest)
    if duration is not None:
        # "within two years", "over the next six months", "in three weeks", "for a decade";
        # "by two weeks" or "before two years" name no time
        if base is None or relation not in _DURING + ("",):
            return None
        return _from_duration(base, duration)
    period = _period(rest, base)
    if period is None:
        return None
    if relation in _CLOSE:
        start, end = base, period.end
    elif relation in _BEFORE:
        if base is not None and not period.end_point and period.start <= base:
            # "before the summer" written in June, "before the winter" in February: the period
            # under way cannot be ahead of the forecast, so the next one is meant (as "before
            # March" written in April means next March)
            period = _period(rest, period.end + dt.timedelta(days=1)) or period
        start, end = base, period.end if period.end_point else period.start - dt.timedelta(days=1)
    else:
        start, end = period.start, period.end
        if base is not None and start < base:
            start = base
    if base is not None and end < base:
        return DueWindow(period.start, end, period.precision) if keep_past else None   # wholly in the past
    if start is not None and end < start:
        return None
    return DueWindow(start, end, period.precision)


# --- reading the phrase ------------------------------------------------------------------------

def _as_date(value: Union[str, dt.date, None]) -> Optional[dt.date]:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _normalise(text: str) -> str:
    text = text.lower().replace("’", "'").replace("–", "-").replace("—", "-")
    text = re.sub(r"[\"“”,.;:!?()]", " ", text)
    text = " ".join(text.split())
    while True:
        stripped = _FILLER.sub("", text)
        if stripped == text:
            return text
        text = stripped


@lru_cache(maxsize=1)
def _vague_table() -> dict[str, Optional[int]]:
    return {row["phrase"]: (int(row["days"]) if row["days"] else None) for row in table("horizon_vague.tsv")}


def _vague(text: str) -> Optional[tuple[Optional[int]]]:
    phrases = _vague_table()
    if text in phrases:
        return (phrases[text],)
    return None


@lru_cache(maxsize=1)
def _parts() -> dict[tuple[str, str], tuple[str, str]]:
    return {(row["kind"], row["name"]): (row["first"], row["last"]) for row in table("horizon_periods.tsv")}


def _named(kind: str) -> dict[str, tuple[str, str]]:
    return {name: value for (k, name), value in _parts().items() if k == kind}


def _split_relation(text: str) -> tuple[str, str]:
    for relation in _RELATIONS:
        if text.startswith(relation + " "):
            return relation, text[len(relation) + 1:]
    return "", text


_NUMBER = r"(\d+(?:\.\d+)?|[a-z]+(?: [a-z]+)?)"
_DURATION = re.compile(rf"^(?:the )?(?:next |coming |following |first )?{_NUMBER}[ -](day|week|month|year|decade)s?(?: from now| time)?$")
_BARE_UNIT = re.compile(r"^(?:the )?(?:next|coming|following) (day|week|month|year|decade)$")


def _count(word: str) -> Optional[float]:
    if re.fullmatch(r"\d+(?:\.\d+)?", word):
        return float(word)
    counts = _named("count")
    if word in counts:
        return float(counts[word][0])
    numbers = {row["word"]: float(row["value"]) for row in table("number_words.tsv")}
    return numbers.get(word)


def _duration(rest: str) -> Optional[tuple[float, str]]:
    """("two years" | "the next six months" | "a few weeks") -> (count, unit)."""
    m = _DURATION.match(rest)
    if m:
        n = _count(m.group(1))
        if n is not None and n > 0:
            unit = m.group(2)
            return (n * 10, "year") if unit == "decade" else (n, unit)
        return None
    m = _BARE_UNIT.match(rest)
    if m and m.group(1) in ("day", "decade"):     # "the next day"; "next week/month/year" are calendar periods
        return (10, "year") if m.group(1) == "decade" else (1, "day")
    return None


def _from_duration(base: dt.date, duration: tuple[float, str]) -> DueWindow:
    n, unit = duration
    if unit in _UNIT_DAYS:
        end = base + dt.timedelta(days=round(n * _UNIT_DAYS[unit]))
    elif unit == "month":
        end = _add_months(base, round(n))
    else:
        end = _add_months(base, round(n * 12))
    return DueWindow(base, end, _UNITS[unit])


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return dt.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


# --- periods -----------------------------------------------------------------------------------

_YEAR = re.compile(r"^(?:the (?:year )?)?(\d{4})$")
_END_OF = re.compile(r"^(?:the )?(end|close|turn) of (?:the )?(.+)$")
_START_OF = re.compile(r"^(?:the )?(start|beginning) of (?:the )?(.+)$")


def _period(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    rest = rest.strip()
    m = _END_OF.match(rest)
    if m:
        inner = _period(_this(m.group(2)), base)
        return _Period(inner.end, inner.end, inner.precision, end_point=True) if inner else None
    m = _START_OF.match(rest)
    if m:
        inner = _period(_this(m.group(2)), base)
        return _Period(inner.start, inner.start, inner.precision) if inner else None
    if rest in ("year-end", "year end", "the year-end", "the year's end", "year's end"):
        return _period("end of this year", base)
    for reader in (_relative_period, _year_period, _month_period, _day_period, _weekday_period, _season_period,
                   _holiday_period):
        found = reader(rest, base)
        if found is not None:
            return found
    return _named_within(rest, base)


def _this(unit: str) -> str:
    """"the end of the year" means this year's end."""
    return "this " + unit if unit in ("week", "month", "year", "quarter", "decade") else unit


def _named_within(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    """An occasion dated by a month or year inside it ("the October midterm elections", "the
    2026 World Cup"): that month or year, as the closest the text allows. The occasion itself
    falls inside, so "before" it ends with that period, not before it."""
    words = rest.split()
    for i, word in enumerate(words):
        if word in _MONTHS and word != "may":
            year = words[i + 1] if i + 1 < len(words) and re.fullmatch(r"\d{4}", words[i + 1]) else ""
            found = _month_period(f"{word} {year}".strip(), base)
            return _Period(found.start, found.end, found.precision, end_point=True) if found else None
    for word in words:
        if re.fullmatch(r"\d{4}", word):
            year = int(word)
            return _Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year", end_point=True)
    return None


def _relative_period(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    """today, tomorrow, this/next week|month|year|quarter|decade, later this year, the year."""
    if base is None:
        return None
    words = rest.replace("-", " ").split()
    if words in (["today"], ["tonight"], ["this", "evening"]):
        return _Period(base, base, "day")
    if words == ["tomorrow"]:
        day = base + dt.timedelta(days=1)
        return _Period(day, day, "day")
    if words[:1] == ["later"] and len(words) >= 3:      # "later this year", "later this month"
        inner = _relative_period(" ".join(words[1:]), base)
        return _Period(base, inner.end, inner.precision) if inner else None
    if len(words) == 2 and words[0] in ("this", "next", "the", "current") and words[1] in (
            "week", "month", "year", "quarter", "decade"):
        step = 1 if words[0] == "next" else 0
        unit = words[1]
        if unit == "week":
            monday = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=step)
            return _Period(monday, monday + dt.timedelta(days=6), "week")
        if unit == "month":
            first = _add_months(base.replace(day=1), step)
            return _Period(first, _month_end(first.year, first.month), "month")
        if unit == "quarter":
            first = _add_months(base.replace(day=1, month=(base.month - 1) // 3 * 3 + 1), 3 * step)
            last = _add_months(first, 2)
            return _Period(first, _month_end(last.year, last.month), "quarter")
        if unit == "decade":
            start_year = base.year // 10 * 10 + 10 * step
            return _Period(dt.date(start_year, 1, 1), dt.date(start_year + 9, 12, 31), "year")
        year = base.year + step
        return _Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    if len(words) == 2 and words[0] in ("this", "next") and words[1] in _named("season"):
        return _season_period(rest, base)
    if words[:1] == ["next"] and len(words) == 2 and words[1] in _MONTHS:
        return _month_period(words[1], base, strictly_after=True)
    if words[:1] in (["next"], ["this"], ["coming"]) and len(words) == 2 and words[1] in _WEEKDAYS:
        return _weekday_period(words[1], base, skip_week=words[0] == "next")
    return None


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _year_period(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    """2026, early 2026, mid-2026, the first half of 2026, q3 2026, the third quarter (of next year)."""
    m = _YEAR.match(rest)
    if m:
        year = int(m.group(1))
        return _Period(dt.date(year, 1, 1), dt.date(year, 12, 31), "year")
    for name, (first, last) in sorted(_named("year_part").items(), key=lambda kv: -len(kv[0])):
        for sep in (" ", "-"):
            if rest.startswith(name + sep) or rest.startswith("the " + name + sep):
                tail = rest.split(name + sep, 1)[1].strip()
                year = _year_of(tail, base)
                if year is None:
                    continue
                a, b = int(first), int(last)
                if base is not None and tail.replace("of ", "", 1).strip() == "the year" and _month_end(year, b) < base:
                    year += 1   # round 28: "in the first half of the year", written in December: the coming one
                precision = "quarter" if b - a == 2 else "month" if a == b else "season"
                return _Period(dt.date(year, a, 1), _month_end(year, b), precision)
        bare = name[:-3] if name.endswith(" of") else name
        if rest in (f"the {bare}", bare) and "quarter" in bare or rest == name == bare and name.startswith("q"):
            if base is None:
                continue
            a, b = int(first), int(last)
            year = base.year if _month_end(base.year, b) >= base else base.year + 1
            return _Period(dt.date(year, a, 1), _month_end(year, b), "quarter")
    return None


def _year_of(tail: str, base: Optional[dt.date]) -> Optional[int]:
    """The year a part refers to: "2026", "this year", "next year" (or nothing: this year)."""
    tail = tail.replace("of ", "", 1).strip() if tail.startswith("of ") else tail
    if re.fullmatch(r"\d{4}", tail):
        return int(tail)
    if base is None:
        return None
    if tail in ("this year", "the year", ""):
        return base.year
    if tail == "next year":
        return base.year + 1
    return None


_MONTH_YEAR = re.compile(r"^(?:(early|mid|late|the middle of|the end of)[ -])?([a-z]+)\.?(?: of)?(?: (\d{4}|this year|next year))?$")


def _month_period(rest: str, base: Optional[dt.date], strictly_after: bool = False) -> Optional[_Period]:
    """March, March 2026, early March, mid-March, next March."""
    m = _MONTH_YEAR.match(rest)
    if not m or m.group(2) not in _MONTHS:
        return None
    if m.group(2) == "may" and not m.group(3) and not m.group(1) and rest != "may":
        return None
    month = _MONTHS[m.group(2)]
    year = _year_of(m.group(3) or "", base) if m.group(3) else None
    if year is None:
        if base is None:
            return None
        year = base.year
        if _month_end(year, month) < base or strictly_after and month <= base.month:
            year += 1
    first, last = dt.date(year, month, 1), _month_end(year, month)
    part = m.group(1)
    if part:
        if part == "the end of":
            return _Period(last, last, "month", end_point=True)
        bounds = _named("month_part").get("mid" if part == "the middle of" else part)
        if bounds:
            a, b = int(bounds[0]), min(int(bounds[1]), last.day)
            return _Period(dt.date(year, month, a), dt.date(year, month, b), "day" if a == b else "week")
    return _Period(first, last, "month")


_DAY_MONTH = re.compile(r"^(?:the )?(\d{1,2})(?:st|nd|rd|th)?(?: of)? ([a-z]+)\.?(?: (\d{4}|next year|this year))?$")
_MONTH_DAY = re.compile(r"^([a-z]+)\.? (\d{1,2})(?:st|nd|rd|th)?(?: (\d{4}|next year|this year))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def _day_period(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    """9 April, April 9th, 14 May 2026, 2026-05-14; dateparser for other spellings of a day."""
    m = _ISO.match(rest)
    if m:
        day = _safe(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        return _Period(day, day, "day") if day else None
    m = _DAY_MONTH.match(rest)
    parts = (m.group(1), m.group(2), m.group(3)) if m else None
    if parts is None:
        m = _MONTH_DAY.match(rest)
        parts = (m.group(2), m.group(1), m.group(3)) if m else None
    if parts is None or parts[1] not in _MONTHS:
        return _dateparser_day(rest, base)
    month, day_of_month = _MONTHS[parts[1]], int(parts[0])
    year = _year_of(parts[2], base) if parts[2] else None
    if year is not None:
        day = _safe(year, month, day_of_month)
    elif base is not None:
        day = _safe(base.year, month, day_of_month)
        if day is not None and day < base:
            day = _safe(base.year + 1, month, day_of_month)
    else:
        return None
    return _Period(day, day, "day") if day else None


def _safe(year: int, month: int, day: int) -> Optional[dt.date]:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _dateparser_day(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    """A day in a spelling the patterns above do not read ("the 9th of april next year"): only
    when the phrase names a month and a number, so dateparser is not asked about every phrase."""
    if base is None or not re.search(r"\d", rest) or not any(w in _MONTHS for w in re.findall(r"[a-z]+", rest)):
        return None
    import dateparser

    parsed = dateparser.parse(rest, languages=["en"], settings={
        "PREFER_DATES_FROM": "future", "RELATIVE_BASE": dt.datetime.combine(base, dt.time()),
        "REQUIRE_PARTS": ["day", "month"], "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        return None
    return _Period(parsed.date(), parsed.date(), "day")


def _weekday_period(rest: str, base: Optional[dt.date], skip_week: bool = False) -> Optional[_Period]:
    """"Thursday": the first Thursday on or after publication (a forecast looks ahead);
    "next Thursday": the Thursday of the week after publication's."""
    words = rest.split()
    if not words or words[0] not in _WEEKDAYS or base is None or len(words) > 2:
        return None
    if len(words) == 2 and words[1] not in ("morning", "afternoon", "evening", "night"):
        return None
    weekday = _WEEKDAYS[words[0]]
    if skip_week:
        day = base - dt.timedelta(days=base.weekday()) + dt.timedelta(weeks=1, days=weekday)
    else:
        day = base + dt.timedelta(days=(weekday - base.weekday()) % 7)
    return _Period(day, day, "day")


_SEASON = re.compile(r"^(?:(this|next|the next|the coming|the|coming) )?([a-z]+)(?: of)?(?: (\d{4}))?$")


def _season_period(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    m = _SEASON.match(rest)
    seasons = _named("season")
    if not m or m.group(2) not in seasons:
        return None
    first, last = (int(x) for x in seasons[m.group(2)])
    wraps = last < first          # winter: December to February

    def span(year: int) -> tuple[dt.date, dt.date]:
        end_year = year + 1 if wraps else year
        return dt.date(year, first, 1), _month_end(end_year, last)

    if m.group(3):
        start, end = span(int(m.group(3)))
        return _Period(start, end, "season")
    if base is None:
        return None
    candidates = [span(y) for y in (base.year - 1, base.year, base.year + 1, base.year + 2)]
    if m.group(1) in ("next", "the next"):
        start, end = next(c for c in candidates if c[0] > base)
    else:
        start, end = next(c for c in candidates if c[1] >= base)
    return _Period(start, end, "season")


def _holiday_period(rest: str, base: Optional[dt.date]) -> Optional[_Period]:
    holidays = _named("holiday")
    words = rest.split()
    year = int(words[-1]) if words and re.fullmatch(r"\d{4}", words[-1]) else None
    name = " ".join(words[:-1] if year else words)
    name = name[4:] if name.startswith("the ") else name
    name = name[:-4] if name.endswith(" day") else name
    if name not in holidays:
        return None
    month, day = (int(x) for x in holidays[name][0].split("-"))
    if year is None:
        if base is None:
            return None
        year = base.year if dt.date(base.year, month, day) >= base else base.year + 1
    when = dt.date(year, month, day)
    return _Period(when, when, "day")
