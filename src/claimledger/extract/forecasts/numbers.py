"""Stated numeric probabilities: "a 30 percent chance that ...", "a 20-30% probability",
"the odds of a default are one in four". Not an extractor; the forecast rules use it."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from ...probability import Entry
from ... import lexicon

PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s*(?:[-–]|to)?\s*(\d+(?:\.\d+)?)?\s*(?:%|percent|per cent)", re.I)
NEAR = 8   # tokens between the number and its noun at most


def is_percent(ent) -> bool:
    """A percentage entity; "70 per cent" written before its noun ("a 70 per cent chance") the
    English model often labels MONEY or CARDINAL, so a span that is nothing but a percentage
    counts whatever its label."""
    return ent.label_ == "PERCENT" or ent.label_ in ("MONEY", "CARDINAL", "QUANTITY") and bool(
        PERCENT.fullmatch(ent.text.strip()))


@lru_cache(maxsize=1)
def _numbers() -> dict[str, float]:
    return {row["word"]: float(row["value"]) for row in lexicon.rows("number_words.tsv")}


def _value(token) -> Optional[float]:
    if token.like_num:
        text = token.text.replace(",", "")
        try:
            return float(text)
        except ValueError:
            return _numbers().get(token.lower_)
    return None


def stated_probability(noun) -> Optional[tuple[Entry, list]]:
    """(entry, tokens) for a probability noun with a number nearby in its clause."""
    nouns = lexicon.listed("probability_nouns.txt")
    if noun.lemma_.lower() not in nouns and noun.lower_ not in nouns:
        return None
    doc = noun.doc
    lo, hi = max(noun.sent.start, noun.i - NEAR), min(noun.sent.end, noun.i + NEAR + 1)
    about = proposition(noun)
    # a figure inside what the noun is about is part of the event ("the chance of a devaluation
    # of at least 15 percent"), not its probability; "put the chance ... at about 60 percent"
    # puts the number on the verb that governs the noun, however far away
    inside = {t.i for t in about.subtree} if about is not None else set()
    # (a percentage the model read as money counts only right before its noun: "a 65 per cent chance")
    found = [ent for ent in doc.ents if (ent.label_ == "PERCENT" or is_percent(ent) and ent.end == noun.i) and ent.start not in inside and (
        lo <= ent.start and ent.end <= hi
        or noun.sent.start <= ent.start and ent.end <= noun.sent.end and (
            ent.root.head.head.i == noun.head.i or _set_at(noun, ent)))]
    for ent in sorted(found, key=lambda e: abs(e.start - noun.i)):
        m = PERCENT.search(ent.text)
        if m:
            a = float(m.group(1))
            b = float(m.group(2)) if m.group(2) else a
            if 0 <= a <= 100 and 0 <= b <= 100:
                tokens = _phrase(doc, ent.start, ent.end, noun)
                return Entry(ent.text, round((a + b) / 200, 4), min(a, b) / 100, max(a, b) / 100, "stated"), tokens
    found_odds = odds_in(doc, lo, hi)
    if found_odds is None and noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
        # "the odds of a signed transit deal this year are about 3-to-1 against": the figure is the
        # copula's complement, however long the subject
        found_odds = odds_in(doc, noun.head.i, noun.sent.end)
    if found_odds is not None:
        entry, tokens = found_odds
        return entry, _phrase(doc, tokens[0].i, tokens[-1].i + 1, noun)
    return None


# "(60-70%)", "(about 65%)", "(our base case, about 60%)"
# (a probability noun may name the figure: "(probability about 30 per cent)", "(likelihood: 60%)")
_BRACKETED = re.compile(r"^\(\s*(?:(?:our\s+)?base\s+case,?\s*)?(?:(?:probability|likelihood|chance)\s*:?\s*)?"
                        r"(?:about|around|roughly|some|c\.|~)?\s*" + PERCENT.pattern
                        + r"\s*\)$", re.I)


def bracketed_probability(tokens: list) -> Optional[tuple[Entry, list]]:
    """(entry, tokens) of a probability given in brackets at a forecast's end, the style of
    estimative briefs: "We expect the talks to fail (80-90%)", "will probably hold the vote
    in March (60-70%)". The bracket is the writer's own number for the clause, so it beats the
    word. Only a bracket that holds nothing but the figure, opening inside or just after the
    clause's tokens ("(a rise of 5%)" or "(2025: 40%)" are not probabilities)."""
    if not tokens:
        return None
    doc = tokens[0].doc
    lo, hi = min(t.i for t in tokens), max(t.i for t in tokens)
    sent_end = tokens[0].sent.end
    for k in range(lo, min(hi + 2, sent_end)):
        if doc[k].text != "(":
            continue
        close = next((j for j in range(k + 1, min(k + 9, sent_end)) if doc[j].text == ")"), None)
        if close is None:
            return None
        m = _BRACKETED.match(doc[k: close + 1].text)
        if not m:
            continue
        a = float(m.group(1))
        b = float(m.group(2)) if m.group(2) else a
        if 0 <= a <= 100 and 0 <= b <= 100:
            return Entry(doc[k + 1: close].text, round((a + b) / 200, 4), min(a, b) / 100, max(a, b) / 100,
                         "stated"), list(doc[k: close + 1])
    return None


