"""Bulk ingest: directories, JSON lines, feeds, workers, duplicates, resuming, bad inputs."""
from __future__ import annotations

import http.server
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from archive_support import ARCHIVE_TEXTS, archive_db, copy_texts  # noqa: F401 (fixture)
from claimledger.archive.bulk import ingest
from claimledger.archive.inputs import Item, Skip, expand
from claimledger.store import Ledger, schema

ROOT = Path(__file__).resolve().parent.parent


def _documents(url: str) -> dict[str, dict]:
    with Ledger(url) as ledger:
        return {r["id"]: r for r in ledger.iter_rows(select(schema.documents))}


def test_directory_ingest_counts(archive_db):
    url, summary = archive_db
    assert len(summary.stored) == 6          # 4 files (the wire copy aside) + 2 good JSON records
    assert len(summary.near_duplicates) == 1
    reasons = sorted(s.reason for s in summary.skipped)
    assert reasons == ["not a JSON object", "record has neither text nor url"]
    assert summary.line().startswith("6 stored, 1 duplicates (0 exact, 1 near), 2 skipped")


def test_near_duplicate_is_recorded_not_analysed(archive_db):
    url, summary = archive_db
    copy_id, original_id, score = summary.near_duplicates[0]
    docs = _documents(url)
    assert docs[copy_id]["duplicate_of"] == original_id and score >= 0.6
    titles = {docs[copy_id]["title"], docs[original_id]["title"]}
    assert any("Odesa fuel depot" in t for t in titles) and any("Drone strike hits" in t for t in titles)
    with Ledger(url) as ledger:
        copy_sentences = list(ledger.iter_rows(select(schema.sentences.c.id).where(schema.sentences.c.document_id == copy_id)))
        assert copy_sentences == []
        assert ledger.get(copy_id).document.text  # the copy's own text is kept


def test_records_keep_title_url_and_date(archive_db):
    url, _ = archive_db
    docs = {d["title"]: d for d in _documents(url).values()}
    record = docs["War-risk premiums climb for Red Sea voyages"]
    assert record["url"] == "https://news.example.org/red-sea-insurance" and record["published"] == "2025-02-12"


def test_second_run_stores_nothing_new(archive_db, tmp_path):
    url, _ = archive_db
    with Ledger(url) as ledger:
        again = ingest([str(ARCHIVE_TEXTS)], ledger)
    assert again.stored == [] and again.near_duplicates == []
    assert len(again.already) == 7


def test_bad_files_are_skipped_and_the_run_goes_on(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_text("   \n")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "good.txt").write_text("Officials in Nairobi said on Friday that the border crossing had reopened "
                                     "after three days of talks.\n")
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")  # not a kind we read: not even listed
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        summary = ingest([str(folder), str(tmp_path / "missing.txt")], ledger)
    assert len(summary.stored) == 1
    skipped = {Path(s.name).name: s.reason for s in summary.skipped}
    assert set(skipped) == {"empty.txt", "binary.txt", "missing.txt"}
    assert "empty" in skipped["empty.txt"] and "no such file" in skipped["missing.txt"]


def test_expand_lists_supported_files_in_order(tmp_path):
    (tmp_path / "b").mkdir()
    for name in ("b/2.md", "a.txt", "c.htm", "feed.xml", "x.jpg", ".hidden.txt"):
        (tmp_path / name).write_text("x")
    (tmp_path / "rows.jsonl").write_text('{"text": "Hello there, world.", "title": "T"}\n\n{"url": "https://e.org/a"}\n')
    found = list(expand([str(tmp_path)]))
    names = [Path(i.name.split(":")[0]).name + (":" + i.name.split(":")[1] if ":" in i.name else "") for i in found]
    assert names == ["a.txt", "2.md", "c.htm", "feed.xml", "rows.jsonl:1", "rows.jsonl:3"]
    assert [i.kind for i in found if isinstance(i, Item)] == ["file", "file", "file", "feed", "record", "url"]


def test_json_array_file_is_read(tmp_path):
    path = tmp_path / "dump.json"
    path.write_text('[{"text": "The ministry said talks would resume.", "published": "not a date"}, 3]')
    found = list(expand([str(path)]))
    assert isinstance(found[0], Item) and found[0].kind == "record"
    assert isinstance(found[1], Skip) and found[1].reason == "not a JSON object"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def guess_type(self, path):
        return "application/rss+xml" if str(path).endswith(".xml") else super().guess_type(path)


@pytest.fixture()
def feed_site(tmp_path):
    """A loopback web site with an RSS feed of two articles (the CLI allows loopback; serve never does)."""
    site = tmp_path / "site"
    site.mkdir()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), lambda *a: _Quiet(*a, directory=str(site)))
    base = f"http://127.0.0.1:{server.server_address[1]}"
    for name, body in (("a", "Election officials in Accra said turnout reached 61 percent, the highest in two decades. "
                             "Observers from the regional bloc said the vote was broadly free."),
                       ("b", "The navy said it had intercepted a fishing trawler carrying weapons off the coast. "
                             "Three crew members were detained, according to a statement.")):
        (site / f"{name}.html").write_text(f"<html><head><title>Page {name}</title></head><body><article><p>{body}</p>"
                                           f"<p>{body}</p></article></body></html>")
    (site / "feed.xml").write_text(f"""<?xml version="1.0"?><rss version="2.0"><channel><title>Desk</title>
<item><title>Turnout hits two-decade high</title><link>{base}/a.html</link><pubDate>Tue, 11 Feb 2025 09:00:00 GMT</pubDate></item>
<item><title>Navy seizes arms boat</title><link>b.html</link><pubDate>Wed, 12 Feb 2025 10:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing.html</link></item>
</channel></rss>""")
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield base
    server.shutdown()
    server.server_close()


