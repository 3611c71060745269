"""Huge inputs are analysed in bounded windows: by lines and by characters, a single enormous
line included, with offsets still exact."""
from __future__ import annotations

from pathlib import Path

from claimledger import analyze
from claimledger.pipeline import _windows
from claimledger.segment import split_lines
from claimledger.settings import Settings

TEXTS = Path(__file__).resolve().parent / "texts"


def test_windows_are_bounded_by_lines_and_characters():
    text = "\n".join(("Short line %d." % i) if i % 7 else ("A much longer paragraph. " * 40) for i in range(300))
    lines = split_lines(text)
    windows = list(_windows(lines, 50, 2_000))
    assert all(len(w) <= 50 for w in windows)
    assert all(sum(len(line.text) for line in w) <= 2_000 for w in windows if len(w) > 1)
    assert [line.number for w in windows for line in w] == [line.number for line in lines]


def test_one_enormous_line_is_cut_into_several_windows_with_exact_offsets():
    paragraph = " ".join((TEXTS / "scale_wire.txt").read_text(encoding="utf-8").split())
    text = "Headline\n" + " ".join([paragraph] * 60) + "\nLast line, said the editor.\n"
    assert len(text.split("\n")[1]) > 60_000
    windows = list(_windows(split_lines(text), 2_000, 10_000))
    assert sum(1 for w in windows for line in w if line.number == 2) >= 6  # the long line, in parts
    a = analyze(text, settings=Settings(window_chars=10_000))
    body = [s for s in a.sentences if s.line == 2]
    assert len(body) > 300
    for s in a.sentences:
        assert a.document.text[s.start:s.end] == s.text
    assert [s.start for s in body] == sorted(s.start for s in body)
    assert a.sentences[-1].line == 3
