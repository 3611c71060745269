"""Known names of actors: the alias table (data/aliases.tsv) and nationality adjectives
(data/demonyms.tsv), with the folding that makes "U.S.", "US" and "the US" one key.

Short all-capital aliases ("US", "IS", "PA") are matched case-sensitively so that the pronoun
"us" or the verb "is" never turns into a state.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple, Optional

from ... import lexicon

_QUOTES = "\"'‘’“”«»`´"
_SPACES = re.compile(r"\s+")
_HYPHENS = re.compile(r"[-‐‑–—_]")


class Known(NamedTuple):
    canonical: str
    type: str


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Case-, dot-, quote-, hyphen- and article-insensitive key of a name."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.strip(_QUOTES + " ").replace(".", "")
    for q in _QUOTES:
        text = text.replace(q, "")
    text = _HYPHENS.sub(" ", text.lower())
    text = _SPACES.sub(" ", text).strip()
    if text.startswith("the "):
        text = text[4:]
    return text


def _case_sensitive(alias: str) -> bool:
    letters = alias.replace(".", "").replace("+", "")
    return letters.isupper() and len(letters) <= 5


@lru_cache(maxsize=1)
def _indexes() -> tuple[dict[str, Known], dict[str, Known]]:
    folded: dict[str, Known] = {}
    exact: dict[str, Known] = {}
    for row in lexicon.rows("aliases.tsv"):
        known = Known(row["canonical"], row["type"] or "organisation")
        folded[fold(row["canonical"])] = known
        for alias in filter(None, (a.strip() for a in row["aliases"].split("|"))):
            if _case_sensitive(alias):
                exact[alias.replace(".", "")] = known
            else:
                folded.setdefault(fold(alias), known)
    return folded, exact


def lookup(surface: str) -> Optional[Known]:
    """The known actor a surface form names, or None."""
    folded, exact = _indexes()
    bare = surface.strip(_QUOTES + " ")
    if bare.lower().startswith("the "):
        bare = bare[4:]
    hit = exact.get(bare.replace(".", ""))
    if hit is not None:
        return hit
    if _case_sensitive(bare):
        # An all-caps form not in the exact list may still be a folded alias ("NATO", "Nato").
        return folded.get(fold(bare)) if len(bare.replace(".", "")) > 3 else None
    return folded.get(fold(surface))


@lru_cache(maxsize=1)
def _demonyms() -> dict[str, str]:
    return {row["adjective"].lower(): row["state"] for row in lexicon.rows("demonyms.tsv")}


def state_of_demonym(word: str) -> Optional[str]:
    """'Israeli' -> 'Israel'; 'Iranian-backed' -> 'Iran'; plural nouns too ('Iraqis')."""
    key = word.lower().split("-")[0].strip()
    table_ = _demonyms()
    if key in table_:
        return table_[key]
    if key.endswith("s") and key[:-1] in table_:
        return table_[key[:-1]]
    return None


def surface_forms() -> list[str]:
    """Every alias and canonical name (for a PhraseMatcher that finds mentions NER misses)."""
    forms = []
    for row in lexicon.rows("aliases.tsv"):
        forms.append(row["canonical"])
        forms.extend(a.strip() for a in row["aliases"].split("|") if a.strip())
    return forms
