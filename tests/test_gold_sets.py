"""Every hand-annotated events and forecasts set is well formed (tests/gold_checks.py), so a gold
file that names the wrong line fails here rather than quietly moving a score in `claimledger eval`."""
from pathlib import Path

import pytest

from gold_checks import event_problems, forecast_problems

TESTS = Path(__file__).parent
SETS = sorted({path.parent.parent for path in (TESTS / "events").glob("*/gold/*.json")}
              | {path.parent.parent for path in (TESTS / "forecasts").glob("**/gold/*.json")}
              | {TESTS / "commentary"})




def written_to_strict_checks(set_dir: Path) -> bool:
    """The blind events sets from heldout4 on were written to the design checks of --strict."""
    number = set_dir.name.removeprefix("heldout")
    return set_dir.parent.name == "events" and number.isdigit() and int(number) >= 4


@pytest.mark.parametrize("set_dir", SETS, ids=lambda p: str(p.relative_to(TESTS)))
def test_gold_set_is_well_formed(set_dir):
    assert list((set_dir / "gold").glob("*.json")), f"{set_dir} has no gold files"
    assert event_problems(set_dir, written_to_strict_checks(set_dir)) + forecast_problems(set_dir) == []


def test_the_checks_find_an_anchor_on_the_wrong_line(tmp_path):
    (tmp_path / "gold").mkdir()
    (tmp_path / "text.txt").write_text("Police arrested five people.\nTroops shelled the town.\n")
    (tmp_path / "gold" / "text.json").write_text(
        '{"document": {"file": "text.txt", "published": "2026-01-02"},'
        ' "events": [{"line": 1, "anchor": "shelled the town", "plover": "ASSAULT", "date": "2026-02-01"}],'
        ' "event_traps": [],'
        ' "forecasts": [{"line": 2, "text": "Troops shelled", "probability_min": 0.9, "probability_max": 0.4}]}')
    problems = event_problems(tmp_path) + forecast_problems(tmp_path)
    assert any("anchor not on its line" in p for p in problems)
    assert any("after publication" in p for p in problems)
    assert any("probability range" in p for p in problems)
