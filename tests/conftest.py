"""Shared fixtures. The seed article and its gold annotation live in ../shared (beside the
repository), or wherever CLAIMLEDGER_SHARED points; a clone made elsewhere from a local checkout
(`git clone /work/main /tmp/x/fresh`) finds the shared folder beside the checkout it came from."""
from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    if os.environ.get("CLAIMLEDGER_SHARED"):
        return Path(os.environ["CLAIMLEDGER_SHARED"])
    beside = ROOT.parent / "shared"
    if beside.exists():
        return beside
    try:        # a clone of a local checkout: the shared folder beside that checkout
        origin = subprocess.run(["git", "-C", str(ROOT), "config", "--get", "remote.origin.url"],
                                capture_output=True, text=True, timeout=5).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        origin = ""
    if origin and "://" not in origin and (Path(origin).parent / "shared").exists():
        return Path(origin).parent / "shared"
    return beside


SHARED = _shared_dir()
SEED = SHARED / "seed" / "article.txt"
SEED_GOLD = SHARED / "gold" / "seed.json"
EXAMPLES = ROOT / "examples"
TEXTS = Path(__file__).resolve().parent / "texts"
# An extractor's exception fails the test that meets it (users get a listed gap and a warning
# instead: setting extractor_errors). Subprocesses of the CLI inherit it.
os.environ.setdefault("CLAIMLEDGER_EXTRACTOR_ERRORS", "raise")
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


PG_HINT = 'PostgreSQL tests need a server: eval "$(bash .ci/services.sh)" sets CLAIMLEDGER_TEST_PG_URL'


@pytest.fixture(params=["sqlite", "postgresql"])
def ledger_url(request, tmp_path):
    """A fresh, empty ledger database URL on each backend (PostgreSQL: a throwaway schema)."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'ledger.db'}"
        return
    yield from pg_schema_url()


def pg_schema_url():
    """Yield the test server's URL with a new schema first on its search_path; drop it after."""
    import uuid

    from sqlalchemy import create_engine, make_url, text

    base = os.environ.get("CLAIMLEDGER_TEST_PG_URL")
    if not base:
        skip_or_fail(PG_HINT)
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f"CREATE SCHEMA {name}"))
    except Exception as exc:  # server down although the variable is set
        admin.dispose()
        skip_or_fail(f"PostgreSQL at CLAIMLEDGER_TEST_PG_URL is unreachable: {str(exc).splitlines()[0]}")
    url = make_url(base).update_query_dict({"options": f"-csearch_path={name}"})
    yield url.render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.execute(text(f"DROP SCHEMA {name} CASCADE"))
    admin.dispose()
