"""Loading the word lists and tables in `claimledger/data/`.

Data files are plain text with `#` comments that name their source. Formats:
- `*.txt`: one entry a line (a phrase, or a regular expression where the file says so);
- `*.tsv`: a header line, then tab-separated rows (comments allowed);
- `*.json`: anything structured;
- `*.zip`: large tables split by a key, one TSV member each (`towns1000_a-l.zip`: `KE.tsv` ...), so
  that a caller reads only the parts it needs; its `SOURCE` member names the source.
"""
from __future__ import annotations

import csv
import io
import json
import re
import zipfile
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


def archived_table(archive: str, member: str) -> tuple[dict[str, str], ...]:
    """Rows of one TSV member of a zip data file (no rows when the archive lacks the member).
    Not cached here: the caller keeps what it builds from the rows."""
    with files("claimledger").joinpath("data", archive).open("rb") as raw, zipfile.ZipFile(raw) as zipped:
        try:
            text = zipped.read(member).decode("utf-8")
        except KeyError:
            return ()
    reader = csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\")
    return tuple(reader)
