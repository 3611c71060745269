"""Near-duplicate detection measured: the same story reprinted (new headline, outlet boilerplate,
trimmed tail, retyped punctuation, house spelling) must be found; different stories, even on the
same topic with shared facts, must not."""
from __future__ import annotations

import json

from archive_support import ARCHIVE_TEXTS
from claimledger.archive import fingerprint
from claimledger.ingest.html import extract_html


DEDUP = ARCHIVE_TEXTS.parent / "dedup"


def _bases() -> dict[str, str]:
    """Originals: the archive texts and the dedup bases."""
    bases = {p.stem: p.read_text() for p in sorted(DEDUP.glob("base_*.txt"))}
    for path in sorted(ARCHIVE_TEXTS.iterdir()):
        if path.suffix in (".txt", ".md"):
            bases[path.stem] = path.read_text()
        elif path.suffix == ".jsonl":
            for n, line in enumerate(path.read_text().splitlines()):
                row = json.loads(line) if line.startswith("{") else {}
                if row.get("text"):
                    bases[f"{path.stem}{n}"] = row["text"]
    return bases


def _variants(text: str) -> list[str]:
    paragraphs = [p for p in text.split("\n\n") if p.strip()]
    body = "\n\n".join(paragraphs[1:]) if len(paragraphs) > 3 else text
    return [
        "Reprinted: what happened overnight\n\nMenu | World | Business | Sign in\n\n" + body
        + "\n\nSign up for our morning newsletter.\n© The Daily Courier. All rights reserved.",
        "\n\n".join(paragraphs[:-1]) if len(paragraphs) > 4 else text + "\n\nMore to follow.",
        text.replace('"', "“").replace("'", "’").replace(". ", ".\n").upper(),
        "Editor's note: this story was updated with a statement from officials.\n\n" + text
        + "\n\n(Reporting by a staff correspondent; editing by the world desk)",
        text.replace("defence", "defense").replace(" said ", " told reporters ", 1).replace("per cent", "percent"),
    ]


def measure(threshold: float) -> dict:
    """Positives: reprint variants of each original, found when the index names that original.
    Negatives: other stories on the same topics sharing facts and sentences (dedup/sibling_*),
    a false positive when the index names anything."""
    bases = _bases()
    index = fingerprint.NearDuplicateIndex(threshold)
    for name, text in bases.items():
        index.add(name, fingerprint.signature(text))
    positives = [(name, v) for name, text in bases.items() for v in _variants(text)]
    negatives = [p.read_text() for p in sorted(DEDUP.glob("sibling_*.txt"))]
    tp = sum(1 for name, text in positives if (index.find(fingerprint.signature(text)) or ("",))[0] == name)
    fp = sum(1 for text in negatives if index.find(fingerprint.signature(text)))
    for name, text in bases.items():  # each original against the others: never a copy
        index.remove(name)
        fp += bool(index.find(fingerprint.signature(text)))
        negatives.append(text)
        index.add(name, fingerprint.signature(text))
    return {"threshold": threshold, "positives": len(positives), "negatives": len(negatives), "tp": tp,
            "fn": len(positives) - tp, "fp": fp, "precision": tp / (tp + fp) if tp + fp else 1.0,
            "recall": tp / len(positives)}


def test_near_duplicates_precision_and_recall_at_default_threshold():
    result = measure(fingerprint.DEFAULT_THRESHOLD)
    assert result["positives"] >= 40 and result["negatives"] >= 15
    assert result["precision"] == 1.0, result
    assert result["recall"] >= 0.9, result


def test_reprinted_html_page_is_a_near_duplicate_of_the_wire_text():
    wire = (ARCHIVE_TEXTS / "wire_port_strike.txt").read_text()
    page = extract_html((ARCHIVE_TEXTS / "reprint_port_strike.html").read_text())
    score = fingerprint.similarity(fingerprint.signature(wire), fingerprint.signature(page.text))
    assert score >= fingerprint.DEFAULT_THRESHOLD


def test_signature_ignores_case_punctuation_and_spacing():
    a = "The ministry said, on Monday, that 40 soldiers were killed near the border."
    b = "THE MINISTRY SAID ON MONDAY THAT 40 SOLDIERS WERE KILLED\nNEAR THE BORDER"
    assert fingerprint.similarity(fingerprint.signature(a), fingerprint.signature(b)) == 1.0


def test_index_remove_and_threshold_validation():
    index = fingerprint.NearDuplicateIndex(0.8)
    text = " ".join(f"word{i}" for i in range(200))
    index.add("a", fingerprint.signature(text))
    assert index.find(fingerprint.signature(text)) == ("a", 1.0)
    index.remove("a")
    assert index.find(fingerprint.signature(text)) is None and len(index) == 0
    try:
        fingerprint.NearDuplicateIndex(0.0)
    except ValueError:
        pass
    else:
        raise AssertionError("a threshold of 0 must be refused")
