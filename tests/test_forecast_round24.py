"""The twenty-fourth forecast round: verdicts on another's forecast that name no verb of believing, and
elliptical "will" clauses the parse hid. Sentences written for these tests.

Verdicts (forecasts/verdicts.py): after a forecast in another voice in the same paragraph,
- a state of doubt: "We are sceptical.", "The engineers we asked are less sanguine.";
- sharing (or not, or wishing one shared) the forecaster's confidence: "We do not share her confidence";
- agreement by inversion: ", and so do I";
- a verdict on a pointer to the judge: "That seems about right to me", ", which seems sensible to us".
Elliptical "will" (rules._elliptical_will_candidates): "..., and neither will its successor", "that it
will not." with the modal hung on "that", "They will, a stall at a time, because ...".
And the readings that must not change."""
from __future__ import annotations

from forecast_helpers import found, owned, texts


# -- a state of doubt --------------------------------------------------------------------------------

def test_a_state_of_doubt_after_anothers_forecast_is_the_judges_forecast():
    got = found("The harbour board says the new terminal will open in April. We are sceptical: the cranes "
                "have not even been ordered.")
    assert any(t == "We are sceptical" and 0.15 <= p <= 0.35 and by == "author" for t, p, _ph, by in got)
    got = found("The utility expects the reservoir to refill by the spring. The farmers we asked are less sanguine.")
    assert any(t == "The farmers we asked are less sanguine" and p < 0.5 for t, p, _ph, _by in got)


def test_a_state_of_doubt_about_something_else_or_with_its_own_clause_or_a_confidence_is_no_verdict():
    assert not any("sanguine" in t for t in texts(
        "The utility expects the reservoir to refill by the spring. Investors are less sanguine about the tariff."))
    assert not any(t == "We are confident" for t in texts(
        "The harbour board says the new terminal will open in April. We are confident."))
    assert texts("The festival drew record crowds. We are sceptical.") == []


# -- sharing the forecaster's confidence ---------------------------------------------------------------

def test_not_sharing_or_wishing_to_share_a_confidence_doubts_the_claim():
    got = found("The regulator expects fares to fall next year. We do not share its confidence.")
    assert any(t == "We do not share its confidence" and p < 0.5 for t, p, _ph, _by in got)
    got = found("The governor says the mine will reopen in May. We wish we shared her optimism.")
    assert any(t == "We wish we shared her optimism" and p < 0.5 for t, p, _ph, _by in got)


def test_sharing_a_view_takes_the_claim_at_its_own_number_and_a_past_share_is_none():
    got = found("The council expects the bridge to be finished in 2028. I share that view.")
    assert any(t == "I share that view" and p == 0.75 for t, p, _ph, _by in got)
    assert not any("shared" in t for t in texts(
        "The council expects the bridge to be finished in 2028. Last year we shared her optimism."))


# -- agreement by inversion -----------------------------------------------------------------------------

def test_so_do_i_after_anothers_expectation_agrees_at_its_number():
    got = found("Most traders expect a rate cut before the summer, and so do I.")
    assert any(t == "and so do I" and p == 0.75 and by == "author" for t, p, _ph, by in got)


def test_so_do_i_with_no_forecast_before_or_with_a_verb_of_its_own_is_none():
    assert texts("My neighbours keep chickens, and so do I.") == []
    assert not any("so do" in t for t in texts("Most traders expect a rate cut, and so do I know why."))


# -- a verdict on a pointer to the judge -----------------------------------------------------------------

def test_a_verdict_to_me_on_a_pointer_back_is_the_judges_forecast():
    got = found("The central bank expects two more cuts next year. That seems about right to me.")
    assert any(t == "That seems about right to me" and p == 0.75 and by == "author" for t, p, _ph, by in got)
    got = found("The agency projects a surplus of 1% for 2028, which seems sensible to us.")
    assert any(t == "which seems sensible to us" and by == "author" for t, _p, _ph, by in got)
    assert any(t == "projects a surplus of 1% for 2028" for t, _p, _ph, _by in got)


