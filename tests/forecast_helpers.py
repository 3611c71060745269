"""Helpers for the forecast-round tests: one sentence (or a few) after a title line, its forecasts
as (text of the extent, probability, phrase, forecaster)."""
from __future__ import annotations

from claimledger import analyze

PUBLISHED = "2026-11-20"


def found(text: str, published: str = PUBLISHED) -> list[tuple[str, float, str, str]]:
    a = analyze("Report\n" + text, published=published)
    return [(a.document.text[f.start:f.end], f.probability, f.phrase, f.by) for f in a.forecasts]
