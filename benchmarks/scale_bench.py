"""Scale figures for `make bench` (benchmarks/bench.py calls `run(context)`), all measured side by
side in one run on this machine:

  2. Dask: 2 workers ÷ 1 worker throughput (same articles, same database, cluster start excluded;
     the median of 4 alternating rounds)
  3. peak RSS analysing a 1 MB input and a prefix of a 20 MB input the way `analyze -f json -o`
     does (streamed: results spill to disk window by window), each in a child process so each
     figure is its own high-water mark. The whole 20 MB takes ~13 min on one core, more than this
     bench may take, so the prefix is capped (CLAIMLEDGER_BENCH_STREAM_MB, default 5; 20 for the
     whole file) and the growth per MB between the two sizes is reported with the projection
  4. search p95 over >= 200k sentences, SQLite FTS5 and PostgreSQL tsvector (when a server is
     configured: CLAIMLEDGER_BENCH_PG_URL or CLAIMLEDGER_TEST_PG_URL)
  5. sustained ingest articles/s: `ingest --cluster local:2`'s path (bulk.py + distributed.py),
     rate between the first and the last stored article

The corpus is generated from the bundled texts (context["texts"]): articles of sentences drawn
from them, so the near-duplicate detector treats them as distinct. Standalone:
`python benchmarks/scale_bench.py` prints the figures as JSON.
"""
from __future__ import annotations

import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

ARTICLE_WORDS = 900           # a typical op-ed or wire story
RATIO_ARTICLES = 64           # per worker-count run, over RATIO_ROUNDS rounds
RATIO_ROUNDS = 4
SUSTAINED_ARTICLES = 64
SEARCH_SENTENCES = 200_000
SEARCH_QUERIES = ("said", "officials", "drone", "ceasefire talks", '"air defences"', "sanctions OR tariffs",
                  "port fuel depot", "dipl*", "will probably", "missile NOT drone", "border", "killed",
                  "negotiators", "satellite imagery", "parliament vote", "shipping insurers", "humanitarian",
                  "war", "prediction")
_SENTENCE = re.compile(r"(?<=[.?!])\s+")


# -- corpus -------------------------------------------------------------------------------------
def sentence_pool(texts: list[str]) -> list[str]:
    return [s.strip() for t in texts for line in t.split("\n") for s in _SENTENCE.split(line) if len(s.split()) >= 6]


def articles(texts: list[str], n: int, words: int = ARTICLE_WORDS, seed: int = 0) -> list[str]:
    pool = sentence_pool(texts)
    out = []
    for i in range(n):
        rng = random.Random(seed * 100_003 + i)
        picked, count = [], 0
        while count < words:
            sentence = rng.choice(pool)
            picked.append(sentence)
            count += len(sentence.split())
        paragraphs = [" ".join(picked[j: j + 4]) for j in range(0, len(picked), 4)]
        out.append(f"Bench article {seed}-{i}\n\n" + "\n\n".join(paragraphs) + "\n")
    return out


def documents(texts: list[str]):
    from claimledger.ingest import from_text

    return [(f"a{i}", from_text(t)) for i, t in enumerate(texts)]


# -- databases ----------------------------------------------------------------------------------
def pg_base_url() -> str | None:
    return os.environ.get("CLAIMLEDGER_BENCH_PG_URL") or os.environ.get("CLAIMLEDGER_TEST_PG_URL")


class PgSchema:
    """A throwaway schema on the configured server (dropped on exit)."""

    def __init__(self, base: str):
        from sqlalchemy import create_engine, make_url

        self.name = f"bench_{uuid.uuid4().hex[:10]}"
        self.admin = create_engine(base, isolation_level="AUTOCOMMIT")
        self.url = make_url(base).update_query_dict({"options": f"-csearch_path={self.name}"}).render_as_string(hide_password=False)

    def __enter__(self) -> str:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {self.name}"))
        return self.url

    def __exit__(self, *exc) -> None:
        from sqlalchemy import text

        with self.admin.connect() as conn:
            conn.execute(text(f"DROP SCHEMA {self.name} CASCADE"))
        self.admin.dispose()


def fresh_db(tmp: Path, name: str):
    """(url, closer): PostgreSQL when configured (the shared-database case), else SQLite."""
    base = pg_base_url()
    if base:
        schema = PgSchema(base)
        return schema.__enter__(), lambda: schema.__exit__(None, None, None)
    return f"sqlite:///{tmp / (name + '.db')}", lambda: None


