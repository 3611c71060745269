"""What `ingest` is handed, turned into work items: files, directories (recursive), JSON lines
of {url, title, text, published}, URLs and RSS/Atom feeds (local files or URLs).

`expand(inputs)` is cheap and runs in the main process (it only lists files and reads JSON
lines); `prepare(item)` does the slow part (fetching, HTML extraction) in a worker and returns
a Document, more items (a feed's entries), or a reason to skip.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional, Union

from ..contract import Document
from ..errors import ClaimledgerError, InputError
from ..settings import Settings

TEXT_SUFFIXES = {".txt", ".md", ".html", ".htm"}
RECORD_SUFFIXES = {".jsonl", ".json", ".ndjson"}
FEED_SUFFIXES = {".xml", ".rss", ".atom"}
INGESTED_SUFFIXES = TEXT_SUFFIXES | RECORD_SUFFIXES | FEED_SUFFIXES
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/xml", "text/xml")


@dataclass
class Item:
    """One thing to ingest. `name` is what the user sees in progress lines and the summary."""
    kind: str                      # file | record | url | feed
    name: str
    path: Optional[str] = None
    url: Optional[str] = None
    text: Optional[str] = None     # records carry their text
    title: Optional[str] = None
    published: Optional[str] = None
    part: bool = False             # a part of a huge text (never cut again)


@dataclass
class Skip:
    name: str
    reason: str


@dataclass
class Prepared:
    item: Item
    document: Document
    signature: Optional[bytes] = None   # MinHash values (fingerprint.py), computed in the worker


@dataclass
class Expanded:
    """A feed: its entries, to be prepared in turn."""
    item: Item
    items: list[Item] = field(default_factory=list)


Outcome = Union[Prepared, Expanded, Skip]


def expand(inputs: list[str]) -> Iterator[Union[Item, Skip]]:
    """Work items for the user's arguments, in a stable order (directories sorted)."""
    from ..ingest.url import is_url

    for source in inputs:
        if is_url(source):
            yield Item(kind="url", name=source, url=source)
            continue
        path = Path(source)
        if not path.exists():
            yield Skip(source, "no such file or directory")
        elif path.is_dir():
            found = False
            for child in _walk(path):
                if isinstance(child, Skip):
                    found = True
                    yield child
                    continue
                suffix = child.suffix.lower()
                if suffix in INGESTED_SUFFIXES and not child.name.startswith("."):
                    found = True
                    yield from _file_items(child)
            if not found:
                yield Skip(source, "directory holds no .txt, .md, .html, .htm, .jsonl or feed files")
        else:
            yield from _file_items(path)


def _walk(root: Path) -> list[Union[Path, Skip]]:
    """The files under `root`, sorted. A symlink is followed only to a file inside `root`: one
    that leads out of the folder (to /etc/passwd, say) is a Skip that says where it points, and
    a symlinked folder is never walked (no loops, no second copy)."""
    inside = root.resolve()
    found: list[Union[Path, Skip]] = []
    for folder, dirnames, filenames in os.walk(root):  # followlinks=False: linked folders listed, not entered
        for name in sorted(dirnames + filenames):
            entry = Path(folder) / name
            if entry.is_symlink():
                target = entry.resolve()
                if not target.is_relative_to(inside):
                    if target.is_dir() or entry.suffix.lower() in INGESTED_SUFFIXES:
                        found.append(Skip(str(entry), f"symlink to {target}, outside {root}; not followed"))
                    continue
                if target.is_dir():
                    if name in dirnames:
                        found.append(Skip(str(entry), "symlink to a folder; not followed (walk its target instead)"))
                    continue
            if name in filenames and entry.is_file():
                found.append(entry)
    return sorted(found, key=lambda x: x.name if isinstance(x, Skip) else str(x))


def _file_items(path: Path) -> Iterator[Union[Item, Skip]]:
    suffix = path.suffix.lower()
    if suffix in RECORD_SUFFIXES:
        yield from _records(path)
    elif suffix in FEED_SUFFIXES:
        yield Item(kind="feed", name=str(path), path=str(path))
    else:
        yield Item(kind="file", name=str(path), path=str(path))


def _records(path: Path) -> Iterator[Union[Item, Skip]]:
    """JSON lines (one object a line); a file that is one JSON document (an array of records, or
    one record) is read too. A JSON file that holds no records is one skip, not one per line."""
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        yield Skip(str(path), f"cannot be read ({getattr(exc, 'strerror', None) or type(exc).__name__})")
        return
    numbered, skips = _json_rows(raw, str(path))
    yield from skips
    for number, row in numbered:
        yield _record_item(f"{path}:{number}", row)


def _json_rows(raw: str, name: str) -> tuple[list[tuple[int, object]], list[Skip]]:
    """(number, value) of each record in a JSON or JSON-lines text, and the skips for what is not."""
    try:
        whole = json.loads(raw)
    except json.JSONDecodeError:
        whole = None
    if isinstance(whole, list):
        return list(enumerate(whole, 1)), []
    if isinstance(whole, dict):
        if not (whole.get("text") or whole.get("url")):
            return [], [Skip(name, "JSON without text or url: not an article record")]
        return [(1, whole)], []
    numbered, bad = [], []
    for number, line in enumerate(raw.splitlines(), 1):
        if not line.strip():
            continue
        try:
            numbered.append((number, json.loads(line)))
        except json.JSONDecodeError:
            bad.append(number)
    if not numbered:
        return [], [Skip(name, "not JSON lines of {url, title, text, published}")]
    return numbered, [Skip(f"{name}:{number}", "not a JSON object") for number in bad]