def test_a_verdict_to_me_with_nothing_forecast_before_or_on_a_named_thing_is_none():
    assert texts("The new stadium opened on Sunday. That seems about right to me.") == []
    assert not any("to me" in t for t in texts(
        "The central bank expects two more cuts next year. The new logo seems right to me."))


# -- elliptical "will" ----------------------------------------------------------------------------------

def test_neither_will_a_second_subject_denies_the_clause_again():
    got = found("This year's plan counts no revenue from the new mine, and neither will its successor.")
    assert any(t == "neither will its successor" and p < 0.5 for t, p, _ph, _by in got)


def test_a_bare_will_hung_on_that_and_one_with_a_reason_after_a_comma_are_forecasts():
    got = found("Several councillors have asked whether the county will need a bailout. I can tell the council today "
                "that it will not.")
    assert any(t == "it will not" and p < 0.5 for t, p, _ph, _by in got)
    got = owned("HOST: The council says it will reopen the market hall. What do you think?\n"
                "GUEST: They will, a stall at a time, because the rents pay for it.")
    assert any(t == "They will" and p > 0.5 for t, p, _by in got)


def test_a_bare_will_with_a_verb_of_its_own_or_a_first_person_is_unchanged():
    assert texts("Nor will I.") == []
    assert "the strike will end soon" in texts("The union says the strike will end soon.")


# -- a held view answering a question ("I think so", "Few here think so") --------------------------------

def test_a_held_view_with_so_answers_the_question_at_the_opinion():
    got = found("Will the regional vote go ahead? I think so.")
    assert any(t.endswith("I think so") and p == 0.7 for t, p, _ph, _by in got)
    got = found("Will the regional vote go ahead? Few in the capital think so.")
    assert any(t.endswith("Few in the capital think so") and p < 0.5 for t, p, _ph, _by in got)
    got = found("Will the regional vote go ahead? I do not think so.")
    assert any(t.endswith("I do not think so") and p < 0.5 for t, p, _ph, _by in got)


def test_a_held_view_after_a_question_of_the_past_is_none():
    assert texts("Did the regional vote go ahead? I think so.") == []


# -- later (sooner) than another says --------------------------------------------------------------------

def test_later_than_another_says_after_a_forecast_is_a_forecast_of_its_own():
    got = found("The ferry terminal will be ready in 2028, but later than the builder says.")
    assert ("The ferry terminal will be ready in 2028", 0.85) in [(t, p) for t, p, _ph, _by in got]
    assert any(t == "but later than the builder says" and p == 0.85 for t, p, _ph, _by in got)
    got = found("I would expect a smaller loan, and a signature later than the treasury thinks.")
    assert any(t == "and a signature later than the treasury thinks" for t, _p, _ph, _by in got)


def test_later_than_another_says_as_an_answer_and_not_after_a_past_event():
    got = owned("HOST: When will the new ferries actually sail?\nGUEST: Later than the company says.")
    assert any(t.endswith("Later than the company says") and p > 0.5 for t, p, _by in got)
    assert texts("The railway opened in 2019, but later than its builder said.") == []
    assert texts("The railway will open no later than 2027.") == ["The railway will open no later than 2027"]


def test_so_with_a_copula_or_after_a_plain_will_is_no_agreement():
    got = texts("Q: Will the plant reach full output on schedule?\nA: I think 2031 is realistic. The grid is late, "
                "and so are the turbines.")
    assert not any("so are" in t for t in got)
    assert not any("so do" in t for t in texts("The ministry says the bridge will open in May, and so do I."))


def test_sooner_than_another_thinks_on_an_untimed_forecast_stays_one_forecast():
    assert texts("A third round will come, and sooner than the capital thinks.") == [
        "A third round will come, and sooner than the capital thinks"]


def test_doubt_after_a_projected_figure_alone_is_no_verdict():
    assert not any("sanguine" in t for t in texts(
        "The mining council forecasts national output of 3.2 million tonnes next year. We are less sanguine: "
        "two wage contracts expire in March."))
