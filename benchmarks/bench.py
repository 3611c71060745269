"""`make bench`: speed and memory of claimledger, as ratios against bare spaCy in the same run.

Prints a table and writes benchmarks/results.json. The corpus is generated from bundled texts
(examples/, tests/texts/ and, when present, the seed article in ../shared), so no network.
Other benchmark modules in this folder (archive_bench.py, scale_bench.py) add their figures
when present: each exposes `run(context) -> dict`.
"""
from __future__ import annotations

import importlib.util
import json
import os
import platform
import resource
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

from claimledger.ingest import from_text  # noqa: E402
from claimledger.parse import load_pipeline  # noqa: E402
from claimledger.pipeline import analyze_document  # noqa: E402
from claimledger.settings import get_settings  # noqa: E402


def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem_gib = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return {"host": platform.node(), "cpu": cpu, "cores": os.cpu_count(), "memory_gib": round(mem_gib, 1),
            "python": platform.python_version(), "platform": platform.platform()}


def corpus_texts() -> list[str]:
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "texts").glob("*.txt"))
    seed = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared")) / "seed" / "article.txt"
    if seed.exists():
        paths.append(seed)
    return [p.read_text(encoding="utf-8") for p in paths]


def words(texts) -> int:
    return sum(len(t.split()) for t in texts)


def every_learned_component(settings):
    """The settings with every optional trained part switched on as well: the attribution NER
    head, the learned event coder and forecast detector (`both`) where they are installed, and the
    forecast sentence classifier's second look."""
    from claimledger.extract.events.coding import EVENT_CODING
    from claimledger.extract.forecasts.detection import FORECAST_DETECTION

    update = {"attribution": "both", "attribution_head": True, "forecast_sentences": True}
    for capability in (EVENT_CODING, FORECAST_DETECTION):
        if "both" in capability.builtin:
            update[capability.setting] = "both"
    return settings.model_copy(update=update)


def bench_pipeline(texts: list[str], rounds: int = 3, settings=None) -> dict:
    settings = settings or get_settings()
    load_pipeline(settings.pipeline)
    # "Bare" is the base spaCy pipeline as shipped, loaded apart: the cached one analyze uses
    # gains the trained heads (claimledger.models.add_head), whose cost is ours to count.
    import spacy

    nlp = spacy.load(settings.pipeline)
    documents = [from_text(t) for t in texts]
    list(nlp.pipe(texts[:2]))
    # A first pass over the whole corpus, timed apart: the tables read on first use (the gazetteer,
    # a country's small towns, matchers) load here once a process, as they would in a long ingest;
    # the rounds below measure the steady pace. A single article's cold cost is `first_pass`.
    t0 = time.perf_counter()
    for document in documents:
        analyze_document(document, settings)
    first_s = time.perf_counter() - t0
    bare_s = full_s = 0.0
    for _ in range(rounds):  # interleaved so drift on a shared machine hits both alike
        t0 = time.perf_counter()
        for _doc in nlp.pipe(texts, batch_size=settings.batch_size):
            pass
        bare_s += time.perf_counter() - t0
        t0 = time.perf_counter()
        for document in documents:
            analyze_document(document, settings)
        full_s += time.perf_counter() - t0
    n_words = words(texts) * rounds
    return {
        "texts": len(texts), "words": words(texts), "rounds": rounds,
        "bare_nlp_pipe_words_per_s": round(n_words / bare_s, 1),
        "full_analyze_words_per_s": round(n_words / full_s, 1),
        "ratio_full_over_bare": round(bare_s / full_s, 3),
        "first_pass_analyze_words_per_s": round(words(texts) / first_s, 1),
        "pipeline": settings.pipeline,
    }


def peak_rss_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def extra_benchmarks(context: dict) -> dict:
    results = {}
    for name in ("archive_bench", "scale_bench", "claims_bench"):
        path = HERE / f"{name}.py"
        if not path.exists():
            continue
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        results[name] = module.run(context)
    return results


def main() -> None:
    started = time.perf_counter()
    texts = corpus_texts()
    results = {"machine": machine(), "pipeline": bench_pipeline(texts)}
    # after the defaults: the heads it adds stay on the cached pipeline for the rest of the process
    every = every_learned_component(get_settings())
    results["pipeline_every_learned_component"] = dict(
        bench_pipeline(texts, settings=every),
        settings={k: getattr(every, k) for k in ("attribution", "attribution_head", "event_coding", "forecast_detection",
                                                  "forecast_sentences")})
    # The embedding second look (models/forecast_embeddings/) needs the embeddings extra (torch),
    # which the bench's install leaves out: measured apart, where it is installed.
    from claimledger.archive.similarity import embeddings_available

    if embeddings_available():
        results["pipeline_embedding_second_look"] = bench_pipeline(
            texts, settings=every.model_copy(update={"forecast_sentence_model": "embeddings"}))
    results["peak_rss_mib_after_pipeline"] = peak_rss_mib()
    results.update(extra_benchmarks({"texts": texts, "root": str(ROOT)}))
    results["bench_seconds"] = round(time.perf_counter() - started, 1)
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    report(results)


def report(results: dict) -> None:
    m, p = results["machine"], results["pipeline"]
    print(f"machine: {m['cpu']} · {m['cores']} cores · {m['memory_gib']} GiB · Python {m['python']}")
    print(f"corpus: {p['texts']} texts, {p['words']} words × {p['rounds']} rounds · pipeline {p['pipeline']}")
    print(f"{'measure':44} {'value':>12}")
    rows = [
        ("bare nlp.pipe words/s", p["bare_nlp_pipe_words_per_s"]),
        ("full analyze words/s", p["full_analyze_words_per_s"]),
        ("full analyze words/s, first pass (cold tables)", p["first_pass_analyze_words_per_s"]),
        ("ratio full / bare (aim >= 0.7)", p["ratio_full_over_bare"]),
        ("ratio, every learned component on", results["pipeline_every_learned_component"]["ratio_full_over_bare"]),
        ("peak RSS MiB (after pipeline)", results["peak_rss_mib_after_pipeline"]),
    ]
    if "pipeline_embedding_second_look" in results:
        rows.insert(4, ("ratio, + embedding second look (torch)", results["pipeline_embedding_second_look"]["ratio_full_over_bare"]))
    for group in ("archive_bench", "scale_bench", "claims_bench"):
        for key, value in (results.get(group) or {}).items():
            if isinstance(value, (int, float, str)):
                rows.append((f"{group.split('_')[0]}: {key}", value))
    for name, value in rows:
        print(f"{name:44} {value:>12}")
    print(f"bench time: {results['bench_seconds']} s · written to benchmarks/results.json")


if __name__ == "__main__":
    main()