def _record_item(name: str, row) -> Union[Item, Skip]:
    """A record with text is analysed as it is; one with only a URL is fetched."""
    if not isinstance(row, dict):
        return Skip(name, "not a JSON object")
    if isinstance(row.get("text"), str) and row["text"].strip():
        return Item(kind="record", name=name, text=row["text"], url=_str(row.get("url")),
                    title=_str(row.get("title")), published=_str(row.get("published")))
    if _str(row.get("url")):
        return Item(kind="url", name=name, url=row["url"], title=_str(row.get("title")),
                    published=_str(row.get("published")))
    return Skip(name, "record has neither text nor url")


def _str(value) -> Optional[str]:
    return str(value).strip() or None if value is not None else None


def prepare(item: Item, settings: Settings, block_private: Optional[bool]) -> Outcome:
    """Read, fetch or extract one item into a Document (never raises for a bad input)."""
    from ..ingest import from_bytes, from_text, load

    try:
        if item.kind == "record":
            document = from_text(item.text, title=item.title, url=item.url, published=_date(item.published))
            return Prepared(item, document) if item.part else _parts_if_huge(item, document, settings.part_chars)
        if item.kind == "feed":
            return Expanded(item, feed_entries(Path(item.path).read_bytes(), item.name))
        if item.kind == "url":
            from ..ingest.url import fetch

            got = fetch(item.url, settings, block_private=block_private)
            if _is_feed(got.content_type, got.body):
                return Expanded(item, feed_entries(got.body, item.name, base_url=got.url))
            document = from_bytes(got.body, name=got.url, url=got.url, published=_date(item.published),
                                  settings=settings, html=None if got.content_type != "text/plain" else False)
            if item.title:  # a feed's or record's title beats what the page's markup says
                document = document.model_copy(update={"title": item.title})
            return _parts_if_huge(item, document, settings.part_chars)
        return _parts_if_huge(item, load(item.path, settings=settings), settings.part_chars)
    except ClaimledgerError as exc:
        return Skip(item.name, _reason(str(exc), item.name))
    except OSError as exc:
        return Skip(item.name, f"cannot be read ({exc.strerror or type(exc).__name__})")


def _parts_if_huge(item: Item, document: Document, part_chars: int) -> Outcome:
    """The document, or, past `part_chars`, its consecutive parts as records to prepare in turn
    ("report.txt (part 2 of 40)"), so no single analysis or ledger entry grows with the input."""
    if len(document.text) <= part_chars:
        return Prepared(item, document)
    parts = text_parts(document.text, part_chars)
    title = document.title or Path(item.name).name
    return Expanded(item, [Item(kind="record", name=f"{item.name} (part {k} of {len(parts)})", text=part,
                                title=f"{title} (part {k} of {len(parts)})", url=document.url,
                                published=document.published, part=True)
                           for k, part in enumerate(parts, start=1)])


def text_parts(text: str, part_chars: int) -> list[str]:
    """`text` cut at line ends into parts of at most about `part_chars`; a longer line is cut near
    a sentence end (parse.line_parts). Joined again, the parts are the text."""
    from ..parse import line_parts
    from ..segment import iter_lines

    parts, start, end = [], 0, 0
    for line in iter_lines(text):   # one line at a time: the text is huge by definition here
        for piece in line_parts(line, part_chars):
            if piece.end - start > part_chars and end > start:
                parts.append(text[start:end])
                start = end
            end = piece.end
    parts.append(text[start:])   # the rest, with the final line end
    return [p for p in parts if p.strip()]


def _date(value: Optional[str]) -> Optional[str]:
    """A record's or feed's date, or None when it is not a date (the text is still worth keeping)."""
    from ..ingest import parse_published

    try:
        return parse_published(value)
    except InputError:
        return None


def _reason(message: str, name: str) -> str:
    """The error without the item's own name in front (the summary prints the name already)."""
    return message[len(name) + 2:] if message.startswith(name + ": ") else message


def _is_feed(content_type: str, body: bytes) -> bool:
    head = body[:2048].lstrip().lower()
    if content_type in ("application/rss+xml", "application/atom+xml"):
        return True
    return content_type in FEED_TYPES + ("",) and (b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head)


def feed_entries(body: bytes, name: str, base_url: Optional[str] = None) -> list[Item]:
    """Each entry of an RSS/Atom feed as a URL item, its title and date kept; relative links are
    resolved against the feed's own address."""
    import feedparser

    parsed = feedparser.parse(body, response_headers={"content-location": base_url} if base_url else None)
    if parsed.bozo and not parsed.entries:
        raise InputError(f"{name}: not an RSS or Atom feed")
    items = []
    for number, entry in enumerate(parsed.entries, 1):
        link = entry.get("link")
        if not link:
            continue
        published = None
        stamp = entry.get("published_parsed") or entry.get("updated_parsed")
        if stamp:
            published = f"{stamp.tm_year:04d}-{stamp.tm_mon:02d}-{stamp.tm_mday:02d}"
        items.append(Item(kind="url", name=link, url=link, title=_str(entry.get("title")), published=published))
    if not items:
        raise InputError(f"{name}: the feed has no entries with links")
    return items
