"""Declared extractors: each registers a name, what it requires and what it assigns.

Modelled on spaCy's `@Language.factory(name, requires=..., assigns=...)`. A requirement or an
assignment names a typed field extractors pass results through:
- "doc.<field>": a result kind of the contract (`doc.events`: contract.result_kinds()) or another
  field of `Context` (extract/context.py: `entity_index`, `offered_explanations`);
- "window.<field>": a field of `Window`, a note for later extractors of the same window;
- "sentence.<aspect>": what is set on each contract Sentence: "layout" (the kinds the layout
  decides: appeal, lead_in, question), "certainty", "kind".
Every field is assigned by exactly one extractor, except what the pipeline gives (GIVEN: the
document, its sections, the sentences and the window's lines), which is always there.

`plan(names)` turns a request into the run order: it refuses an unknown name, or a requirement
that no registered extractor assigns, with an `ExtractorError` (one line, exit 2 on the command
line) before anything is parsed; it adds the extractors a requested one needs (asking for
`events` alone runs what events reads: its results are the full pipeline's, never a half-answer);
and it orders them so that every extractor runs after those it requires, otherwise in
registration order (the order of BUILTIN below).

An extractor is a function `(ctx, window) -> None`, or a class built once per document as
`Class(ctx)` with `window(window)` and optionally `finish()` (called once after the last window):
state that must outlive a window lives on the instance.
"""
from __future__ import annotations

import importlib
import inspect
import warnings
from dataclasses import dataclass, fields
from typing import Any, Callable, Iterable, Optional

from ..errors import ExtractorError

# The built-in extractors, by module, in their registration order.
BUILTIN = (
    "claimledger.extract.sentence.structure",
    "claimledger.extract.entities.extractor",
    "claimledger.extract.attribution.extractor",
    "claimledger.extract.sentence.certainty",
    "claimledger.extract.sentence.kinds",
    "claimledger.extract.sentence.gaps",
    "claimledger.extract.sentence.rhetoric",
    "claimledger.extract.events.places",
    "claimledger.extract.events.quantities",
    "claimledger.extract.events.extractor",
    "claimledger.extract.forecasts.hypotheses",
    "claimledger.extract.forecasts.extractor",
)
SENTENCE_ASPECTS = ("layout", "certainty", "kind")
# What the pipeline gives every extractor before the first one runs.
GIVEN = ("doc.document", "doc.settings", "doc.line_sections", "doc.sections", "doc.sentences", "doc.sentence_count",
         "window.lines", "window.sentences")


@dataclass(frozen=True)
class Declaration:
    name: str
    make: Callable[[Any], Any]          # ctx -> an object with window(window) [and finish()]
    requires: tuple[str, ...]
    assigns: tuple[str, ...]
    module: str
    summary: str                        # the first line of the extractor's docstring


class _Stateless:
    """A function extractor seen as a per-document object."""

    def __init__(self, function, ctx) -> None:
        self._function, self._ctx = function, ctx

    def window(self, window) -> None:
        self._function(self._ctx, window)


_registered: dict[str, Declaration] = {}
_loaded = False
_plans: dict[tuple, list] = {}       # request -> run order, until the registrations change


def extractor(name: str, *, requires: Iterable[str] = (), assigns: Iterable[str] = ()):
    """Register the decorated function or class as the extractor `name`."""
    def wrap(obj):
        if inspect.isclass(obj):
            make = obj
        else:
            def make(ctx, _function=obj):
                return _Stateless(_function, ctx)
        doc = inspect.getdoc(obj) or inspect.getdoc(inspect.getmodule(obj)) or ""
        register(Declaration(name, make, tuple(requires), tuple(assigns), obj.__module__,
                             doc.strip().splitlines()[0] if doc.strip() else ""))
        return obj
    return wrap


def register(declaration: Declaration) -> None:
    """Add (or replace, by name) an extractor. A field another extractor already assigns, or a
    field that names nothing, is a programming error and raises at once."""
    for item in (*declaration.requires, *declaration.assigns):
        _check_field(item, declaration.name)
    given = set(GIVEN) & set(declaration.assigns)
    if given:
        raise ValueError(f"extractor '{declaration.name}' assigns {sorted(given)}, which the pipeline gives")
    for other in _registered.values():
        shared = set(other.assigns) & set(declaration.assigns)
        if shared and other.name != declaration.name:
            raise ValueError(f"extractor '{declaration.name}' assigns {sorted(shared)}, already assigned by '{other.name}'")
    _registered[declaration.name] = declaration
    _plans.clear()


def unregister(name: str) -> None:
    _registered.pop(name, None)
    _plans.clear()


def _check_field(item: str, owner: str) -> None:
    from ..contract import result_kinds
    from .context import Context, Window

    scope, _, name = item.partition(".")
    doc = {f.name for f in fields(Context) if not f.name.startswith("_") and f.name not in ("adjustments", "results")}
    known = {"doc": doc | {kind.name for kind in result_kinds()},
             "window": {f.name for f in fields(Window)}, "sentence": set(SENTENCE_ASPECTS)}
    if name not in known.get(scope, ()):
        raise ValueError(f"extractor '{owner}' declares '{item}', which is no field of doc, window or sentence")


