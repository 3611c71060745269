"""Stage 6, report: the Analysis rendered for people (Markdown brief) or machines (JSON).

FORMATS is the one table of output formats, used by `analyze` and `show`: each renders a whole
Analysis as text, and may also write a document's analysis as it is made (`stream`: the JSON of
a 20 MB input in flat memory). Adding a format is one entry here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import IO, Callable, Optional

from ..contract import Analysis


@dataclass(frozen=True)
class Format:
    name: str
    render: Callable[[Analysis], str]
    stream: Optional[Callable[..., None]] = None     # (document, out) -> None, writing as it goes
    summary: str = ""


def _json(a: Analysis) -> str:
    return a.to_json()


def _markdown(a: Analysis) -> str:
    from .markdown import render

    return render(a)


def _stream_json(document, out: IO[str]) -> None:
    from ..pipeline import analyze_to_json

    analyze_to_json(document, out)


FORMATS: dict[str, Format] = {
    "json": Format("json", _json, _stream_json, "the contract (claimledger/1)"),
    "md": Format("md", _markdown, None, "a brief for a reader"),
}


def output_format(name: str) -> Format:
    """The format of that name, or an InputError naming the ones there are."""
    from ..errors import InputError

    if name not in FORMATS:
        raise InputError(f"--format must be {' or '.join(FORMATS)}, not {name}")
    return FORMATS[name]
