"""Stage 1, ingest: a path, URL, '-' (stdin) or a string becomes a `Document`.

    load("article.html")            # file: plain text or HTML, any common encoding
    load("https://…/story")         # URL: fetched with caps, main text extracted
    from_text("…", published="2024-01-25")
"""
from __future__ import annotations

import hashlib
import re
import sys
from datetime import date
from pathlib import Path
from typing import Optional

from ..contract import Document
from ..errors import InputError
from ..settings import Settings, get_settings
from .html import extract_html, looks_like_html
from .text import decode_bytes, normalise
from .url import fetch, is_url

_WORD = re.compile(r"\w+(?:[’'\-]\w+)*")


def load(source: str, published: Optional[str] = None, settings: Optional[Settings] = None,
         block_private: Optional[bool] = None) -> Document:
    """Read a path, URL or '-' into a Document; InputError with a one-line reason otherwise."""
    settings = settings or get_settings()
    if is_url(source):
        got = fetch(source, settings, block_private=block_private)
        return from_bytes(got.body, name=got.url, url=got.url, published=published, settings=settings,
                          html=None if got.content_type != "text/plain" else False)
    raw = _read_source(source, settings)
    return from_bytes(raw, name=source, published=published, settings=settings, fallback_title=_stem(source))


def _read_source(source: str, settings: Settings) -> bytes:
    if source == "-":
        raw = sys.stdin.buffer.read(settings.max_input_bytes + 1)
    else:
        path = Path(source)
        if not path.exists():
            raise InputError(f"{source}: no such file")
        if path.is_dir():
            raise InputError(f"{source}: is a directory; give a file (or use 'ingest' for folders)")
        if path.stat().st_size > settings.max_input_bytes:
            raise InputError(f"{source}: {path.stat().st_size} bytes is over the {settings.max_input_bytes} byte cap "
                             "(set CLAIMLEDGER_MAX_BYTES to raise it)")
        try:
            raw = path.read_bytes()
        except OSError as exc:
            raise InputError(f"{source}: cannot be read ({exc.strerror})") from None
    if len(raw) > settings.max_input_bytes:
        raise InputError(f"{source}: input is over the {settings.max_input_bytes} byte cap")
    return raw


def from_bytes(raw: bytes, name: str = "input", url: Optional[str] = None, published: Optional[str] = None,
               settings: Optional[Settings] = None, html: Optional[bool] = None,
               fallback_title: Optional[str] = None) -> Document:
    text = decode_bytes(raw, name=name)
    is_html = looks_like_html(text) if html is None else html
    if not is_html:
        return from_text(text, url=url, published=published, title=_title_of(text) or fallback_title)
    page = extract_html(text, url=url, name=name)
    return from_text(page.text, title=page.title or fallback_title, url=page.url, author=page.author,
                     published=published or page.published)


def from_text(text: str, title: Optional[str] = None, url: Optional[str] = None, author: Optional[str] = None,
              published: Optional[str] = None, language: str = "en") -> Document:
    """A Document from text already decoded; the text is normalised (offsets refer to it)."""
    text = normalise(text)
    digest = _sha256(text)
    return Document(
        id=digest[:16], sha256=digest, title=title, url=url, author=author,
        published=parse_published(published), language=language,
        word_count=sum(1 for _ in _WORD.finditer(text)), text=text,
    )


def _sha256(text: str, chunk: int = 1 << 20) -> str:
    """sha256 of the UTF-8 text, encoded a chunk at a time (no second copy of a huge input)."""
    digest = hashlib.sha256()
    for start in range(0, len(text), chunk):
        digest.update(text[start:start + chunk].encode("utf-8"))
    return digest.hexdigest()


def parse_published(value: Optional[str]) -> Optional[str]:
    """An ISO date from what a user or a page gives ('2024-01-25', 'Jan 25, 2024'); None if absent."""
    if not value:
        return None
    value = str(value).strip()
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        pass
    import dateparser

    parsed = dateparser.parse(value, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False})
    if parsed is None:
        raise InputError(f"published date '{value}' is not a date (use YYYY-MM-DD)")
    return parsed.date().isoformat()


_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]?\s+[A-Z“\"]")
_SMALL_WORDS = frozenset("a an and as at but by for from in into of on or the to vs with".split())


def _title_of(text: str) -> Optional[str]:
    """A plain-text title: a Markdown heading, or a first line that reads as a headline: short
    (≤ 140 characters, ≤ 20 words), not a sentence of the body (no closing period, colon or
    comma, no second sentence; a question is one headline), and set off from what follows by a
    blank line, followed by a longer paragraph, or in headline case. Headline-case lines may carry periods
    ("The Strait Is Quiet. Don't Get Used to It.")."""
    lines = text.split("\n", 40)
    first = lines[0].strip()
    if first.startswith("#"):
        return first.lstrip("#").strip() or None
    words = first.split()
    if not (0 < len(first) <= 140 and 0 < len(words) <= 20):
        return None
    headline_case = _headline_case(words)
    if not headline_case and (first.endswith((".", ":", ";", ",")) or _SENTENCE_BREAK.search(first)):
        return None
    if first.endswith(":"):
        return None  # a lead-in ("The CNN article states:"), whatever its case
    following = next((line.strip() for line in lines[1:] if line.strip()), "")
    set_off = len(lines) > 1 and not lines[1].strip()
    if set_off or headline_case or len(following) > len(first):
        return first
    return None


def _headline_case(words: list[str]) -> bool:
    """Most words capitalised, as in "Outlook: The Sahel After the Juntas" (small words aside)."""
    content = [w for w in words if w.strip("\"'“”‘’()").lower() not in _SMALL_WORDS and any(c.isalpha() for c in w)]
    if len(content) < 2:
        return False
    capitalised = sum(1 for w in content if w.lstrip("\"'“‘(")[:1].isupper())
    return capitalised / len(content) >= 0.8


def _stem(source: str) -> Optional[str]:
    if source == "-":
        return None
    return Path(source).stem.replace("_", " ").replace("-", " ") or None
