"""Extractor `quantities`: the quantities of each body sentence: exact ("17", "three"), approximate ("~40", "around 30",
"dozens", "nearly half"), bounds ("at least 12", "up to 40") and ranges ("15-20", "between
10 and 15"), each with the kind of thing counted (killed, wounded, munitions, money, people,
ships, duration, share, count …).

Numbers are found token by token: digits, number words of every form read by text2num
('twenty-four', 'one hundred and twelve'), vague quantity words from data/quantity_words.tsv;
the modifier before them comes from data/quantity_modifiers.tsv. What is counted is read from
the parse: the noun the number modifies, or the noun after "of". Whether a count is of the
killed or the wounded is the casualty reader's decision (tolls.py), which also adds the counts a
sentence gives without a number ('a soldier was killed': 1, 'no one was hurt': 0): this module
is the one reader of numbers, tolls.py the one judge of tolls, and an event's tolls are the very
quantities of `doc.quantities`.

Reads: the parse of body sentences. Writes: `doc.quantities`, `window.quantities` (sentence id ->
Counted: each quantity with its first and last token, for the events of the window) and
`window.casualties` (sentence id -> tolls.Casualty, each holding its quantity).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple, Optional

from ...contract import Quantity
from ... import lexicon
from ..context import Context, Window
from ..registry import extractor
from ..entities.aliases import lookup
from .dates import is_temporal
from .tolls import Casualty, casualties

_DIGITS = re.compile(r"^(~|≈|c\.)?\$?(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?(%|k|bn|m)?$", re.I)
_HAS_DIGIT = re.compile(r"\d")
_RANGE = re.compile(r"^(~)?(\d[\d,]*)[-–](\d[\d,]*)$")
_SKIP_ENTS = {"DATE", "TIME", "ORDINAL"}
_MAX_PHRASE = 4


@lru_cache(maxsize=1)
def _scales() -> dict[str, int]:
    """Words and suffixes that scale a number ("2 million", "3bn"), with their factors."""
    return {word: int(factor) for word, factor in lexicon.mapping("scales").items()}


@lru_cache(maxsize=1)
def _words() -> dict[tuple[str, ...], dict]:
    out = {}
    for row in lexicon.rows("quantity_words.tsv"):
        out[tuple(row["phrase"].lower().split())] = {
            "value": float(row["value"]) if row["value"] else None,
            "low": float(row["low"]) if row["low"] else None,
            "high": float(row["high"]) if row["high"] else None,
            "approximate": row["approximate"] == "1",
        }
    return out


@lru_cache(maxsize=1)
def _modifiers() -> dict[tuple[str, ...], str]:
    return {tuple(row["phrase"].lower().split()): row["effect"] for row in lexicon.rows("quantity_modifiers.tsv")}


@lru_cache(maxsize=1)
def _kinds() -> dict[str, str]:
    return {row["lemma"].lower(): row["kind"] for row in lexicon.rows("quantity_kinds.tsv")}


class Counted(NamedTuple):
    """A quantity and the indices of its last and first tokens in the window's Doc."""
    quantity: Quantity
    last: int
    first: int = -1


@extractor("quantities", assigns=("doc.quantities", "window.quantities", "window.casualties"))
def quantities(ctx: Context, window: Window) -> None:
    """Counts, amounts, shares and durations of body sentences; the killed and wounded among them."""
    for unit in window.sentences:
        if unit.section != "body":
            continue
        found, tolls = counts_in(unit)
        window.quantities[unit.id] = found
        window.casualties[unit.id] = tolls
        ctx.quantities.extend(q for q, _, _ in found)


def quantities_in(unit) -> list[Counted]:
    """(Quantity, last token, first token) for each quantity of a sentence."""
    return counts_in(unit)[0]


def counts_in(unit) -> tuple[list[Counted], list[Casualty]]:
    """The quantities of a sentence, and its casualty counts (tolls.Casualty) among them: a count
    the casualty reader takes is of the killed or the wounded, never noise ('one soldier')."""
    numbers = _numbers(unit)
    tolls = casualties(unit, [c for c, _ in numbers])
    taken = {id(t.quantity) for t in tolls}
    out = [c for c, noise in numbers if id(c.quantity) in taken or not noise]
    known = {id(c.quantity) for c in out}
    out += [Counted(t.quantity, t.last, t.first) for t in tolls if id(t.quantity) not in known]
    out.sort(key=lambda c: c.quantity.start)
    return out, tolls


