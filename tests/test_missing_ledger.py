"""A mistyped --db never makes a new empty ledger: only writing commands (ingest, db upgrade)
create a missing SQLite file, and only in a folder that exists (issue 17's reproduction)."""
from __future__ import annotations

import pytest

from claimledger.errors import StoreError
from claimledger.store import Ledger
from helpers import assert_one_line_error, run_cli

ARTICLE = "Talks resume\n\nNegotiators met in Geneva on Tuesday, the foreign ministry said.\n"


@pytest.mark.parametrize("command", [
    ["list"], ["show", "abc"], ["search", "drone"], ["events"], ["claims"], ["forecasts", "list"],
    ["forecasts", "resolve", "1", "--outcome", "yes", "--on", "2025-01-01"], ["hypotheses"], ["db", "current"], ["db", "check"],
])
def test_read_commands_say_the_ledger_does_not_exist(tmp_path, command):
    missing = tmp_path / "tmp" / "x" / "demo.db"
    result = run_cli("--db", f"sqlite:///{missing}", *command)
    assert result.returncode == 3
    assert_one_line_error(result, f"no ledger at {missing}: it does not exist")
    assert not missing.parent.exists() and list(tmp_path.iterdir()) == []


def test_a_relative_path_is_named_with_the_folder_it_is_relative_to(tmp_path):
    result = run_cli("--db", "sqlite:///tmp/x/demo.db", "list", cwd=tmp_path)
    assert result.returncode == 3
    assert_one_line_error(result, f"no ledger at tmp/x/demo.db (relative to {tmp_path})")
    assert list(tmp_path.iterdir()) == []


def test_ingest_creates_a_ledger_only_in_a_folder_that_exists(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    nowhere = tmp_path / "nonexistent_dir" / "x.db"
    refused = run_cli("--db", f"sqlite:///{nowhere}", "ingest", str(article))
    assert refused.returncode == 3
    assert_one_line_error(refused, f"the folder {nowhere.parent} does not exist")
    assert not nowhere.parent.exists()
    here = tmp_path / "x.db"
    done = run_cli("--db", f"sqlite:///{here}", "ingest", str(article))
    assert done.returncode == 0, done.stderr
    listed = run_cli("--db", f"sqlite:///{here}", "list")
    assert listed.returncode == 0 and "1 documents" in listed.stdout


def test_db_upgrade_creates_a_ledger(tmp_path):
    db = tmp_path / "new.db"
    result = run_cli("--db", f"sqlite:///{db}", "db", "upgrade")
    assert result.returncode == 0, result.stderr
    assert db.exists() and "upgraded" in result.stdout


def test_ledger_api_create_flag(tmp_path):
    with pytest.raises(StoreError, match="does not exist"):
        Ledger(f"sqlite:///{tmp_path / 'nonexistent_dir' / 'x.db'}")
    with pytest.raises(StoreError, match="no ledger at"):
        Ledger(f"sqlite:///{tmp_path / 'absent.db'}", create=False)
    assert not (tmp_path / "absent.db").exists()
    Ledger(f"sqlite:///{tmp_path / 'made.db'}").close()  # writing (the default) makes it
    with Ledger(f"sqlite:///{tmp_path / 'made.db'}", create=False) as ledger:
        assert ledger.count() == 0


def test_the_default_data_folder_is_made_on_first_ingest(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text(ARTICLE)
    home = tmp_path / "home"
    env = {"XDG_DATA_HOME": str(home / "data"), "HOME": str(home), "CLAIMLEDGER_DB": ""}
    listed = run_cli("list", env=env)
    assert listed.returncode == 3 and "no ledger at" in listed.stderr
    done = run_cli("ingest", str(article), env=env)
    assert done.returncode == 0, done.stderr
    assert (home / "data" / "claimledger" / "ledger.db").exists()
