"""An extractor that raises costs its own results on the window it was reading, not the analysis:
the gap is listed in the Analysis's `failures` (extractor, stage, offsets, error) and told in one
warning line; CLAIMLEDGER_EXTRACTOR_ERRORS=raise (the test suite's setting, conftest.py) stops with
the traceback instead. Shown with a plugin extractor that breaks on one paragraph."""
from __future__ import annotations

import io
import json
import sys
import textwrap

import pytest

from claimledger.errors import ExtractorFailedWarning

TEXT = (
    "Government forces shelled the town of Kidal on Monday, killing four civilians.\n"
    "The rebels said the offensive would fail. An unusual sentence follows here.\n"
    "Protesters marched in Bamako on Tuesday against the curfew.\n"
)
FAULTY = "An unusual sentence"


def _break_on(ctx, window):
    """A plugin with a bug: it raises on the line holding FAULTY and works elsewhere."""
    for line in window.lines:
        if FAULTY in line.text:
            raise RuntimeError("index out of range\nsecond line of detail")
    ctx.offered_explanations.update(())


@pytest.fixture
def faulty_extractor(monkeypatch):
    from claimledger.extract import extractor
    from claimledger.extract.registry import unregister

    extractor("faulty", requires=("window.sentences",))(_break_on)
    monkeypatch.setenv("CLAIMLEDGER_WINDOW_LINES", "1")   # one line per window
    yield
    unregister("faulty")


def test_the_analysis_goes_on_and_lists_the_gap(faulty_extractor, monkeypatch):
    from claimledger import analyze

    monkeypatch.setenv("CLAIMLEDGER_EXTRACTOR_ERRORS", "record")
    with pytest.warns(ExtractorFailedWarning, match=r"extractor 'faulty' failed on characters \d+-\d+ .*RuntimeError"):
        analysis = analyze(TEXT, published="2026-03-10")
    [failure] = analysis.failures
    assert (failure.extractor, failure.stage) == ("faulty", "window")
    assert FAULTY in TEXT[failure.start:failure.end]
    assert "Kidal" not in TEXT[failure.start:failure.end] and "Bamako" not in TEXT[failure.start:failure.end]
    assert failure.error == "RuntimeError: index out of range"    # first line only
    # Every other extractor ran on every window: both events are there, and the forecast beside
    # the faulty sentence (the plugin's failure is its own).
    types = sorted(e.code for e in analysis.events)
    assert "ASSAULT" in types and "PROTEST" in types
    assert any("offensive would fail" in f.statement for f in analysis.forecasts)


def test_a_failure_in_the_end_of_document_step_is_listed_too(monkeypatch):
    from claimledger import analyze
    from claimledger.extract import extractor
    from claimledger.extract.registry import unregister

    class FailsAtTheEnd:
        def __init__(self, ctx):
            self.ctx = ctx

        def window(self, window):
            pass

        def finish(self):
            raise KeyError("missing")

    monkeypatch.setenv("CLAIMLEDGER_EXTRACTOR_ERRORS", "record")
    extractor("fails_at_the_end", requires=("doc.sentences",))(FailsAtTheEnd)
    try:
        with pytest.warns(ExtractorFailedWarning, match="its end-of-document step"):
            analysis = analyze(TEXT)
    finally:
        unregister("fails_at_the_end")
    [failure] = analysis.failures
    assert (failure.stage, failure.start, failure.end) == ("finish", 0, len(TEXT))
    assert failure.error == "KeyError: 'missing'"
    assert analysis.events


def test_the_streamed_json_carries_the_same_failures(faulty_extractor, monkeypatch):
    from claimledger.pipeline import analyze_to_json
    from claimledger.contract import Analysis
    from claimledger import analyze

    monkeypatch.setenv("CLAIMLEDGER_EXTRACTOR_ERRORS", "record")
    with pytest.warns(ExtractorFailedWarning):
        whole = analyze(TEXT)
    out = io.StringIO()
    with pytest.warns(ExtractorFailedWarning):
        analyze_to_json(whole.document, out)
    streamed = Analysis.model_validate(json.loads(out.getvalue()))
    assert streamed.failures == whole.failures and len(streamed.failures) == 1
    assert streamed.events == whole.events


