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


def package(output: str, seconds: float | None = None) -> Path:
    import spacy

    from claimledger.models import ATTRIBUTION, HEADS, base_of

    best = Path(output) / "model-best"
    trained = spacy.load(best)
    base_name = trained.config["paths"]["base"]
    base = spacy.load(base_name)
    if base_of(base)["tok2vec"] != base_of(trained)["tok2vec"]:
        sys.exit("the trained tok2vec differs from the base pipeline's: it was not frozen")
    target = HEADS / ATTRIBUTION
    target.mkdir(parents=True, exist_ok=True)
    for part in ("cfg", "model", "moves"):
        shutil.copy(best / ATTRIBUTION / part, target / part)
    meta = json.loads((best / "meta.json").read_text())
    config = dict(trained.config["components"][ATTRIBUTION])
    factory = config.pop("factory")
    head = {
        "factory": factory,
        "config": config,
        "labels": meta["labels"][ATTRIBUTION],
        "base": base_of(base),
        "trained": datetime.date.today().isoformat(),
        "train_seconds": round(seconds) if seconds else None,
        "spacy": spacy.__version__,
        "dev_ner": {k: v for k, v in meta.get("performance", {}).items() if k.startswith("ents")},
    }
    (target / "head.json").write_text(json.dumps(head, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return target


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: package.py OUTPUT_DIR [TRAIN_SECONDS]")
    where = package(sys.argv[1], float(sys.argv[2]) if len(sys.argv) == 3 else None)
    print(f"head packaged in {where}")
