"""Copy the trained head (model-best) into the package with what loading it needs.

    python training/attribution/package.py OUTPUT_DIR [TRAIN_SECONDS]

Only the head's own files are shipped (cfg, model, moves: a few hundred KB), not the frozen
tok2vec it listens to, which the installed base pipeline already has. head.json records the
base pipeline (name, version, tok2vec fingerprint) so a different pipeline is refused at load
time, the component config, the dev scores and the training date and time.
"""
from __future__ import annotations

import datetime
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "src"))

# Sentences of our own (not PolNeAR's): the trained pipeline's spans on them are stored, and the
# test suite checks that the head added to the installed pipeline at run time gives the same.
CHECK_TEXTS = (
    "The defence minister said on Tuesday that the army would withdraw from the border.",
    "“We will not negotiate under fire,” she told reporters in the capital.",
    "According to a poll released by the institute, most voters oppose the deal.",
    "The campaign hopes to win the state, aides said, but privately they doubt it.",
    "Critics argue the plan would cost billions, a claim the White House rejects.",
)


def sentenced(trained, base, text: str):
    """The trained pipeline's prediction as in training: on the base parser's sentences."""
    from spacy.tokens import Doc

    parsed = base(text)
    doc = Doc(trained.vocab, words=[t.text for t in parsed], spaces=[bool(t.whitespace_) for t in parsed],
              sent_starts=[bool(t.is_sent_start) for t in parsed])
    for _name, component in trained.pipeline:
        doc = component(doc)
    return doc


def package(output: str, seconds: float | None = None, head_name: str = "attribution",
            check_texts: tuple[str, ...] = CHECK_TEXTS, extra: dict | None = None) -> Path:
    """Ship the component `head_name` of OUTPUT_DIR/model-best (the forecast head reuses this
    with its own name, check sentences and `extra` facts for head.json)."""
    import spacy

    from claimledger.models import HEADS, base_of

    best = Path(output) / "model-best"
    trained = spacy.load(best)
    base_name = trained.config["paths"]["base"]
    base = spacy.load(base_name)
    if base_of(base)["tok2vec"] != base_of(trained)["tok2vec"]:
        sys.exit("the trained tok2vec differs from the base pipeline's: it was not frozen")
    target = HEADS / head_name
    target.mkdir(parents=True, exist_ok=True)
    for part in ("cfg", "model", "moves"):
        shutil.copy(best / head_name / part, target / part)
    meta = json.loads((best / "meta.json").read_text())
    config = dict(trained.config["components"][head_name])
    factory = config.pop("factory")
    head = {
        "factory": factory,
        "config": config,
        "labels": meta["labels"][head_name],
        "base": base_of(base),
        "trained": datetime.date.today().isoformat(),
        "train_seconds": round(seconds) if seconds else None,
        "spacy": spacy.__version__,
        "dev_ner": {k: v for k, v in meta.get("performance", {}).items() if k.startswith("ents")},
    }
    head["check"] = [{"text": doc.text, "spans": [[e.start_char, e.end_char, e.label_] for e in doc.ents]}
                     for doc in (sentenced(trained, base, text) for text in check_texts)]
    head.update(extra or {})
    (target / "head.json").write_text(json.dumps(head, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: package.py OUTPUT_DIR [TRAIN_SECONDS]")
    where = package(sys.argv[1], float(sys.argv[2]) if len(sys.argv) == 3 else None)
    print(f"head packaged in {where}")
