"""PolNeAR reading and the one attribution scorer, on a tiny brat corpus written here (sentences
of our own in the genre; nothing of PolNeAR is in the repository)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from claimledger.cli import app
from claimledger.errors import InputError
from claimledger.evaluate.polnear import read_ann, texts
from claimledger.evaluate.polnear_score import Emitted, GoldItem, Tally, name_words, tally

from helpers import assert_one_line_error, run_cli

TEXT_A = ("Senator Maria Lopez said on Tuesday that the bill would fail.\n\n"
          "“We will not vote for it,” she told reporters.\n\n"
          "The weather was mild.\n")


def _span(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


def _corpus(root: Path) -> Path:
    for split in ("dev", "train"):
        (root / split / "text").mkdir(parents=True)
        (root / split / "attributions").mkdir(parents=True)
    (root / "dev" / "text" / "a.txt").write_text(TEXT_A, encoding="utf-8")
    s1, c1, t1 = _span(TEXT_A, "Senator Maria Lopez"), _span(TEXT_A, "said"), _span(TEXT_A, "that the bill would fail")
    t2a, t2b = _span(TEXT_A, "We will not vote for it"), (0, 0)
    s2, c2 = _span(TEXT_A, "she"), _span(TEXT_A, "told")
    ann = (f"T1\tSource {s1[0]} {s1[1]}\tSenator Maria Lopez\n"
           f"T2\tCue {c1[0]} {c1[1]}\tsaid\n"
           f"T3\tContent {t1[0]} {t1[1]}\tthat the bill\nwould fail\n"      # the words may run over lines
           f"E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
           f"T4\tSource {s2[0]} {s2[1]}\tshe\n"
           f"T5\tCue {c2[0]} {c2[1]};{c2[0]} {c2[1]}\ttold told\n"          # a discontinuous span
           f"T6\tContent {t2a[0]} {t2a[1]}\tWe will not vote for it\n"
           f"E2\tAttribution:T5 Source:T4 Cue:T5 Content:T6\n")
    (root / "dev" / "attributions" / "a_aaaa.ann").write_text(ann, encoding="utf-8")
    # a second annotator's file for the same text: never read (the first in sorted order is)
    (root / "dev" / "attributions" / "a_bbbb.ann").write_text("", encoding="utf-8")
    return root


def test_reader_takes_discontinuous_spans_and_the_first_annotator(tmp_path):
    root = _corpus(tmp_path)
    [gold] = list(texts(root, "dev"))
    assert gold.annotator == "aaaa"
    first, second = gold.attributions
    assert first.source_text == "Senator Maria Lopez" and first.cue_text == "said"
    assert TEXT_A[first.content[0][0]: first.content[0][1]] == "that the bill would fail"
    assert len(second.cue) == 2 and second.source_text == "she"


def test_the_test_split_is_refused(tmp_path):
    with pytest.raises(InputError):
        list(texts(_corpus(tmp_path), "test"))


def test_read_ann_skips_spans_that_link_nothing(tmp_path):
    path = tmp_path / "x.ann"
    path.write_text("T1\tSource 0 3\tabc\nT2\tDiscard 4 8\tdefg\n", encoding="utf-8")
    assert read_ann(path, "abc defgh") == []


def test_name_words_drop_function_words_and_plurals():
    assert name_words("The New York Times's editors") == {"new", "york", "time", "editor"}
    assert name_words("he") == frozenset()


def _items():
    s1, c1, t1 = _span(TEXT_A, "Senator Maria Lopez"), _span(TEXT_A, "said"), _span(TEXT_A, "that the bill would fail")
    from claimledger.evaluate.polnear import GoldAttribution

    named = GoldAttribution((s1,), (c1,), (t1,), "Senator Maria Lopez", "said")
    s2, c2, t2 = _span(TEXT_A, "she"), _span(TEXT_A, "told"), _span(TEXT_A, "We will not vote for it")
    pronoun = GoldAttribution((s2,), (c2,), (t2,), "she", "told")
    return [GoldItem(named, "named", "speech"), GoldItem(pronoun, "pronoun", "speech")]


def test_scorer_precision_and_recall_follow_their_definitions():
    first = _span(TEXT_A, "Senator Maria Lopez said on Tuesday that the bill would fail.")
    second = _span(TEXT_A, "“We will not vote for it,” she told reporters.")
    third = _span(TEXT_A, "The weather was mild.")
    t = Tally()
    tally(t, _items(), [
        Emitted(*first, ["Maria Lopez"]),          # right, and finds the named gold
        Emitted(*second, ["Maria Lopez", "she"]),  # right: the gold source is a pronoun
        Emitted(*third, ["Maria Lopez"]),          # wrong: no gold attribution on that sentence
        Emitted(*first, ["John Smith"]),           # wrong: shares no word with the gold source
    ], TEXT_A)
    assert (t.tp_emitted, t.emitted) == (2, 4)
    assert (t.found, t.named) == (1, 1)
    assert t.precision == 0.5 and t.recall == 1.0
    assert t.by_form == {"named": [1, 1], "pronoun": [1, 1]}


def test_scorer_misses_a_named_source_on_the_wrong_sentence():
    third = _span(TEXT_A, "The weather was mild.")
    t = Tally()
    tally(t, _items(), [Emitted(*third, ["Maria Lopez"])], TEXT_A)
    assert (t.found, t.named, t.tp_emitted) == (0, 1, 0)


def test_eval_polnear_prints_one_table_for_four_systems(tmp_path):
    root = _corpus(tmp_path)
    result = CliRunner().invoke(app, ["eval", "--polnear", str(root), "--format", "json"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    assert set(report["systems"]) == {"baseline", "rules", "model", "both"}
    assert report["systems"]["rules"]["named"] == 1
    assert report["systems"]["rules"]["recall"] == 1.0      # "Senator Maria Lopez said ..." is plain
    table = CliRunner().invoke(app, ["eval", "--polnear", str(root)])
    assert table.exit_code == 0 and "precision" in table.output and "baseline" in table.output


def test_eval_polnear_refuses_the_test_split_in_one_line(tmp_path):
    assert_one_line_error(run_cli("eval", "--polnear", str(_corpus(tmp_path)), "--split", "test"), "held out")


def test_eval_polnear_refuses_a_folder_that_is_not_polnear(tmp_path):
    assert_one_line_error(run_cli("eval", "--polnear", str(tmp_path)), "not a PolNeAR split folder")
