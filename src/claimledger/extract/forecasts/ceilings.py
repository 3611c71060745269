"""(round 28) A stated chance given as a ceiling: "we rate a fresh levy at no better than two in five",
"at most a quarter", "less than one chance in six". The figure is where the chance stops, not
where it stands: read at nine tenths of it, in a range from six tenths of it to the figure itself (the
read sets' gold gives such ceilings ranges that end at the figure, from about two thirds of it).
Only a figure read as stated (scale "stated"), the ceiling words right before its first word (data:
ceiling_phrases).
"""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from ... import lexicon, probability


def capped(entry: Optional[probability.Entry], phrase_tokens: list) -> Optional[probability.Entry]:
    """The entry read as a ceiling when ceiling words stand right before its figure."""
    if entry is None or not phrase_tokens or entry.source != "stated" or entry.probability is None:
        return entry
    first = min(phrase_tokens, key=lambda t: t.i)
    doc = first.doc
    before = " ".join(t.lower_ for t in doc[max(first.sent.start, first.i - 3): first.i])
    if not any(before == p or before.endswith(" " + p) for p in lexicon.words("ceiling_phrases")):
        return entry
    top = entry.high if entry.high is not None else entry.probability
    return replace(entry, probability=round(0.9 * top, 4), low=round(0.6 * top, 4), high=round(top, 4),
                   source="stated:ceiling")
