"""scripts/gold_agreement.py: a reader agrees with themselves, and a second reading that drops or
adds items moves precision and recall the way the project's scorers count them."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("gold_agreement", ROOT / "scripts" / "gold_agreement.py")
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

TEXT = ("Police arrested twelve protesters in the capital on Monday.\n"
        "The opposition will probably win the vote in March, and the ruling party will split.\n"
        "Soldiers shot two villagers near the border.\n")


def _gold(folder: Path, events: list[dict], forecasts: list[dict]) -> Path:
    folder.mkdir(parents=True)
    path = folder / "text.json"   # document.file is read from the gold folder's parent, as in a set
    path.write_text(json.dumps({"document": {"file": "text.txt", "published": "2026-12-01"},
                                "events": events, "forecasts": forecasts}), encoding="utf-8")
    return path


ARREST = {"line": 1, "anchor": "arrested twelve protesters", "plover": "COERCE", "factuality": "asserted"}
SHOOTING = {"line": 3, "anchor": "shot two villagers", "plover": "ASSAULT", "factuality": "asserted"}
WIN = {"line": 2, "text": "The opposition will probably win the vote in March", "by": "author",
       "probability_min": 0.6, "probability_max": 0.8}
SPLIT = {"line": 2, "text": "the ruling party will split", "by": "author",
         "probability_min": 0.85, "probability_max": 0.95}


def _pair(tmp_path: Path, second_events: list[dict], second_forecasts: list[dict]):
    (tmp_path / "text.txt").write_text(TEXT, encoding="utf-8")
    first = _gold(tmp_path / "first", [ARREST, SHOOTING], [WIN, SPLIT])
    second = _gold(tmp_path / "second", second_events, second_forecasts)
    return agreement.load_gold(str(first)), agreement.load_gold(str(second))


def test_a_reader_agrees_with_themselves(tmp_path):
    first, _ = _pair(tmp_path, [ARREST, SHOOTING], [WIN, SPLIT])
    assert agreement.event_agreement(first, first) == (2, 0, 0)
    scores = agreement.forecast_agreement(first, first)
    assert (scores["tp"], scores["fp"], scores["fn"], scores["in_range"]) == (2, 0, 0, 2)


def test_a_second_reading_that_differs_is_counted_both_ways(tmp_path):
    other_type = dict(SHOOTING, plover="COERCE")            # the same happening, another type
    extra = {"line": 2, "anchor": "win the vote", "plover": "AGREE", "factuality": "asserted", "optional": True}
    wider = dict(WIN, probability_min=0.85, probability_max=0.95)   # found, midpoint out of range
    first, second = _pair(tmp_path, [ARREST, other_type, extra], [wider])
    # the arrest agrees; the shooting typed otherwise is a miss and an unpaired row; the optional
    # row the second reader did not commit to is no false alarm
    assert agreement.event_agreement(first, second) == (1, 1, 1)
    scores = agreement.forecast_agreement(first, second)
    assert (scores["tp"], scores["fp"], scores["fn"]) == (1, 0, 1)
    assert (scores["in_range"], scores["overlap"]) == (0, 0)
    back = agreement.forecast_agreement(second, first)
    assert (back["tp"], back["fp"], back["fn"]) == (1, 1, 0)
