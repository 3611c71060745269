"""The twenty-sixth forecast round: odds and percentages given by frames the rules did not read.
Sentences written for these tests.

- an answer that opens with a bare percentage after a question about what is to come, with or
  without a label ("Will the ferry run again before June? Crowd forecast: 35%, down from 41%.");
- "a 50-50 chance" as an even chance (data/probability_phrases.tsv), and a chance phrase given to a
  bare "that"/"it" ("Frankly, we give it a 50-50 chance."), the writer's own forecast after another
  voice's claim, the claim's number after the writer's own;
- "put the chance of X at ..." when the first "at" belongs to the event ("at one of the two
  meetings at 30%") or the parse leaves "at" alone ("at well under 10%"), and "put the odds at
  ..." with no event named.
And the readings that must not change ("split 50-50", a percentage with words of its own after it)."""
from __future__ import annotations

from forecast_helpers import found, texts


# -- a percentage as the answer to a question ----------------------------------------------------------

def test_a_labelled_percentage_answers_the_question_before_it():
    got = found("Will the ferry to the outer islands run again before June? Crowd forecast: 35%, down from 41%.")
    assert any("Crowd forecast: 35%" in t and p == 0.35 for t, p, _ph, _by in got)
    got = found("Q: Will the merger close this year? A: About 60%.")
    assert any(abs(p - 0.6) < 1e-9 for _t, p, _ph, _by in got)


def test_a_percentage_with_words_of_its_own_is_no_answer():
    got = found("Will inflation fall below 3% this year? 2.8% is what the monetary authority projects.")
    assert not any(p == 0.028 for _t, p, _ph, _by in got)


# -- a 50-50 chance, given to "that" -------------------------------------------------------------------

def test_a_50_50_chance_is_an_even_chance():
    got = found("There is a 50-50 chance that the dockers' strike ends this week.")
    assert any(p == 0.5 and ph == "50-50 chance" for _t, p, ph, _by in got)


def test_splitting_50_50_is_no_probability():
    assert not any(p == 0.5 for _t, p, _ph, _by in found("The two councils agreed to split 50-50 the cost of the footbridge."))


def test_a_chance_given_to_that_after_anothers_claim_is_the_writers_own_forecast():
    got = found("The treasury has told lenders it plans to sell a first green bond in the spring. "
                "Frankly, we give it a 50-50 chance.")
    assert any(t == "Frankly, we give it a 50-50 chance" and p == 0.5 and by == "author" for t, p, _ph, by in got)


def test_a_chance_given_to_that_after_the_writers_own_claim_numbers_it():
    got = found("I think the ring road will be finished by June. I'd give that an even chance at best.")
    assert len(got) == 1 and got[0][1] == 0.5


def test_a_chance_given_to_a_noun_is_no_forecast():
    assert texts("The new rules give small parties a fair chance.") == []


# -- put the chance at ... -----------------------------------------------------------------------------

def test_the_first_at_may_belong_to_the_event():
    got = found("The bank's economists put the probability of any rate cut at one of the two meetings at 30%.")
    assert any("rate cut" in t and p == 0.3 for t, p, _ph, _by in got)


def test_at_left_alone_by_the_parse():
    got = found("Personally I'd now put the probability of default within three years at well under 10%.")
    assert any("default" in t and p == 0.1 for t, p, _ph, _by in got)


def test_put_the_odds_with_no_event_named():
    got = found("The minister says the toll will not rise before the election. "
                "Once it is over, we would put the odds at close to one in five before 2029 is out.")
    assert any(t.startswith("Once it is over, we would put the odds") and p == 0.2 and by == "author" for t, p, _ph, by in got)
    assert texts("The bookmakers put the odds at 5 to 1 last week.") == []
