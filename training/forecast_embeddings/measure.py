"""Forecast-level figures of the second look, model by model and threshold by threshold, in one
process (each sentence is embedded once and its vector kept for the next configuration):

    python training/forecast_embeddings/measure.py [--configs=KIND:CUT:PREFILTER,...] NAME=GLOB[,GLOB] ...

For each group of gold files: forecasts found tp / fp / fn, precision, recall and probability in
range, for the rules alone (with the keyword baseline), the rules + the n-gram classifier and the
rules + the embedding head at several thresholds (and prefilters). Prints aggregates only, so a
blind set may be given.
"""
from __future__ import annotations

import glob
import sys
import time

CONFIGS = [("rules", None, None, None), ("ngrams 0.7", "ngrams", 0.7, None), ("ngrams 0.6", "ngrams", 0.6, None)] + [
    (f"embeddings {cut} pre {pre}", "embeddings", cut, pre) for pre in (0.0, 0.45) for cut in (0.5, 0.6, 0.7, 0.8)]


def main(groups: list[tuple[str, list[str]]], configs=CONFIGS) -> None:
    import numpy as np

    from claimledger.archive import similarity
    from claimledger.evaluate import evaluate
    from claimledger.extract.forecasts import sentence_model
    from claimledger.settings import Settings

    cache: dict[tuple, np.ndarray] = {}
    embed = similarity.embedding_vectors
    counted = {"embedded": 0, "seconds": 0.0}

    def cached(texts, layers=None):
        new = [t for t in dict.fromkeys(texts) if (layers, t) not in cache]
        if new:
            t0 = time.perf_counter()
            for t, v in zip(new, embed(new, layers=layers)):
                cache[layers, t] = v
            counted["embedded"] += len(new)
            counted["seconds"] += time.perf_counter() - t0
        return np.stack([cache[layers, t] for t in texts])

    similarity.embedding_vectors = cached
    head = sentence_model.embedding_head()
    ngram_meta = sentence_model.classifier()[1]
    for name, kind, cut, pre in configs:
        settings = Settings(forecast_sentences=kind is not None, forecast_sentence_model=kind or "ngrams")
        if kind == "embeddings":
            head["threshold"], head["prefilter"] = cut, pre
        elif kind == "ngrams":
            ngram_meta["threshold"] = cut
        for group, files in groups:
            scores = evaluate(files, settings)
            found, prob = scores["forecasts.found"], scores["forecasts.probability"]
            line = f"{name:26} {group:12} found tp {found.tp} fp {found.fp} fn {found.fn} P {found.precision:.3f} " \
                   f"R {found.recall:.3f}; in range {prob.correct}/{prob.total}"
            if kind is None:
                base = scores["forecasts.found (baseline)"]
                bprob = scores["forecasts.probability (baseline)"]
                line += f" | baseline tp {base.tp} fp {base.fp} fn {base.fn} P {base.precision:.3f} R {base.recall:.3f}; " \
                        f"in range {bprob.correct}/{bprob.total}"
            print(line, flush=True)
    print(f"embedded {counted['embedded']} sentences in {counted['seconds']:.1f} s", flush=True)


if __name__ == "__main__":
    groups, configs = [], CONFIGS
    for arg in sys.argv[1:]:
        if arg.startswith("--configs="):
            configs = []
            for item in arg.split("=", 1)[1].split(","):
                kind, cut, pre = (item.split(":") + ["", ""])[:3]
                if kind == "rules":
                    configs.append(("rules", None, None, None))
                else:
                    configs.append((f"{kind} {cut}" + (f" pre {pre}" if pre else ""), kind, float(cut), float(pre or 0)))
            continue
        name, pattern = arg.split("=", 1)
        files = sorted(f for p in pattern.split(",") for f in glob.glob(p))
        groups.append((name, files))
    main(groups, configs)