def registered() -> dict[str, Declaration]:
    """Every registered extractor by name: the built-ins in the order of BUILTIN (loaded on
    first use, whatever order their modules happen to import each other in), then the others
    in the order they were registered."""
    global _loaded
    if not _loaded:
        _loaded = True
        for module in BUILTIN:
            importlib.import_module(module)
    rank = {module: i for i, module in enumerate(BUILTIN)}
    ordered = sorted(enumerate(_registered.values()), key=lambda x: (rank.get(x[1].module, len(BUILTIN)), x[0]))
    return {d.name: d for _i, d in ordered}


def plan(names: Optional[Iterable[str]] = None) -> list[Declaration]:
    """The extractors to run for a request (None or empty: all), in run order (worked out once
    per request; every document of a run asks)."""
    key = tuple(names or ())
    if key not in _plans:
        _plans[key] = _plan(key)
    return list(_plans[key])


def _plan(names: tuple[str, ...]) -> list[Declaration]:
    known = registered()
    order = list(known)
    wanted = [n for n in (names or ()) if n] or order
    for name in wanted:
        if name not in known:
            raise ExtractorError(f"unknown extractor '{name}' (known: {', '.join(order)})")
    assigned_by = {field: d.name for d in known.values() for field in d.assigns}
    chosen: set[str] = set()
    pending = list(wanted)
    while pending:
        name = pending.pop()
        if name in chosen:
            continue
        chosen.add(name)
        for needed in known[name].requires:
            if needed in GIVEN:
                continue
            if needed not in assigned_by:
                raise ExtractorError(f"extractor '{name}' requires '{needed}', which no registered extractor assigns")
            pending.append(assigned_by[needed])
    return _ordered([known[n] for n in order if n in chosen], assigned_by)


def _ordered(declarations: list[Declaration], assigned_by: dict[str, str]) -> list[Declaration]:
    """Each after what it requires; otherwise in registration order (Kahn's algorithm, taking
    the earliest registered of those ready)."""
    names = [d.name for d in declarations]
    needs = {d.name: {assigned_by[r] for r in d.requires if r not in GIVEN} - {d.name} for d in declarations}
    done: list[Declaration] = []
    while len(done) < len(declarations):
        ready = next((d for d in declarations if d not in done and not needs[d.name] - {x.name for x in done}), None)
        if ready is None:
            cycle = [n for n in names if n not in {x.name for x in done}]
            raise ExtractorError(f"extractors {', '.join(cycle)} require each other in a cycle")
        done.append(ready)
    return done


def plan_for(settings) -> list[Declaration]:
    """The run order for these settings, after checking every capability's chosen implementation
    (extract/capabilities.py): what `analyze` checks before it parses anything."""
    from .capabilities import check_settings

    declarations = plan(settings.extractors)
    check_settings(settings)
    return declarations


def start(declarations: list[Declaration], ctx) -> list["Running"]:
    """One object per extractor for a document's run."""
    return [Running(d.name, d.make(ctx), ctx) for d in declarations]


class Running:
    """One extractor at work on one document. What it raises is caught here unless the setting
    `extractor_errors` is "raise": a bug in one extractor, met on one unusual sentence, then costs
    its own results on that window (listed in the Analysis's `failures`, with a one-line warning),
    not the whole analysis. Extractors that read its fields run on what it left."""

    def __init__(self, name: str, component, ctx) -> None:
        self.name, self.component, self._ctx = name, component, ctx
        self._raise = getattr(ctx.settings, "extractor_errors", "record") == "raise"

    def window(self, window) -> None:
        try:
            self.component.window(window)
        except Exception as exc:  # noqa: BLE001 - any bug of an extractor, see the class docstring
            if self._raise:
                raise
            lines = window.lines
            start, end = (lines[0].start, lines[-1].end) if lines else (0, 0)
            self._failed("window", start, end, exc)

    def finish(self) -> None:
        finish = getattr(self.component, "finish", None)
        if finish is None:
            return
        try:
            finish()
        except Exception as exc:  # noqa: BLE001
            if self._raise:
                raise
            self._failed("finish", 0, len(self._ctx.document.text), exc)

    def _failed(self, stage: str, start: int, end: int, exc: Exception) -> None:
        from ..contract import ExtractorFailure
        from ..errors import ExtractorFailedWarning

        first_line = (str(exc).strip().splitlines() or [""])[0][:200]
        error = f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__
        self._ctx.failures.append(ExtractorFailure(extractor=self.name, stage=stage, start=start, end=end, error=error))
        where = f"characters {start}-{end}" if stage == "window" else "its end-of-document step"
        warnings.warn(ExtractorFailedWarning(
            f"extractor '{self.name}' failed on {where} of document {self._ctx.document.id} ({error}); "
            "its results there are missing (set CLAIMLEDGER_EXTRACTOR_ERRORS=raise for the traceback)"), stacklevel=2)


def run_window(components: list[Running], window) -> None:
    for component in components:
        component.window(window)


def run_finish(components: list[Running]) -> None:
    for component in components:
        component.finish()
