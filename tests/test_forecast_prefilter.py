"""The forecast rules skip a candidate finder when the sentence lacks every word (or tag) it could
start from: the cue words and tags each finder declares beside its code (finder.py; the ordered
list is rules.FINDERS). That is a speed-up only: a finder that learns a new starting word and is
not given it in its declaration would silently lose forecasts. This test runs the read forecast
sets' texts with and without the filter and asks for the same forecasts."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from claimledger import analyze
from claimledger.extract.forecasts import rules
from claimledger.settings import get_settings

HERE = Path(__file__).parent / "forecasts"
# sets already read by the developers (never a blind one), old and new finders' phrasings
SETS = ("gold", "heldout13", "heldout14")


def _texts() -> list[tuple[str, str, str]]:
    out = []
    for name in SETS:
        folder = HERE / name
        gold_dir = folder if name == "gold" else folder / "gold"
        text_dir = folder.parent if name == "gold" else folder
        for gold in sorted(gold_dir.glob("*.json")):
            document = json.loads(gold.read_text(encoding="utf-8"))["document"]
            path = text_dir / document["file"]
            if path.exists():
                out.append((gold.stem, path.read_text(encoding="utf-8"), document.get("published")))
    return out


def _forecasts(text: str, published: str) -> list[tuple]:
    settings = get_settings().model_copy(update={"extractors": ("forecasts",)})
    a = analyze(text, published=published, settings=settings)
    return [(f.start, f.end, f.probability, f.phrase, f.by, f.statement) for f in a.forecasts]


def test_the_finders_prefilter_loses_no_forecast(monkeypatch):
    texts = _texts()
    assert len(texts) >= 10
    filtered = {name: _forecasts(text, published) for name, text, published in texts}
    assert sum(map(len, filtered.values())) > 100
    original = rules._candidates
    monkeypatch.setattr(rules, "_candidates",
                        lambda unit, published=None: original(unit, published, prefilter=False))
    unfiltered = {name: _forecasts(text, published) for name, text, published in texts}
    for name in filtered:
        assert filtered[name] == unfiltered[name], name


@pytest.mark.parametrize("finder", rules.FINDERS, ids=lambda finder: finder.name)
def test_every_declared_cue_set_is_nonempty(finder):
    # a finder runs on every sentence (None), or on those holding one of a non-empty set of words
    assert finder.cues is None or finder.cues, finder.name


def test_every_finder_a_module_declares_is_run_once():
    # a finder module's declaration (FINDER) that rules.FINDERS does not list would never run
    import importlib
    import pkgutil

    from claimledger.extract import forecasts

    names = [finder.name for finder in rules.FINDERS]
    assert len(names) == len(set(names))
    declared = [module.FINDER for info in pkgutil.iter_modules(forecasts.__path__)
                if hasattr(module := importlib.import_module(f"{forecasts.__name__}.{info.name}"), "FINDER")]
    assert len(declared) >= 9
    assert [finder for finder in declared if finder not in rules.FINDERS] == []
