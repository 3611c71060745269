"""Huge and hostile inputs: bounded time and memory, a clear one-line refusal where refused."""
from __future__ import annotations

import resource
import time

import pytest

from claimledger.errors import InputError
from claimledger.ingest import from_bytes
from claimledger.pipeline import _windows
from claimledger.segment import split_lines
from claimledger.settings import Settings


def test_deeply_nested_html_is_refused_or_read_never_crashes():
    html = ("<html><head><title>Deep</title></head><body>" + "<div>" * 100_000
            + "<p>The ministry said the talks had failed. Officials declined to comment.</p>"
            + "</div>" * 100_000 + "</body></html>")
    started = time.time()
    try:
        document = from_bytes(html.encode(), name="deep.html")
    except InputError as exc:
        assert "\n" not in str(exc) and "deep.html" in str(exc)
    else:
        assert "talks had failed" in document.text
    assert time.time() - started < 20


def test_a_one_megabyte_single_line_is_parsed_in_bounded_windows():
    sentence = "The convoy crossed the border at dawn, a spokesman for the ministry said on Monday. "
    text = "Headline\n" + sentence * (1_000_000 // len(sentence)) + "\n"
    limit = Settings().window_chars
    windows = list(_windows(split_lines(text), 2_000, limit))
    long_parts = [line for w in windows for line in w if line.number == 2]
    assert len(long_parts) >= 1_000_000 // limit
    assert max(len(line.text) for line in long_parts) <= limit
    assert "".join(line.text for line in long_parts) == text.split("\n")[1]  # nothing lost or doubled
    assert all(text[line.start:line.end] == line.text for line in long_parts)


def _feed(entries: int) -> bytes:
    items = "".join(f"<item><title>Dispatch {i}</title><link>http://127.0.0.1:9/story/{i}</link>"
                    f"<pubDate>Tue, 11 Feb 2025 08:00:00 GMT</pubDate></item>" for i in range(entries))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{items}</channel></rss>'.encode()


def test_a_feed_with_thousands_of_entries_expands_in_bounded_time_and_memory():
    from claimledger.archive.inputs import feed_entries

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.time()
    items = feed_entries(_feed(5_000), "big.xml")
    assert len(items) == 5_000 and items[0].title == "Dispatch 0"
    assert time.time() - started < 30
    assert (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024 < 300  # MiB


@pytest.mark.slow
def test_a_big_feed_of_dead_links_is_skipped_entry_by_entry(tmp_path):
    from claimledger.archive.bulk import ingest
    from claimledger.store import Ledger

    feed = tmp_path / "wire.xml"
    feed.write_bytes(_feed(300))
    started = time.time()
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        summary = ingest([str(feed)], ledger, block_private=False)
    assert summary.stored == [] and len(summary.skipped) == 300
    assert all("\n" not in skip.reason for skip in summary.skipped)
    assert time.time() - started < 120