def test_feed_entries_are_fetched_with_their_titles_and_dates(feed_site, tmp_path):
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        summary = ingest([f"{feed_site}/feed.xml"], ledger)
        docs = {r["title"]: r for r in ledger.iter_rows(select(schema.documents))}
    assert len(summary.stored) == 2
    assert docs["Turnout hits two-decade high"]["published"] == "2025-02-11"
    assert docs["Navy seizes arms boat"]["url"].endswith("/b.html")
    assert [s.reason for s in summary.skipped] == ["HTTP 404"]


def test_url_ingest_refuses_loopback_when_blocking(feed_site, tmp_path):
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        summary = ingest([f"{feed_site}/a.html"], ledger, block_private=True)
    assert summary.stored == [] and "non-public address" in summary.skipped[0].reason


def test_workers_give_the_same_ledger(tmp_path):
    """Whatever order the workers finish in, the same copy is kept (the first in the input)."""
    results = []
    for workers in (1, 2, 3):
        with Ledger(f"sqlite:///{tmp_path / f'w{workers}.db'}") as ledger:
            summary = ingest([str(ARCHIVE_TEXTS)], ledger, workers=workers)
        results.append((sorted(summary.stored), sorted(d for d, _, _ in summary.near_duplicates)))
    assert results[0][0] and results[0] == results[1] == results[2]


