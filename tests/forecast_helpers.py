"""Helpers for the forecast-round tests: one sentence (or a few) after a title line, its forecasts
as (text of the extent, probability, phrase, forecaster)."""
from __future__ import annotations

from claimledger import analyze

PUBLISHED = "2026-11-20"


def found(text: str, published: str = PUBLISHED) -> list[tuple[str, float, str, str]]:
    a = analyze("Report\n" + text, published=published)
    return [(a.document.text[f.start:f.end], f.probability, f.phrase, f.by) for f in a.forecasts]


def owned(text: str, published: str = PUBLISHED) -> list[tuple[str, float, str]]:
    """The forecasts of a text after a title line as (extent, probability, forecaster's name)."""
    a = analyze("Report\n" + text, published=published)
    names = {s.id: s.name for s in a.sources}
    return [(a.document.text[f.start:f.end], f.probability, names.get(f.by, f.by)) for f in a.forecasts]


def texts(text: str, published: str = PUBLISHED) -> list[str]:
    """The extents of a text's forecasts only."""
    return [t for t, _p, _ph, _by in found(text, published)]
