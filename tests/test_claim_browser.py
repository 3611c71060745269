"""The claim page in a real headless Chromium: the timeline of stances draws, a verdict can be
recorded through the form, nothing from the articles runs. Screenshot: test-artifacts/claim.png."""
from __future__ import annotations

import pytest

from archive_support import hand_analysis
from test_browser import ARTIFACTS, _no_alert, browser, serving  # noqa: F401 (fixture)
from test_claim_status import CLAIM, with_cue

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def claim_site(tmp_path_factory):
    from claimledger.store import Ledger

    url = f"sqlite:///{tmp_path_factory.mktemp('claim-browser') / 'ledger.db'}"
    with Ledger(url) as ledger:
        first = ledger.store(hand_analysis(f"Pier hit\nPort officials said {CLAIM}.", published="2025-03-03",
                                           title="Pier hit", url="https://wire.example.net/1",
                                           attributed={1: ("port officials", "official", [])})).document_id
        ledger.store(with_cue(hand_analysis(f"Denial\nThe ministry denied that {CLAIM}.", published="2025-03-05",
                                            title="<img src=x onerror=alert(1)>", url="https://daily.example.com/2",
                                            attributed={1: ("<script>alert(2)</script>", "military", [])}),
                              {1: "denied"}))
    with serving(url) as base:
        yield {"base": base, "claim": f"{first}:s2"}


def test_claim_page_draws_stances_and_records_a_verdict(claim_site, browser):  # noqa: F811
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support import expected_conditions
    from selenium.webdriver.support.ui import Select, WebDriverWait

    browser.get(f"{claim_site['base']}/claims/{claim_site['claim']}")
    dots = browser.find_elements(By.CSS_SELECTOR, "svg.stance-chart circle.dot")
    assert len(dots) == 2 and {d.get_attribute("class") for d in dots} == {"dot st-asserts", "dot st-denies"}
    assert all(d.size["width"] > 0 for d in dots)
    assert _no_alert(browser)
    assert "<script>alert(2)</script>" in browser.find_element(By.TAG_NAME, "main").text   # shown as text
    Select(browser.find_element(By.NAME, "rating")).select_by_value("misleading")
    browser.find_element(By.NAME, "note").send_keys("satellite pictures show the pier intact")
    browser.find_element(By.CSS_SELECTOR, "form.resolve button[type=submit]").click()
    WebDriverWait(browser, 20).until(expected_conditions.presence_of_element_located((By.CSS_SELECTOR, "ol.verdicts li")))
    assert "misleading" in browser.find_element(By.CSS_SELECTOR, "ol.verdicts").text
    assert _no_alert(browser)
    browser.save_screenshot(str(ARTIFACTS / "claim.png"))
