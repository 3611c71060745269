"""The keyword baselines printed beside claimledger by `claimledger eval`. No parse: regular
expressions only.

Events: one event per sentence whose first trigger word (data/baseline_triggers.tsv, in file order) decides the type; the
actor is the capitalised name before the trigger, the target the one after it, the place the
first capitalised name after in/near/at that the gazetteer knows, the date the first date
phrase, the toll the number just before "killed"/"dead".

Forecasts: one forecast by the author per sentence holding a word of data/forecast_baseline_words.tsv,
its probability that of the first listed word found (`forecasts`).
"""
from __future__ import annotations

import re
from functools import lru_cache
from dataclasses import dataclass
from typing import Optional

from ..lexicon import rows as table
from .event_fields import EventView

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_NAME = re.compile(r"\b[A-Z][\w'’-]*(?:\s+(?:of\s+|al-|el-)?[A-Z][\w'’-]*)*")
_PLACE = re.compile(r"\b(?:in|near|at|outside)\s+(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = re.compile(r"\b(?:\d{1,2}\s+" + _MONTH + r"(?:\s+\d{4})?|" + _MONTH + r"\s+\d{1,2}(?:,\s+\d{4})?|"
                   r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b")
_WORD = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
         r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)")
_NUM = r"(\d[\d,]*|" + _WORD + r"(?:[- ](?:and )?" + _WORD + r")*)"
_TOLL = re.compile(r"\b" + _NUM + r"\s+(?:\w+\s+){0,2}?(?:were |was |are )?(?:killed|dead)\b|\bkill(?:ed|ing) (?:at least )?" + _NUM, re.I)


@lru_cache(maxsize=1)
def _forecast_words() -> list[tuple[re.Pattern, float]]:
    return [(_word_pattern(r["word"]), float(r["probability"])) for r in table("forecast_baseline_words.tsv")]


def _word_pattern(word: str) -> re.Pattern:
    """A listed word as a case-blind whole-word pattern; a trailing * takes any ending."""
    return re.compile(r"\b" + re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else r"\b"), re.I)


@lru_cache(maxsize=1)
def _triggers() -> list[tuple[re.Pattern, str]]:
    return [(_word_pattern(r["word"]), r["plover"]) for r in table("baseline_triggers.tsv")]


def _number(text: str) -> Optional[int]:
    from text_to_num import text2num

    try:
        return int(text.replace(",", "")) if text[0].isdigit() else int(text2num(text, "en"))
    except (ValueError, IndexError):
        return None


def _sentences(text: str):
    """(line number, absolute start, sentence) for every sentence-like run of every line."""
    offset = 0
    for line_no, line in enumerate(text.split("\n"), 1):
        line_start, offset = offset, offset + len(line) + 1
        for m in _SENTENCE.finditer(line):
            sentence = m.group().lstrip()
            if sentence:
                yield line_no, line_start + m.end() - len(sentence), sentence


@dataclass(frozen=True)
class ForecastView:
    """What the forecast scorer reads of a forecast (claimledger's Forecast has the same fields)."""
    id: str
    line: int
    start: int
    end: int
    probability: float
    statement: str
    by: str = "author"
    condition: Optional[str] = None
    phrase: Optional[str] = None


def forecasts(text: str) -> list[ForecastView]:
    out = []
    for line_no, start, sentence in _sentences(text):
        hit = next((p for word, p in _forecast_words() if word.search(sentence)), None)
        if hit is not None:
            out.append(ForecastView(id=f"b{len(out) + 1}", line=line_no, start=start, end=start + len(sentence),
                                    probability=hit, statement=sentence))
    return out


def events(text: str, published: Optional[str] = None) -> list[EventView]:
    from ..extract.events.dates import resolve
    from ..extract.events.gazetteer import find

    out = []
    for line_no, start, sentence in _sentences(text):
        hit = next(((t.search(sentence), code) for t, code in _triggers() if t.search(sentence)), None)
        if hit is None:
            continue
        trigger, code = hit
        before = _NAME.findall(sentence[:trigger.start()])
        after = _NAME.findall(sentence[trigger.end():])
        places = [(p, find(p)) for p in _PLACE.findall(sentence)]
        place = next(((p, g) for p, g in places if g is not None), (None, None))
        when = _DATE.search(sentence)
        toll = _TOLL.search(sentence)
        out.append(EventView(
            code=code, line=line_no, start=start, actor=tuple(before[-1:]), target=tuple(after[:1]),
            place=place[0], lat=place[1].lat if place[1] else None, lon=place[1].lon if place[1] else None,
            date=resolve(when.group(), published) if when else None,
            killed=_number(toll.group(1) or toll.group(2)) if toll else None))
    return out
