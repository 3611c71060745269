"""Sections from general cues, on layouts other than the seed's."""
from __future__ import annotations

from claimledger.segment import label_lines, split_lines

BODY = [
    "The ceasefire talks in Cairo stalled on Thursday, according to two Egyptian officials.",
    "Negotiators said the main obstacle was the sequencing of hostage releases.",
    "Washington has pressed both sides to accept a phased deal, a State Department spokesman said.",
    "The next round is expected after the holiday, officials told reporters.",
    "Analysts doubt either side is ready to compromise before the elections.",
]


def kinds(lines: list[str]) -> list[str]:
    text = "\n".join(lines) + "\n"
    labels = label_lines(split_lines(text))
    return [labels[n] for n in range(1, len(lines) + 1)]


def test_plain_article_is_all_body():
    assert kinds(BODY) == ["body"] * len(BODY)


def test_comment_header_starts_comments():
    lines = BODY + ["12 Comments", "Spot on, thanks.", "Disagree with the last paragraph."]
    assert kinds(lines) == ["body"] * 5 + ["comments"] * 3


def test_closing_appeal_then_thread():
    lines = BODY + ["Thanks for reading! Subscribe to get the next issue in your inbox.",
                    "Become a paid subscriber to support independent reporting.",
                    "Great analysis as usual.", "Reply", "3 hrs ago", "Not convinced by the sources here."]
    assert kinds(lines) == ["body"] * 5 + ["appeal"] * 2 + ["comments"] * 4


def test_mid_article_subscribe_button_keeps_body_after_it():
    lines = BODY[:2] + ["Subscribe now"] + BODY[2:] + BODY
    result = kinds(lines)
    assert result[2] == "appeal"
    assert result[3:] == ["body"] * (len(lines) - 3)


def test_body_mentioning_subscriptions_is_not_an_appeal():
    lines = BODY + ["Russia subscribed to the 1936 Montreux Convention, which Turkey invoked to close the straits to warships."]
    assert kinds(lines) == ["body"] * 6


def test_blank_lines_join_the_section_before():
    lines = BODY + ["", "Please support my work: donate via PayPal.", "", "Comments", "Good piece."]
    assert kinds(lines) == ["body"] * 6 + ["appeal", "appeal", "comments", "comments"]
