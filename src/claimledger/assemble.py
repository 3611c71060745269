"""Stage 5, assemble: the extractors' results become one `Analysis`, in memory or streamed.

An article is assembled in memory (`assemble`). A huge input (a 20 MB transcript, a book) would
not fit that way: its results are spilled to temporary files window by window (`Spill`) and the
contract's JSON is written from them item by item (`write_json`), the same text
`Analysis.to_json()` gives, with memory bounded by one window whatever the input's length.
"""
from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import IO, Iterable, Iterator

from collections.abc import Mapping

from pydantic import BaseModel, TypeAdapter

from . import contract
from .contract import SCHEMA
from .extract.context import Context


class _WindowLists(Mapping):
    """The result kinds made window by window (name -> item model), from the contract when asked:
    in offset order, each window's items after the last window's, so sorting every window and
    concatenating equals sorting the whole. (Hypotheses have no offsets: the stable sort keeps
    them in the order they were settled.)"""

    def _kinds(self) -> dict[str, type]:
        return {kind.name: kind.item for kind in contract.result_kinds() if kind.per_window}

    def __getitem__(self, name: str) -> type:
        return self._kinds()[name]

    def __iter__(self):
        return iter(self._kinds())

    def __len__(self) -> int:
        return len(self._kinds())


WINDOW_LISTS = _WindowLists()


def by_offset(item) -> tuple[int, int]:
    return (getattr(item, "start", None) or 0, getattr(item, "end", None) or 0)


def adjusted(ctx: Context, name: str, items: Iterable) -> Iterator:
    """Items with the changes finish() asked for (ctx.adjust) applied; None drops an item."""
    changes = ctx.adjustments.get(name, ())
    for item in items:
        for change in changes:
            item = change(item)
            if item is None:
                break
        if item is not None:
            yield item


def assemble(ctx: Context) -> contract.Analysis:
    lists = {}
    for kind in contract.result_kinds():
        items = getattr(ctx, kind.name)
        lists[kind.name] = list(adjusted(ctx, kind.name, sorted(items, key=by_offset))) if kind.per_window else items
    return contract.Analysis(document=ctx.document, **lists)


class Spill:
    """The results of finished windows in temporary files, one JSON line per item, read back
    once, in order, when the output is written. Use as a context manager: the files go with it."""

    def __init__(self) -> None:
        self._folder = tempfile.TemporaryDirectory(prefix="claimledger-spill-")
        self._files = {name: open(Path(self._folder.name) / f"{name}.jsonl", "w+", encoding="utf-8")
                       for name in WINDOW_LISTS}

    def take(self, ctx: Context) -> None:
        """Move the window lists of ctx to disk (ctx keeps only what later windows, or finish, add)."""
        for name, out in self._files.items():
            items = getattr(ctx, name)
            for item in sorted(items, key=by_offset):
                out.write(item.model_dump_json())
                out.write("\n")
            items.clear()

    def items(self, name: str) -> Iterator[BaseModel]:
        source, model = self._files[name], WINDOW_LISTS[name]
        source.flush()
        source.seek(0)
        for line in source:
            yield model.model_validate_json(line)

    def __enter__(self) -> "Spill":
        return self

    def __exit__(self, *exc) -> None:
        for handle in self._files.values():
            handle.close()
        self._folder.cleanup()


def write_json(ctx: Context, spill: Spill, out: IO[str]) -> None:
    """Write what `assemble(ctx).to_json()` would (indent 2), from the spill and ctx, item by
    item. Field order and formatting follow the Analysis model, so the two cannot drift apart.
    Every result kind is written from where it is made (the spill or ctx); any other field of the
    contract has its default, as in the assembled Analysis."""
    kinds = {kind.name: kind for kind in contract.result_kinds()}
    out.write("{")
    for index, (name, field) in enumerate(contract.Analysis.model_fields.items()):
        out.write("," if index else "")
        out.write(f'\n  {json.dumps(field.alias or name)}: ')
        if name == "schema_":
            out.write(json.dumps(SCHEMA))
        elif name == "document":
            _write_document(out, ctx.document)
        elif name not in kinds:
            value = field.get_default(call_default_factory=True)
            out.write(TypeAdapter(field.annotation).dump_json(value, indent=2).decode().replace("\n", "\n  "))
        elif kinds[name].per_window:
            _write_list(out, adjusted(ctx, name, spill.items(name)))
        else:
            _write_list(out, getattr(ctx, name))
    out.write("\n}")


TEXT_CHUNK = 1 << 20


def _write_document(out: IO[str], document) -> None:
    """The document with its text (the last field) escaped a chunk at a time: as one JSON string
    a 20 MB text would be copied twice more at the very end of the run."""
    head = document.model_dump_json(indent=2, exclude={"text"})
    assert head.endswith("\n}") and list(type(document).model_fields)[-1] == "text"
    out.write(head[:-2].replace("\n", "\n  "))
    out.write(',\n    "text": "')
    text = document.text
    for start in range(0, len(text), TEXT_CHUNK):
        # json.dumps escapes exactly as pydantic does (tested); the quotes are written around it
        out.write(json.dumps(text[start:start + TEXT_CHUNK], ensure_ascii=False)[1:-1])
    out.write('"\n  }')


def _write_list(out: IO[str], items: Iterable[BaseModel]) -> None:
    empty = True
    for item in items:
        out.write("[\n    " if empty else ",\n    ")
        out.write(_indented(item, 4))
        empty = False
    out.write("[]" if empty else "\n  ]")


def _indented(model: BaseModel, depth: int) -> str:
    """A model's JSON (indent 2) nested `depth` spaces deep; strings in JSON hold no raw newline."""
    return model.model_dump_json(indent=2).replace("\n", "\n" + " " * depth)
