"""Archive figures for `make bench` (called by bench.py as `run(context)`; also runs alone):

- search p95 (ms) over 200,000 stored sentences in SQLite (FTS5), a mix of one-word, two-word,
  phrase, prefix and filtered queries;
- bulk ingest throughput (articles/s, one worker) and the share of its time spent outside spaCy;
- the document page's server time p95 (ms) for a long article.

    python benchmarks/archive_bench.py [--sentences 200000]
"""
from __future__ import annotations

import hashlib
import json
import random
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))

QUERIES = ["drone", "missile strike", "said", "ceasefire talks", '"fuel depot"', "premium*", "border NOT talks",
           "officials said overnight", "Geneva", "insurance OR insurers", "troops withdrawal", "water dispute",
           "the", "port", "election turnout", "shadow fleet", "coast guard", "sanctions package", "killed soldiers",
           "air defence"]


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _sentences(texts: list[str]) -> list[str]:
    found = []
    for text in texts:
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.split()) >= 5]
    return found or ["Officials said the talks would resume next week in Geneva."]


def build_search_db(path: Path, texts: list[str], total: int, per_document: int = 40) -> str:
    """A ledger of `total` sentences (varied copies of the corpus's sentences), inserted as rows."""
    from sqlalchemy import insert

    from claimledger.store import Ledger, schema

    rng = random.Random(7)
    pool = _sentences(texts)
    places = ["Odesa", "Kharkiv", "Gaza", "Sanaa", "Niamey", "Manila", "Geneva", "Doha", "Bamako", "Basra"]
    url = f"sqlite:///{path}"
    with Ledger(url) as ledger:
        with ledger.engine.begin() as conn:
            for d in range(total // per_document):
                doc_id = hashlib.sha256(str(d).encode()).hexdigest()[:16]
                conn.execute(insert(schema.documents), [{
                    "id": doc_id, "sha256": hashlib.sha256(f"doc{d}".encode()).hexdigest(), "title": f"Bench {d}",
                    "published": f"20{10 + d % 15:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}", "analysis": "{}",
                    "word_count": 0, "schema": "claimledger/1"}])
                rows = []
                for i in range(per_document):
                    text = f"{rng.choice(pool)} In {rng.choice(places)}, {rng.randint(2, 900)} were reported."
                    rows.append({"document_id": doc_id, "id": f"s{i + 1}", "line": i + 1, "start": 0, "end": len(text),
                                 "text": text, "section": "body", "kind": rng.choice(["reported", "assertion", "opinion"]),
                                 "certainty": 0.5})
                conn.execute(insert(schema.sentences), rows)
    return url


def bench_search(texts: list[str], total: int = 200_000, rounds: int = 5) -> dict:
    from claimledger.store import Ledger
    from claimledger.store.search import search

    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        url = build_search_db(Path(tmp) / "search.db", texts, total)
        build_s = time.perf_counter() - t0
        timings, filtered = [], []
        with Ledger(url) as ledger:
            for query in QUERIES:  # warm the page cache once
                search(ledger.engine, query)
            for _ in range(rounds):
                for query in QUERIES:
                    t0 = time.perf_counter()
                    search(ledger.engine, query, limit=20)
                    timings.append((time.perf_counter() - t0) * 1000)
                    t0 = time.perf_counter()
                    search(ledger.engine, query, kind="opinion", since="2018-01-01", limit=20)
                    filtered.append((time.perf_counter() - t0) * 1000)
    return {"search_sentences": total, "search_build_s": round(build_s, 1),
            "search_p95_ms": round(_p95(timings), 2), "search_p50_ms": round(sorted(timings)[len(timings) // 2], 2),
            "search_filtered_p95_ms": round(_p95(filtered), 2)}


def bench_ingest(texts: list[str], articles: int = 24) -> dict:
    """One-worker bulk ingest of distinct articles; spaCy's share measured by nlp.pipe on the same lines."""
    from claimledger.archive.bulk import ingest
    from claimledger.parse import load_pipeline, pieces
    from claimledger.segment import split_lines
    from claimledger.settings import get_settings
    from claimledger.store import Ledger

    settings = get_settings()
    rng = random.Random(11)
    pool = [t for t in texts if len(t.split()) > 50] or texts
    docs = []
    for n in range(articles):  # distinct articles: paragraphs of the corpus shuffled, so no two are copies
        paragraphs = [p for p in rng.choice(pool).split("\n") if p.strip()]
        rng.shuffle(paragraphs)
        docs.append(f"Dispatch {n}: {rng.random():.6f}\n" + "\n".join(paragraphs[: max(3, len(paragraphs) // 2)]))
    nlp = load_pipeline(settings.pipeline)
    list(nlp.pipe(["warm up the pipeline."]))
    from claimledger.archive import fingerprint

    fingerprint.NearDuplicateIndex().add("warm", fingerprint.signature("warm up the imports"))  # one-time imports
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        for n, text in enumerate(docs):
            (folder / f"{n:03d}.txt").write_text(text, encoding="utf-8")
        with Ledger(f"sqlite:///{Path(tmp) / 'ingest.db'}") as ledger:
            t0 = time.perf_counter()
            summary = ingest([str(folder)], ledger, workers=1, settings=settings)
            total_s = time.perf_counter() - t0
    lines = [p.text for text in docs for p in pieces(split_lines(text), settings.max_chunk_chars)]
    t0 = time.perf_counter()
    for _ in nlp.pipe(lines, batch_size=settings.batch_size):
        pass
    spacy_s = time.perf_counter() - t0
    return {"ingest_articles": len(summary.stored), "ingest_articles_per_s": round(len(summary.stored) / total_s, 2),
            "ingest_share_outside_spacy": round(max(0.0, 1 - spacy_s / total_s), 3)}


def bench_document_page(texts: list[str], requests: int = 40) -> dict:
    from fastapi.testclient import TestClient

    from claimledger.pipeline import analyze
    from claimledger.store import Ledger
    from claimledger.web import create_app

    longest = max(texts, key=len)
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{Path(tmp) / 'page.db'}"
        with Ledger(url) as ledger:
            doc_id = ledger.store(analyze(longest)).document_id
        timings = []
        with TestClient(create_app(url)) as client:
            client.get(f"/documents/{doc_id}")
            for _ in range(requests):
                t0 = time.perf_counter()
                response = client.get(f"/documents/{doc_id}")
                timings.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200
    return {"document_page_words": len(longest.split()), "document_page_p95_ms": round(_p95(timings), 2)}


def archive_texts(texts: list[str]) -> list[str]:
    """The bench corpus plus every article under tests/texts/ (more vocabulary for search)."""
    extra = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "texts").rglob("*"))
             if p.suffix in (".txt", ".md") and p.is_file()]
    return list(texts) + [t for t in extra if t not in texts]


def bench_claims() -> dict:
    """Both corroboration methods on the labelled claim pairs (tests/texts/claim_pairs.tsv)."""
    import csv

    from claimledger.archive import similarity

    rows = [line for line in (ROOT / "tests" / "texts" / "claim_pairs.tsv").read_text(encoding="utf-8").splitlines()
            if not line.startswith("#")]
    data = list(csv.DictReader(rows, delimiter="\t"))
    pairs, labels = [(r["a"], r["b"]) for r in data], [int(r["same"]) for r in data]
    methods = ["tfidf"] + (["embeddings"] if similarity.embeddings_available() else [])
    results = {"claims_pairs": len(pairs), "claims_default_method": similarity.resolve_method(None)}
    for method, figures in similarity.compare(pairs, labels, methods).items():
        results[f"claims_{method}_f1"] = round(figures["f1"], 3)
        results[f"claims_{method}_precision"] = round(figures["precision"], 3)
        results[f"claims_{method}_recall"] = round(figures["recall"], 3)
    return results


def bench_claim_groups(texts: list[str], count: int = 10_000) -> dict:
    """Grouping time (TF-IDF) for `count` claims drawn from the corpus (many near-repeats: a hard case)."""
    from claimledger.archive.claims import Claim, group

    rng = random.Random(3)
    pool = _sentences(texts)
    claims = [Claim(f"d{i // 40}", f"s{i}", f"{rng.choice(pool)} In {rng.randint(1, 900)} places.", None,
                    f"o{i % 50}", None, None) for i in range(count)]
    t0 = time.perf_counter()
    groups = group(claims, "tfidf")
    return {"claims_grouped": count, "claims_groups": len(groups), "claims_group_s": round(time.perf_counter() - t0, 2)}


def run(context: dict) -> dict:
    texts = archive_texts(context.get("texts") or [])
    results = {}
    results.update(bench_search(texts, context.get("search_sentences", 200_000)))
    results.update(bench_ingest(texts))
    results.update(bench_document_page(texts))
    results.update(bench_claims())
    results.update(bench_claim_groups(texts))
    return results


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    from bench import corpus_texts

    size = int(sys.argv[sys.argv.index("--sentences") + 1]) if "--sentences" in sys.argv else 200_000
    print(json.dumps(run({"texts": corpus_texts(), "search_sentences": size}), indent=2))
