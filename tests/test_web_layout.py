"""Web details a reader meets (issue 17), in a real headless Chromium: blank source lines keep
their height, sources and hypotheses are not buried under a long "why" list, and the header
and events table fit a 390 px phone screen (screenshots in test-artifacts/)."""
from __future__ import annotations

from pathlib import Path

import pytest

from test_browser import ARTIFACTS, browser, serving  # noqa: F401 (fixture)

pytestmark = pytest.mark.browser
TEXTS = Path(__file__).resolve().parent / "texts"
PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 1, "mobile": True}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from claimledger.archive.bulk import ingest
    from claimledger.store import Ledger

    folder = tmp_path_factory.mktemp("layout")
    url = f"sqlite:///{folder / 'ledger.db'}"
    # A long article: several commentaries one after another (well over 40 marked sentences).
    long = folder / "long.txt"
    long.write_text("\n\n".join((TEXTS / name).read_text(encoding="utf-8") for name in (
        "hypotheses_explainer.txt", "events_oped.txt", "forecast_oped.txt", "events_newsletter.txt",
        "events_substack.txt", "forecast_thinktank.txt", "heldout_analysis.txt", "scale_thinktank.txt")), encoding="utf-8")
    paths = {"blank": TEXTS / "archive" / "wire_port_strike.txt", "events": TEXTS / "events_newsletter.txt",
             "wire": TEXTS / "events_wire.txt", "long": long}
    with Ledger(url) as ledger:
        stored = {key: ingest([str(path)], ledger).stored[0] for key, path in paths.items()}
    with serving(url) as base:
        yield {"base": base, "blank": stored["blank"], "long": stored["long"]}


def test_blank_source_lines_keep_their_height(site, browser):
    browser.get(f"{site['base']}/documents/{site['blank']}")
    boxes = browser.execute_script("""
        return [...document.querySelectorAll('#text p.line')].map(p => {
            const n = p.querySelector('.ln').getBoundingClientRect(), r = p.getBoundingClientRect();
            return {text: p.textContent.trim(), top: n.top, bottom: n.bottom, line: r.height, number: n.height}; });""")
    blank = [b for b in boxes if b["text"].isdigit()]
    assert blank, "the document has blank lines"
    for b in boxes:
        assert b["line"] >= b["number"] - 0.5, b   # the line is at least as tall as its number
    for above, below in zip(boxes, boxes[1:]):
        assert below["top"] >= above["bottom"] - 0.5, (above, below)   # no number sits on the next
    browser.save_screenshot(str(ARTIFACTS / "blank-lines.png"))


def test_sources_and_hypotheses_come_before_a_long_why_list(site, browser):
    from selenium.webdriver.common.by import By

    browser.set_window_size(1280, 1000)
    browser.get(f"{site['base']}/documents/{site['long']}")
    headings = [h.text for h in browser.find_elements(By.CSS_SELECTOR, "#why h2")]
    assert headings[0] == "Sources" and headings[-1].startswith("Why each mark")
    marks = browser.find_element(By.ID, "why-marks")
    count = len(browser.find_elements(By.CSS_SELECTOR, "#why-marks li[id^=why-]"))
    assert count > 40 and marks.get_attribute("open") is None   # folded: the sources stay in view
    sources = browser.find_element(By.CSS_SELECTOR, "#why ul.sources")
    assert sources.is_displayed() and sources.rect["y"] < 1000
    sentence = browser.find_element(By.CSS_SELECTOR, "#text a.s")
    sentence.click()   # a click on a sentence unfolds the list at its entry
    entry = browser.find_element(By.ID, f"why-{sentence.get_attribute('data-s')}")
    assert marks.get_attribute("open") is not None and "active" in entry.get_attribute("class")
    browser.save_screenshot(str(ARTIFACTS / "long-document.png"))


@pytest.mark.parametrize("path", ["/", "/events", "/documents", "/search?q=drone", "/forecasts", "LONG"])
def test_a_390px_screen_has_no_sideways_overflow(site, browser, path):
    path = f"/documents/{site['long']}" if path == "LONG" else path
    browser.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", PHONE)
    try:
        browser.get(site["base"] + path)
        width = browser.execute_script("return window.innerWidth")
        assert width == 390
        page = browser.execute_script("return document.documentElement.scrollWidth")
        assert page <= width, f"{path}: the page is {page} px wide on a {width} px screen"
        right = browser.execute_script(
            "return Math.max(...[...document.querySelectorAll('header.top, header nav a, table.grid, main')]"
            ".map(e => e.getBoundingClientRect().right))")
        assert right <= width + 0.5, path
        if path == "/events":
            rows = browser.execute_script("return document.querySelectorAll('#events-table tbody tr').length")
            assert rows >= 3
            browser.save_screenshot(str(ARTIFACTS / "phone-events.png"))
        if path == "/":
            browser.save_screenshot(str(ARTIFACTS / "phone-home.png"))
    finally:
        browser.execute_cdp_cmd("Emulation.clearDeviceMetricsOverride", {})
