"""Round 31: a forecast the parse nests in a longer one, but said in a clause of its own with its own
cue (a conjunct, a clause of contrast or reason, a relative clause set off by a comma), is a
forecast of its own; the longer one leaves it out (nested_calls.py). Invented sentences."""
from __future__ import annotations

from claimledger import analyze


def _spans(text: str) -> list[tuple[str, float]]:
    a = analyze(text)
    return [(a.document.text[f.start:f.end], f.probability) for f in a.forecasts]


def test_conjunct_with_its_own_rating():
    found = _spans("Staff consider the ministry's projections optimistic and see little chance of the "
                   "utility repaying its loans before 2031.")
    assert any(s.startswith("consider the ministry's projections optimistic") and "little chance" not in s for s, _ in found)
    low = [p for s, p in found if s.startswith("see little chance")]
    assert low and low[0] < 0.3


def test_conjunct_with_its_own_subject_and_risk():
    found = _spans("We are going to have to close two clinics next month, and there is a real risk we close "
                   "the rest by June.")
    assert [s for s, _ in found] == ["We are going to have to close two clinics next month",
                                     "there is a real risk we close the rest by June"]


def test_relative_clause_set_off_with_its_own_frame():
    text = ("The new toll law, which the transport ministry expects parliament to pass before the end of May, "
            "would double fees for lorries.")
    found = _spans(text)
    assert any(s.startswith("expects parliament to pass before the end of May") for s, _ in found)
    # the outer, if read, does not take the relative clause in
    assert not any("toll law, which" in s for s, _ in found)


def test_complement_stays_one_forecast():
    assert [s for s, _ in _spans("We expect that the port will reopen in March.")] == \
        ["expect that the port will reopen in March"]


def test_restrictive_relative_and_time_clause_stay_inside():
    # "the notes that are due in 2030" picks out the notes; "before its mandate comes up" times the forecast
    assert len(_spans("The treasury will probably buy back the notes that are due in 2030.")) == 1
    assert len(_spans("The mission is likely to shrink to half its strength before its mandate comes up for "
                      "renewal in July.")) == 1


def test_second_frame_under_a_conjoined_verb_of_saying():
    found = _spans("The council expects the budget to balance in 2027 and has signalled that taxes will rise "
                   "in January.")
    assert [s for s, _ in found] == ["expects the budget to balance in 2027", "taxes will rise in January"]


def test_aside_in_a_condition_is_no_forecast_of_its_own():
    # "as union leaders say they may": the supposition's aside, not a second forecast of its own clause
    found = _spans("If the strikes spread, as union leaders say they may after Easter, the government will "
                   "probably call early elections.")
    assert len(found) == 1


def test_when_clause_takes_the_date_it_hangs_on():
    a = analyze("Protests are likely in the first half of 2027, when the government plans to remove the fuel subsidy.")
    plan = [f for f in a.forecasts if a.document.text[f.start:f.end].startswith("the government plans")]
    assert plan and plan[0].horizon and "2027" in plan[0].horizon
