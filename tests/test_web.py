"""The web UI through FastAPI's test client: every page answers, hostile text stays text, the
security headers and CSRF hold, URL ingest refuses private addresses."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi.testclient import TestClient

from archive_support import ARCHIVE_TEXTS, archive_db, hand_analysis, rich_analysis  # noqa: F401 (fixture)
from claimledger.archive.bulk import ingest
from claimledger.store import Ledger
from claimledger.web import create_app
from claimledger.web.security import CSRF_COOKIE, CSRF_FIELD


HOSTILE = ARCHIVE_TEXTS.parent / "hostile"


class _Links(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.scripts, self.handlers, self.inline_scripts = [], [], [], 0
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a" and attrs.get("href", "").startswith("/"):
            self.links.append(attrs["href"])
        if tag == "script":
            self.scripts.append(attrs.get("src"))
            self._in_script = True
        self.handlers += [name for name in attrs if name.startswith("on")]
        for name in ("href", "src"):
            if (attrs.get(name) or "").strip().lower().startswith("javascript:"):
                self.handlers.append(f"{name}=javascript:")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.inline_scripts += 1


def _parse(html: str) -> _Links:
    parser = _Links()
    parser.feed(html)
    return parser


@pytest.fixture(scope="module")
def client(archive_db):
    url, _ = archive_db
    with Ledger(url) as ledger:
        ledger.store(rich_analysis())
        ingest([str(HOSTILE / "hostile_records.jsonl")], ledger)
    with TestClient(create_app(url)) as client:
        yield client


def test_hostile_record_title_and_text_stay_text_on_every_page(client):
    page = client.get("/documents", params={"q": "minister"}).text
    doc_id = re.search(r'href="/documents/([0-9a-f]{16})"', page).group(1)
    for path in ("/", "/documents", f"/documents/{doc_id}", "/search?q=minister", "/search?q=script",
                 "/claims?min_origins=1", f"/documents/{doc_id}.json"):
        response = client.get(path)
        assert response.status_code == 200, path
        if path.endswith(".json"):
            continue
        parsed = _parse(response.text)
        assert parsed.handlers == [] and parsed.inline_scripts == 0, path
        assert parsed.scripts[0] == "/static/app.js" and set(parsed.scripts) <= {"/static/app.js", "/static/events.js"}, path
        assert "<svg onload" not in response.text and "<img src=x" not in response.text, path
    html = client.get(f"/documents/{doc_id}").text
    assert "&lt;img src=x onerror=&#34;window.__pwned=12&#34;&gt; Minister" in html
    assert 'href="javascript' not in html


def _hostile_id(client) -> str:
    page = client.get("/documents", params={"q": "border talks"}).text
    return re.search(r'href="/documents/([0-9a-f]{16})"', page).group(1)


def test_every_link_from_the_home_page_answers(client):
    home = client.get("/")
    assert home.status_code == 200
    seen, queue = set(), _parse(home.text).links
    while queue and len(seen) < 60:
        link = queue.pop().split("#")[0]
        if link in seen or not link:
            continue
        seen.add(link)
        response = client.get(link)
        assert response.status_code == 200, link
        if link.count("/") <= 1 and "?" not in link:  # follow one level from the list pages
            queue.extend(_parse(response.text).links)
    assert {"/documents", "/sources", "/search", "/claims", "/events", "/forecasts"} <= seen
    assert any(link.startswith("/documents/") for link in seen)


def test_hostile_article_is_shown_as_text(client):
    response = client.get(f"/documents/{_hostile_id(client)}")
    assert response.status_code == 200
    page = _parse(response.text)
    assert page.scripts == ["/static/app.js"] and page.inline_scripts == 0
    assert page.handlers == []
    assert "&lt;script&gt;window.__pwned=4&lt;/script&gt;" in response.text   # shown, escaped
    assert "<script>window" not in response.text and "onerror=" not in response.text


def test_security_headers_on_every_response(client):
    for path in ("/", "/documents", "/static/app.css", "/no-such-page"):
        headers = client.get(path).headers
        csp = headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "default-src 'none'" in csp
        assert headers["x-content-type-options"] == "nosniff" and headers["x-frame-options"] == "DENY"


def test_no_outside_resources_in_pages_or_css(client):
    for path in ("/", "/events", "/documents", "/static/app.css", "/static/world-110m.svg"):
        body = client.get(path).text
        assert not re.search(r"(src|href)=\"(https?:)?//", body.replace('xmlns="http://www.w3.org/2000/svg"', ""))
        assert "@import" not in body and "url(http" not in body


def test_annotated_article_marks(client):
    page = client.get("/documents", params={"q": "what we know"}).text
    doc_id = re.search(r'href="/documents/([0-9a-f]{16})"', page).group(1)
    html = client.get(f"/documents/{doc_id}").text
    assert 'class="s k-reported"' in html and 'class="s k-question"' in html and 'class="s k-prediction"' in html
    assert '<span class="chip" title="media: Wire Service ← Regional governor (cue: said)">Wire Service</span>' in html
    assert '<span class="gap"' in html and "image missing" in html
    assert 'class="s k-opinion rh"' in html                      # the scare quote, underlined
    assert "forecast 85%" in html and 'id="why-s2"' in html


def test_events_page_map_counts_and_table(client):
    html = client.get("/events").text
    parsed = _parse(html)
    assert parsed.handlers == [] and parsed.inline_scripts == 0
    assert parsed.scripts == ["/static/app.js", "/static/events.js"]      # served here, under the CSP
    assert '<use href="#world"/>' in html and 'vector-effect="non-scaling-stroke"' in html   # outlines inline
    # Odesa (46.48 N, 30.73 E) in the 2 px/degree projection of the bundled map, and a marker there:
    assert '<li data-x="421.46" data-y="87.04" data-n="1">Odesa: 1 event(s), ASSAULT</li>' in html
    assert re.search(r'<circle class="marker" cx="421\.4\d" cy="87\.0\d"', html)
    view = re.search(r'<svg id="map" class="world-map" viewBox="([^"]+)"', html).group(1).split()
    assert float(view[2]) < 720                     # opens on the events' own extent, not the world
    assert 'id="counts-type"' in html and 'id="counts-country"' in html
    assert "<th>Killed</th>" in html and "merged" in html


def test_events_page_keeps_hostile_text_as_text(tmp_path):
    """Every field of an event comes from an article: markup in any of them stays text on the
    events page, the search page's event views and the downloads' HTML-free formats."""
    from claimledger.contract import Event, Location, Quantity

    payload = '<img src=x onerror="alert(1)">'
    a = hand_analysis(f"{payload} strike\nGunmen {payload} attacked the market in Kharkiv on Monday, killing 5.\n",
                      title=f"{payload} title", url="https://example.org/x", published="2025-03-04")
    s = a.sentences[1]
    a.events.append(Event(id="ev1", sentence_id=s.id, code="ASSAULT", action=f"attacked{payload}", actor=f"Gunmen {payload}",
                          target=f"market {payload}", location=Location(name=f"Kharkiv {payload}", lat=49.98, lon=36.25),
                          date="2025-03-03", date_text=f"Monday {payload}", start=s.start, end=s.end, line=s.line,
                          quantities=[Quantity(kind="killed", value=5, text="5")]))
    url = f"sqlite:///{tmp_path / 'hostile.db'}"
    with Ledger(url) as ledger:
        ledger.store(a)
    with TestClient(create_app(url)) as hostile:
        for path in ("/events", "/events?view=reports", "/events?q=market", "/search?q=market"):
            response = hostile.get(path)
            assert response.status_code == 200, path
            parsed = _parse(response.text)
            assert parsed.handlers == [] and parsed.inline_scripts == 0, path
            assert "<img src=x" not in response.text, path
            assert "&lt;img src=x onerror=&#34;alert(1)&#34;&gt;" in response.text, path
        response = hostile.get("/events.csv")
        assert response.headers["content-disposition"].startswith("attachment")
        assert response.headers["content-type"].startswith("text/csv") and "Gunmen <img" in response.text


def test_events_page_filters_and_downloads_agree(client):
    import json

    everything = json.loads(client.get("/events.json").text)
    assert everything and len(everything) == client.get("/events").text.count("<tr id=\"e-")
    ukraine = json.loads(client.get("/events.json", params={"country": "Ukraine"}).text)
    assert ukraine and {e["country"] for e in ukraine} == {"Ukraine"} and len(ukraine) < len(everything)
    page = client.get("/events", params={"country": "UA"}).text
    assert page.count("<tr id=\"e-") == len(ukraine)
    geo = json.loads(client.get("/events.geojson", params={"type": "ASSAULT"}).text)
    assert geo["type"] == "FeatureCollection" and all(f["properties"]["plover_type"] == "ASSAULT" for f in geo["features"])
    reports = json.loads(client.get("/events.json", params={"view": "reports"}).text)
    assert sum(e["mentions"] for e in everything) == len(reports)
    dated = json.loads(client.get("/events.json", params={"since": "2025-03-01", "until": "2025-03-31"}).text)
    assert dated and all("2025-03-01" <= e["event_date"] <= "2025-03-31" for e in dated)
    assert client.get("/events", params={"since": "not a day"}).status_code == 400
    assert client.get("/events", params={"country": "Atlantis"}).status_code == 400
    assert client.get("/events.xml").status_code == 404


def test_search_result_shows_its_events_counted(client):
    html = client.get("/search", params={"q": "drone"}).text
    assert 'id="events"' in html and 'id="map"' in html
    assert '/events?q=drone' in html


def test_search_page_highlights_and_escapes(client):
    html = client.get("/search", params={"q": "statement"}).text
    assert "<mark>statement</mark>" in html
    assert "<script>window" not in html
    assert client.get("/search", params={"q": '"('}).status_code == 200


def test_post_without_csrf_token_is_refused(client):
    forecast = client.get("/forecasts").text
    assert client.post("/forecasts/1/resolve", data={"outcome": "true"}).status_code == 403
    assert client.post("/ingest", data={"url": "https://example.org/"}).status_code == 403
    assert client.post("/ingest", data={"url": "https://example.org/", CSRF_FIELD: "forged-token-value-1234567"}).status_code == 403
    assert "forecast" in forecast.lower()


def test_url_ingest_refuses_private_addresses(client):
    client.get("/")
    token = client.cookies.get(CSRF_COOKIE)
    for url in ("http://127.0.0.1:9/", "http://localhost/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.1/"):
        response = client.post("/ingest", data={"url": url, CSRF_FIELD: token})
        assert response.status_code == 400, url
        assert "non-public address" in response.text or "could not be resolved" in response.text


def test_javascript_url_of_a_document_is_not_a_link(tmp_path):
    url = f"sqlite:///{tmp_path / 'js.db'}"
    with Ledger(url) as ledger:
        doc = hand_analysis("A title\nThe ministry said the talks would resume.", url="javascript:alert(1)")
        ledger.store(doc)
    with TestClient(create_app(url)) as client:
        html = client.get(f"/documents/{doc.document.id}").text
    assert "javascript:" not in html.split("<main>")[1].split('class="text"')[0].replace("javascript:alert(1)</", "")
    assert 'href="javascript' not in html


def test_empty_ledger_pages(tmp_path):
    with TestClient(create_app(f"sqlite:///{tmp_path / 'empty.db'}")) as client:
        for path in ("/", "/documents", "/sources", "/search?q=anything", "/claims", "/events", "/forecasts"):
            response = client.get(path)
            assert response.status_code == 200, path
            assert 'class="empty"' in response.text, path
        assert client.get("/documents/0123456789abcdef").status_code == 404
        assert client.get("/sources/nobody").status_code == 404
        assert client.get("/documents?since=not-a-date").status_code == 400


def test_serve_listens_on_loopback_by_default(tmp_path):
    import os
    import socket
    import subprocess
    import sys
    import time
    import urllib.request
    from pathlib import Path

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    Ledger(f"sqlite:///{tmp_path / 'serve.db'}").close()
    process = subprocess.Popen([sys.executable, "-c", "from claimledger.cli import main; main()", "--db",
                                f"sqlite:///{tmp_path / 'serve.db'}", "serve", "--port", str(port)],
                               env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    try:
        body, deadline = None, time.time() + 60
        while time.time() < deadline and body is None:
            try:
                body = urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2).read()
            except OSError:
                time.sleep(0.2)
        assert body == b'{"ok":true}'
        import shutil

        listening = shutil.which("ss") and subprocess.run(["ss", "-ltnH", f"sport = :{port}"], capture_output=True,
                                                          text=True).stdout
        if listening:  # where ss exists: bound to the loopback address only
            assert listening.split()[3] == f"127.0.0.1:{port}"   # local address column
    finally:
        process.terminate()
        process.wait(timeout=20)
    assert f"serving http://127.0.0.1:{port}/" in process.stderr.read()


def test_documents_list_counts_copies(client, archive_db):
    _, summary = archive_db
    copy_id, original_id, _ = summary.near_duplicates[0]
    listing = client.get("/documents").text
    assert copy_id not in listing and '<span class="badge">1 copy</span>' in listing
    assert f"copy of {original_id}" in client.get("/documents", params={"duplicates": "true"}).text


def test_source_names_with_slashes_and_markup_have_working_pages(tmp_path):
    url = f"sqlite:///{tmp_path / 'src.db'}"
    with Ledger(url) as ledger:
        ledger.store(hand_analysis("Title\nThe alliance said the drills would go ahead.",
                                   attributed={1: ("EU/NATO <b>officials</b> & co", "official", [])}))
    with TestClient(create_app(url)) as client:
        listing = client.get("/sources").text
        link = re.search(r'href="(/sources/[^"]+)"', listing).group(1)
        assert "%2F" in link and "&lt;b&gt;officials&lt;/b&gt; &amp; co" in listing
        page = client.get(link.replace("&amp;", "&"))
        assert page.status_code == 200 and "The alliance said the drills would go ahead." in page.text


def test_post_from_another_origin_is_refused(client):
    client.get("/")
    token = client.cookies.get(CSRF_COOKIE)
    response = client.post("/ingest", data={"url": "http://10.0.0.1/", CSRF_FIELD: token},
                           headers={"Origin": "http://attacker.example"})
    assert response.status_code == 403
    assert "another site" in response.text
    same = client.post("/ingest", data={"url": "http://10.0.0.1/", CSRF_FIELD: token}, headers={"Origin": "http://testserver"})
    assert same.status_code == 400   # past the CSRF check, refused by the address check


def test_loopback_server_refuses_rebound_host_names(tmp_path):
    from claimledger.web.security import LOOPBACK_HOSTS

    app = create_app(f"sqlite:///{tmp_path / 'hosts.db'}", allowed_hosts=LOOPBACK_HOSTS)
    with TestClient(app, base_url="http://127.0.0.1:8765") as local:
        assert local.get("/healthz").status_code == 200
        assert local.get("/healthz", headers={"Host": "localhost:8765"}).status_code == 200
        assert local.get("/healthz", headers={"Host": "[::1]:8765"}).status_code == 200
        assert local.get("/", headers={"Host": "rebind.attacker.example:8765"}).status_code == 400


def test_document_filter_takes_percent_and_underscore_literally(client):
    everything = client.get("/documents").text
    assert 'class="empty"' not in everything
    for q in ("%25", "%25%25", "_%25_"):
        assert 'class="empty"' in client.get(f"/documents?q={q}").text, q


def test_absurd_page_numbers_answer(client):
    for path in ("/documents?page=99999999999999999999999", "/search?q=minister&page=99999999999999999999999",
                 "/documents?page=-3"):
        assert client.get(path).status_code == 200, path
