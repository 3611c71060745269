"""`claims check` on a ledger of 10,000 documents (called by bench.py as `run(context)`; also
runs alone). Aim: an answer in under a second.

The ledger is built once and reused (.tmp/bench/claims-10k-v1.db): 10,000 documents of ~30
sentences drawn from the bench corpus and tests/texts with varied places and numbers (so the
full-text index has realistic, repetitive vocabulary), a third of them attributed to a source
with a reporting cue ("said", "denied", "confirmed", …), rows inserted directly (analysing 10k
articles with spaCy would take hours and measure nothing about the lookup).

Figures: time per check in the process (cold: the first, with the model read and the database
pages cold; then p50/p95/max over the claims, each with the prepared-document cache emptied, and
the CPU time of the process beside the wall time, since the 2 cores are shared), and the wall
time of one whole CLI process
(`claimledger claims check "…" --format json`, Python start-up and imports included).

    python benchmarks/claims_bench.py [--documents 10000]
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(HERE))

VERSION = "v1"      # bump when the ledger's make-up changes
PLACES = ["Odesa", "Kharkiv", "Gaza", "Sanaa", "Niamey", "Manila", "Geneva", "Doha", "Bamako", "Basra", "Izmail",
          "Goma", "Tripoli", "Aleppo", "Kherson", "Rafah", "Hodeidah", "Mosul", "Juba", "Caracas"]
CUES = ["said", "said", "said", "told reporters", "claimed", "denied", "confirmed", "reported", "warned", "according to"]
SOURCES = [("Reuters", "media"), ("the defence ministry", "military"), ("local officials", "official"),
           ("two diplomats", "anonymous"), ("the governor", "official"), ("Associated Press", "media"),
           ("the army", "military"), ("a UN spokesperson", "official")]
CLAIMS = ["A drone strike damaged the grain pier at Izmail",
          "The ministry denied that its forces shelled the hospital",
          "Ceasefire talks in Doha stalled over the sequence of hostage releases",
          "Insurers raised war-risk premiums for ships in the Red Sea",
          "The army said air defences shot down 21 of 27 drones overnight",
          "Fuel deliveries to Goma have stopped for a week",
          "Turkey offered to host negotiations in Istanbul next month",
          "The central bank raised interest rates by half a point",
          "Officials confirmed that three sailors were injured in the attack",
          "The EU is preparing sanctions on Russian shipping insurers"]


def _p(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _sentences(texts: list[str]) -> list[str]:
    import re

    found = []
    for text in texts:
        found += [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if 6 <= len(s.split()) <= 45]
    return found or ["Officials said the talks would resume next week in Geneva."]


def build_ledger(path: Path, texts: list[str], documents: int, per_document: int = 30) -> str:
    """A ledger of `documents` documents (rows inserted directly; the FTS triggers index them)."""
    from sqlalchemy import insert

    from claimledger.store import Ledger, schema

    url = f"sqlite:///{path}"
    if path.exists():
        with Ledger(url) as ledger:
            if ledger.count() == documents:
                return url
        path.unlink()
    rng = random.Random(17)
    pool = _sentences(texts)
    with Ledger(url) as ledger, ledger.engine.begin() as conn:
        for d in range(documents):
            doc_id = hashlib.sha256(f"claims-bench-{d}".encode()).hexdigest()[:16]
            conn.execute(insert(schema.documents), [{
                "id": doc_id, "sha256": hashlib.sha256(f"claims-bench-doc-{d}".encode()).hexdigest(),
                "title": f"Dispatch {d} from {rng.choice(PLACES)}", "url": f"https://outlet{d % 40}.example/{d}",
                "published": f"20{15 + d % 10:02d}-{1 + d % 12:02d}-{1 + d % 28:02d}", "analysis": "{}",
                "word_count": 0, "schema": "claimledger/1"}])
            sentences, sources, attributions, start = [], [], [], 0
            for i in range(per_document):
                text = rng.choice(pool).replace("Odesa", rng.choice(PLACES))
                if rng.random() < 0.33:
                    name, type_ = rng.choice(SOURCES)
                    cue = rng.choice(CUES)
                    text = f"{name[0].upper()}{name[1:]} {cue} {text[0].lower()}{text[1:]}"
                    sid = f"src{len(sources) + 1}"
                    sources.append({"document_id": doc_id, "id": sid, "name": name, "key": name.lower(), "type": type_,
                                    "aliases": []})
                    attributions.append({"document_id": doc_id, "sentence_id": f"s{i + 1}", "source_id": sid, "via": [],
                                         "cue": cue, "start": start, "end": start + len(text), "line": i + 1})
                sentences.append({"document_id": doc_id, "id": f"s{i + 1}", "line": i + 1, "start": start,
                                  "end": start + len(text), "text": text, "section": "body",
                                  "kind": rng.choice(["reported", "assertion", "assertion", "opinion"]),
                                  "certainty": rng.choice([0.5, 0.6, 0.75, 0.9])})
                start += len(text) + 1
            conn.execute(insert(schema.sentences), sentences)
            if sources:
                conn.execute(insert(schema.sources), sources)
                conn.execute(insert(schema.attributions), attributions)
    return url


def bench_check(url: str, claims: list[str]) -> dict:
    from claimledger.archive import check as check_module
    from claimledger.store import Ledger

    timings, cpu = [], []
    with Ledger(url) as ledger:
        t0 = time.perf_counter()
        first = check_module.check(ledger.engine, claims[0])
        cold_ms = (time.perf_counter() - t0) * 1000
        check_module._prepared.items.clear()       # each claim reads its candidates afresh
        for claim in claims:
            check_module._prepared.items.clear()
            t0, c0 = time.perf_counter(), time.process_time()
            result = check_module.check(ledger.engine, claim)     # the JSON answer: every document listed
            timings.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
        related = sum(len(check_module.check(ledger.engine, c).related) for c in claims[:3])
    return {"claims_check_documents": len(first.documents), "claims_check_cold_ms": round(cold_ms, 1),
            "claims_check_p50_ms": round(_p(timings, 0.5), 1), "claims_check_p95_ms": round(_p(timings, 0.95), 1),
            "claims_check_max_ms": round(max(timings), 1), "claims_check_candidates": result.candidates,
            # CPU time of this process: what the check costs when the machine's 2 cores are shared.
            "claims_check_cpu_p50_ms": round(_p(cpu, 0.5), 1), "claims_check_cpu_max_ms": round(max(cpu), 1),
            "claims_check_related_first3": related}


def bench_cli(url: str, claim: str) -> dict:
    """One whole `claimledger claims check` process, as a user runs it (table and JSON)."""
    base = [sys.executable, "-m", "claimledger", "--db", url, "claims", "check", claim]
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), COLUMNS="160")
    subprocess.run(base, capture_output=True, env=env, check=True)      # warm the OS file cache
    out = {}
    for name, command in (("table", base), ("json", base + ["--format", "json"])):
        t0 = time.perf_counter()
        done = subprocess.run(command, capture_output=True, env=env, check=True)
        out[f"claims_check_cli_{name}_s"] = round(time.perf_counter() - t0, 2)
        if name == "json":
            out["claims_check_cli_documents"] = len(json.loads(done.stdout)[0]["documents"])
    t0 = time.perf_counter()
    subprocess.run([sys.executable, "-m", "claimledger", "--help"], capture_output=True, env=env, check=True)
    out["claimledger_help_s"] = round(time.perf_counter() - t0, 2)     # start-up alone, for comparison
    return out


def run(context: dict) -> dict:
    from archive_bench import archive_texts

    documents = int(context.get("claims_documents", 10_000))
    texts = archive_texts(context.get("texts") or [])
    folder = ROOT / ".tmp" / "bench"
    folder.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    url = build_ledger(folder / f"claims-{documents // 1000}k-{VERSION}.db", texts, documents)
    results = {"claims_ledger_documents": documents, "claims_ledger_ready_s": round(time.perf_counter() - t0, 1)}
    results.update(bench_check(url, CLAIMS))
    results.update(bench_cli(url, CLAIMS[0]))
    results["claims_check_under_1s"] = results["claims_check_max_ms"] < 1000
    return results


if __name__ == "__main__":
    from bench import corpus_texts

    count = int(sys.argv[sys.argv.index("--documents") + 1]) if "--documents" in sys.argv else 10_000
    print(json.dumps(run({"texts": corpus_texts(), "claims_documents": count}), indent=2))