def _numbers(unit) -> list[tuple[Counted, bool]]:
    """Every number phrase of a sentence as a Counted, with whether it is noise unless a toll."""
    span = unit.span
    doc = span.doc
    out = []
    i = span.start
    while i < span.end:
        found = _number_at(doc, i, span.end)
        if found is None:
            i += 1
            continue
        first, last, fields = found
        if _skip(doc, first, last, fields):
            i = last + 1
            continue
        first, fields = _with_modifier(doc, first, span.start, fields)
        if last + 1 < span.end and doc[last + 1].text in lexicon.words("percent_words"):
            last += 1  # "12 %": the sign is part of the amount
        counted = _counted_noun(doc, first, last)
        kind, unit_word = _kind(doc, first, last, counted)
        noise = kind is None or _noise(doc, first, last, fields, kind, counted)
        start = unit.doc_offset + doc[first].idx
        end = unit.doc_offset + doc[last].idx + len(doc[last])
        text = doc[first: last + 1].text
        out.append((Counted(Quantity(kind=kind or "count", unit=unit_word, text=text, start=start, end=end,
                                     sentence_id=unit.id, line=unit.model.line, **fields), last, first), noise))
        i = last + 1
    return out


def number_value(text: str) -> Optional[float]:
    """The value of a number written in digits or words: '1,200' -> 1200, 'twenty-four' -> 24,
    'one hundred and twelve' -> 112 (text2num; the British 'and' after a scale word dropped),
    'zero' -> 0; None when it is no number."""
    from text_to_num import text2num

    text = " ".join(text.strip().lower().replace("‐", "-").replace("–", "-").split())
    digits = _DIGITS.match(text)
    if digits and not digits.group(1) and not digits.group(4):
        return _num(digits.group(2) + ("." + digits.group(3) if digits.group(3) else ""))
    text = re.sub(r"\b(hundred|thousand|million|billion) and ", r"\1 ", text)
    try:
        return float(text2num(text, "en"))
    except ValueError:
        return None


def _number_word(token) -> bool:
    return (token.like_num and token.is_alpha) or token.lower_ in _scales() and token.is_alpha and len(token) > 2


def _number_words_at(doc, i: int, end: int):
    """(last, fields) of a number written in words from token i ('twenty-four', 'three
    thousand', 'one hundred and twelve'), or None."""
    if not _number_word(doc[i]):
        return None
    last = i
    while last + 1 < end:
        nxt = doc[last + 1]
        if _number_word(nxt):
            last += 1
        elif last + 2 < end and _number_word(doc[last + 2]) and (
                nxt.text in ("-", "‐", "–") or nxt.lower_ == "and" and doc[last].lower_ in _scales()):
            last += 2
        else:
            break
    while last >= i:
        value = number_value(doc[i: last + 1].text)
        if value is not None:
            return last, dict(value=value, approximate=False)
        last -= 1
    return None


def _number_at(doc, i: int, end: int):
    """(first, last, fields) of a number starting at token i, or None."""
    token = doc[i]
    if token.is_alpha and not token.like_num and token.lower_ not in _first_words():
        return None  # most tokens: a word that is no number
    if not (token.like_num or token.lower_ in _first_words() or _HAS_DIGIT.search(token.text)):
        return None
    m = _RANGE.match(token.text)
    if m:
        low, high = _num(m.group(2)), _num(m.group(3))
        return i, i, dict(low=low, high=high, approximate=bool(m.group(1)))
    phrase = _phrase_at(doc, i, end)
    words = _number_words_at(doc, i, end)
    if words is not None and (phrase is None or words[0] > phrase[0]):
        phrase = words            # "twenty-four": the whole number, not "twenty" and "four"
    if phrase is not None:
        last, fields = phrase
        return _scaled(doc, i, last, end, dict(fields))
    m = _DIGITS.match(token.text)
    if m and not token.is_alpha:
        value = _num(m.group(2) + ("." + m.group(3) if m.group(3) else ""))
        if m.group(4) and m.group(4).lower() in _scales():
            value *= _scales()[m.group(4).lower()]
        fields = dict(value=value, approximate=bool(m.group(1)))
        last = i
        # "24 - 28", "24 to 28", "between 24 and 28"
        links = lexicon.words("range_links") | ({"and"} if i > 0 and doc[i - 1].lower_ == "between" else set())
        if last + 2 < end and doc[last + 1].text in links and _DIGITS.match(doc[last + 2].text):
            high = _num(_DIGITS.match(doc[last + 2].text).group(2))
            if high > value:
                return i, last + 2, dict(low=value, high=high, approximate=fields["approximate"])
        return _scaled(doc, i, last, end, fields)
    return None


