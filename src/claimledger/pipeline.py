"""The whole flow for one document: ingest -> segment -> parse -> extract -> assemble.

    from claimledger import analyze
    a = analyze(text, published="2024-01-25")   # -> contract.Analysis

The API never prints and never exits; errors are ClaimledgerError subclasses.
"""
from __future__ import annotations

import os
import re
import warnings
from typing import IO, Callable, Iterable, Iterator, Optional, Union

from . import lexicon
from .assemble import Spill, assemble, write_json
from .contract import Analysis, Document, Sentence
from .errors import PathAsTextWarning
from .extract import plan_for, run_finish, run_window, start
from .extract.context import Context, SentenceUnit, Window
from .extract.syntax import trim_span
from .ingest import from_text, parse_published
from .memory import own_tensor, release_freed_memory
from .parse import Piece, line_parts, load_pipeline, parse, pieces
from .segment import Line, iter_lines, label_lines, sections_of, split_lines
from .settings import Settings, get_settings

_ONLY_PUNCT = re.compile(r"^[\W_]+$")


def analyze(source: Union[str, Document], published: Optional[str] = None, title: Optional[str] = None,
            url: Optional[str] = None, settings: Optional[Settings] = None) -> Analysis:
    """Analyse a text (str) or an ingested Document; `published` resolves relative dates.
    For a file, use `analyze_file(path)`: a string that looks like a path is analysed as text,
    with a PathAsTextWarning; a Path is refused with a TypeError naming analyze_file."""
    settings = settings or get_settings()
    if isinstance(source, Document):
        document = source
        if published:
            document = document.model_copy(update={"published": parse_published(published)})
    elif isinstance(source, str):
        if _looks_like_path(source):
            warnings.warn(PathAsTextWarning(
                f"analyze() was given {source[:80]!r}, which looks like a file path; it analyses that string "
                "as the text. To read the file, use analyze_file(path)"), stacklevel=2)
        document = from_text(source, title=title, url=url, published=published)
    elif isinstance(source, os.PathLike):
        raise TypeError(f"analyze() takes the text to analyse, not a path ({os.fspath(source)!r}); "
                        "use analyze_file(path) to read a file")
    else:
        raise TypeError(f"analyze() takes a str or a Document, not {type(source).__name__}")
    return analyze_document(document, settings)


def analyze_file(path: Union[str, os.PathLike], published: Optional[str] = None,
                 settings: Optional[Settings] = None) -> Analysis:
    """Analyse a file (plain text or HTML, any common encoding), as `claimledger analyze FILE` does."""
    from .ingest import load

    settings = settings or get_settings()
    return analyze_document(load(os.fspath(path), published=published, settings=settings), settings)


_PATH_SUFFIX = re.compile(r"\.(txt|md|html?|json|jsonl|ndjson|xml|rss|atom|csv|pdf|docx?)$", re.I)


def _looks_like_path(text: str) -> bool:
    """One short line without spaces that names an existing file or ends like a document's file
    name ("/path/article.txt", "C:\\news\\story.html"): almost surely meant as a path."""
    candidate = text.strip()
    if not candidate or len(candidate) > 1024 or "\n" in candidate or " " in candidate:
        return False
    if _PATH_SUFFIX.search(candidate):
        return True
    try:
        return os.path.isfile(candidate)
    except (OSError, ValueError):
        return False


def analyze_many(documents: Iterable[Document], settings: Optional[Settings] = None) -> Iterator[Analysis]:
    """Analyses of many documents, one pipeline load, in order."""
    settings = settings or get_settings()
    for document in documents:
        yield analyze_document(document, settings)


def analyze_document(document: Document, settings: Settings) -> Analysis:
    return assemble(_extract(document, settings))


def analyze_to_json(document: Document, out: IO[str], settings: Optional[Settings] = None) -> None:
    """Write the contract's JSON of a document to `out`, streaming: each window's results go to
    temporary files as soon as they are made, so memory stays flat however long the input."""
    with Spill() as spill:
        ctx = _extract(document, settings or get_settings(), after_window=spill.take)
        spill.take(ctx)  # what finish() added (the hypotheses still open)
        write_json(ctx, spill, out)


