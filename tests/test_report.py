"""The Markdown brief reads as an analyst would want: the text's shape in the header, voices and
forecasts before the event list, no heading without content, no column empty in every row,
long text cut at a word with '…' (never silently)."""
from __future__ import annotations

import re

import pytest

from claimledger import analyze
from claimledger.contract import Hypothesis, Rating, TextRef
from claimledger.report.forecasts import hypotheses_block
from claimledger.report.markdown import render
from claimledger.report.tables import WIDE_CHARS, clip, table

NEWSLETTER = """Weekly Horn of Africa note

Ethiopian troops shelled positions near the Eritrean border on Sunday, the regional state broadcaster reported.
"We will respond to any provocation," the foreign minister told parliament on Monday.
Here is the satellite image the ministry released:
In my view a full war is unlikely before the rainy season, but skirmishes will almost certainly continue.

Subscribe to get this note every Friday, and please share it with your colleagues.
"""


@pytest.fixture(scope="module")
def brief():
    return render(analyze(NEWSLETTER, published="2025-06-02"))


def test_blocks_come_in_reading_order(brief):
    headings = re.findall(r"^## (.+)$", brief, flags=re.M)
    assert headings[0] == "Sources"
    order = [h for h in ("Sources", "Forecasts", "Evidence the text points at but lacks", "Events") if h in headings]
    assert order == [h for h in headings if h in order]
    assert "Events" in headings and "Forecasts" in headings


def test_header_keeps_sections_and_kinds_in_two_lines(brief):
    assert re.search(r"\*\*Sections:\*\* body, lines 1–\d+, \d+ sentences · appeal, lines \d+–\d+, 1 sentence", brief)
    assert re.search(r"\*\*Body sentences by kind:\*\* \w+ \d+", brief)
    assert "## Sections" not in brief


def test_no_heading_without_content_and_no_empty_column(brief):
    blocks = re.split(r"^## ", brief, flags=re.M)[1:]
    for block in blocks:
        assert len(block.strip().splitlines()) >= 3, block
    for header_line in re.findall(r"^\|.*\|\n\|(?:---\|)+\n((?:\|.*\|\n)+)", brief, flags=re.M):
        rows = [r.strip("|").split(" | ") for r in header_line.strip().splitlines()]
        for column in zip(*rows):
            assert any(cell.strip() for cell in column)


def test_table_drops_only_empty_columns_and_escapes_pipes():
    text = table(["a", "b", "c", "d"], [[1, "", "x|y", 0], [2, None, "z", 0]])
    assert text.splitlines()[0] == "| a | c | d |"     # b is empty everywhere; 0 is a value
    assert "x\\|y" in text
    assert table(["a"], []) == ""
    assert table(["a", "b"], [[1, ""]], keep=["b"]).splitlines()[0] == "| a | b |"


def test_clip_cuts_at_a_word_and_marks_the_cut():
    long = "The coalition said the convoy had crossed the river before dawn " * 8
    clipped = clip(long, WIDE_CHARS)
    assert len(clipped) <= WIDE_CHARS and clipped.endswith("…")
    assert long.startswith(clipped[:-1]) and long[len(clipped) - 1] == " "
    assert clip("short  text\nhere") == "short text here"


def test_hypotheses_show_the_ach_matrix():
    ref = lambda line, text: TextRef(line=line, sentence_id=f"s{line}", start=0, end=len(text), text=text)  # noqa: E731
    h = Hypothesis(id="h1", question=ref(3, "Why did the junta expel the envoy?"),
                   alternatives=[ref(4, "to court Moscow"), ref(4, "to placate the street")],
                   evidence=[ref(5, "Wagner contracts were signed the same week."), ref(6, "Protests had grown for a month.")],
                   ratings=[Rating(evidence=0, alternative=0, rating="C"), Rating(evidence=1, alternative=1, rating="CC")])
    block = hypotheses_block(type("A", (), {"hypotheses": [h]})())
    assert "| E1 | 5 | Wagner contracts were signed the same week. | C |  |" in block
    assert "| E2 | 6 | Protests had grown for a month. |  | CC |" in block
    assert "| H1 | H2 |" in block
