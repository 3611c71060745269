"""One list of result kinds, derived from the contract: adding a kind touches its extractor, the
contract and (if it wants one) its renderer, nothing else. A test-only kind, `stances`, is added
to the contract and flows through extraction, the JSON (streamed and in memory), the ledger and
the Markdown brief."""
from __future__ import annotations

import io
import json

import pytest
from pydantic import BaseModel, ConfigDict, Field, create_model

from claimledger import contract


class Stance(BaseModel):
    model_config = ConfigDict(extra="forbid")
    sentence_id: str
    source_id: str
    stance: str
    text: str
    start: int
    end: int
    line: int


@pytest.fixture
def with_stances(monkeypatch):
    """The contract with one more result kind, and an extractor that fills it (test only)."""
    from claimledger.extract import extractor
    from claimledger.extract.registry import unregister

    extended = create_model("Analysis", __base__=contract.Analysis,
                            stances=(list[Stance], Field(default_factory=list)))
    monkeypatch.setattr(contract, "Analysis", extended)

    @extractor("stances", requires=("doc.attributions",), assigns=("doc.stances",))
    def stances(ctx, window):
        """Each reported clause as a stance of its source (test only)."""
        for unit in window.sentences:
            for x in ctx.attributions_of(unit.id):
                if x.source_id not in ("author", "commenter"):
                    ctx.stances.append(Stance(sentence_id=unit.id, source_id=x.source_id, stance="reports",
                                              text=ctx.document.text[x.start:x.end], start=x.start, end=x.end,
                                              line=x.line))

    yield extended
    unregister("stances")


def _document(example_text):
    from claimledger.ingest import from_text

    return from_text(example_text, title="Black Sea", published="2025-03-14")


def test_the_result_kinds_are_the_contracts_lists():
    names = [kind.name for kind in contract.result_kinds()]
    assert names == ["sections", "sentences", "sources", "attributions", "entities", "events", "forecasts",
                     "hypotheses", "evidence_gaps", "rhetoric", "quantities", "failures"]
    assert [k.name for k in contract.result_kinds() if not k.per_window] == list(contract.DOCUMENT_LISTS)


def test_a_new_kind_flows_through_json_streamed_and_in_memory(with_stances, example_text):
    from claimledger.pipeline import analyze_document, analyze_to_json
    from claimledger.settings import get_settings

    document, settings = _document(example_text), get_settings()
    in_memory = analyze_document(document, settings)
    streamed = io.StringIO()
    analyze_to_json(document, streamed, settings)
    assert streamed.getvalue() == in_memory.to_json()
    data = json.loads(streamed.getvalue())
    reported = [x for x in data["attributions"] if x["source_id"] not in ("author", "commenter")]
    assert len(data["stances"]) == len(reported) >= 5
    assert list(data)[-1] == "stances"
    assert all(document.text[s["start"]:s["end"]] == s["text"] for s in data["stances"])


def test_a_new_kind_is_stored_and_read_back(with_stances, example_text, tmp_path):
    from claimledger.pipeline import analyze_document
    from claimledger.report import output_format
    from claimledger.settings import get_settings
    from claimledger.store import Ledger

    a = analyze_document(_document(example_text), get_settings())
    with Ledger(f"sqlite:///{tmp_path / 'ledger.db'}") as ledger:
        back = ledger.get(ledger.store(a).document_id)
    assert back.stances == a.stances and back.stances
    assert json.loads(output_format("json").render(back))["stances"] == [s.model_dump() for s in a.stances]


def test_a_new_kind_shows_in_the_brief_with_or_without_a_renderer(with_stances, example_text, monkeypatch):
    from claimledger.pipeline import analyze_document
    from claimledger.report import markdown, output_format
    from claimledger.settings import get_settings

    a = analyze_document(_document(example_text), get_settings())
    brief = output_format("md").render(a)
    assert "## Stances" in brief and a.stances[0].text[:40] in brief     # not silently left out
    monkeypatch.setattr(markdown, "BLOCKS", list(markdown.BLOCKS))
    markdown.register(markdown.Block(("stances",), lambda x: f"## Who stands where\n\n{len(x.stances)} stances"))
    brief = output_format("md").render(a)
    assert f"## Who stands where\n\n{len(a.stances)} stances" in brief and "## Stances" not in brief


def test_every_result_kind_is_rendered_or_left_out_on_purpose():
    from claimledger.report import markdown

    rendered = {kind for block in markdown.BLOCKS for kind in block.kinds}
    for kind in contract.result_kinds():
        assert (kind.name in rendered) != (kind.name in markdown.LEFT_OUT), kind.name


def test_one_table_of_formats_serves_analyze_and_show():
    from claimledger.errors import InputError
    from claimledger.report import FORMATS, output_format

    assert set(FORMATS) == {"json", "md"} and FORMATS["json"].stream is not None
    with pytest.raises(InputError, match="--format must be json or md, not xml"):
        output_format("xml")
