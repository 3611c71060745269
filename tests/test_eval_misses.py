"""`claimledger eval --misses`: each miss names its gold file, and a cut list says what it left out."""
import io

from rich.console import Console

from claimledger.cli.evaluate import _print_misses
from claimledger.evaluate import evaluate


def test_a_cut_list_of_misses_says_how_many_are_not_shown():
    out = io.StringIO()
    console = Console(file=out, width=200, color_system=None)
    _print_misses(console, "forecasts.found", [f"missed line {n}" for n in range(45)], 40)
    text = out.getvalue()
    assert "missed line 39" in text and "missed line 40" not in text
    assert "and 5 more not shown" in text


def test_no_note_when_every_miss_is_shown():
    out = io.StringIO()
    _print_misses(Console(file=out, width=200, color_system=None), "x", ["a", "b"], 40)
    assert "not shown" not in out.getvalue()


def test_misses_summed_over_files_name_their_file(tmp_path):
    text = tmp_path / "brief.txt"
    text.write_text("Outlook for the port\nThe strike will almost certainly end by Friday.\n")
    (tmp_path / "gold").mkdir()
    gold = tmp_path / "gold" / "brief.json"     # gold files sit in gold/ beside their texts
    gold.write_text('{"document": {"file": "brief.txt", "published": "2026-05-01"}, "forecasts": ['
                    '{"line": 1, "text": "Outlook for the port"}]}')
    scores = evaluate([str(gold)])
    misses = scores["forecasts.found"].misses
    assert misses and all(m.startswith("brief: ") for m in misses), misses