def _cli(*args: str, db: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return [sys.executable, "-c", "from claimledger.cli import main; main()", "--db", db, *args], env


def test_sigkill_leaves_a_consistent_ledger_and_a_rerun_finishes(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    sentences = ["The ministry said {n} convoys had crossed the border on Monday.",
                 "Local officials reported {n} people displaced by the flooding.",
                 "According to the agency, {n} ships were waiting to enter the strait.",
                 "The army said it had destroyed {n} launchers in the last week."]
    for n in range(12):
        (folder / f"{n:02d}.txt").write_text(f"Dispatch number {n * 7 + 3}\n\n" + " ".join(
            s.format(n=n * 13 + i) for i, s in enumerate(sentences)) + f"\nFiled from desk {n} of the world service.\n")
    db = tmp_path / "k.db"
    command, env = _cli("ingest", str(folder), db=f"sqlite:///{db}")
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    first = process.stdout.readline()
    assert first.startswith("stored ")
    time.sleep(0.3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    connection = sqlite3.connect(db)
    assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    stored = connection.execute("SELECT count(*) FROM documents").fetchone()[0]
    assert 1 <= stored <= 12
    # Every stored document is whole: its sentence rows match its analysis.
    for doc_id, analysis in connection.execute("SELECT id, analysis FROM documents"):
        rows = connection.execute("SELECT count(*) FROM sentences WHERE document_id=?", (doc_id,)).fetchone()[0]
        assert rows == analysis.count('"section":')
    connection.close()
    done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert f"{12 - stored} stored" in done.stdout
    connection = sqlite3.connect(db)
    assert connection.execute("SELECT count(*) FROM documents").fetchone()[0] == 12
    assert connection.execute("SELECT count(*) FROM archive_minhash").fetchone()[0] == 12
    connection.close()


def test_cli_ingest_lines_and_exit_codes(tmp_path):
    good = tmp_path / "good.md"
    good.write_text("# Talks resume\n\nNegotiators met in Geneva on Tuesday, the foreign ministry said.\n")
    command, env = _cli("ingest", str(good), str(tmp_path / "nope.txt"), db=f"sqlite:///{tmp_path / 'c.db'}")
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("stored ") and "good.md" in result.stdout
    assert "skipped" in result.stderr and "no such file" in result.stderr
    assert "1 stored, 0 duplicates (0 exact, 0 near), 1 skipped" in result.stdout
    command, env = _cli("ingest", str(tmp_path / "nope.txt"), db=f"sqlite:///{tmp_path / 'c.db'}")
    assert subprocess.run(command, env=env, capture_output=True, text=True, timeout=300).returncode == 2


def test_a_json_file_that_is_not_records_is_one_skip(tmp_path):
    (tmp_path / "gold.json").write_text('{\n  "lines": [1, 2],\n  "labels": {"a": "b"}\n}\n')
    (tmp_path / "one.json").write_text('{"text": "Officials said the road reopened on Friday.", "title": "Road"}')
    (tmp_path / "junk.jsonl").write_text("<html>\nnot json\n")
    found = list(expand([str(tmp_path)]))
    assert [(Path(f.name).name, type(f).__name__) for f in found] == [
        ("gold.json", "Skip"), ("junk.jsonl", "Skip"), ("one.json:1", "Item")]


def _crash_on_marker(document, name):
    """Stands in for the analysis job: the worker process dies on a marked document."""
    from claimledger.archive import bulk

    if "CRASH-THIS-WORKER" in document.text:
        os._exit(1)
    return bulk._real_analyse_job(document, name)


def test_a_dying_worker_costs_only_its_documents(tmp_path, monkeypatch):
    from claimledger.archive import bulk

    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(6):
        marker = "CRASH-THIS-WORKER " if n == 2 else ""
        (folder / f"{n}.txt").write_text(f"{marker}Report {n}: the agency said {n * 11 + 5} families had returned "
                                         f"to the district of Kassala number {n} after the floods receded.\n")
    monkeypatch.setattr(bulk, "_real_analyse_job", bulk._analyse_job, raising=False)
    monkeypatch.setattr(bulk, "_analyse_job", _crash_on_marker)
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    with Ledger(url) as ledger:
        summary = ingest([str(folder)], ledger, workers=2)
    died = [s for s in summary.skipped if "worker process died" in s.reason]
    assert any(s.name.endswith("2.txt") for s in died)
    # Only what was in flight with it is lost (at most two per worker), and the run went on.
    assert len(summary.stored) + len(died) == 6 and len(died) <= 4 and summary.stored
    monkeypatch.undo()
    with Ledger(url) as ledger:  # the rerun picks up what the crash cost (the marked one included)
        again = ingest([str(folder)], ledger)
    assert len(again.stored) == len(died) and len(again.already) == len(summary.stored)


def test_block_private_setting_applies_to_bulk_ingest(feed_site, tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_BLOCK_PRIVATE", "1")
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        summary = ingest([f"{feed_site}/a.html"], ledger)
    assert summary.stored == [] and "non-public address" in summary.skipped[0].reason


def test_local_atom_feed_file(feed_site, tmp_path):
    atom = tmp_path / "desk.atom"
    atom.write_text(f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><id>urn:desk</id><updated>2025-02-13T00:00:00Z</updated>
<entry><title>Accra vote count</title><link href="{feed_site}/a.html"/><id>urn:a</id><updated>2025-02-13T08:00:00Z</updated></entry>
</feed>""")
    with Ledger(f"sqlite:///{tmp_path / 'l.db'}") as ledger:
        summary = ingest([str(atom)], ledger)
        docs = list(ledger.iter_rows(select(schema.documents.c.title, schema.documents.c.published)))
    assert len(summary.stored) == 1 and docs == [{"title": "Accra vote count", "published": "2025-02-13"}]


def test_json_files_without_records_are_one_skip(tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text('{"theme": "dark", "fontSize": 12}')
    prose = tmp_path / "notes.jsonl"
    prose.write_text("not json at all\nneither is this\n")
    found = list(expand([str(settings), str(prose)]))
    assert [(type(x).__name__, x.reason) for x in found] == [
        ("Skip", "JSON without text or url: not an article record"),
        ("Skip", "not JSON lines of {url, title, text, published}")]


def test_json_lines_bad_lines_are_skipped_before_the_records(tmp_path):
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"url": "https://news.example.org/a", "title": "A"}\n{oops\n\n{"text": "The port reopened."}\n')
    found = list(expand([str(path)]))
    assert [x.name for x in found] == [f"{path}:2", f"{path}:1", f"{path}:4"]
    assert isinstance(found[0], Skip) and [x.kind for x in found[1:]] == ["url", "record"]


def test_a_huge_text_is_stored_as_consecutive_parts(tmp_path):
    from claimledger.archive.inputs import text_parts
    from claimledger.settings import get_settings

    wire = (ROOT / "tests" / "texts" / "events_wire.txt").read_text(encoding="utf-8")
    oped = (ROOT / "tests" / "texts" / "forecast_oped.txt").read_text(encoding="utf-8")
    text = "\n\n".join([wire, oped, wire.replace("Monday", "Tuesday"), oped.replace("will", "shall")])
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "transcript.txt").write_text(text, encoding="utf-8")
    settings = get_settings().model_copy(update={"part_chars": len(wire) + 10})
    parts = text_parts(text, settings.part_chars)
    assert "".join(parts) == text and len(parts) >= 4
    url = f"sqlite:///{tmp_path / 'parts.db'}"
    with Ledger(url) as ledger:
        summary = ingest([str(tmp_path / "in")], ledger, settings=settings, threshold=1.0)
    assert summary.skipped == []
    import json

    stored = sorted(_documents(url).values(), key=lambda d: d["title"])
    first_title = stored[0]["title"].rsplit(" (part", 1)[0]
    assert [d["title"] for d in stored] == [f"{first_title} (part {k} of {len(parts)})" for k in range(1, len(parts) + 1)]
    texts = [json.loads(d["analysis"])["document"]["text"] for d in stored]
    assert all(0 < len(t) <= settings.part_chars for t in texts)
    assert all(json.loads(d["analysis"])["sentences"] for d in stored)
