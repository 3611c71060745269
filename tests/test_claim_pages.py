"""The claim pages (list with status, one claim's timeline of stances, check form, verdicts
and their ClaimReview JSON-LD) and the source page's picture of who cites whom; hostile text
stays text everywhere."""
from __future__ import annotations

import json
import re
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient

from archive_support import hand_analysis
from claimledger.store import Ledger
from claimledger.web import create_app
from claimledger.web.security import CSRF_COOKIE, CSRF_FIELD
from test_claim_status import CLAIM, with_cue

HOSTILE = '<script>window.__pwned=1</script> Ministry'


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    url = f"sqlite:///{tmp_path_factory.mktemp('claim-pages') / 'ledger.db'}"
    with Ledger(url) as ledger:
        ledger.store(hand_analysis(f"Pier hit\nPort officials said {CLAIM}.", published="2025-03-03", title="Pier hit",
                                   url="https://wire.example.net/1", attributed={1: ("port officials", "official", [])}))
        ledger.store(with_cue(hand_analysis(f"Denial\nThe ministry denied that {CLAIM}.", published="2025-03-04",
                                            title="Denial <b>bold</b>", url="https://daily.example.com/2",
                                            attributed={1: (HOSTILE, "military", [])}), {1: "denied"}))
        ledger.store(hand_analysis(f"Relay\nAccording to port officials, {CLAIM}.", published="2025-03-05", title="Relay",
                                   url="https://relay.example.org/3",
                                   attributed={1: ("Wire Service", "media", [("port officials", "official")])}))
    with TestClient(create_app(url)) as client:
        yield client


def _claim_path(client) -> str:
    page = client.get("/claims", params={"min_origins": 1}).text
    return re.search(r'href="(/claims/[0-9a-f]{16}(?:%3A|:)s\d+)"', page).group(1)


def test_claims_list_shows_status_and_links_the_claim_page(client):
    page = client.get("/claims", params={"min_origins": 1})
    assert page.status_code == 200
    assert "contested" in page.text and "st-denies" in page.text
    assert "<script>window.__pwned" not in page.text and "&lt;script&gt;" in page.text
    assert _claim_path(client)


def test_claim_page_draws_the_timeline_of_stances(client):
    page = client.get(_claim_path(client))
    assert page.status_code == 200
    html = page.text
    assert '<svg class="stance-chart"' in html
    assert len(re.findall(r'<circle [^>]*class="dot st-(?:asserts|denies)"', html)) == 3
    assert "2025-03-03" in html and "2025-03-04" in html
    assert "“denied”" in html
    assert "<script>window" not in html and "<b>bold</b>" not in html
    assert client.get("/claims/0000000000000000:s9").status_code == 404


def test_verdict_is_recorded_append_only_and_exported_as_claimreview(client):
    path = _claim_path(client)
    assert client.post(f"{path}/rate", data={"rating": "false"}).status_code == 403     # no CSRF token
    client.get("/")
    token = client.cookies.get(CSRF_COOKIE)
    assert client.post(f"{path}/rate", data={"rating": "nonsense", CSRF_FIELD: token}).status_code == 400
    for rating in ("mostly true", "false"):
        response = client.post(f"{path}/rate", data={"rating": rating, "note": "pictures show the pier",
                                                       CSRF_FIELD: token}, follow_redirects=False)
        assert response.status_code == 303
    html = client.get(path).text
    assert html.index("mostly true") < html.index("<b>false</b>")     # history kept, oldest first
    review = client.get(f"{path}.jsonld")
    assert review.status_code == 200 and review.headers["content-type"].startswith("application/ld+json")
    data = json.loads(review.text)
    assert data["@type"] == "ClaimReview" and data["reviewRating"]["alternateName"] == "False"
    assert data["reviewRating"]["ratingValue"] == 1 and data["itemReviewed"]["@type"] == "Claim"
    assert len(data["itemReviewed"]["appearance"]) == 3


def test_check_page_answers_a_typed_claim(client):
    page = client.get("/claims/check", params={"q": CLAIM})
    assert page.status_code == 200
    assert "ds-" in page.text and "port officials" in page.text
    assert "error" in client.get("/claims/check", params={"q": "it was what it is"}).text


def test_source_page_draws_who_cites_whom(client):
    html = client.get("/sources/" + quote("port officials", safe="")).text
    assert '<svg class="cites"' in html
    assert "Wire Service" in html and 'href="/sources/wire%20service"' in html
    lonely = client.get("/sources/" + quote("wire service", safe="")).text
    assert "port officials" in lonely                     # it cites them: the right-hand column