@lru_cache(maxsize=1)
def _first_words() -> frozenset:
    return frozenset(key[0] for key in _words())


def _phrase_at(doc, i: int, end: int):
    if doc[i].lower_ not in _first_words():
        return None  # most tokens: one set lookup
    words = _words()
    for length in range(min(_MAX_PHRASE, end - i), 0, -1):
        key = tuple(t.lower_ for t in doc[i: i + length])
        if key in words:
            return i + length - 1, words[key]
    return None


def _scaled(doc, first: int, last: int, end: int, fields: dict):
    """'2 million', 'hundreds of millions', 'three thousand'."""
    nxt = last + 1
    if nxt < end and doc[nxt].lower_ == "of" and nxt + 1 < end and doc[nxt + 1].lower_.rstrip("s") in _scales():
        nxt += 1
    if nxt < end and doc[nxt].lower_.rstrip("s") in _scales() and doc[nxt].lower_ not in ("m", "k"):
        factor = _scales()[doc[nxt].lower_.rstrip("s")]
        fields = {k: (v * factor if isinstance(v, float) and k in ("value", "low", "high") else v) for k, v in fields.items()}
        last = nxt
    return first, last, fields


def _num(text: str) -> float:
    return float(text.replace(",", ""))


def _skip(doc, first: int, last: int, fields: dict) -> bool:
    token = doc[first]
    dated = [doc[j] for j in range(first, last + 1) if doc[j].ent_type_ in _SKIP_ENTS]
    if dated and _temporal_entity(dated[0]):
        # dates are not counts; a duration ("two-month pause") is
        return not _is_duration(doc, last)
    if doc[first].ent_type_ in ("PERSON", "ORG", "FAC", "GPE", "LAW", "PRODUCT", "WORK_OF_ART") and token.ent_iob_ == "I":
        return True
    value = fields.get("value")
    if value is not None and 1900 <= value <= 2100 and token.text.isdigit() and len(token.text) == 4:
        return True  # a year
    if first == last and _day_of_month(doc, first):
        return True  # "Around 6 May 2020", "May 6": a day, where NER left the number out of the date
    if first > 0 and doc[first - 1].pos_ in ("NOUN", "PROPN") and token.dep_ != "nummod" and token.text[0].isdigit():
        return True  # "Tower 22", "Article 5"
    if first > 0 and doc[first - 1].pos_ in ("NOUN", "PROPN") and token.dep_ in ("appos", "npadvmod") and token.is_alpha:
        return True  # "phase two"
    return False


def _day_of_month(doc, i: int) -> bool:
    """A number of 1-31 written as digits right before or after a month's name."""
    from .dates import is_month_name

    text = re.sub(r"(st|nd|rd|th)$", "", doc[i].lower_)
    if not text.isdigit() or not 1 <= int(text) <= 31:
        return False
    after = doc[i + 1] if i + 1 < len(doc) else None
    before = doc[i - 1] if i > 0 else None
    return (after is not None and is_month_name(after.text)) or (before is not None and is_month_name(before.text))


def _temporal_entity(token) -> bool:
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is None or ent.label_ == "ORDINAL" or is_temporal(ent.text)


def _noise(doc, first: int, last: int, fields: dict, kind: str, counted) -> bool:
    """'one of the reasons', 'a single blast', 'a two-state solution': not counts."""
    if fields.get("value") == 1 and doc[last].is_alpha:
        return True
    if kind != "count":
        return False
    nxt = doc[last + 1] if last + 1 < len(doc) else None
    # "eleven undersea cables": a compound before the counted noun itself is no noise
    return (counted is not None and counted.dep_ == "compound") or (
        nxt is not None and nxt.dep_ == "compound" and nxt.pos_ == "NOUN"
        and (counted is None or nxt.head.i != counted.i))


