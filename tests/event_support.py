"""Helpers of the event-coding round tests: the events a text tells as happened, their codes, and
every event with its factuality, and the place of the first of a code (what a reader of the events
table sees)."""
from __future__ import annotations

from functools import partial
from typing import Callable, Optional

from claimledger import analyze
from claimledger.contract import HAPPENED


def happened(text: str, published: Optional[str] = None) -> list:
    return [e for e in analyze(text, published=published).events if e.factuality in HAPPENED]


def codes(text: str, published: Optional[str] = None) -> list[str]:
    return [e.code for e in happened(text, published)]


def codes_and_factuality(text: str, published: Optional[str] = None) -> list[tuple[str, str]]:
    """Every event the text yields, told as happened or not, as (code, factuality)."""
    return [(e.code, e.factuality) for e in analyze(text, published=published).events]


def coders(published: str) -> tuple[Callable[[str], list[str]], Callable[[str], list[tuple[str, str]]]]:
    """`codes` and `codes_and_factuality` with one publication date fixed: a round's test file
    dates all its invented sentences the same day, so "on Monday" means the same day throughout."""
    return partial(codes, published=published), partial(codes_and_factuality, published=published)


def coded_as_happened(got: list[tuple[str, str]], code: str) -> bool:
    """Among (code, factuality) pairs, is there one of this code told as happened?"""
    return any(c == code and f in HAPPENED for c, f in got)


def place_of(text: str, code: str):
    return next((e.location for e in happened(text) if e.code == code), None)
