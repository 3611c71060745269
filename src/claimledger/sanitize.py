"""Text from articles made harmless for where it is shown: the one sanitiser every output uses.

Titles, names and sentences are hostile input. Printed raw they can drive a terminal (ANSI
escape sequences recolour, retitle or hide lines; a bidi override reorders what is read), run
in a spreadsheet (a CSV cell starting '=HYPERLINK(…)'), or become markup in a Markdown viewer
(`<img src=x onerror=…>`, `[click](javascript:…)`).

    plain(text)        control characters, escape sequences and bidi overrides removed
    for_terminal(text) plain, on one line (list, search, show's tables, ingest's lines, errors)
    for_markdown(text) plain, with HTML and link syntax escaped (the brief, `show -f md`)
    for_csv(value)     plain, with a formula start defused (events --format csv)

JSON output is left to the JSON encoder: it is data, and its escaping is exact.
"""
from __future__ import annotations

import re
from typing import Any

# ESC-introduced sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), DCS/SOS/PM/APC
# strings, and two-character escapes; and the 8-bit CSI (U+009B) with its parameters.
_ESCAPES = re.compile(
    r"\x1b(?:\[[0-?]*[ -/]*[@-~]?|\][^\x07\x1b]*(?:\x07|\x1b\\)?|[PX^_][^\x1b]*(?:\x1b\\)?|[ -/]*[0-~]?)"
    r"|\x9b[0-?]*[ -/]*[@-~]?"
)
# C0 and C1 controls (tab and newline are handled by the callers), DEL, and the bidi embedding,
# override and isolate characters that make a terminal show text in another order than it is.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
_MARKDOWN = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "[": "\\[", "]": "\\]"}
_MARKDOWN_CHARS = re.compile("[&<>\\[\\]]")
_FORMULA_STARTS = ("=", "+", "-", "@")


def plain(text: Any, one_line: bool = False) -> str:
    """`text` without escape sequences and control characters (tab becomes a space; newlines stay
    unless `one_line`, when every run of whitespace becomes one space)."""
    if text is None:
        return ""
    text = _CONTROLS.sub("", _ESCAPES.sub("", str(text)).replace("\t", " ").replace("\r", ""))
    return " ".join(text.split()) if one_line else text


def for_terminal(text: Any) -> str:
    return plain(text, one_line=True)


def for_markdown(text: Any) -> str:
    """Plain text that a Markdown viewer shows as text: no HTML, no links, no autolinks."""
    return _MARKDOWN_CHARS.sub(lambda m: _MARKDOWN[m.group(0)], plain(text))


def for_csv(value: Any) -> Any:
    """A CSV cell: numbers as they are; text plain, and with a leading apostrophe where a
    spreadsheet would run it as a formula (OWASP's advice for CSV injection)."""
    if value is None:
        return ""
    if not isinstance(value, str):
        return value
    text = plain(value)
    return "'" + text if text.startswith(_FORMULA_STARTS) else text
