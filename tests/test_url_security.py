"""URL fetching when private addresses are blocked: the connection goes to the very address
that was checked (no second DNS lookup to rebind), each redirect hop is checked again, and the
real host name stays in the Host header and TLS SNI."""
from __future__ import annotations

import http.server
import threading

import httpx
import pytest

from claimledger.errors import FetchError
from claimledger.ingest import url as url_module
from claimledger.ingest.url import _PinnedTransport, fetch
from claimledger.settings import Settings

PAGE = b"<html><body><article><p>" + b"The port authority said cargo traffic resumed on Friday. " * 4 + b"</p></article></body></html>"


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"   # keep-alive, so connection reuse would show
    seen_hosts: list = []
    seen_ports: list = []

    def do_GET(self):
        _Handler.seen_hosts.append(self.headers.get("Host"))
        _Handler.seen_ports.append(self.client_address[1])
        if self.path.startswith("/hop"):
            self.send_response(302)
            self.send_header("Location", self.path.split("?to=", 1)[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def port():
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield httpd.server_port
    httpd.shutdown()


def test_loopback_refused_when_blocking(port):
    with pytest.raises(FetchError, match="non-public"):
        fetch(f"http://127.0.0.1:{port}/story", Settings(), block_private=True)
    with pytest.raises(FetchError, match="non-public"):
        fetch(f"http://localhost:{port}/story", Settings(), block_private=True)


def test_loopback_allowed_when_not_blocking(port):
    got = fetch(f"http://127.0.0.1:{port}/story", Settings(), block_private=False)
    assert b"cargo traffic resumed" in got.body


def test_connection_goes_to_the_checked_address(port, monkeypatch):
    # A name no resolver knows: if httpx resolved it again at connect time the fetch would fail.
    # The check "vouches" for 127.0.0.1, so reaching the server proves the address was pinned.
    checked = []
    monkeypatch.setattr(url_module, "public_address", lambda url: checked.append(url) or "127.0.0.1")
    _Handler.seen_hosts.clear()
    got = fetch(f"http://rebind.invalid:{port}/story", Settings(), block_private=True)
    assert b"cargo traffic resumed" in got.body
    assert got.url == f"http://rebind.invalid:{port}/story"
    assert checked == [f"http://rebind.invalid:{port}/story"]
    assert _Handler.seen_hosts == [f"rebind.invalid:{port}"]


def test_every_redirect_hop_is_checked(port, monkeypatch):
    real_check = url_module.public_address

    def check(url):  # the first host passes; the redirect target gets the real check
        return "127.0.0.1" if "start.invalid" in url else real_check(url)

    monkeypatch.setattr(url_module, "public_address", check)
    with pytest.raises(FetchError, match="non-public"):
        fetch(f"http://start.invalid:{port}/hop?to=http://127.0.0.1:{port}/story", Settings(), block_private=True)


def test_https_keeps_the_host_name_for_sni(monkeypatch):
    seen = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen["url"], seen["sni"], seen["host"] = str(request.url), request.extensions.get("sni_hostname"), request.headers["host"]
        return httpx.Response(200, text="ok")

    monkeypatch.setattr(url_module, "public_address", lambda url: "93.184.216.34")
    with httpx.Client(transport=_PinnedTransport(httpx.MockTransport(handler))) as client:
        client.get("https://news.example.org/world")
    assert seen == {"url": "https://93.184.216.34/world", "sni": "news.example.org", "host": "news.example.org"}


def test_ipv6_addresses_are_bracketed(monkeypatch):
    seen = {}
    monkeypatch.setattr(url_module, "public_address", lambda url: "2606:2800:220:1::1")
    transport = _PinnedTransport(httpx.MockTransport(lambda r: seen.setdefault("url", str(r.url)) and httpx.Response(200)))
    with httpx.Client(transport=transport) as client:
        client.get("http://news.example.org:8080/a")
    assert seen["url"] == "http://[2606:2800:220:1::1]:8080/a"


def test_unresolvable_host_is_a_fetch_error():
    with pytest.raises(FetchError, match="could not be resolved"):
        fetch("http://no-such-host.invalid/a", Settings(), block_private=True)


def test_a_page_cannot_claim_another_address():
    from claimledger.ingest import from_bytes

    html = (b'<html><head><title>Scoop</title><link rel="canonical" href="https://wire.example.com/exclusive">'
            b'<meta property="og:url" content="https://wire.example.com/exclusive"></head><body><article><p>'
            + b"The defence ministry said the exercise would last ten days and involve naval units. " * 4
            + b"</p></article></body></html>")
    fetched = from_bytes(html, name="x", url="https://blog.example.net/post")
    assert fetched.url == "https://blog.example.net/post"
    saved = from_bytes(html, name="saved.html")
    assert saved.url == "https://wire.example.com/exclusive"   # a saved file keeps what the page says


@pytest.mark.parametrize("url", ["http://[::ffff:127.0.0.1]/", "http://[64:ff9b::a00:1]/", "http://[2002:c0a8:101::1]/",
                                 "http://2130706433/", "http://0x7f.1/", "http://0.0.0.0/", "http://[::]/",
                                 "http://100.64.0.1/", "http://169.254.169.254/"])
def test_private_addresses_in_disguise_are_refused(url):
    with pytest.raises(FetchError, match="non-public"):
        url_module.public_address(url)


def test_public_addresses_pass_the_check():
    assert url_module.public_address("http://8.8.8.8/a") == "8.8.8.8"
    assert url_module.public_address("http://[64:ff9b::808:808]/") == "64:ff9b::808:808"


class _Trickle(http.server.BaseHTTPRequestHandler):
    """Answers at once, then sends its body a few bytes at a time, each well within the read timeout."""

    def do_GET(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        import time

        try:
            for _ in range(200):
                self.wfile.write(b"<p>slow</p>")
                self.wfile.flush()
                time.sleep(0.05)
        except OSError:   # the client gave up, as it should
            pass

    def log_message(self, *args):
        pass


def test_a_trickling_page_hits_the_whole_fetch_deadline():
    import time

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Trickle)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        started = time.monotonic()
        with pytest.raises(FetchError, match="timed out"):
            fetch(f"http://127.0.0.1:{httpd.server_port}/", Settings(http_timeout=0.3), block_private=False)
        assert time.monotonic() - started < 3
    finally:
        httpd.shutdown()


def test_a_redirect_to_another_name_on_the_same_address_opens_a_new_connection(port, monkeypatch):
    monkeypatch.setattr(url_module, "public_address", lambda url: "127.0.0.1")
    _Handler.seen_hosts.clear()
    _Handler.seen_ports.clear()
    fetch(f"http://first.invalid:{port}/hop?to=http://second.invalid:{port}/story", Settings(), block_private=True)
    assert _Handler.seen_hosts == [f"first.invalid:{port}", f"second.invalid:{port}"]
    assert len(set(_Handler.seen_ports)) == 2
