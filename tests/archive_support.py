"""Helpers shared by the archive, search, web and browser tests: hand-built analyses (no spaCy,
fast) and a ledger holding the archive test texts (analysed once per session)."""
from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Optional

import pytest

from claimledger.contract import (Analysis, Attribution, Event, Forecast, Location, Rhetoric, Sentence, Source,
                                  EvidenceGap)
from claimledger.ingest import from_text

ARCHIVE_TEXTS = Path(__file__).resolve().parent / "texts" / "archive"
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")


def hand_analysis(text: str, title: Optional[str] = None, url: Optional[str] = None, published: Optional[str] = None,
                  attributed: Optional[dict[int, tuple[str, str, list[str]]]] = None,
                  kinds: Optional[dict[int, str]] = None) -> Analysis:
    """An Analysis whose sentences are cut at . ! ? (offsets exact). `attributed` maps a sentence
    index to (source name, source type, [the chain after it: names, or (name, type) pairs])."""
    document = from_text(text, title=title, url=url, published=published)
    sentences, line = [], 1
    for number, raw_line in enumerate(document.text.split("\n"), 1):
        base = sum(len(x) + 1 for x in document.text.split("\n")[: number - 1])
        for m in _SENTENCE.finditer(raw_line):
            chunk = m.group(0)
            stripped = chunk.strip()
            if not stripped:
                continue
            start = base + m.start() + (len(chunk) - len(chunk.lstrip()))
            index = len(sentences)
            sentences.append(Sentence(id=f"s{index + 1}", line=number, start=start, end=start + len(stripped),
                                      text=stripped, section="body", kind=(kinds or {}).get(index, "assertion")))
    sources, attributions, names = [], [], {}

    def source_id(name: str, type_: str) -> str:
        if name not in names:
            names[name] = f"src{len(names) + 1}"
            sources.append(Source(id=names[name], name=name, type=type_))
        return names[name]

    for index, (name, type_, chain) in (attributed or {}).items():
        s = sentences[index]
        sid = source_id(name, type_)
        via = [source_id(*((n, "media") if isinstance(n, str) else n)) for n in chain]
        attributions.append(Attribution(sentence_id=s.id, source_id=sid, via=via, cue="said", start=s.start,
                                        end=s.start + 1, line=s.line))
        sentences[index] = s.model_copy(update={"kind": "reported"})
    return Analysis(document=document, sentences=sentences, sources=sources, attributions=attributions)


def rich_analysis() -> Analysis:
    """A document with one of everything the web pages draw: kinds, a source chain, a missing
    map, rhetoric, an event on the map, a forecast."""
    text = ("Strikes near the port: what we know\n"
            "The regional governor said two workers were injured in the overnight attack on the depot.\n"
            "The attack left the waterfront looking like this:\n"
            "Is anyone surprised? The so-called 'precision' strikes keep hitting warehouses.\n"
            "Kyiv will very likely ask for more air defence systems within weeks.\n")
    a = hand_analysis(text, title="Strikes near the port: what we know", url="https://example.org/port",
                      published="2025-03-04", attributed={1: ("Wire Service", "media", [("Regional governor", "official")])},
                      kinds={3: "question", 4: "opinion", 5: "prediction"})
    s = {x.id: x for x in a.sentences}
    gap = s["s3"]
    scare = s["s5"]
    q_start = a.document.text.index("'precision'")
    forecast = s["s6"]
    a.evidence_gaps.append(EvidenceGap(line=gap.line, sentence_id=gap.id, text=gap.text, status="missing",
                                       expected="image", start=gap.start, end=gap.end))
    a.rhetoric.append(Rhetoric(sentence_id=scare.id, technique="scare_quote", text="'precision'", start=q_start,
                               end=q_start + len("'precision'"), line=scare.line))
    a.events.append(Event(id="ev1", sentence_id="s2", code="ASSAULT", action="attack", location=Location(
        name="Odesa", lat=46.48, lon=30.73), date="2025-03-03", date_text="overnight", start=s["s2"].start,
        end=s["s2"].end, line=s["s2"].line))
    a.forecasts.append(Forecast(id="f1", sentence_id=forecast.id, by="author", statement=forecast.text,
                                phrase="very likely", probability=0.85, horizon="within weeks",
                                start=forecast.start, end=forecast.end, line=forecast.line))
    return a


@pytest.fixture(scope="session")
def archive_db(tmp_path_factory):
    """A ledger with the archive test texts ingested (real pipeline), and its summary."""
    from claimledger.archive.bulk import ingest
    from claimledger.store import Ledger

    folder = tmp_path_factory.mktemp("archive")
    url = f"sqlite:///{folder / 'ledger.db'}"
    with Ledger(url) as ledger:
        summary = ingest([str(ARCHIVE_TEXTS)], ledger)
    return url, summary


def copy_texts(target: Path) -> Path:
    shutil.copytree(ARCHIVE_TEXTS, target)
    return target
