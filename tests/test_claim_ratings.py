"""Verdicts on claims are appended, never changed (SQLite and PostgreSQL), and exported as
schema.org ClaimReview JSON-LD by `claimledger claims --format claimreview`."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from archive_support import hand_analysis
from claimledger.cli import app
from claimledger.errors import InputError, NotFoundError
from claimledger.store import Ledger
from claimledger.store.claims import claim_ratings, history, rate, ratings
from test_claim_status import CLAIM


@pytest.fixture()
def ledger(ledger_url):
    with Ledger(ledger_url) as ledger:
        first = ledger.store(hand_analysis(f"Pier\nPort officials said {CLAIM}.", published="2025-03-03", title="Pier",
                                           url="https://wire.example.net/1",
                                           attributed={1: ("port officials", "official", [])})).document_id
        ledger.store(hand_analysis(f"Relay\nThe governor said {CLAIM}.", published="2025-03-04", title="Relay",
                                   attributed={1: ("the governor", "official", [])}))
        lone = ledger.store(hand_analysis("Lone\nThe central bank raised its key rate by half a point on Thursday.",
                                          title="Rates")).document_id
        yield ledger, f"{first}:s2", f"{lone}:s2"


def test_ratings_are_appended_and_the_newest_counts(ledger):
    ledger, claim, _ = ledger
    rate(ledger, claim, "mostly true", note="two sources", by="Desk A")
    second = rate(ledger, claim, "False", note="pictures show the pier intact", by="Desk B")
    assert second["supersedes"] == "mostly true" and second["value"] == 1
    newest = ratings(ledger)[claim]
    assert newest["rating"] == "false" and newest["history"] == 2 and newest["reviewer"] == "Desk B"
    assert [r["rating"] for r in history(ledger, [claim])] == ["mostly true", "false"]
    with ledger.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(claim_ratings)).scalar() == 2


def test_bad_ratings_are_refused(ledger):
    ledger, claim, _ = ledger
    with pytest.raises(InputError):
        rate(ledger, claim, "pants on fire")
    with pytest.raises(InputError):
        rate(ledger, "no-colon", "false")
    with pytest.raises(NotFoundError):
        rate(ledger, "0000000000000000:s1", "false")


def test_cli_rate_and_claimreview_export(ledger):
    ledger, claim, lone = ledger
    runner = CliRunner()
    done = runner.invoke(app, ["--db", ledger.url, "claims", "rate", claim, "--rating", "misleading", "--by", "Desk"])
    assert done.exit_code == 0, done.output
    assert runner.invoke(app, ["--db", ledger.url, "claims", "rate", lone, "--rating", "unproven"]).exit_code == 0
    out = runner.invoke(app, ["--db", ledger.url, "claims", "--format", "claimreview", "--method", "tfidf"])
    assert out.exit_code == 0, out.output
    reviews = json.loads(out.output)
    assert [r["identifier"] for r in reviews] == [claim, lone]
    grouped, single = reviews
    for review in reviews:
        assert review["@context"] == "https://schema.org" and review["@type"] == "ClaimReview"
        assert review["itemReviewed"]["@type"] == "Claim" and review["reviewRating"]["@type"] == "Rating"
    assert grouped["reviewRating"]["ratingValue"] == 2 and grouped["author"]["name"] == "Desk"
    assert len(grouped["itemReviewed"]["appearance"]) == 2
    assert grouped["itemReviewed"]["firstAppearance"]["url"] == "https://wire.example.net/1"
    assert grouped["itemReviewed"]["author"] == {"@type": "Organization", "name": "port officials"}
    assert "ratingValue" not in single["reviewRating"] and single["reviewRating"]["alternateName"] == "Unproven"
    assert single["claimReviewed"].startswith("The central bank raised")


def test_migration_0008_adds_and_drops_the_ratings_table(ledger_url):
    """0008_claims sits on 0007_forecast_due: downgrading to 0007 drops claim_ratings, opening
    the ledger brings it back at head (whatever later migrations stack on it)."""
    from alembic import command
    from sqlalchemy import inspect

    from claimledger.store import migrations

    with Ledger(ledger_url) as db:
        assert migrations.current(db.engine) == migrations.heads()
        with db.engine.begin() as conn:
            command.downgrade(migrations.config(conn), "0007")
        assert not inspect(db.engine).has_table("claim_ratings")
        assert migrations.current(db.engine) == {"0007"}
    with Ledger(ledger_url) as db:
        assert inspect(db.engine).has_table("claim_ratings")
        assert migrations.current(db.engine) == migrations.heads()