def _extract(document: Document, settings: Settings, after_window: Optional[Callable[[Context], None]] = None) -> Context:
    declarations = plan_for(settings)   # an unknown or unrunnable request fails here, before parsing
    nlp = load_pipeline(settings.pipeline)
    if settings.attribution_head and settings.attribution != "rules":
        from .models import add_attribution_head

        add_attribution_head(nlp)     # its spans feed the model (extract/attribution/learned.py)
    if settings.forecast_detection in ("model", "both"):
        from .models import add_head

        add_head(nlp, "forecasts", "forecast")     # its CUE spans feed extract/forecasts/learned.py
    lines = split_lines(document.text)
    labels = label_lines(lines)
    ctx = Context(document=document, settings=settings, line_sections=labels, sections=sections_of(lines, labels))
    # Lines are cut again window by window: kept, their text would double a huge input in memory.
    del lines
    if len(document.text) > settings.window_chars:
        release_freed_memory()  # what reading a huge input freed, before the first window parses
    extractors = start(declarations, ctx)
    for window_lines in _windows(iter_lines(document.text), settings.window_lines, settings.window_chars):
        units = list(_sentence_units(ctx, nlp, window_lines))
        run_window(extractors, Window(lines=window_lines, sentences=units))
        # The spaCy Docs of this window are dropped here; only contract models stay (or, with
        # after_window, go to disk).
        del units
        if after_window is not None:
            after_window(ctx)
        ctx.end_window()
        release_freed_memory()
    run_finish(extractors)
    return ctx


def _windows(lines: Iterable[Line], size: int, max_chars: int) -> Iterator[list[Line]]:
    """Windows of at most `size` lines and about `max_chars` characters, so the spaCy Docs held
    at once stay bounded whatever the line lengths. A line longer than `max_chars` is cut (near
    sentence ends) into parts that keep its line number, each in its own window."""
    window: list[Line] = []
    chars = 0
    for line in lines:
        for part in line_parts(line, max_chars):
            if window and (len(window) >= size or chars + len(part.text) > max_chars):
                yield window
                window, chars = [], 0
            window.append(part)
            chars += len(part.text)
    if window:
        yield window


def _sentence_units(ctx: Context, nlp, window_lines: list[Line]) -> Iterator[SentenceUnit]:
    settings = ctx.settings
    items: list[Piece] = list(pieces(window_lines, settings.max_chunk_chars))
    for piece, doc in parse(nlp, items, settings.batch_size):
        own_tensor(doc)  # a Span kept past this window must not pin its whole batch (memory.py)
        for span in sentence_spans(doc):
            start, end = piece.start + span.start_char, piece.start + span.end_char
            sentence = Sentence(
                id=f"s{ctx.sentence_count + 1}", line=piece.line.number, start=start, end=end,
                text=ctx.document.text[start:end], section=ctx.line_sections[piece.line.number],
            )
            ctx.sentences.append(sentence)
            ctx.sentence_count += 1
            yield SentenceUnit(model=sentence, span=span, doc_offset=piece.start, line=piece.line)


def _ends_in_title(span) -> bool:
    """"Hon.", "The Chair (Hon.": a stretch that ends in a title with its dot ("Hon" "." may be two
    tokens). Every dotted title ends in a dot, so a match needs no second test of it."""
    last = span[-2:].text.lower().replace(" ", "") if len(span) >= 2 and span[-1].text == "." else span[-1].text.lower()
    return last in lexicon.dotted_titles()


def sentence_spans(doc) -> Iterator:
    """The parser's sentences, trimmed of white space; a fragment of bare punctuation (a closing
    quote or bracket the parser split off) is joined to the sentence before it, and a bare number
    it split off the front of a sentence ("14 | Al Shabaab militants were killed.", the parser
    reading a name after a digit as a new start) to the sentence after it, as is a title the parser
    took for a sentence's end ("Hon. | Bill Blair (Minister of National Defence): ...")."""
    spans = []
    carried = None
    for sent in doc.sents:
        span = _trim(sent)
        if span is None:
            continue
        if carried is not None:
            span = doc[carried: span.end]
            carried = None
        if span.end < len(doc) and _ends_in_title(span):
            carried = span.start      # "Hon. | Bill Blair (Minister ...): ...": a title the parser took for an end
            continue
        if spans and _ONLY_PUNCT.match(span.text):
            spans[-1] = doc[spans[-1].start: span.end]
        elif all(t.like_num for t in span) and span.end < len(doc):
            carried = span.start
        else:
            spans.append(span)
    if carried is not None:
        spans.append(doc[carried:])
    return iter(spans)


def _trim(span):
    return trim_span(span, leading=lambda t: t.is_space, trailing=lambda t: t.is_space)
