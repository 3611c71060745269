"""The error classes of issue 12, each on genre-like sentences written here (never PolNeAR's), for
the rules + model combination (CLAIMLEDGER_ATTRIBUTION=both) and, where the model alone should
manage, for the model."""
from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.settings import get_settings


def _analysis(text: str, how: str = "both"):
    return analyze(text, settings=get_settings().model_copy(update={"attribution": how}))


def _chains(text: str, how: str = "both") -> list[tuple]:
    """(sentence number, source name, via names, kind, method, surface) of every attribution."""
    a = _analysis(text, how)
    names = {s.id: s.name for s in a.sources}
    return [(int(x.sentence_id[1:]), names[x.source_id], [names[v] for v in x.via], x.kind, x.method, x.surface)
            for x in a.attributions]


def _sources(text: str, how: str = "both") -> set[str]:
    return {c[1] for c in _chains(text, how)} | {v for c in _chains(text, how) for v in c[2]}


def test_a_place_cited_as_a_reason_is_no_second_source():
    chains = _chains("The president said his country would never give up the land, citing Crimea.")
    assert all("Crimea" not in c[2] and c[1] != "Crimea" for c in chains)
    # a capital or a state still speaks when cited
    assert any("Moscow" in c[2] for c in _chains("The agency, citing Moscow, said the talks were off."))


def test_a_group_to_person_headline_is_the_groups_word():
    chains = _chains("Lawmakers to Prime Minister: Lift the Export Ban.\n\nOpposition lawmakers on Monday demanded an end to the ban.")
    first = [c for c in chains if c[0] == 1]
    assert first and all("Minister" not in c[1] for c in first)
    assert "Lawmakers" in first[0][1]


def test_a_mocking_nickname_is_not_the_speaker():
    sources = _sources("Sleepy Joe says the economy is weak, the governor told the crowd.")
    assert sources and not any("Joe" in s for s in sources)
    sources = _sources("“Crooked Hillary” wants open borders, the candidate said.", "model")
    assert not any("Hillary" in s for s in sources)


@pytest.mark.parametrize("text", [
    "If Russia wins: a leader who says the war was never lost.",
    "Should the talks fail, the minister warned, sanctions will follow.",
])
def test_a_conditional_clause_is_never_a_source(text):
    assert not any(s.lower().startswith(("if ", "should ", "unless ")) for s in _sources(text))


def test_a_market_ticker_is_never_a_source():
    assert _sources("Shares of Acme (NYSE: ACM) fell 4 percent on Monday.") == set()
    sources = _sources("Shares of Acme (NYSE: ACM) fell after the company said profits would drop.", "model")
    assert not any("NYSE" in s for s in sources)


def test_a_dateline_is_never_the_source():
    for how in ("rules", "model", "both"):
        sources = _sources("KYIV, Ukraine (AP) — Ukraine's president said on Friday that the front line was holding.", how)
        assert sources and not any("KYIV" in s or "AP" == s for s in sources), how


def test_a_descriptor_for_an_outlet_is_the_outlet_named_before():
    chains = _chains("The Daily Ledger reported on Monday that the army had withdrawn. "
                     "The newspaper said the decision was taken in secret.", "model")
    second = [c for c in chains if c[0] == 2]
    assert second and second[0][1] == "Daily Ledger" and second[0][5] == "The newspaper"


def test_a_quotation_running_on_is_the_speakers_throughout():
    text = ("Maria Ortiz, the union's leader, spoke for an hour. “We are not going anywhere. The strike goes on. "
            "Nobody will break us,” she said.")
    chains = _chains(text)
    quoted = {c[0] for c in chains if c[1] == "Maria Ortiz"}
    assert {2, 3, 4} <= quoted
    assert any(c[5] == "she" for c in chains)


@pytest.mark.parametrize("text, source_word, kind", [
    ("A Gallup poll found that 60 percent of voters oppose the deal.", "Gallup", "poll"),
    ("The survey, released by the institute on Tuesday, shows support for the deal falling.", "", "poll"),
    ("An internal email obtained by the Herald shows that managers knew of the leak.", "email", "document"),
    ("The leaked memo says the base will close next year.", "memo", "document"),
])
def test_polls_and_documents_are_sources(text, source_word, kind):
    chains = _chains(text)
    assert any(source_word.lower() in c[1].lower() and c[3] == kind for c in chains), chains


@pytest.mark.parametrize("text, source_word", [
    ("The campaign plans to open 40 new offices in Ohio.", "campaign"),
    ("The rebels hope to take the airport before winter.", "rebels"),
    ("Senator Maria Lopez intends to block the nomination.", "Lopez"),
])
def test_plans_and_hopes_are_intentions(text, source_word):
    chains = _chains(text)
    assert any(source_word.lower() in c[1].lower() and c[3] == "intention" for c in chains), chains


def test_kinds_tell_said_from_believes_from_a_poll():
    chains = _chains("The minister said the talks had failed. The minister believes the talks failed. "
                     "A new poll found that most voters agree.")
    assert [c[3] for c in sorted(chains)] == ["speech", "belief", "poll"]


def test_the_brief_says_what_found_each_attribution_and_how_the_text_named_it():
    from claimledger.report.markdown import render

    md = render(_analysis("Maria Ortiz led the march on Sunday. Later she told reporters that the strike would go on. "
                          "The group hopes to win the vote."))
    assert "found by" in md and "written as" in md and "kind" in md
    assert "model" in md and "she" in md


@pytest.mark.parametrize("text", [
    "Figure 3 shows the weekly transit count since October.",
    "The figure below shows attacks by month since 2020.",
])
def test_the_authors_own_exhibit_is_no_source_beside_the_rules(text):
    """The model alone takes "Figure 3 shows" for a document speaking; beside the rules a source
    the typer places nowhere is never added (model.accepted)."""
    assert _sources(text, "model")
    assert _sources(text) == set()


def test_a_named_person_takes_a_stand_a_state_acts():
    """A verb the lexicon does not list: a named person's is an attribution at the classifier's
    threshold, a state's ("Ukraine withdrew") needs the full margin (an event the author tells)."""
    assert any("Vardakis" in c[1] and c[4] == "model"
               for c in _chains("Greek shipowner Nikos Vardakis is doubling down on his attacks on the insurers."))
    text = "Ukraine withdrew its brigades from the town on Tuesday."
    assert "Ukraine" in _sources(text, "model")
    assert _sources(text) == set()


def test_the_authors_voice_leaves_the_sentence_open_to_a_third_party():
    """"I think X blasted ...": the rules give the author's voice, the model adds X beside it."""
    chains = _chains("I think Defence Minister Rustem Umerov blasted the plan as reckless.")
    assert {c[1] for c in chains} == {"author", "Defence Minister Rustem Umerov"}
    assert [c[4] for c in chains if c[1] != "author"] == ["model"]