def _set_at(noun, ent) -> bool:
    """"we put the chance of a clash ... at 20 to 30 percent": the noun is the object of a verb
    that sets a value (data/words_forecasts.tsv, chance_setting_verbs) and the figure follows
    "at" later in the sentence, wherever the parse hangs it."""
    return (noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.words("chance_setting_verbs")
            and ent.start > noun.i and ent.start > 0 and noun.doc[ent.start - 1].lower_ == "at")


_ODDS_WORD = r"(\d+(?:\.\d+)?|[a-z]+)"
_BOOKMAKER_ODDS = re.compile(_ODDS_WORD + r"\s*[-–]?\s*to\s*[-–]?\s*" + _ODDS_WORD + r"\s+(against|on)\b", re.I)


def _bookmaker_odds(doc, lo: int, hi: int) -> Optional[tuple[Entry, list]]:
    """"3-to-1 against" (one chance in four), "two to one on" (two in three): odds with the side
    they are laid on; bare "3-to-1" says neither and is left alone."""
    if hi <= lo:
        return None
    span = doc[lo:hi]
    for m in _BOOKMAKER_ODDS.finditer(span.text):
        a, b = (_word_value(m.group(i)) for i in (1, 2))
        if not a or not b:
            continue
        p = round((b if m.group(3).lower() == "against" else a) / (a + b), 4)
        found = span.char_span(m.start(), m.end(), alignment_mode="expand")
        if found is not None:
            return Entry(m.group(0), p, p, p, "stated"), list(found)
    return None


def _word_value(text: str) -> Optional[float]:
    try:
        return float(text)
    except ValueError:
        return _numbers().get(text.lower())


def odds_in(doc, lo: int, hi: int) -> Optional[tuple[Entry, list]]:
    """The first "one in four" (or "one chance in three", or "3-to-1 against") among tokens lo..hi:
    (entry, its tokens)."""
    bookmaker = _bookmaker_odds(doc, lo, hi)
    if bookmaker is not None:
        return bookmaker
    nouns = lexicon.listed("probability_nouns.txt")
    # "a one-in-four chance": the tokenizer splits the hyphens off; read the words between them
    words = [t for t in doc[lo:hi] if t.tag_ != "HYPH"]
    for i in range(len(words) - 2):
        a, word, b = words[i], words[i + 1], words[i + 2]
        if word.lower_ == "in" and _value(a) and _value(b) and _value(b) > _value(a):
            p = round(_value(a) / _value(b), 4)
            return Entry(f"{a.text} in {b.text}", p, p, p, "stated"), [a, word, b]
        if i + 3 < len(words) and word.lower_ in nouns and b.lower_ == "in" and _value(a) and _value(words[i + 3]) \
                and _value(words[i + 3]) > _value(a):
            p = round(_value(a) / _value(words[i + 3]), 4)
            return Entry(f"{a.text} {word.text} in {words[i + 3].text}", p, p, p, "stated"), [a, word, b, words[i + 3]]
    return None


def _phrase(doc, start: int, end: int, noun) -> list:
    """The number, with its noun when they stand together ("a 70% probability")."""
    if noun.i == end or noun.i == end + 1 and doc[end].lower_ in ("%",):
        return list(doc[start: noun.i + 1])
    return list(doc[start:end])


def proposition(noun) -> Optional[object]:
    """The clause or noun phrase a probability noun is about: "chance [that Iran will test]",
    "chance [of a ceasefire before June]"."""
    for child in noun.children:
        if child.dep_ in ("acl", "relcl", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
    # "put a 40% chance [on a new field starting production]": the stake's "on" after a verb that sets it
    # ("attach a 25-35% probability [to an early election]": the "to" of a verb that attaches it)
    preps = ("of", "on", "to") if noun.dep_ == "dobj" and noun.head.lemma_.lower() in lexicon.words("chance_setting_verbs") \
        else ("of",)
    for child in noun.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            objects = [c for c in child.children if c.dep_ in ("pobj", "pcomp")]
            if objects:
                return objects[0]
    for child in noun.children:     # "one chance in four [of surviving ...]": the parse hangs "of" on the figure
        if child.dep_ == "prep" and child.lower_ == "in":
            for figure in (c for c in child.children if c.dep_ == "pobj" and c.like_num):
                return proposition(figure)
    return None


_UNITS = {"%", "percent", "per", "bp", "bps", "basis", "points", "billion", "million", "trillion", "bn", "m", "tonnes",
          "tons", "barrels", "kg", "mw", "gw", "dollars", "euros", "pounds"}


def quantity_in(tokens: list) -> bool:
    """Whether a forecast names a figure: a number with a unit or a currency sign ("3.8%", "$2bn",
    "82 million tonnes", "a 25bp cut", "130.00"), not a year or a day of the month."""
    for t in tokens:
        if not t.like_num or t.ent_type_ in ("DATE", "TIME", "ORDINAL"):
            continue
        before = t.doc[t.i - 1] if t.i > 0 else None
        after = t.doc[t.i + 1] if t.i + 1 < len(t.doc) else None
        if before is not None and before.tag_ == "$" or after is not None and after.lower_ in _UNITS:
            return True
        if t.ent_type_ in ("PERCENT", "MONEY", "QUANTITY") or any(ch in t.text for ch in "%") or "." in t.text:
            return True
    return False
