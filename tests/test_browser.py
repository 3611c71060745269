"""The web UI in a real headless Chromium (Debian's chromium + chromium-driver, via Selenium).

Locally these skip when Chromium is absent (install with `apt-get install chromium
chromium-driver`); in CI (CLAIMLEDGER_REQUIRE_SERVICES=1) they must run. Screenshots go to
test-artifacts/.
"""
from __future__ import annotations

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


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The app on a loopback port (uvicorn in a thread) over a ledger with a hostile page and a
    document carrying every kind of mark."""
    import uvicorn

    from claimledger.archive.bulk import ingest
    from claimledger.store import Ledger
    from claimledger.web import create_app

    folder = tmp_path_factory.mktemp("browser")
    url = f"sqlite:///{folder / 'ledger.db'}"
    with Ledger(url) as ledger:
        hostile = ingest([str(ARCHIVE_TEXTS / "hostile.html")], ledger).stored[0]
        ingest([str(ARCHIVE_TEXTS / "wire_port_strike.txt")], ledger)
        record = ingest([str(ARCHIVE_TEXTS.parent / "hostile" / "hostile_records.jsonl")], ledger).stored[0]
        rich = rich_analysis()
        ledger.store(rich)
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started and time.time() < deadline:
        time.sleep(0.05)
    yield {"base": f"http://127.0.0.1:{port}", "hostile": hostile, "record": record, "rich": rich.document.id}
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


def test_map_and_timeline_render(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site['base']}/events")
    svg = browser.find_element(By.ID, "map")
    assert svg.size["width"] > 500
    markers = browser.find_elements(By.CSS_SELECTOR, "#map circle.marker")
    assert markers and all(m.size["width"] > 0 for m in markers)
    # The outline image loaded from this server (an SVG <image> that failed has no decoded size).
    loaded = browser.execute_script("""
        const img = new Image(); img.src = document.querySelector('#map image').getAttribute('href');
        return img.decode().then(() => img.naturalWidth).catch(() => 0);""")
    assert loaded == 720
    assert browser.find_elements(By.CSS_SELECTOR, "#timeline circle.tick")
    browser.execute_script("document.getElementById('map').scrollIntoView()")
    browser.save_screenshot(str(ARTIFACTS / "map.png"))


def test_search_renders_highlights(site, browser):
    from selenium.webdriver.common.by import By

    browser.get(f"{site['base']}/search?q=fuel+depot")
    marks = [m.text.lower() for m in browser.find_elements(By.CSS_SELECTOR, "ol.hits mark")]
    assert "fuel" in marks and "depot" in marks
    browser.save_screenshot(str(ARTIFACTS / "search.png"))


def test_resolving_a_forecast_through_the_form(site, browser):
    from selenium.webdriver.common.by import By

    from claimledger.web import resolutions

    if not resolutions.available():
        pytest.skip("the resolution store (claimledger.store.forecasts) is not in this build")
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
