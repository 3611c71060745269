"""Bad input gets one clear line on stderr and a non-zero exit, never a traceback; good input in
any common encoding, HTML or over HTTP is read."""
from __future__ import annotations

import http.server
import json
import sqlite3
import threading
from pathlib import Path

import pytest

from claimledger.ingest import from_bytes, load
from claimledger.settings import Settings
from helpers import assert_one_line_error, run_cli

ARTICLE = "Officials said the talks would resume. “It’s over,” the minister said — café émigrés.\n"


@pytest.fixture
def tmp(tmp_path):
    return tmp_path


@pytest.mark.parametrize("encoding,bom", [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("cp1252", b""), ("utf-16", b"")])
def test_common_encodings_and_crlf(tmp, encoding, bom):
    path = tmp / "a.txt"
    path.write_bytes(bom + ARTICLE.replace("\n", "\r\n").encode(encoding))
    document = load(str(path))
    assert document.text == ARTICLE


def test_html_main_text_and_metadata():
    html = b"""<!doctype html><html><head><title>Talks resume</title>
    <meta name="author" content="Jane Roe"><meta property="article:published_time" content="2024-03-02">
    <script>alert('x')</script></head><body><nav>Home | World</nav><article><h1>Talks resume</h1>
    <p>Officials said on Tuesday that the talks between the two governments would resume next week in Doha, after a pause of two months.</p>
    <p>"We are ready," the foreign minister told reporters, adding that a deal was likely before the summer recess.</p>
    </article><footer>Subscribe</footer></body></html>"""
    document = from_bytes(html, name="page.html")
    assert "talks between the two governments" in document.text
    assert "alert" not in document.text
    assert document.title == "Talks resume"
    assert document.published == "2024-03-02"


def _file(name: str, content: bytes):
    def make(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path
    return make


@pytest.mark.parametrize("make,message", [
    (_file("empty.txt", b""), "empty"),
    (_file("blank.txt", b"  \n\n "), "empty"),
    (_file("bin.txt", b"\x7fELF\x02\x01\x00\x00" + bytes(range(256)) * 4), "binary"),
    (_file("bad.txt", bytes([0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xc3, 0x28]) * 50), "encoding"),
    (lambda d: d, "directory"),
    (lambda d: d / "missing.txt", "no such file"),
])
def test_bad_files(tmp, make, message):
    path = make(tmp)
    assert_one_line_error(run_cli("analyze", str(path)), message)


def test_size_cap(tmp):
    path = tmp / "big.txt"
    path.write_text("word " * 5000)
    assert_one_line_error(run_cli("analyze", str(path), env={"CLAIMLEDGER_MAX_BYTES": "1000"}), "cap")


def test_stdin_and_json(tmp):
    result = run_cli("analyze", "-", "--format", "json", "--published", "2024-01-25", stdin=ARTICLE)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["document"]["published"] == "2024-01-25"
    assert data["sentences"]


class _Handler(http.server.BaseHTTPRequestHandler):
    routes = {
        "/article": ("text/html", b"<html><head><title>T</title></head><body><article><p>" + b"The ministry said the convoy reached the border crossing on Monday morning after delays. " * 5 + b"</p></article></body></html>"),
        "/report.pdf": ("application/pdf", b"%PDF-1.4 ..."),
        "/big": ("text/html", b"<p>" + b"x" * 50_000 + b"</p>"),
    }

    def do_GET(self):
        if self.path == "/loop":
            self.send_response(302)
            self.send_header("Location", "/loop")
            self.end_headers()
            return
        if self.path not in self.routes:
            self.send_response(404)
            self.end_headers()
            return
        ctype, body = self.routes[self.path]
        self.send_response(200)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()


def test_url_ingest(server):
    document = load(f"{server}/article")
    assert "convoy reached the border" in document.text
    assert document.url.endswith("/article")


@pytest.mark.parametrize("path,message", [("/report.pdf", "not an HTML"), ("/nope", "HTTP 404"), ("/loop", "redirects")])
def test_url_errors(server, path, message):
    assert_one_line_error(run_cli("analyze", f"{server}{path}"), message)


def test_url_size_cap(server):
    assert_one_line_error(run_cli("analyze", f"{server}/big", env={"CLAIMLEDGER_MAX_DOWNLOAD": "1000"}), "cap")


def test_unreachable_url():
    # Port 9 on loopback: nothing listens, so the connection is refused at once.
    assert_one_line_error(run_cli("analyze", "http://127.0.0.1:9/story"), "unreachable")


def test_private_addresses_refused_when_blocking(server):
    from claimledger.errors import FetchError

    with pytest.raises(FetchError, match="non-public"):
        load(f"{server}/article", settings=Settings(), block_private=True)


def test_corrupt_database_untouched(tmp):
    db = tmp / "corrupt.db"
    db.write_bytes(b"this is not sqlite" * 100)
    before = db.read_bytes()
    src = tmp / "a.txt"
    src.write_text(ARTICLE)
    assert_one_line_error(run_cli("--db", f"sqlite:///{db}", "ingest", str(src)), "corrupt")
    assert db.read_bytes() == before


def test_locked_database_keeps_stored_data(tmp):
    db = tmp / "ledger.db"
    src = tmp / "a.txt"
    src.write_text(ARTICLE)
    assert run_cli("--db", f"sqlite:///{db}", "ingest", str(src)).returncode == 0
    other = tmp / "b.txt"
    other.write_text("A different article. The army said it withdrew.\n")
    holder = sqlite3.connect(db)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        result = run_cli("--db", f"sqlite:///{db}", "ingest", str(other), env={"CLAIMLEDGER_DB_TIMEOUT": "0.5"})
    finally:
        holder.rollback()
        holder.close()
    assert_one_line_error(result, "locked")
    listing = run_cli("--db", f"sqlite:///{db}", "list")
    assert listing.returncode == 0 and "1 documents" in listing.stdout