# -- 2. workers ratio ---------------------------------------------------------------------------
def bench_workers(texts: list[str], tmp: Path, rounds: int = RATIO_ROUNDS) -> dict:
    """Both clusters are started and warmed first; then rounds alternate 1-worker and 2-worker
    runs over the same articles (each configuration into its own database), so load from other
    processes on a shared machine falls on both alike. The ratio is the median of the rounds'
    ratios: one round disturbed by a neighbour on a 2-vCPU VM does not decide it (the pooled
    ratio and every round's are reported too)."""
    import statistics

    import contextlib

    from claimledger.distributed import cluster_client, ingest_documents, warm_process, warm_up

    from concurrent.futures import ProcessPoolExecutor
    from multiprocessing import get_context

    from claimledger.pipeline import analyze
    from claimledger.settings import get_settings

    per_round = RATIO_ARTICLES // rounds
    seconds: dict[int, list[float]] = {1: [], 2: []}
    plain: dict[int, list[float]] = {1: [], 2: []}  # the same analyses in bare processes: what the machine gives now
    with contextlib.ExitStack() as stack:
        clients, urls, pools = {}, {}, {}
        for n in (1, 2):
            url, close = fresh_db(tmp, f"workers{n}")
            stack.callback(close)
            clients[n] = stack.enter_context(cluster_client(f"local:{n}"))
            clients[n].wait_for_workers(n, timeout=120)
            warm_up(clients[n])
            urls[n] = url
            # Functions from the package, not this file: bench.py loads this file outside sys.modules,
            # so its own functions could not be pickled to the pool's processes.
            pools[n] = stack.enter_context(ProcessPoolExecutor(n, mp_context=get_context("spawn"), initializer=warm_process,
                                                               initargs=(get_settings().pipeline,)))
            list(pools[n].map(abs, range(n)))
            # An untimed first batch: the first writes to a fresh database cost more than the rest.
            list(ingest_documents(clients[n], documents(articles(texts, 2 * n, seed=19)), url, batch_size=2))
        for r in range(rounds):
            docs = documents(articles(texts, per_round, seed=20 + r))
            for n in (1, 2):
                started = time.perf_counter()
                outcomes = list(ingest_documents(clients[n], docs, urls[n], batch_size=2))
                seconds[n].append(time.perf_counter() - started)
                assert sum(o.status == "stored" for o in outcomes) == len(docs)
                started = time.perf_counter()
                list(pools[n].map(analyze, [d.text for _, d in docs], chunksize=2))
                plain[n].append(time.perf_counter() - started)
    rates = {n: per_round * rounds / sum(seconds[n]) for n in (1, 2)}
    round_ratios = [one / two for one, two in zip(seconds[1], seconds[2])]
    ratio = statistics.median(round_ratios)
    machine = statistics.median(one / two for one, two in zip(plain[1], plain[2]))
    return {
        "articles": per_round * rounds, "article_words": ARTICLE_WORDS,
        "database": "postgresql" if pg_base_url() else "sqlite",
        "workers_1_articles_per_s": round(rates[1], 2), "workers_2_articles_per_s": round(rates[2], 2),
        "ratio_2_workers_over_1": round(ratio, 3),
        "ratio_pooled": round(rates[2] / rates[1], 3),
        "ratio_rounds": ", ".join(f"{r:.2f}" for r in round_ratios),
        # Two bare processes ÷ one, measured in the same rounds: the ceiling for the ratio above
        # on this machine at this moment (below 2 when other work shares the cores).
        "machine_ratio_2_processes_over_1": round(machine, 3),
        "cluster_scaling_efficiency": round(ratio / machine, 3),
    }


# -- 5. sustained ingest ------------------------------------------------------------------------
def bench_sustained(texts: list[str], tmp: Path) -> dict:
    from claimledger.archive.bulk import Reporter, ingest
    from claimledger.store import Ledger

    folder = tmp / "sustained"
    folder.mkdir()
    for i, text in enumerate(articles(texts, SUSTAINED_ARTICLES, seed=5)):
        (folder / f"{i:03d}.txt").write_text(text, encoding="utf-8")
    stamps: list[float] = []

    class Clock(Reporter):
        def done(self, status, name, detail=""):
            if status == "stored":
                stamps.append(time.perf_counter())

    url, close = fresh_db(tmp, "sustained")
    try:
        with Ledger(url) as ledger:
            started = time.perf_counter()
            summary = ingest([str(folder)], ledger, cluster="local:2", reporter=Clock())
            total = time.perf_counter() - started
    finally:
        close()
    steady = (len(stamps) - 1) / (stamps[-1] - stamps[0]) if len(stamps) > 1 else 0.0
    return {
        "sustained_articles": len(summary.stored),
        "sustained_ingest_articles_per_s": round(steady, 2),
        "sustained_articles_per_day": int(steady * 86_400),
        "ingest_wall_s_with_cluster_start": round(total, 1),
    }


