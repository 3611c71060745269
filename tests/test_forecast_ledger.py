"""The forecast ledger over a database with several articles: list, resolve (append-only),
score (JSON and plot), and the ACH matrix with hand-set cells."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from claimledger.ach import Matrix, diagnosticity, inconsistency_scores, preferred
from claimledger.cli import app

ARTICLES = {
    "wire.txt": ("Officials expect the border crossing to reopen next week, two diplomats said.\n"
                 "The ministry said it would not extend the curfew beyond Friday.\n"),
    "oped.txt": ("Will the coalition survive the budget vote? Almost certainly not.\n"
                 "If the unions strike, the government is going to fall within a month.\n"
                 "Comments\nMark my words, the prime minister will resign by spring.\n"),
    "note.txt": ("Why did the talks stall? One explanation is that the donors lost interest. "
                 "Another theory holds that the rebels no longer need the money.\n"
                 "The budget figures, such as the halving of pledges in March, point to the first explanation.\n"),
}


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def ledger(request, tmp_path_factory):
    """The three articles ingested into a fresh ledger on each backend."""
    from conftest import pg_schema_url

    folder = tmp_path_factory.mktemp("ledger")
    paths = []
    for name, text in ARTICLES.items():
        path = folder / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    urls = iter([f"sqlite:///{folder / 'ledger.db'}"]) if request.param == "sqlite" else pg_schema_url()
    db = next(urls)
    result = CliRunner().invoke(app, ["--db", db, "ingest", *paths, "--published", "2024-03-01"])
    assert result.exit_code == 0, result.output
    yield db
    next(urls, None)   # PostgreSQL: drop the schema


def run(db, *args):
    result = CliRunner().invoke(app, ["--db", db, *args])
    return result


def forecasts(db, *extra):
    result = run(db, "forecasts", "list", "--format", "json", *extra)
    assert result.exit_code == 0, result.output
    return json.loads(result.output)


def test_list_json_fields(ledger):
    rows = forecasts(ledger)
    assert len(rows) >= 5
    for row in rows:
        assert {"id", "phrase", "probability", "by", "statement", "status"} <= set(row)
    assert {r["by"] for r in rows} >= {"author", "commenter"}
    assert [r["by"] for r in forecasts(ledger, "--by", "commenter")] == ["commenter"]
    coalition = next(r for r in rows if "coalition" in r["statement"])
    assert coalition["phrase"].lower() == "almost certainly not" and coalition["probability"] <= 0.15


def test_resolve_appends_and_supersedes(ledger):
    rows = forecasts(ledger)
    target = next(r for r in rows if "coalition" in r["statement"])
    first = run(ledger, "forecasts", "resolve", str(target["id"]), "--outcome", "yes", "--on", "2024-04-01")
    assert first.exit_code == 0, first.output
    second = run(ledger, "forecasts", "resolve", str(target["id"]), "--outcome", "no", "--on", "2024-04-02",
                 "--note", "vote passed after all")
    assert second.exit_code == 0 and "supersedes yes" in second.output
    row = next(r for r in forecasts(ledger) if r["id"] == target["id"])
    assert row["status"] == "no" and row["resolutions"] == 2 and row["note"] == "vote passed after all"
    assert target["id"] not in {r["id"] for r in forecasts(ledger, "--open")}
    from claimledger.store import Ledger
    from claimledger.store.forecasts import history

    with Ledger(ledger) as db:
        assert [h["outcome"] for h in history(db, target["id"])] == ["yes", "no"]


def test_resolve_rejects_bad_input(ledger):
    assert run(ledger, "forecasts", "resolve", "99999", "--outcome", "yes", "--on", "2024-01-01").exit_code != 0
    assert run(ledger, "forecasts", "resolve", "1", "--outcome", "perhaps", "--on", "2024-01-01").exit_code != 0
    assert run(ledger, "forecasts", "resolve", "1", "--outcome", "yes", "--on", "01/02/2024").exit_code != 0


def test_score_json_and_plot(ledger, tmp_path):
    rows = forecasts(ledger)
    numbered = [r for r in rows if r["probability"] is not None and r["status"] == "open"]
    for k, r in enumerate(numbered):
        outcome = "yes" if k % 2 == 0 else "no"
        assert run(ledger, "forecasts", "resolve", str(r["id"]), "--outcome", outcome, "--on", "2024-05-01").exit_code == 0
    plot = tmp_path / "calibration.svg"
    result = run(ledger, "forecasts", "score", "--format", "json", "--plot", str(plot))
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    resolved = [r for r in forecasts(ledger) if r["status"] in ("yes", "no") and r["probability"] is not None]
    assert data["n"] == len(resolved)
    expected = sum((r["probability"] - (r["status"] == "yes")) ** 2 for r in resolved) / len(resolved)
    assert data["brier"] == pytest.approx(expected)
    assert sum(b["count"] for b in data["calibration"]) == data["n"]
    assert plot.read_text().lstrip().startswith(("<?xml", "<svg"))
    by_source = json.loads(run(ledger, "forecasts", "score", "--by", "source", "--format", "json").output)
    assert "commenters" in by_source["groups"]
    table = run(ledger, "forecasts", "score")
    assert table.exit_code == 0 and "Brier" in table.output and "Calibration" in table.output


def test_hypotheses_matrix_with_hand_rating(ledger):
    listing = run(ledger, "hypotheses")
    assert listing.exit_code == 0 and "Why did the talks stall?" in listing.output
    ident = listing.output.split()[0]
    data = json.loads(run(ledger, "hypotheses", ident, "--format", "json").output)
    assert len(data["hypotheses"]) == 2
    assert data["evidence"][0]["cells"] == ["C", "N"]          # "point to the first explanation"
    rated = run(ledger, "hypotheses", ident, "--rate", "1", "2", "II", "--format", "json")
    assert rated.exit_code == 0, rated.output
    data = json.loads(rated.output)
    assert data["evidence"][0]["cells"] == ["C", "II"]
    assert [h["inconsistency"] for h in data["hypotheses"]] == [0, 2]
    assert data["preferred"] == 0 and data["evidence"][0]["diagnosticity"] == 0.75
    assert "diagnosticity" in data["definitions"]
    assert run(ledger, "hypotheses", ident, "--rate", "1", "2", "XX").exit_code != 0


def test_ach_arithmetic_by_hand():
    m = Matrix(hypotheses=["h1", "h2", "h3"], evidence=["e1", "e2", "e3"], weights=[1.0, 2.0, 1.0])
    m.rate(0, 0, "CC"); m.rate(0, 1, "I"); m.rate(0, 2, "II")
    m.rate(1, 1, "II"); m.rate(1, 2, "I")
    m.rate(2, 0, "C"); m.rate(2, 1, "C"); m.rate(2, 2, "C")
    # h1: nothing inconsistent; h2: 1*1 + 2*2 = 5; h3: 1*2 + 2*1 = 4
    assert inconsistency_scores(m) == [0, 5, 4]
    # e1: (2 - -2)/4 = 1; e2: (0 - -2)/4 = 0.5; e3: all C -> 0
    assert diagnosticity(m) == [1.0, 0.5, 0.0]
    assert preferred(m) == 0
    with pytest.raises(ValueError):
        m.rate(0, 0, "X")


# --- resolvable ledger (issue 15) -----------------------------------------------------------------

def test_forecasts_carry_due_window_range_and_scale(ledger):
    rows = forecasts(ledger)
    crossing = next(r for r in rows if "border crossing" in (r["statement"] or ""))
    # "next week" against 2024-03-01 (a Friday): the week of 4-10 March
    assert (crossing["due_start"], crossing["due_end"], crossing["due_precision"]) == ("2024-03-04", "2024-03-10", "week")
    coalition = next(r for r in rows if "coalition" in r["statement"])
    assert coalition["scale"] == "kent" and (coalition["probability_low"], coalition["probability_high"]) == (0.02, 0.12)
    assert all(r["proposition"] for r in rows) and all(r["sentence"] for r in rows)
    assert {r["by_name"] for r in rows if r["by"] == "author"} == {"author"}    # never "the author"


def test_due_lists_what_is_ready_to_resolve(ledger):
    result = run(ledger, "forecasts", "due", "--before", "2024-03-31", "--resolved", "--format", "json")
    assert result.exit_code == 0, result.output
    due = json.loads(result.output)
    assert any("border crossing" in r["statement"] for r in due)
    assert all(r["due_end"] and r["due_end"] <= "2024-03-31" for r in due)
    assert [r["due_end"] for r in due] == sorted(r["due_end"] for r in due)
    everything = json.loads(run(ledger, "forecasts", "due", "--resolved", "--format", "json").output)
    assert len(everything) >= len(due) and all(r["due_end"] for r in everything)
    open_only = json.loads(run(ledger, "forecasts", "due", "--format", "json").output)
    assert all(r["status"] in ("open", "ambiguous") for r in open_only)
    assert run(ledger, "forecasts", "due", "--before", "March").exit_code != 0
    table = run(ledger, "forecasts", "due", "--before", "2024-03-31", "--resolved")
    assert table.exit_code == 0 and "forecasts due by 2024-03-31" in table.output


def test_resolve_defaults_to_today_and_a_correction_is_visible(ledger):
    import datetime as dt

    target = next(r for r in forecasts(ledger) if "border crossing" in (r["statement"] or ""))
    assert run(ledger, "forecasts", "resolve", str(target["id"]), "--outcome", "no").exit_code == 0
    row = next(r for r in forecasts(ledger) if r["id"] == target["id"])
    assert row["resolved_on"] == dt.date.today().isoformat() and row["resolutions"] == target["resolutions"] + 1
    assert row["corrects"] == ({"outcome": target["status"], "on": target["resolved_on"]} if target["resolutions"] else None)
    fixed = run(ledger, "forecasts", "resolve", str(target["id"]), "--outcome", "yes", "--note", "reopened on the 9th")
    assert fixed.exit_code == 0 and "supersedes no of" in fixed.output
    row = next(r for r in forecasts(ledger) if r["id"] == target["id"])
    assert row["status"] == "yes" and row["corrects"]["outcome"] == "no"
    listing = run(ledger, "forecasts", "list")
    assert "(corrects no of" in listing.output


def test_hypothesis_weight_flag(ledger):
    ident = run(ledger, "hypotheses").output.split()[0]
    data = json.loads(run(ledger, "hypotheses", ident, "--weight", "1", "3", "--format", "json").output)
    assert data["evidence"][0]["weight"] == 3
    assert data["hypotheses"][1]["inconsistency"] == 6            # II (2) x 3 from the earlier test
    assert "least refuted" in data["explanation"] and "H1" in data["explanation"]
    assert run(ledger, "hypotheses", ident, "--weight", "9", "1").exit_code != 0
    assert run(ledger, "hypotheses", ident, "--weight", "1", "-2").exit_code != 0
    data = json.loads(run(ledger, "hypotheses", ident, "--weight", "1", "1", "--format", "json").output)
    assert data["evidence"][0]["weight"] == 1                      # the newest weight counts


def test_ach_explains_a_tie_and_a_preference():
    from claimledger.ach import explanation

    m = Matrix(hypotheses=["h1", "h2"], evidence=["e1"])
    m.rate(0, 0, "C"); m.rate(0, 1, "C")
    assert "A tie" in explanation(m) and "no evidence is rated inconsistent" in explanation(m)
    m.rate(0, 1, "I")
    m.set_weight(0, 2.5)
    text = explanation(m)
    assert text.startswith("H1 is the least refuted: inconsistency 0 (no evidence against it)") and "H2 2.5 (E1 I x2.5)" in text


def test_migration_0007_back_fills_old_forecasts(ledger_url):
    """A ledger at 0006 with forecasts stored then (no due window, author as "the author") is
    back-filled on upgrade: window and range from horizon and phrase, one author name."""
    from alembic import command
    from sqlalchemy import text

    from claimledger import analyze
    from claimledger.store import Ledger, migrations

    analysis = analyze("I think the truce is unlikely to hold this year. The army will withdraw by March.",
                       published="2025-01-10")
    with Ledger(ledger_url) as db:
        with db.engine.begin() as conn:
            command.downgrade(migrations.config(conn), "0006")
        with db.engine.begin() as conn:
            assert "due_end" not in {c["name"] for c in __import__("sqlalchemy").inspect(conn).get_columns("forecasts")}
    with Ledger(ledger_url, migrate=False) as db:                  # still at 0006
        from claimledger.store.rows import rows_for
        from claimledger.store import schema

        rows = rows_for(analysis)
        with db.engine.begin() as conn:
            conn.execute(schema.documents.insert(), rows[schema.documents])
            old = [{k: v for k, v in r.items() if k in ("document_id", "id", "sentence_id", "by", "by_name", "by_type",
                                                          "statement", "phrase", "probability", "horizon", "condition", "line")}
                   for r in rows[schema.forecasts]]
            for r in old:
                r["by_name"] = "the author"
            conn.execute(text('INSERT INTO forecasts (document_id, id, sentence_id, "by", by_name, by_type, statement, '
                              'phrase, probability, horizon, condition, line) VALUES (:document_id, :id, :sentence_id, '
                              ':by, :by_name, :by_type, :statement, :phrase, :probability, :horizon, :condition, :line)'), old)
    with Ledger(ledger_url) as db:                                 # opening upgrades to the head
        assert migrations.current(db.engine) == migrations.heads()
        got = {r["horizon"]: r for r in db.iter_rows(schema.forecasts.select())}
    assert got["this year"]["due_end"] == "2025-12-31" and got["this year"]["due_precision"] == "year"
    assert got["this year"]["scale"] == "probly" and got["this year"]["probability_high"] == 0.3
    assert got["by March"]["due_end"] == "2025-03-31" and got["by March"]["due_start"] == "2025-01-10"
    assert {r["by_name"] for r in got.values()} == {"author"}
    assert all(r["proposition"] == r["statement"] for r in got.values())
