"""The event systems `claimledger eval` compares: claimledger's own pipeline and the keyword
baseline, each a function (text, published) -> list[EventView] (claimledger with a `many`
method that analyses a batch with one pipeline load)."""
from __future__ import annotations

from typing import Iterator, Optional, Sequence

from ..settings import Settings
from . import baseline
from .event_fields import EventView, System, views_of


def claimledger(settings: Optional[Settings] = None) -> System:
    from ..ingest import from_text
    from ..pipeline import analyze, analyze_many

    def one(text: str, published: Optional[str]) -> list[EventView]:
        return views_of(analyze(text, published=published, settings=settings))

    def many(items: Sequence[tuple[str, Optional[str]]]) -> Iterator[list[EventView]]:
        documents = (from_text(text, published=published) for text, published in items)
        for analysis in analyze_many(documents, settings=settings):
            yield views_of(analysis)

    one.many = many  # type: ignore[attr-defined]
    return one


def all_systems(settings: Optional[Settings] = None) -> dict[str, System]:
    return {"claimledger": claimledger(settings), "baseline": baseline.events}
