"""The web UI in a real headless Chromium (Debian's chromium + chromium-driver, via Selenium).

Locally these skip when Chromium is absent (install with `apt-get install chromium
chromium-driver`); in CI (CLAIMLEDGER_REQUIRE_SERVICES=1) they must run. Screenshots go to
test-artifacts/.
"""
from __future__ import annotations

import contextlib
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path

import pytest

from archive_support import ARCHIVE_TEXTS, rich_analysis
from conftest import skip_or_fail

pytestmark = pytest.mark.browser
ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


ACH_TEXT = ("Why did the talks stall? One explanation is that the donors lost interest. Another theory holds "
            "that the rebels no longer need the money.\n"
            "The budget figures, such as the halving of pledges in March, point to the first explanation.\n")


def _analyze_hypotheses():
    from claimledger import analyze

    return analyze(ACH_TEXT, published="2024-03-01", title="Why the talks stalled")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app on a loopback port (uvicorn in a thread) over a ledger with a hostile page and a
    document carrying every kind of mark."""
    from claimledger.archive.bulk import ingest
    from claimledger.store import Ledger

    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'ledger.db'}"
    with Ledger(url) as ledger:
        hostile = ingest([str(ARCHIVE_TEXTS / "hostile.html")], ledger).stored[0]
        ingest([str(ARCHIVE_TEXTS / "wire_port_strike.txt")], ledger)
        record = ingest([str(ARCHIVE_TEXTS.parent / "hostile" / "hostile_records.jsonl")], ledger).stored[0]
        rich = rich_analysis()
        ledger.store(rich)
        ledger.store(_analyze_hypotheses())   # an ACH group, and no place to add to the map
    with serving(url) as base:
        yield {"base": base, "hostile": hostile, "record": record, "rich": rich.document.id}


@contextlib.contextmanager
def serving(url: str):
    """The app over the ledger at `url` on a loopback port (uvicorn in a thread); its base URL."""
    import uvicorn

    from claimledger.web import create_app

    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser():
    if not (shutil.which("chromium") or Path(CHROMIUM).exists()) or not Path(CHROMEDRIVER).exists():
        skip_or_fail("Chromium not installed: apt-get install chromium chromium-driver to run the browser tests")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="claimledger-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                 f"--user-data-dir={profile}", "--window-size=1280,1000"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    ARTIFACTS.mkdir(exist_ok=True)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)


def _no_alert(driver) -> bool:
    from selenium.common.exceptions import NoAlertPresentException

    try:
        driver.switch_to.alert
    except NoAlertPresentException:
        return True
    return False


def test_hostile_page_executes_nothing(site, browser):
    browser.get(f"{site['base']}/documents/{site['hostile']}")
    time.sleep(0.3)
    assert _no_alert(browser)
    assert browser.execute_script("return window.__pwned") is None
    assert "PWNED" not in browser.title
    assert "window.__pwned=4" in browser.find_element("id", "text").text   # shown as text
    # Our own script (same origin) did run: the CSP allows 'self' and nothing else.
    assert browser.execute_script("return document.documentElement.getAttribute('data-js')") == "ready"
    for link in browser.find_elements("css selector", "a"):
        assert not (link.get_attribute("href") or "").lower().startswith("javascript:")
    browser.save_screenshot(str(ARTIFACTS / "hostile-document.png"))


def test_hostile_record_executes_nothing_anywhere(site, browser):
    for path in (f"/documents/{site['record']}", "/", "/documents", "/search?q=minister"):
        browser.get(site["base"] + path)
        time.sleep(0.2)
        assert _no_alert(browser), path
        assert browser.execute_script("return window.__pwned") is None, path
        assert browser.execute_script("return getComputedStyle(document.body).display") != "none", path
    browser.get(f"{site['base']}/documents/{site['record']}")
    assert "<script>window.__pwned=13</script>" in browser.find_element("tag name", "h1").text


def test_annotated_article_renders_and_links_cues(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site['base']}/documents/{site['rich']}")
    kinds = {e.get_attribute("class") for e in browser.find_elements(By.CSS_SELECTOR, "#text a.s")}
    assert {"s k-reported", "s k-question", "s k-prediction"} <= kinds
    assert browser.find_element(By.CSS_SELECTOR, "#text .chip").text == "Wire Service"
    assert browser.find_element(By.CSS_SELECTOR, "#text .gap").text == "image missing"
    colour = browser.execute_script(
        "return getComputedStyle(document.querySelector('#text a.k-reported')).backgroundColor")
    assert colour not in ("rgba(0, 0, 0, 0)", "transparent")
    browser.find_element(By.CSS_SELECTOR, '#text a[data-s="s2"]').click()
    entry = browser.find_element(By.ID, "why-s2")
    assert "active" in entry.get_attribute("class") and "Wire Service ← Regional governor" in entry.text
    browser.save_screenshot(str(ARTIFACTS / "annotated-article.png"))


def test_events_map_zooms_and_counts_render(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site['base']}/events")
    svg = browser.find_element(By.ID, "map")
    assert svg.size["width"] > 500 and svg.get_attribute("data-zoomable") == "yes"
    markers = browser.find_elements(By.CSS_SELECTOR, "#map circle.marker")
    assert markers and markers[0].size["width"] > 0
    # the outlines are drawn (inline, through <use>): the map has painted land
    assert browser.execute_script("return document.querySelector('#world path').getTotalLength() > 0")
    assert browser.find_elements(By.CSS_SELECTOR, "#counts-type rect")
    def width() -> float:
        return float(svg.get_dom_attribute("viewBox").split()[2])

    before = width()
    browser.find_element(By.CSS_SELECTOR, ".map-tools button[data-zoom=in]").click()
    assert width() < before                                             # zoomed in
    for _ in range(3):
        browser.find_element(By.CSS_SELECTOR, ".map-tools button[data-zoom=in]").click()
    # zoomed past the 110m outlines' detail, the 50m ones come from this server and replace them
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 15).until(lambda b: b.execute_script(
        "return document.getElementById('world').getAttribute('data-detail') === '50m'"))
    assert browser.execute_script("return document.querySelectorAll('#world path').length") > 200
    browser.find_element(By.CSS_SELECTOR, ".map-tools button[data-zoom=world]").click()
    assert width() == 720
    assert not [e for e in browser.get_log("browser") if e["level"] == "SEVERE" and "favicon" not in e["message"]]
    browser.execute_script("document.getElementById('map').scrollIntoView()")
    browser.save_screenshot(str(ARTIFACTS / "map.png"))


MIDDLE_EAST = [("Gaza City", 31.5017, 34.4668), ("Khan Younis", 31.3402, 34.3063), ("Rafah", 31.2969, 34.2455),
               ("Beirut", 33.8933, 35.5016), ("Damascus", 33.5102, 36.2913), ("Baghdad", 33.3406, 44.4009),
               ("Sanaa", 15.3547, 44.2066), ("Hodeidah", 14.7978, 42.9545)]
ELSEWHERE = [("Kyiv", 50.4547, 30.5238), ("Goma", -1.6792, 29.2228), ("Taipei", 25.0478, 121.5319),
             ("Caracas", 10.4880, -66.8792)]


def test_middle_east_events_are_separate_markers(tmp_path, browser):
    """Issue 14's must-show, in a real browser: with events from Venezuela to Taiwan the map opens on
    the whole extent, and every Middle East place (Gaza City, Khan Younis and Rafah are 5-20 km
    apart) is drawn as a marker of its own, on the map or on a detail map of it."""
    from selenium.webdriver.common.by import By

    from archive_support import hand_analysis
    from claimledger.contract import Event, Location
    from claimledger.store import Ledger

    url = f"sqlite:///{tmp_path / 'world.db'}"
    with Ledger(url) as ledger:
        for n, (name, lat, lon) in enumerate(MIDDLE_EAST + ELSEWHERE):
            a = hand_analysis(f"Report {n}\nA strike hit {name} on Monday.\n", title=f"Report {n}", published="2025-03-04")
            s = a.sentences[-1]
            a.events.append(Event(id="ev1", sentence_id=s.id, code="ASSAULT", action="hit", date="2025-03-03",
                                  location=Location(name=name, lat=lat, lon=lon), start=s.start, end=s.end, line=s.line))
            ledger.store(a)
    with serving(url) as base:
        browser.get(f"{base}/events")
        width = float(browser.find_element(By.ID, "map").get_dom_attribute("viewBox").split()[2])
        assert width > 300                                   # Caracas to Taipei: most of the world
        alone = browser.execute_script("""return Array.from(document.querySelectorAll(
            'svg.world-map g.marker-group:not(.cluster) circle.marker title')).map(t => t.textContent)""")
        for name, *_ in MIDDLE_EAST + ELSEWHERE:
            assert any(label.startswith(f"{name}:") for label in alone), (name, alone)
        sizes = browser.execute_script("""return Array.from(document.querySelectorAll('svg.world-map circle.marker'))
            .map(c => c.getBoundingClientRect().width)""")
        assert min(sizes) > 3                                # every marker is visible on screen
        browser.set_window_size(1280, 1800)
        browser.execute_script("document.getElementById('map').scrollIntoView()")
        browser.save_screenshot(str(ARTIFACTS / "events-middle-east.png"))
        browser.set_window_size(1280, 1000)


def test_search_renders_highlights(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site['base']}/search?q=fuel+depot")
    marks = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "ol.hits mark")]
    assert "fuel" in marks and "depot" in marks
    browser.save_screenshot(str(ARTIFACTS / "search.png"))


def test_resolving_a_forecast_through_the_form(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site['base']}/forecasts")
    row = browser.find_element(By.CSS_SELECTOR, "#forecast-ledger tbody tr")
    row.find_element(By.NAME, "note").send_keys("They asked on day 9.")
    row.find_element(By.CSS_SELECTOR, "button[value=yes]").click()
    # The click posts the form and the server redirects back: wait for the new page, not the old one.
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import WebDriverWait

    outcome = WebDriverWait(browser, 15).until(
        expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "#forecast-ledger .outcome")))
    assert outcome.text == "came true"
    assert browser.find_elements(By.CSS_SELECTOR, "#calibration circle.cal")
    browser.save_screenshot(str(ARTIFACTS / "forecasts.png"))


def test_ach_matrix_rated_through_the_form(site, browser):
    """A hypothesis group as a matrix: rate cells and weigh a row through the form, and the
    verdict names the least-refuted explanation with its inconsistency score."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(f"{site['base']}/hypotheses")
    browser.find_element(By.CSS_SELECTOR, "#hypotheses tbody a").click()
    WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.ID, "ach-matrix")))
    browser.save_screenshot(str(ARTIFACTS / "ach-matrix-as-extracted.png"))
    Select(browser.find_element(By.NAME, "cell-0-0")).select_by_value("II")
    Select(browser.find_element(By.NAME, "cell-0-1")).select_by_value("I")
    weight = browser.find_element(By.NAME, "weight-0")
    weight.clear()
    weight.send_keys("2")
    browser.find_element(By.CSS_SELECTOR, "form.ach button[type=submit]").click()
    saved = WebDriverWait(browser, 15).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, ".saved")))
    assert saved.text.startswith("3 changes saved")     # two cells (E1/H1 was C, E1/H2 was N) and a weight
    verdict = browser.find_element(By.ID, "verdict").text
    assert verdict.startswith("Least refuted: H2") and "H2 is the least refuted: inconsistency 2 (E1 I x2)" in verdict
    assert "H1 4 (E1 II x2)" in verdict
    browser.save_screenshot(str(ARTIFACTS / "ach-matrix-rated.png"))
