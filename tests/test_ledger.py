"""The ledger: stored once per text, read back exactly, from Python and the CLI."""
from __future__ import annotations

import json

from claimledger import Ledger, analyze
from claimledger.store import schema
from helpers import run_cli

TEXT_A = "The ministry said the convoy crossed the border on Monday.\nReuters:\nTwo officials confirmed it.\n"
TEXT_B = "A different report. Officials denied that any talks took place.\n"


def test_store_once_by_sha256_and_read_back(ledger_url):  # SQLite and PostgreSQL (conftest)
    url = ledger_url
    a = analyze(TEXT_A, published="2024-05-02")
    with Ledger(url) as ledger:
        first = ledger.store(a)
        again = ledger.store(analyze(TEXT_A))
        other = ledger.store(analyze(TEXT_B))
        assert first.created and not again.created and other.created
        assert again.document_id == first.document_id
        assert ledger.count() == 2
        assert ledger.count(schema.sentences) == len(a.sentences) + len(analyze(TEXT_B).sentences)
        back = ledger.get(first.document_id[:6])
    assert json.loads(back.to_json()) == json.loads(a.to_json())


def test_cli_ingest_list_show_json(tmp_path, ledger_url):
    src = tmp_path / "a.txt"
    src.write_text(TEXT_A)
    db = ledger_url
    out = run_cli("--db", db, "ingest", str(src), str(src))
    assert out.returncode == 0, out.stderr
    assert "1 stored, 1 duplicates" in out.stdout
    doc_id = out.stdout.split()[1]
    shown = run_cli("--db", db, "show", doc_id, "--format", "json")
    analysed = run_cli("analyze", str(src), "--format", "json")
    assert json.loads(shown.stdout) == json.loads(analysed.stdout)
    assert run_cli("--db", db, "show", "ffffffff").returncode != 0


def test_env_database_url(tmp_path, monkeypatch):
    monkeypatch.setenv("CLAIMLEDGER_DB", f"sqlite:///{tmp_path / 'env.db'}")
    with Ledger() as ledger:
        ledger.store(analyze(TEXT_B))
    assert (tmp_path / "env.db").exists()


def test_migrations_form_one_line_with_one_head():
    """Branches that each added a migration are re-chained when merged: two heads would make
    `db upgrade` ambiguous. Every revision's file name starts with its own number, which follows
    the one it revises."""
    import pathlib
    import re

    from claimledger.store import migrations

    assert len(migrations.heads()) == 1
    folder = pathlib.Path(migrations.__file__).parent / "versions"
    chain = {}
    for path in folder.glob("0*.py"):
        text = path.read_text()
        revision = re.search(r"^revision = ['\"](\d+)['\"]", text, re.M).group(1)
        down = re.search(r"^down_revision = (?:['\"](\d+)['\"]|None)", text, re.M).group(1)
        assert path.name.startswith(revision + "_"), path.name
        chain[revision] = down
    for revision, down in chain.items():
        assert down is None or int(down) == int(revision) - 1, (revision, down)
