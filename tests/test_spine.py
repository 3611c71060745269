"""The spine: text in, contract out, offsets exact, sections right."""
from __future__ import annotations

import json

import jsonschema
import pytest

from claimledger import analyze, json_schema
from claimledger.contract import SCHEMA

CONTRACT_KEYS = {"schema", "document", "sections", "sentences", "sources", "attributions", "entities",
                 "events", "forecasts", "hypotheses", "evidence_gaps", "rhetoric"}


def _check_offsets(a):
    text = a.document.text
    lines = text.split("\n")
    for s in a.sentences:
        assert text[s.start:s.end] == s.text
        assert s.text.strip() == s.text and s.text
        assert lines[s.line - 1].find(s.text) >= 0
        for cue in s.cues:
            assert text[cue.start:cue.end] == cue.text


def test_seed_contract_validates_against_schema(seed_analysis):
    data = json.loads(seed_analysis.to_json())
    assert set(data) >= CONTRACT_KEYS
    assert data["schema"] == SCHEMA
    jsonschema.validate(data, json_schema())


def test_seed_offsets_and_lines(seed_analysis):
    _check_offsets(seed_analysis)
    assert {s.line for s in seed_analysis.sentences} == set(range(1, 88))


def test_seed_sections_score(seed_scores):
    assert seed_scores["sections.lines"].accuracy == 1.0


@pytest.mark.parametrize("text", [
    "Reuters:\r\nThe talks began on Monday, officials said.\r\n\r\nWill they end soon? “Unlikely,” he said.\r\n",
    "“It’s over,” the minister said — and then he left.\nA second line… with ‘scare quotes’ and émigrés.\n",
    "\ufeffBOM first line.\nSecond line: a lead-in:\n\n\n  Indented quote follows here.  \n",
    "One line with no end",
])
def test_offsets_property_on_varied_inputs(text):
    a = analyze(text)
    _check_offsets(a)
    assert "\r" not in a.document.text
    assert a.sentences


def test_comments_are_never_body(seed_analysis):
    comments = [s for s in seed_analysis.sentences if s.section == "comments"]
    assert comments and all(s.line >= 82 for s in comments)
