"""HTML to main text and metadata, through trafilatura. Ingested HTML is hostile by default:
we keep only the extracted text, never markup."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from ..errors import InputError

_HTML_SNIFF = re.compile(r"^\s*(<!doctype\s+html|<html\b|<head\b|<body\b|<\?xml[^>]*>\s*<html)", re.I)
_WORD = re.compile(r"\w+")
# What trafilatura keeps from a page without an article is its menu ("Home", "World | Sport"):
# fewer words than a one-sentence news brief, or no line as long as a short sentence, is refused.
MIN_WORDS = 8
MIN_LINE_WORDS = 4
_TAG = re.compile(r"</?(p|div|article|span|a|h[1-6]|br|section)\b", re.I)


@dataclass
class ExtractedPage:
    text: str
    title: Optional[str] = None
    author: Optional[str] = None
    published: Optional[str] = None
    url: Optional[str] = None


def looks_like_html(text: str) -> bool:
    head = text[:4096]
    return bool(_HTML_SNIFF.search(head)) or len(_TAG.findall(head)) >= 5


def extract_html(html: str, url: Optional[str] = None, name: str = "input") -> ExtractedPage:
    """Main text, title, author and date of a page; InputError if there is no article text."""
    import trafilatura  # imported here: it is slow to import and plain-text users never need it

    try:
        doc = trafilatura.bare_extraction(
            html, url=url, with_metadata=True, include_comments=True, include_tables=False,
            favor_recall=True, deduplicate=False,
        )
    except (RecursionError, ValueError, TypeError) as exc:
        raise InputError(f"{name}: HTML could not be parsed ({type(exc).__name__})") from None
    if doc is None:
        raise InputError(f"{name}: no article text found in the HTML")
    data = doc if isinstance(doc, dict) else doc.as_dict()
    body = data.get("text") or ""
    comments = data.get("comments") or ""
    text = body if not comments else f"{body}\n{comments}"
    if not text.strip():
        raise InputError(f"{name}: no article text found in the HTML")
    words = len(_WORD.findall(text))
    longest = max(len(line.split()) for line in text.splitlines())
    if words < MIN_WORDS or longest < MIN_LINE_WORDS:
        raise InputError(f"{name}: no main text in the HTML, only {words} word(s) in short fragments such as menu "
                         "links (a script-built page or an index, not an article)")
    return ExtractedPage(
        text=text,
        title=(data.get("title") or None),
        author=(data.get("author") or None),
        published=(data.get("date") or None),
        # The address we fetched from beats the page's own claim (og:url, canonical): a page
        # must not be able to pass itself off as another site's. A saved file has only the claim.
        url=url or data.get("url") or None,
    )
