"""PolNeAR (political news attribution, brat standoff) read from a local copy.

The corpus is never stored in this repository: its root comes from `--polnear PATH` or
`$CLAIMLEDGER_POLNEAR`, with one folder per split (`train/`, `dev/`), each holding `text/*.txt`
and `attributions/<text stem>_<annotator>.ann`. The test split is held out: it is refused here.

An `.ann` file has spans (`T5<TAB>Source 10 20;30 40<TAB>words`, possibly discontinuous, the
words possibly running over several lines) and events (`E2<TAB>Attribution:T8 Source:T5
Cue:T6 Content:T7 [Content2:T9]`) that link them. Some texts were annotated by several people;
one file per text is chosen deterministically (the first annotator id in sorted order) for
training and for scoring, so every figure counts each attribution once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator, Optional

from ..errors import InputError

Spans = tuple[tuple[int, int], ...]

_SPAN = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t")
_EVENT = re.compile(r"^E\d+\t(.*)$")
SPLITS = ("train", "dev")


@dataclass(frozen=True)
class GoldAttribution:
    source: Spans                 # empty for PolNeAR's "Attribution-no-source"
    cue: Spans
    content: Spans
    source_text: str = ""
    cue_text: str = ""

    @property
    def anchor(self) -> Spans:
        """Where the attribution sits: its content, else its cue."""
        return self.content or self.cue


@dataclass
class GoldText:
    stem: str
    text: str
    annotator: str
    attributions: list[GoldAttribution] = field(default_factory=list)


def _spans(field_: str) -> Spans:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field_.split(";")))


def join(text: str, spans: Spans) -> str:
    return " ".join(text[a:b] for a, b in spans)


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    """The attributions of one annotation file (spans that link to nothing are ignored)."""
    spans: dict[str, tuple[str, Spans]] = {}
    events: list[dict[str, list[str]]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        m = _SPAN.match(line)
        if m:
            spans[m.group(1)] = (m.group(2), _spans(m.group(3)))
            continue
        m = _EVENT.match(line)
        if m:
            roles: dict[str, list[str]] = {}
            for part in m.group(1).split():
                role, _, ref = part.partition(":")
                roles.setdefault(role.rstrip("0123456789"), []).append(ref)
            events.append(roles)
    out = []
    for roles in events:
        if "Attribution" not in roles and "Attribution-no-source" not in roles:
            continue

        def gather(role: str) -> Spans:
            found = [s for ref in roles.get(role, []) if ref in spans for s in spans[ref][1]]
            return tuple(sorted(found))

        source, cue, content = gather("Source"), gather("Cue"), gather("Content")
        if not cue and not content:
            continue
        out.append(GoldAttribution(source, cue, content, join(text, source), join(text, cue)))
    return out


def split_root(root: str | Path, split: str) -> Path:
    if split not in SPLITS:
        raise InputError(f"PolNeAR split '{split}' is not available here (train or dev; test is held out)")
    folder = Path(root) / split
    if not (folder / "text").is_dir() or not (folder / "attributions").is_dir():
        raise InputError(f"{folder}: not a PolNeAR split folder (expected text/ and attributions/)")
    return folder


def texts(root: str | Path, split: str, limit: int = 0) -> Iterator[GoldText]:
    """Each annotated text of a split with its chosen annotation file, in file-name order."""
    folder = split_root(root, split)
    count = 0
    for text_path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        text = text_path.read_text(encoding="utf-8")
        chosen = anns[0]
        annotator = chosen.stem.rsplit("_", 1)[-1]
        yield GoldText(text_path.stem, text, annotator, read_ann(chosen, text))
        count += 1
        if limit and count >= limit:
            return


def default_root() -> Optional[str]:
    import os

    return os.environ.get("CLAIMLEDGER_POLNEAR") or None