def test_raise_stops_with_the_exception(faulty_extractor, monkeypatch):
    from claimledger import analyze

    monkeypatch.setenv("CLAIMLEDGER_EXTRACTOR_ERRORS", "raise")
    with pytest.raises(RuntimeError, match="index out of range"):
        analyze(TEXT)


def test_a_whole_analysis_has_no_failures(example_text, monkeypatch):
    from claimledger import analyze

    monkeypatch.setenv("CLAIMLEDGER_EXTRACTOR_ERRORS", "record")
    analysis = analyze(example_text)
    assert analysis.failures == []
    assert json.loads(analysis.to_json())["failures"] == []


def test_the_command_line_warns_in_one_line_and_exits_0(tmp_path):
    # A plugin registered before the CLI runs, as a user's own extractor would be.
    article = tmp_path / "article.txt"
    article.write_text(TEXT, encoding="utf-8")
    script = textwrap.dedent(f"""
        import sys
        from claimledger.extract import extractor

        @extractor("faulty", requires=("window.sentences",))
        def faulty(ctx, window):
            if any({FAULTY!r} in line.text for line in window.lines):
                raise RuntimeError("index out of range")

        from claimledger.cli import main
        sys.argv = ["claimledger", "analyze", {str(article)!r}, "--format", "json"]
        main()
    """)
    result = run_cli_python(script, env={"CLAIMLEDGER_EXTRACTOR_ERRORS": "record", "CLAIMLEDGER_WINDOW_LINES": "1"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    warning_lines = [ln for ln in result.stderr.splitlines() if "extractor 'faulty' failed" in ln]
    assert len(warning_lines) == 1 and warning_lines[0].startswith("claimledger: warning: ")
    analysis = json.loads(result.stdout)
    assert [f["extractor"] for f in analysis["failures"]] == ["faulty"]
    assert any(e["code"] == "PROTEST" for e in analysis["events"])


def run_cli_python(script: str, env: dict):
    import os
    import subprocess

    return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180,
                          env={**os.environ, **env})


def test_the_suite_runs_with_raise():
    # conftest.py sets it, so a bug in an extractor fails the test that meets it.
    from claimledger.settings import get_settings

    assert get_settings().extractor_errors == "raise"


def test_the_brief_and_the_web_page_say_the_analysis_is_incomplete(faulty_extractor, monkeypatch, tmp_path):
    from fastapi.testclient import TestClient

    from claimledger import analyze
    from claimledger.contract import ExtractorFailure
    from claimledger.report.markdown import render
    from claimledger.store import Ledger
    from claimledger.web import create_app

    monkeypatch.setenv("CLAIMLEDGER_EXTRACTOR_ERRORS", "record")
    with pytest.warns(ExtractorFailedWarning):
        analysis = analyze(TEXT)
    # An exception's message can carry article text: it is hostile like the rest.
    hostile = ExtractorFailure(extractor="faulty", stage="window", start=0, end=10,
                               error="ValueError: <script>alert(1)</script> | *x*")
    analysis = analysis.model_copy(update={"failures": [*analysis.failures, hostile]})
    brief = render(analysis)
    assert "## Incomplete analysis" in brief and brief.index("## Incomplete analysis") < brief.index("## Events")
    assert "<script>" not in brief
    url = f"sqlite:///{tmp_path / 'ledger.db'}"
    with Ledger(url) as ledger:
        ledger.store(analysis)
    with Ledger(url) as ledger:
        assert ledger.get(analysis.document.id).failures == analysis.failures   # kept as analysed
    with TestClient(create_app(url)) as client:
        page = client.get(f"/documents/{analysis.document.id}").text
    assert "Incomplete analysis" in page and "extractor <b>faulty</b>" in page
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page
