"""Copy the trained forecast head (model-best) into the package: src/claimledger/models/forecasts/.

    python training/forecasts/package.py OUTPUT_DIR [TRAIN_SECONDS]

The same packaging as the attribution head (training/attribution/package.py: cfg, model, moves
and head.json with the base pipeline's fingerprint, the dev scores and the check sentences),
plus the train/dev split convert.py wrote (OUTPUT_DIR/../split.json).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

# Sentences of our own, none from a gold set: the trained pipeline's CUE spans on them are
# stored, and the test suite checks the head added at run time gives the same.
CHECK_TEXTS = (
    "We look for the central bank to cut rates again before the end of the year.",
    "The forwards are pricing a weaker currency by March.",
    "I wouldn't bet against the incumbent winning a second term.",
    "The ministry said on Monday that the bridge had reopened.",
    "Officials will probably announce the results next week.",
)


def _attribution_packager():
    spec = importlib.util.spec_from_file_location("attribution_package", HERE.parent / "attribution" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: package.py OUTPUT_DIR [TRAIN_SECONDS]")
    split = Path(sys.argv[1]).parent / "split.json"
    extra = {"split": json.loads(split.read_text())} if split.is_file() else {}
    where = _attribution_packager().package(sys.argv[1], float(sys.argv[2]) if len(sys.argv) == 3 else None,
                                            head_name="forecasts", check_texts=CHECK_TEXTS, extra=extra)
    print(f"head packaged in {where}")
