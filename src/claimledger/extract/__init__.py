"""Stage 4, extract: one module per kind of finding, run in a fixed order.

An extractor is a module `claimledger.extract.<name>` with

    def extract(ctx: Context, window: Window) -> None     # each window of lines, in order
    def finish(ctx: Context) -> None                      # optional: once, after the last window

The order below is the flow: structure first (kinds that the layout decides), entities before
attribution (sources are entities too), attribution before certainty and kinds, and events,
forecasts and hypotheses last because they carry the source and certainty of their sentence.
`CLAIMLEDGER_EXTRACTORS` (comma-separated names) runs a subset, e.g. for profiling.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
from types import ModuleType

from .context import AUTHOR_ID, COMMENTER_ID, Context, SentenceUnit, Window

DEFAULT_ORDER = (
    "structure",
    "entities",
    "attribution",
    "certainty",
    "kinds",
    "gaps",
    "rhetoric",
    "places",
    "events",
    "forecasts",
    "hypotheses",
)

__all__ = ["AUTHOR_ID", "COMMENTER_ID", "Context", "SentenceUnit", "Window", "active_extractors"]


def _module(name: str) -> ModuleType | None:
    full = f"{__name__}.{name}"
    if importlib.util.find_spec(full) is None:
        return None  # an extractor not built yet: its contract keys stay empty
    return importlib.import_module(full)


def active_extractors() -> list[tuple[str, ModuleType]]:
    names = os.environ.get("CLAIMLEDGER_EXTRACTORS")
    order = [n.strip() for n in names.split(",") if n.strip()] if names else DEFAULT_ORDER
    found = []
    for name in order:
        module = _module(name)
        if module is not None and hasattr(module, "extract"):
            found.append((name, module))
    return found


def run_window(ctx: Context, window: Window, extractors) -> None:
    for _name, module in extractors:
        module.extract(ctx, window)


def run_finish(ctx: Context, extractors) -> None:
    for _name, module in extractors:
        finish = getattr(module, "finish", None)
        if finish is not None:
            finish(ctx)
