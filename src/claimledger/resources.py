"""Loading the word lists and tables in `claimledger/data/`.

Data files are plain text with `#` comments that name their source. Formats:
- `*.txt`: one entry a line (a phrase, or a regular expression where the file says so);
- `*.tsv`: a header line, then tab-separated rows (comments allowed);
- `*.json`: anything structured.
"""
from __future__ import annotations

import csv
import json
import re
from functools import lru_cache
from importlib.resources import files
from typing import Any


def _read(name: str) -> str:
    return files("claimledger").joinpath("data", name).read_text(encoding="utf-8")


def _content_lines(name: str) -> list[str]:
    lines = []
    for line in _read(name).splitlines():
        stripped = line.strip()
        if stripped and not stripped.startswith("#"):
            lines.append(stripped)
    return lines


@lru_cache(maxsize=None)
def word_list(name: str) -> tuple[str, ...]:
    """Entries of a one-per-line list, lower-cased, in file order."""
    return tuple(line.lower() for line in _content_lines(name))


@lru_cache(maxsize=None)
def patterns(name: str) -> tuple[re.Pattern, ...]:
    """Case-insensitive compiled regular expressions, one a line."""
    return tuple(re.compile(line, re.IGNORECASE) for line in _content_lines(name))


@lru_cache(maxsize=None)
def table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of a TSV file as dicts keyed by its header."""
    rows = _content_lines(name)
    reader = csv.DictReader(rows, delimiter="\t")
    return tuple({k: (v or "").strip() for k, v in row.items()} for row in reader)


@lru_cache(maxsize=None)
def json_data(name: str) -> Any:
    return json.loads(_read(name))
