"""Recall of NAMED sources on PolNeAR (networkdynamics/PolNeAR, political news attribution),
for development only: point it at a local copy of the dev or train split (never the test
split), e.g.

    python benchmarks/polnear_recall.py /path/to/PolNeAR/data/dev [--limit 40]

Nothing of PolNeAR is stored in this repository. A gold attribution counts when its Source span
contains a proper noun (a named source); it is found when one of our attributions on a sentence
that overlaps its Cue or Content names a matching source (the words of one name contain the
other's, as in evaluate/attribution.py) — as outermost source or in the chain.
"""
from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))

from claimledger import analyze  # noqa: E402
from claimledger.evaluate.attribution import words  # noqa: E402
from claimledger.lexicon import speech_verbs  # noqa: E402

_SPAN = re.compile(r"^(T\d+)\t(\w+) (\d+) (\d+)(?:;\d+ \d+)*\t(.*)$")
_REL = re.compile(r"^E\d+\t(.*)$")


def read_ann(path: Path) -> list[dict]:
    spans, relations = {}, []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _SPAN.match(line)
        if m:
            spans[m.group(1)] = (m.group(2), int(m.group(3)), int(m.group(4)), m.group(5))
            continue
        m = _REL.match(line)
        if m:
            relations.append(dict(part.split(":", 1)[::-1][::-1] for part in m.group(1).split()))
    out = []
    for rel in relations:
        item = {role.lower(): spans.get(tid) for role, tid in rel.items() if tid in spans}
        if item.get("source") and (item.get("cue") or item.get("content")):
            out.append(item)
    return out


def is_named(text: str) -> bool:
    tokens = text.split()
    return any(t[:1].isupper() for t in tokens[1:]) or (tokens and tokens[0][:1].isupper() and tokens[0].lower()
                                                         not in {"the", "a", "an", "he", "she", "they", "it", "we", "i", "officials", "sources"})


_INFLECTED = {"said", "says", "saying", "told", "tells", "telling", "wrote", "writes", "thinks", "thought",
              "believes", "claims", "claimed", "warned", "warns", "denied", "denies", "added", "adds", "noted"}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", help="a PolNeAR split folder with text/ and attributions/ (dev or train)")
    ap.add_argument("--limit", type=int, default=0)
    ap.add_argument("--show", type=int, default=20, help="how many misses to print")
    ap.add_argument("--verbs-only", action="store_true", help="print only misses cued by our speech verbs")
    args = ap.parse_args()
    root = Path(args.split)
    if root.name == "test" or "/test" in str(root):
        sys.exit("never the test split")
    found = total = verb_found = verb_total = 0
    misses: list[str] = []
    texts = sorted((root / "text").glob("*.txt"))[: args.limit or None]
    for text_path in texts:
        anns = sorted((root / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        analysis = analyze(text)
        if analysis.document.text != text:
            continue
        sources = {s.id: s for s in analysis.sources}
        for item in read_ann(anns[0]):
            source_text = item["source"][3]
            if not is_named(source_text):
                continue
            total += 1
            anchor = item.get("cue") or item.get("content")
            spans = [(anchor[1], anchor[2])] + ([(item["content"][1], item["content"][2])] if item.get("content") else [])
            sentence_ids = {s.id for s in analysis.sentences if any(s.start < e and s.end > b for b, e in spans)}
            gold = words(source_text)
            hit = False
            for a in analysis.attributions:
                if a.sentence_id not in sentence_ids:
                    continue
                for sid in [a.source_id, *a.via]:
                    names = [sources[sid].name, *sources[sid].aliases]
                    if any(words(n) and (words(n) <= gold or gold <= words(n)) for n in names):
                        hit = True
            found += hit
            cue = (item.get("cue") or ("", 0, 0, ""))[3].lower().split()
            verb_cued = any(w.rstrip("s").rstrip("ed").rstrip("ing") in speech_verbs() or w in _INFLECTED for w in cue)
            if verb_cued:
                verb_total += 1
                verb_found += hit
            if not hit and (not args.verbs_only or verb_cued):
                misses.append(f"{text_path.stem[:40]}: {source_text!r} / {item.get('cue', ('', 0, 0, ''))[3]!r}")
    print(f"PolNeAR {root.name}: named-source recall {found}/{total} = {found / max(total, 1):.3f} over {len(texts)} texts")
    print(f"  of which cued by one of our speech verbs: {verb_found}/{verb_total} = {verb_found / max(verb_total, 1):.3f}")
    for m in misses[: args.show]:
        print("  miss", m)


if __name__ == "__main__":
    main()
