"""Huge inputs are analysed in bounded windows: by lines and by characters, a single enormous
line included, with offsets still exact."""
from __future__ import annotations

from pathlib import Path

from claimledger import analyze
from claimledger.pipeline import _windows
from claimledger.segment import split_lines
from claimledger.settings import Settings

TEXTS = Path(__file__).resolve().parent / "texts"


def test_windows_are_bounded_by_lines_and_characters():
    text = "\n".join(("Short line %d." % i) if i % 7 else ("A much longer paragraph. " * 40) for i in range(300))
    lines = split_lines(text)
    windows = list(_windows(lines, 50, 2_000))
    assert all(len(w) <= 50 for w in windows)
    assert all(sum(len(line.text) for line in w) <= 2_000 for w in windows if len(w) > 1)
    assert [line.number for w in windows for line in w] == [line.number for line in lines]


def test_one_enormous_line_is_cut_into_several_windows_with_exact_offsets():
    paragraph = " ".join((TEXTS / "scale_wire.txt").read_text(encoding="utf-8").split())
    text = "Headline\n" + " ".join([paragraph] * 60) + "\nLast line, said the editor.\n"
    assert len(text.split("\n")[1]) > 60_000
    windows = list(_windows(split_lines(text), 2_000, 10_000))
    assert sum(1 for w in windows for line in w if line.number == 2) >= 6  # the long line, in parts
    a = analyze(text, settings=Settings(window_chars=10_000))
    body = [s for s in a.sentences if s.line == 2]
    assert len(body) > 300
    for s in a.sentences:
        assert a.document.text[s.start:s.end] == s.text
    assert [s.start for s in body] == sorted(s.start for s in body)
    assert a.sentences[-1].line == 3


# -- streamed output: results of finished windows go to disk -----------------------------------
def _small_windows():
    from claimledger.settings import get_settings

    return get_settings().model_copy(update={"window_lines": 4})


def test_streamed_json_is_the_same_text_as_the_in_memory_analysis():
    import io

    from claimledger.ingest import from_text
    from claimledger.pipeline import analyze_document, analyze_to_json

    settings = _small_windows()
    seen = {"events": 0, "forecasts": 0, "hypotheses": 0}
    for name in ("events_wire.txt", "hypotheses_newsletter.txt", "forecast_oped.txt"):
        document = from_text((TEXTS / name).read_text(encoding="utf-8"), published="2025-03-06")
        streamed = io.StringIO()
        analyze_to_json(document, streamed, settings)
        in_memory = analyze_document(document, settings)
        assert streamed.getvalue() == in_memory.to_json(), name
        for key in seen:
            seen[key] += len(getattr(in_memory, key))
    # Both finish() adjustments are exercised: merged event parties and filtered forecasts.
    assert all(seen.values()), seen


def test_a_spilled_run_keeps_only_the_current_window_in_memory(monkeypatch):
    import gc
    import weakref

    from claimledger import pipeline
    from claimledger.assemble import WINDOW_LISTS, Spill
    from claimledger.extract.context import Window
    from claimledger.extract.entities.extractor import registry
    from claimledger.ingest import from_text
    from claimledger.pipeline import _extract

    text = "\n".join((TEXTS / n).read_text(encoding="utf-8") for n in ("scale_wire.txt", "events_wire.txt") * 3)
    held = []
    windows = []     # per-window notes (places, quantities, lead-ins, attributions found) live on the Window

    class Recorded(Window):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            windows.append(weakref.ref(self))

    monkeypatch.setattr(pipeline, "Window", Recorded)

    def take(ctx):
        spill.take(ctx)
        held.append(registry(ctx).by_span.copy())

    with Spill() as spill:
        ctx = _extract(from_text(text), _small_windows(), after_window=take)
        spill.take(ctx)
        assert all(getattr(ctx, name) == [] for name in WINDOW_LISTS)   # everything went to disk
        assert ctx.sentence_count == sum(1 for _ in spill.items("sentences")) > 50
        assert sum(1 for _ in spill.items("events")) > 10
    # Per-window notes (places, lead-ins, findings, mention offsets) do not pile up.
    assert max(len(spans) for spans in held) < 60
    gc.collect()
    assert len(windows) > 10 and all(ref() is None for ref in windows)


def test_analyze_json_to_a_file_streams_and_leaves_no_partial_file_on_failure(tmp_path):
    import json
    import subprocess
    import sys

    out = tmp_path / "a.json"
    source = TEXTS / "events_wire.txt"
    done = subprocess.run([sys.executable, "-m", "claimledger", "analyze", str(source), "-f", "json", "-o", str(out)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["events"]
    missing = tmp_path / "no-such-folder" / "a.json"
    failed = subprocess.run([sys.executable, "-m", "claimledger", "analyze", str(source), "-f", "json", "-o", str(missing)],
                            capture_output=True, text=True)
    assert failed.returncode != 0 and "cannot write" in failed.stderr and "Traceback" not in failed.stderr
    assert list(tmp_path.iterdir()) == [out]


def test_hypothesis_groups_of_a_long_input_are_settled_as_it_goes():
    import io

    from claimledger.extract.forecasts.hypotheses import SETTLE_AFTER_LINES
    from claimledger.ingest import from_text
    from claimledger.pipeline import analyze_document, analyze_to_json

    first = (TEXTS / "hypotheses_newsletter.txt").read_text(encoding="utf-8")
    second = (TEXTS / "hypotheses_explainer.txt").read_text(encoding="utf-8")
    filler = "\n".join(f"Convoy {i} reached the depot on schedule." for i in range(SETTLE_AFTER_LINES + 50))
    alone = [len(analyze_document(from_text(t), _small_windows()).hypotheses) for t in (first, second)]
    document = from_text("\n\n".join([first, filler, second]))
    whole = analyze_document(document, _small_windows())
    assert len(whole.hypotheses) == sum(alone) >= 2
    assert [h.id for h in whole.hypotheses] == [f"h{i + 1}" for i in range(len(whole.hypotheses))]
    streamed = io.StringIO()
    analyze_to_json(document, streamed, _small_windows())
    assert streamed.getvalue() == whole.to_json()


def test_the_document_text_is_written_in_chunks_escaped_as_pydantic_does(monkeypatch):
    import io

    from claimledger import assemble
    from claimledger.ingest import from_text
    from claimledger.pipeline import analyze_document, analyze_to_json

    monkeypatch.setattr(assemble, "TEXT_CHUNK", 7)
    text = ('The envoy said "talks\\resume" on\tMonday \u2028 at 10:00.\n'
            "Officials — unnamed — said \x07 the convoy (😀) was 'late'.\n")
    document = from_text(text)
    streamed = io.StringIO()
    analyze_to_json(document, streamed, _small_windows())
    assert streamed.getvalue() == analyze_document(document, _small_windows()).to_json()
