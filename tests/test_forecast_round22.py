"""The twenty-second forecast round: a further event told under the first clause's modal, hedge or
frame, the second-largest kind of first-run miss recurring in all ten blind sets of the round-21
census (docs/accuracy.md). A verb conjunct with no modal of its own ("will open in 2029 and carry
N passengers within a year"), "before" + a participle ("will peak next year before easing to N in
2030") and "with" + a noun and its time ("..., with first output around 2031") are forecasts of their
own, in the same voice and at the same reading. Sentences written for these tests; and the readings
that must not change."""
from __future__ import annotations

from forecast_helpers import found, owned, texts


# -- a verb conjunct sharing the modal or the frame -----------------------------------------------------

def test_a_conjunct_under_the_same_will_is_a_forecast_of_its_own():
    got = texts("The new terminal will open in 2029 and handle nine million passengers within two years.")
    assert any(t.startswith("The new terminal will open in 2029") for t in got)
    assert any("nine million passengers within two years" in t and "open in 2029" not in t for t in got)


def test_then_keeps_the_frame_and_the_owner():
    got = owned("Most analysts in the survey expect the central bank to raise rates in February and then "
                "hold them steady until October 2028.")
    assert len(got) == 2
    first, second = got
    assert "hold them steady until October 2028" in second[0] and second[2] == first[2]
    assert second[1] == first[1]


def test_a_gapped_passive_conjunct_is_a_forecast_of_its_own():
    got = texts("The agency says bids will be opened in the second quarter and the licences granted by October.")
    assert any("licences granted by October" in t for t in got)
    assert len(got) == 2


# -- absolutes sharing the frame --------------------------------------------------------------------------

def test_before_and_a_participle_with_its_own_time_is_a_forecast():
    got = found("Unemployment will climb to 7 per cent next year before falling back to 6 per cent in 2030.")
    assert len(got) == 2
    assert any(t.startswith("before falling back to 6 per cent in 2030") for t, _p, _ph, _by in got)
    assert got[0][1] == got[1][1]


def test_with_and_a_dated_noun_after_an_expectation_is_a_forecast():
    got = texts("The partners expect to approve the second mine in late 2028, with first ore around 2031.")
    assert any(t.startswith("with first ore around 2031") for t in got)
    assert len(got) == 2


# -- what stays as it was ------------------------------------------------------------------------------------

def test_a_conjunct_without_its_own_time_or_figure_is_not_split():
    assert len(texts("The two sides will meet in Oslo in March and sign the accord.")) == 1


def test_a_conjunct_in_the_past_or_with_its_own_modal_is_not_read_twice():
    assert len(texts("The ferry will resume sailings in May, and the operator said it had hired new crews.")) == 1
    got = texts("The plant will close in June and may reopen in 2030.")
    assert len(got) == 2


def test_after_a_participle_and_with_a_figure_of_now_are_not_forecasts():
    assert len(texts("Output will slow to 1.5 per cent in 2028 after growing 2.4 per cent this year.")) == 1
    assert len(texts("We expect the council to approve the budget, with reserves at 12 per cent.")) == 1


def test_a_hedged_conjunct_is_left_to_the_refinements():
    got = found("The committee will publish its report in March and probably recommend a levy by the summer.")
    assert got and all(not (t.startswith("and probably") and p == got[0][1]) for t, p, _ph, _by in got[1:])
