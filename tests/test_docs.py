"""docs/extending.md stays true: every registered extractor, every capability with its setting
and implementations, and every setting that shapes extraction is on the page; every
CLAIMLEDGER_* variable settings.py reads is documented somewhere (after datasette's
tests/test_docs.py)."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXTENDING = (ROOT / "docs" / "extending.md").read_text(encoding="utf-8")
ALL_DOCS = "\n".join(p.read_text(encoding="utf-8") for p in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))])


def _extractors():
    from claimledger.extract import registered

    return list(registered().values())


@pytest.mark.parametrize("declaration", _extractors(), ids=lambda d: d.name)
def test_every_extractor_is_documented_with_its_declarations(declaration):
    row = next((line for line in EXTENDING.splitlines() if line.startswith(f"| `{declaration.name}` |")), None)
    assert row is not None, f"docs/extending.md: no row for extractor `{declaration.name}`"
    for field in (*declaration.requires, *declaration.assigns):
        assert field in row, f"docs/extending.md: `{declaration.name}` row lacks {field}"


def _capabilities():
    from claimledger.extract.capabilities import capabilities

    return list(capabilities().values())


@pytest.mark.parametrize("capability", _capabilities(), ids=lambda c: c.name)
def test_every_capability_is_documented_with_its_setting_and_implementations(capability):
    row = next((line for line in EXTENDING.splitlines()
                if line.startswith(f"| `{capability.name}` |") and capability.env in line), None)
    assert row is not None, f"docs/extending.md: no row for capability `{capability.name}` naming {capability.env}"
    assert f"Settings.{capability.setting}" in row
    for name in capability.names():
        assert f"`{name}`" in row, f"docs/extending.md: implementation `{name}` of {capability.name} undocumented"


def _settings_variables() -> list[str]:
    # Every field's variable (settings.ENVIRONMENT), not only those spelt out in settings.py: most
    # are written PREFIX + "NAME" there.
    from claimledger.settings import ENVIRONMENT

    source = (ROOT / "src" / "claimledger" / "settings.py").read_text(encoding="utf-8")
    return sorted(set(re.findall(r"CLAIMLEDGER_[A-Z_]+", source)) | set(ENVIRONMENT))


@pytest.mark.parametrize("variable", _settings_variables())
def test_every_setting_is_documented(variable):
    assert re.search(rf"\b{variable}\b", ALL_DOCS), f"{variable} (settings.py) is documented nowhere"


def test_the_settings_that_shape_extraction_are_on_the_page():
    from claimledger.extract.capabilities import capabilities

    for variable in ["CLAIMLEDGER_EXTRACTORS", *(c.env for c in capabilities().values())]:
        assert f"| `{variable}` |" in EXTENDING or f"`{variable}` |" in EXTENDING, variable


@pytest.mark.parametrize("name", sorted(__import__("claimledger.report", fromlist=["FORMATS"]).FORMATS))
def test_every_output_format_is_documented(name):
    assert f"| `{name}` |" in EXTENDING, f"docs/extending.md: output format `{name}` undocumented"


def test_the_checks_notice_what_is_missing():
    from claimledger.extract.registry import Declaration

    ghost = Declaration("ghost", lambda ctx: None, (), ("doc.rhetoric",), "x", "")
    with pytest.raises(AssertionError):
        test_every_extractor_is_documented_with_its_declarations(ghost)