# -- 3. memory ----------------------------------------------------------------------------------
def write_stream_input(texts: list[str], path: Path, megabytes: float) -> None:
    """A long plain-text input of distinct paragraphs, written without holding it in memory."""
    pool = sentence_pool(texts)
    rng = random.Random(20)
    target, written = int(megabytes * 1_000_000), 0
    with path.open("w", encoding="utf-8") as out:
        while written < target:
            paragraph = " ".join(rng.choice(pool) for _ in range(5)) + "\n"
            out.write(paragraph)
            written += len(paragraph.encode("utf-8"))


def write_prefix(source: Path, target: Path, megabytes: float) -> None:
    """The first `megabytes` of `source`, cut at a line end, copied a line at a time."""
    limit, written = int(megabytes * 1_000_000), 0
    with source.open(encoding="utf-8") as lines, target.open("w", encoding="utf-8") as out:
        for line in lines:
            size = len(line.encode("utf-8"))
            if written + size > limit:
                break
            out.write(line)
            written += size


def rss_child(path: str) -> dict:
    """In a fresh process: analyse the file at `path` as `claimledger analyze -f json -o FILE`
    does (read, then the contract's JSON streamed to a file) and report the process's peak RSS
    against its RSS before the input."""
    from claimledger import analyze
    from claimledger.ingest import load
    from claimledger.parse import load_pipeline
    from claimledger.pipeline import analyze_to_json
    from claimledger.settings import get_settings

    import threading

    import psutil

    load_pipeline(get_settings().pipeline)
    analyze("Warm-up sentence. Officials said so.")  # loads every extractor's data (gazetteer...)
    process = psutil.Process()
    # Sampled, not ru_maxrss: loading the extractors' data has a transient peak of its own that
    # would hide the analysis's.
    base = process.memory_info().rss / 2**20
    peak = [base]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.02):
            peak[0] = max(peak[0], process.memory_info().rss / 2**20)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    document = load(path)
    output = Path(path).with_name(f"{Path(path).stem}-out.json")
    with output.open("w", encoding="utf-8") as out:
        analyze_to_json(document, out)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    with output.open(encoding="utf-8") as written:
        sentences = sum(1 for line in written if line.startswith('      "id": "s'))
    result = {"megabytes": round(Path(path).stat().st_size / 1e6, 2), "seconds": round(seconds, 1),
              "sentences": sentences, "json_mb": round(output.stat().st_size / 1e6, 1),
              "base_rss_mib": round(base, 1), "peak_rss_mib": round(peak[0], 1)}
    output.unlink()
    return result


def bench_memory(texts: list[str], tmp: Path) -> dict:
    stream_mb = float(os.environ.get("CLAIMLEDGER_BENCH_STREAM_MB", "5"))
    big = tmp / "stream-20mb.txt"
    write_stream_input(texts, big, 20)
    inputs = {"1mb": tmp / "first-1mb.txt", "stream": tmp / "first-stream.txt"}
    write_prefix(big, inputs["1mb"], 1.0)
    write_prefix(big, inputs["stream"], stream_mb)
    # Both children at once: each reports its own peak RSS, which CPU sharing does not change.
    children = {label: subprocess.Popen([sys.executable, __file__, "--rss-child", str(path)],
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                        env={**os.environ, "PYTHONPATH": str(ROOT / "src")})
                for label, path in inputs.items()}
    runs = {}
    for label, child in children.items():
        stdout, stderr = child.communicate(timeout=3600)
        if child.returncode != 0:
            raise RuntimeError(f"rss child failed: {stderr.strip().splitlines()[-1:]}")
        runs[label] = json.loads(stdout.strip().splitlines()[-1])
    one, stream = runs["1mb"], runs["stream"]
    growth = (stream["peak_rss_mib"] - one["peak_rss_mib"]) / max(0.01, stream["megabytes"] - one["megabytes"])
    return {
        "rss_base_mib": one["base_rss_mib"],
        "rss_peak_mib_1mb": one["peak_rss_mib"],
        "rss_stream_mb_analysed": stream["megabytes"],
        "rss_peak_mib_stream": stream["peak_rss_mib"],
        "rss_growth_mib_per_input_mb": round(growth, 1),
        "rss_peak_mib_20mb_projected": round(one["peak_rss_mib"] + growth * (20 - one["megabytes"]), 1),
        "rss_20mb_full_run": stream["megabytes"] >= 19.9,
        "analyse_seconds_per_mb": round(stream["seconds"] / max(0.01, stream["megabytes"]), 1),
    }


