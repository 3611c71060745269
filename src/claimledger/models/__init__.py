"""Trained heads shipped in the package, added to the already-loaded spaCy pipeline.

A head is a small spaCy component trained against one base pipeline (`training/<name>/`); its
folder here holds its weights, a `head.json` with the component's factory and config and the
base pipeline it listens to (name, version and a fingerprint of its tok2vec weights), and a
MODEL_CARD.md. Nothing is downloaded: a head that is missing or was trained against another
pipeline is reported in one line (a warning) and not used, so the rules alone answer.

Both heads read the base pipeline's own tok2vec output (`doc.tensor`) and write
`doc.spans[<head>]`, leaving `doc.ents` to the base pipeline:
- the attribution head (SOURCE, CUE, CONTENT) is a token classifier (factory
  "claimledger_token_head", `token_head.py`, `weights.npz`): a few matrix products per batch of
  lines, where the transition-based NER it replaced (2026-12-04) walked its states token by token;
- the forecast head (CUE) is a spaCy transition-based NER (factory "ner"; `cfg`, `model`,
  `moves`): it runs between two small components that set the base pipeline's entities aside
  and put them back. A token classifier was measured for it too and not kept (its MODEL_CARD.md).
"""
from __future__ import annotations

import hashlib
import json
import logging
from functools import lru_cache
from pathlib import Path
from typing import Optional

from spacy.language import Language

from . import token_head

log = logging.getLogger("claimledger")

HEADS = Path(__file__).resolve().parent
ATTRIBUTION = "attribution"
SPANS_KEY = "attribution"   # the attribution head's doc.spans key (each head uses its own name)
_STASH = "_claimledger_ents"


def pipe_name(head: str) -> str:
    return f"claimledger_{head}"


def head_meta(name: str) -> Optional[dict]:
    path = HEADS / name / "head.json"
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8"))


def tok2vec_fingerprint(nlp) -> str:
    """sha256 of the base pipeline's tok2vec weights: the head's inputs are exactly these."""
    return hashlib.sha256(nlp.get_pipe("tok2vec").model.to_bytes()).hexdigest()[:16]


def base_of(nlp) -> dict:
    return {"name": f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
            "version": nlp.meta.get("version", ""),
            "tok2vec": tok2vec_fingerprint(nlp) if "tok2vec" in nlp.pipe_names else ""}


def mismatch(nlp, meta: dict) -> Optional[str]:
    """Why the head cannot listen to this pipeline, or None when it can."""
    if "tok2vec" not in nlp.pipe_names:
        return "the pipeline has no shared tok2vec"
    base = meta["base"]
    mine = base_of(nlp)
    if (mine["name"], mine["version"], mine["tok2vec"]) != (base["name"], base["version"], base["tok2vec"]):
        return (f"it was trained on {base['name']} {base['version']}, "
                f"the pipeline is {mine['name']} {mine['version']}")
    return None


def trained_elsewhere(base: dict, pipeline: str) -> Optional[tuple[str, str, str, str]]:
    """For weights that read the parse but not the tok2vec (a table of feature weights): (trained
    name, version, this pipeline's name, version) when `base` (the name and version they were
    trained on) is not the loaded `pipeline`, else None."""
    from ..parse import load_pipeline       # parse adds heads from this module: imported when used

    meta = load_pipeline(pipeline).meta
    mine = (f"{meta.get('lang', '')}_{meta.get('name', '')}", meta.get("version", ""))
    theirs = (base["name"], base["version"])
    return None if mine == theirs else (*theirs, *mine)


@Language.component("claimledger_set_ents_aside")
def _set_ents_aside(doc):
    doc.user_data[_STASH] = list(doc.ents)
    # "missing", not "outside": a transition NER keeps tokens already marked O as O
    doc.set_ents([], default="missing")
    return doc


@Language.factory("claimledger_restore_ents", default_config={"spans_key": SPANS_KEY})
def _make_restore_ents(nlp, name: str, spans_key: str):
    """Moves what the head before it found to doc.spans[spans_key] and puts the base
    pipeline's entities back, so every later reader of doc.ents sees only real entities."""
    def restore(doc):
        doc.spans[spans_key] = list(doc.ents)
        doc.ents = doc.user_data.pop(_STASH, [])
        return doc
    return restore


def add_head(nlp, head: str, what: str) -> bool:
    """Add the shipped head `head` (a folder here) to `nlp` once, its entities going to
    doc.spans[head]; False, with one warning naming `what` it serves, when the head is absent
    or was trained against another pipeline (the rules then answer alone)."""
    if pipe_name(head) in nlp.pipe_names:
        return True
    meta = head_meta(head)
    if meta is None:
        log.warning("claimledger: the %s model is not installed; using the rules", what)
        return False
    why = mismatch(nlp, meta)
    if why is not None:
        log.warning("claimledger: %s model not used (%s); using the rules", what, why)
        return False
    if meta["factory"] == token_head.FACTORY:
        # a token classifier writes doc.spans[head] itself and leaves doc.ents alone
        pipe = nlp.add_pipe(meta["factory"], name=pipe_name(head), config=meta["config"], last=True)
        pipe.from_disk(HEADS / head)
        return True
    nlp.add_pipe("claimledger_set_ents_aside", name=f"claimledger_set_ents_aside_{head}", last=True)
    pipe = nlp.add_pipe(meta["factory"], name=pipe_name(head), config=meta["config"], last=True)
    pipe.from_disk(HEADS / head, exclude=["vocab"])
    nlp.add_pipe("claimledger_restore_ents", name=f"claimledger_restore_ents_{head}",
                 config={"spans_key": head}, last=True)
    return True


def add_attribution_head(nlp) -> bool:
    """The attribution head (SOURCE, CUE, CONTENT spans in doc.spans["attribution"])."""
    return add_head(nlp, ATTRIBUTION, "attribution")


@lru_cache(maxsize=1)
def attribution_card() -> dict:
    """What the head says about itself (for `claimledger eval` and the brief)."""
    return head_meta(ATTRIBUTION) or {}