def _is_duration(doc, last: int) -> bool:
    nxt = last + 1
    while nxt < len(doc) and doc[nxt].text in ("-", "–"):
        nxt += 1
    before = doc[last - 1].lower_ if last > 0 else ""
    if before in lexicon.words("span_words") or doc[last].lower_ in lexicon.words("vague_counts"):
        return False  # "over the past few months": a window of time, not a count
    return nxt < len(doc) and _kinds().get(doc[nxt].lemma_.lower()) == "duration" and not any(
        t.lower_ in lexicon.words("relative_time_words") for t in doc[nxt: nxt + 2])


def _with_modifier(doc, first: int, floor: int, fields: dict):
    if first > floor and doc[first - 1].text in lexicon.mapping("currencies"):
        first -= 1  # "$2.5 billion": the currency sign belongs to the amount
    mods = _modifiers()
    for length in (3, 2, 1):
        start = first - length
        if start < floor:
            continue
        key = tuple(t.lower_ for t in doc[start: first])
        effect = mods.get(key)
        if effect is None:
            continue
        fields = dict(fields)
        value = fields.get("value")
        if effect == "approx":
            fields["approximate"] = True
        elif effect == "low" and value is not None:
            fields["low"] = value
        elif effect == "high" and value is not None:
            fields["high"] = value
        return start, fields
    if doc[first].text.startswith("~"):
        fields = dict(fields, approximate=True)
    return first, fields


def _counted_noun(doc, first: int, last: int):
    """The noun a number counts: its head when it is a nummod, the noun after 'of', or the
    next noun within three tokens."""
    token = doc[last]
    if token.dep_ in ("nummod", "quantmod") and token.head.pos_ in ("NOUN", "PROPN") and token.head.i > last:
        return token.head
    j = last + 1
    while j < len(doc) and doc[j].text in ("-", "–"):
        j += 1
    if j < len(doc) and doc[j].lower_ == "of":
        j += 1
        while j < len(doc) and (doc[j].pos_ in ("DET", "ADJ", "NUM") or doc[j].tag_ == "PRP$"):
            j += 1      # "three of its peacekeepers"
    for k in range(j, min(j + 4, len(doc))):
        if doc[k].pos_ in ("NOUN", "PROPN"):
            # the head of a compound run: "IDF soldiers" -> soldiers
            while doc[k].dep_ == "compound" and doc[k].head.i > k and doc[k].head.i < k + 4:
                k = doc[k].head.i
            return doc[k]
        if doc[k].pos_ not in ("ADJ", "ADV", "PUNCT", "SYM") or doc[k].text in (",", ".", ";", ":"):
            break
    if token.pos_ == "NOUN" or token.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "appos"):
        return token  # "hundreds", "nearly half" used as a noun
    return None


def _kind(doc, first: int, last: int, counted) -> tuple[Optional[str], Optional[str]]:
    kinds = _kinds()
    for j in range(first, last + 1):
        sign = doc[j].text[:1]
        if sign in lexicon.mapping("currencies"):
            return "money", lexicon.mapping("currencies")[sign]
    if any(doc[j].ent_type_ == "MONEY" for j in range(first, last + 1)):
        return "money", None
    if any(doc[j].ent_type_ == "PERCENT" or doc[j].text.endswith("%") or doc[j].lower_ == "percent" for j in range(first, last + 1)):
        return "share", "percent"
    if doc[last].lower_ in lexicon.words("share_words"):
        return "share", None
    if counted is None:
        return None, None
    lemma = counted.lemma_.lower()
    kind = kinds.get(lemma) or kinds.get(counted.lower_) or kinds.get(counted.lower_.rstrip("s"))
    if kind is None and counted.pos_ == "PROPN":
        known = lookup(counted.text)
        if known is not None and known.type in ("military", "armed_group"):
            kind = "people"  # "dozens of IDF"
    if kind == "duration":
        return "duration", lemma
    return kind or "count", lemma

