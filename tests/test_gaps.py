"""Evidence gaps: decided from what follows a lead-in, not from the colon alone."""
from __future__ import annotations

import pytest

from attribution_helpers import own_scores, assert_offsets, run  # noqa: F401 (own_scores is a fixture)


def gaps(text: str) -> dict[int, tuple[str, str]]:
    analysis = run(text)
    assert_offsets(analysis)
    return {g.line: (g.status, g.expected) for g in analysis.evidence_gaps}


@pytest.mark.parametrize("text, expected", [
    ("Here is the map of the front as of Sunday:\nThe army has since advanced another two kilometres.\n", ("missing", "map")),
    ("Watch the footage from the harbour:\nIt shows the second drone hitting the stern.\n", ("missing", "video")),
    ("Their latest chart:\nWhat does it tell us? Not much.\n", ("missing", "chart")),
    ("The institute finally says so. Their report below:\nThis is the first time they have admitted it.\n", ("missing", "report")),
    ("Here's the spokesman trying to explain the delay:\nNobody in the room believed him.\n", ("missing", "video")),
    ("Look at what was posted this morning:\nSeriously, look at it.\n", ("missing", "tweet")),
])
def test_missing(text, expected):
    assert gaps(text)[1] == expected


@pytest.mark.parametrize("text", [
    "The ministry's statement reads:\n“We will respond at a time and place of our choosing.”\n",
    "Al Jazeera this evening:\nThe crossing was reopened after eleven hours, the ministry said.\n",
    "The key passage of the report:\nThe brigade lost most of its armour in the first week of fighting.\n",
    "What I believe is this:\nThe coalition will not survive another winter of stalemate.\n",
    "As usual, it cites unnamed officials:\nTwo senior officials said the decision had already been taken.\n",
    "Here is what the minister posted:\nWe are not going anywhere. The port stays open.\n",
])
def test_present(text):
    assert gaps(text)[1][0] == "present"


def test_a_lead_in_followed_by_another_lead_in_is_missing():
    found = gaps("Reuters:\nCNN this morning:\nThe memo was delivered on Tuesday, officials said.\n")
    assert found[1][0] == "missing" and found[2][0] == "present"


def test_no_colon_no_gap():
    assert gaps("The ministry issued a statement. The port reopened on Friday.\n") == {}


def test_gaps_on_the_seed(seed_scores):
    assert seed_scores["gaps.missing"].f1 >= 0.85
    assert seed_scores["gaps.present"].f1 >= 0.8


def test_gaps_on_own_texts(own_scores):
    assert own_scores["gaps.missing"].f1 >= 0.85


def test_md_lists_what_is_missing():
    from claimledger.report.markdown import render

    md = render(run("Here is the map of the front:\nThe army has since advanced.\n"))
    assert "## Evidence the text points at but lacks" in md and "(map)" in md
