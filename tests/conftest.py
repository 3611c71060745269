"""Shared fixtures. The seed article and its gold annotation live in ../shared (beside the
repository), or wherever CLAIMLEDGER_SHARED points."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMLEDGER_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "gold" / "seed.json"
EXAMPLES = ROOT / "examples"
TEXTS = Path(__file__).resolve().parent / "texts"
# In CI (.ci/run sets CLAIMLEDGER_REQUIRE_SERVICES=1) a missing server is a failure, not a skip.
REQUIRE_SERVICES = os.environ.get("CLAIMLEDGER_REQUIRE_SERVICES") == "1"


def skip_or_fail(reason: str) -> None:
    if REQUIRE_SERVICES:
        pytest.fail(f"required service missing in CI: {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        skip_or_fail(f"seed article not found at {SEED} (set CLAIMLEDGER_SHARED)")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_analysis(seed_text):
    from claimledger import analyze

    return analyze(seed_text, published="2024-01-25")


@pytest.fixture(scope="session")
def seed_scores():
    """`claimledger eval` on the seed gold, computed once for all accuracy tests."""
    if not SEED_GOLD.exists():
        skip_or_fail(f"seed gold not found at {SEED_GOLD} (set CLAIMLEDGER_SHARED)")
    from claimledger.evaluate import evaluate

    return evaluate([str(SEED_GOLD)])


@pytest.fixture(scope="session")
def example_text() -> str:
    return (EXAMPLES / "article.txt").read_text(encoding="utf-8")