# -- 4. search ----------------------------------------------------------------------------------
def fill_search_db(url: str, texts: list[str], sentences: int) -> int:
    """A ledger with >= `sentences` sentence rows: real analyses of bench articles, copied under new
    document ids (the search reads sentences, documents and sources only)."""
    from sqlalchemy import func, insert, select

    from claimledger.pipeline import analyze
    from claimledger.store import Ledger, schema
    from claimledger.store.rows import rows_for

    analyses = [analyze(t) for t in articles(texts, 12, seed=4)]
    per_copy = sum(len(a.sentences) for a in analyses)
    copies = -(-sentences // per_copy)
    with Ledger(url) as ledger:
        for c in range(copies):
            batch: dict = {schema.documents: [], schema.sentences: [], schema.sources: []}
            for k, a in enumerate(analyses):
                doc_id = f"{c:08x}{k:08x}"
                rows = rows_for(a)
                document = dict(rows[schema.documents][0], id=doc_id, sha256=uuid.uuid4().hex * 2, analysis="{}",
                                published=f"20{10 + c % 15:02d}-0{1 + k % 9}-1{k % 10}")
                batch[schema.documents].append(document)
                for table in (schema.sentences, schema.sources):
                    batch[table].extend(dict(r, document_id=doc_id) for r in rows[table])
            with ledger.engine.begin() as conn:
                for table, rows in batch.items():
                    if rows:
                        conn.execute(insert(table), rows)
        with ledger.engine.connect() as conn:
            if ledger.engine.dialect.name == "postgresql":
                conn.exec_driver_sql("ANALYZE")
            return int(conn.execute(select(func.count()).select_from(schema.sentences)).scalar())


def search_latencies(url: str, rounds: int = 5) -> dict:
    from claimledger.store import Ledger
    from claimledger.store.search import search

    with Ledger(url) as ledger:
        for query in SEARCH_QUERIES:
            search(ledger.engine, query)  # warm the page cache
        times = []
        for _ in range(rounds):
            for query in SEARCH_QUERIES:
                started = time.perf_counter()
                search(ledger.engine, query, limit=20)
                times.append(time.perf_counter() - started)
    times.sort()
    return {"p50_ms": round(1000 * times[len(times) // 2], 1), "p95_ms": round(1000 * times[int(0.95 * (len(times) - 1))], 1),
            "max_ms": round(1000 * times[-1], 1), "queries": len(times)}


def bench_search(texts: list[str], tmp: Path) -> dict:
    out = {}
    targets = [("sqlite", f"sqlite:///{tmp / 'search.db'}", None)]
    if pg_base_url():
        schema = PgSchema(pg_base_url())
        targets.append(("postgresql", schema.__enter__(), schema))
    try:
        for name, url, _ in targets:
            started = time.perf_counter()
            count = fill_search_db(url, texts, SEARCH_SENTENCES)
            fill = time.perf_counter() - started
            figures = search_latencies(url)
            out.update({f"search_{name}_sentences": count, f"search_{name}_p50_ms": figures["p50_ms"],
                        f"search_{name}_p95_ms": figures["p95_ms"], f"search_{name}_max_ms": figures["max_ms"],
                        f"search_{name}_fill_s": round(fill, 1)})
    finally:
        for _, _, schema in targets:
            if schema is not None:
                schema.__exit__(None, None, None)
    if not pg_base_url():
        out["search_postgresql"] = "skipped: set CLAIMLEDGER_BENCH_PG_URL (or eval \"$(bash .ci/services.sh)\")"
    return out


# -- entry points -------------------------------------------------------------------------------
def run(context: dict) -> dict:
    texts = context["texts"]
    results: dict = {"load_average_at_start": round(os.getloadavg()[0], 2)}
    with tempfile.TemporaryDirectory(prefix="claimledger-bench-") as folder:
        tmp = Path(folder)
        for part in (bench_workers, bench_sustained, bench_memory, bench_search):
            started = time.perf_counter()
            results.update(part(texts, tmp))
            results[f"{part.__name__}_seconds"] = round(time.perf_counter() - started, 1)
    return results


def _bundled_texts() -> list[str]:
    paths = sorted((ROOT / "examples").glob("*.txt")) + sorted((ROOT / "tests" / "texts").glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--rss-child":
        print(json.dumps(rss_child(sys.argv[2])))
    else:
        print(json.dumps(run({"texts": _bundled_texts(), "root": str(ROOT)}), indent=2))
