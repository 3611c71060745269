"""The ACH matrix page (/hypotheses/ID): the matrix, its verdict explained by the inconsistency
score, ratings and weights set through one CSRF-protected form, hostile text kept as text."""
from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from claimledger import analyze
from claimledger.store import Ledger
from claimledger.web import create_app
from claimledger.web.security import CSRF_FIELD

TEXT = ("Why did the talks <script>alert(1)</script> stall? One explanation is that the donors lost interest. "
        "Another theory holds that the rebels no longer need the money.\n"
        "The budget figures, such as the halving of pledges in March, point to the first explanation.\n")


@pytest.fixture()
def client(tmp_path):
    url = f"sqlite:///{tmp_path / 'ach.db'}"
    with Ledger(url) as ledger:
        ledger.store(analyze(TEXT, published="2024-03-01", title="Stalled talks"))
    with TestClient(create_app(url)) as client:
        yield client


def _matrix_page(client):
    listing = client.get("/hypotheses")
    assert listing.status_code == 200
    href = re.search(r'href="(/hypotheses/\d+)"', listing.text).group(1)
    return href, client.get(href)


def _token(html: str) -> str:
    return re.search(rf'name="{CSRF_FIELD}" value="([^"]+)"', html).group(1)


def test_list_and_matrix_page(client):
    href, page = _matrix_page(client)
    assert page.status_code == 200
    html = page.text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert" not in html
    assert 'name="cell-0-0"' in html and 'name="cell-0-1"' in html and 'name="weight-0"' in html
    assert "Least refuted" in html or "No single least-refuted" in html
    assert "Inconsistency (lower is better)" in html and "Diagnosticity" in html
    assert client.get("/hypotheses/99999").status_code == 404


def test_form_needs_the_csrf_token(client):
    href, page = _matrix_page(client)
    refused = client.post(href, data={"cell-0-1": "II"})
    assert refused.status_code == 403
    assert client.get(href).text.count("selected>II<") == 0


def test_ratings_and_weights_change_the_verdict(client):
    href, page = _matrix_page(client)
    token = _token(page.text)
    # the text rates E1 consistent with H1 and says nothing of H2: nothing is inconsistent, a tie
    assert "No single least-refuted" in page.text and "score 0" in page.text
    done = client.post(href, data={CSRF_FIELD: token, "cell-0-0": "C", "cell-0-1": "II", "weight-0": "2"},
                       follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("saved=2")
    html = client.get(done.headers["location"]).text
    assert "Least refuted: H1" in html
    assert "H1 is the least refuted: inconsistency 0" in html and "H2 4 (E1 II x2)" in html
    assert 'class="cell rII from-hand"' in html and 'value="2"' in html
    # nothing changed: nothing appended
    again = client.post(href, data={CSRF_FIELD: token, "cell-0-0": "C", "cell-0-1": "II", "weight-0": "2"},
                        follow_redirects=False)
    assert again.headers["location"].endswith("saved=0")


@pytest.mark.parametrize("field, value", [("cell-0-1", "maybe"), ("weight-0", "heavy"), ("weight-0", "-1"),
                                          ("weight-0", "1000")])
def test_bad_values_are_refused(client, field, value):
    href, page = _matrix_page(client)
    response = client.post(href, data={CSRF_FIELD: _token(page.text), field: value})
    assert response.status_code == 400


def test_forecasts_page_scores_by_forecaster_and_shows_a_correction(tmp_path):
    url = f"sqlite:///{tmp_path / 'f.db'}"
    with Ledger(url) as ledger:
        ledger.store(analyze("The truce will almost certainly collapse by March. Officials expect the border to "
                             "reopen next week, two diplomats said.", published="2024-03-01", title="Truce"))
    with TestClient(create_app(url)) as client:
        page = client.get("/forecasts").text
        pks = re.findall(r'action="/forecasts/(\d+)/resolve"', page)
        assert pks and "by 2024-03-31" in page            # the due window, not just the horizon
        token = _token(page)
        for pk in pks:
            assert client.post(f"/forecasts/{pk}/resolve", data={CSRF_FIELD: token, "outcome": "no"},
                               follow_redirects=False).status_code == 303
        assert client.post(f"/forecasts/{pks[0]}/resolve", data={CSRF_FIELD: token, "outcome": "yes"},
                           follow_redirects=False).status_code == 303
        page = client.get("/forecasts").text
        assert 'id="scores-by-forecaster"' in page and ">author <" in page
        assert "corrects “did not happen”" in page
