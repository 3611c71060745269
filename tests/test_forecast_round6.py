"""The sixth forecast round (issue 15), read on tests/forecasts/heldout10 and heldout11: each kind of phrasing
on sentences written for these tests (other places, names and figures), with the exact reading;
and the look-alikes that stay out."""
from __future__ import annotations

import pytest

from claimledger import analyze

from forecast_helpers import PUBLISHED, found


def test_each_clause_across_a_semicolon_is_a_forecast_of_its_own():
    got = found("The tribunal is almost certain to rule this year; we expect the judges to back the port authority.")
    assert [(g[0], g[1]) for g in got] == [
        ("The tribunal is almost certain to rule this year", 0.97),
        ("expect the judges to back the port authority", 0.75)]


def test_a_weaker_modal_after_a_semicolon_is_not_folded_into_the_clause_before():
    got = found("Copper output is likely to reach 900,000 tonnes by 2028; a rail strike would delay, not stop, that growth.")
    assert [(g[0], g[2]) for g in got] == [
        ("Copper output is likely to reach 900,000 tonnes by 2028", "likely"),
        ("a rail strike would delay, not stop, that growth", "would")]


@pytest.mark.parametrize("text, extent, p, low, high", [
    ("We expect the ferry talks to fail (80-90%).", "expect the ferry talks to fail (80-90%)", 0.85, 0.8, 0.9),
    ("The council will probably hold the vote in March (60-70%).",
     "The council will probably hold the vote in March (60-70%)", 0.65, 0.6, 0.7),
    ("Turnout will fall below 40 percent (about 70%).", "Turnout will fall below 40 percent (about 70%)", 0.7, 0.7, 0.7),
])
def test_a_bracketed_figure_after_the_clause_is_the_writers_number(text, extent, p, low, high):
    a = analyze("Report\n" + text, published=PUBLISHED)
    (f,) = a.forecasts
    assert a.document.text[f.start:f.end] == extent
    assert (f.probability, f.probability_low, f.probability_high, f.scale) == (p, low, high, "stated")


def test_a_bracket_that_is_not_a_bare_figure_is_no_probability():
    (f,) = analyze("Report\nExports will rise next year (a gain of 5% in volume).", published=PUBLISHED).forecasts
    assert f.phrase == "will" and f.probability == 0.85


@pytest.mark.parametrize("text", [
    "S&P reviews Zambia on January 14.",
    "The appeals court hears the case on January 12.",
    "The president addresses parliament on December 15.",
    "The next jobs survey is out on Friday, December 4.",
    "Calendar: October trade data is out on Monday, November 30; the auction is pencilled in for the week of January 18.",
])
def test_calendar_items_in_the_simple_present_are_forecasts_at_the_calendars_reading(text):
    got = found(text)
    assert got and got[0][1] == 0.9 and got[0][3] == "author", got


def test_a_term_or_a_state_with_a_date_is_not_a_calendar_item():
    assert found("The mandate expires on February 7.") == []
    assert found("The assembly faces elections in November.") == []


@pytest.mark.parametrize("text", [
    "Investors will tend to sell the rand whenever the polls tighten.",
    "It always does; every spring there'll be a march with buses from the provinces.",
    "Each winter the ministers will promise that this is the last year of rationing.",
])
def test_habits_told_with_will_are_not_forecasts(text):
    assert found(text) == []


def test_an_assessment_dated_a_season_back_is_a_past_forecast_reported():
    assert found("We assessed in March that the junta would call an election before year-end.") == []
    assert found("We argued in April that the coalition would collapse before Christmas.") == []
    # two months back is still the speaker's standing view; a month after "by" is the deal's time
    assert [g[3] for g in found("Officials said in September that the bridge would reopen in December.")] == ["src1"]
    got = found('One strategist called a deal by the December 15 inauguration "a coin flip at this point".')
    assert len(got) == 1 and got[0][1] == 0.5


def test_a_rating_of_that_risk_is_a_forecast_of_its_own_but_it_numbers_the_clause_before():
    got = found("If the review slips, we would expect the bank to pause in March; we put that risk at one in three.")
    assert [(g[0], g[1]) for g in got] == [
        ("If the review slips, we would expect the bank to pause in March", 0.75),
        ("we put that risk at one in three", 0.3333)]
    got = found("A negotiated return of the displaced is the least likely path; we put it at no more than 15 percent.")
    assert [(g[1], g[2]) for g in got] == [(0.15, "least likely")]


def test_a_rating_outside_a_quotation_is_the_writers_own_forecast():
    got = found('Officials are hopeful; one told me a deal "could be in place by the summit in the spring". '
                'I would put that at no better than a one-in-four shot.')
    # "could" reads 0.45 since the sixteenth round (was 0.40: probability_phrases.tsv)
    assert [(g[1], g[2]) for g in got] == [(0.45, "could"), (0.25, "one in four")]
    got = found("There is also a chance that the ferry talks produce a deal. I would put that at one in four.")
    assert [(g[1]) for g in got] == [0.25]


@pytest.mark.parametrize("text, statement", [
    ("A downgrade is hard to see.", "A downgrade"),
    ("It is hard to see the junta handing over power this year.", "the junta handing over power this year"),
    ("Politically? I don't see it before the summer, not with the border closed.", "it before the summer"),
    ("I don't see a deal before the spring.", "a deal before the spring"),
])
def test_not_seeing_an_outcome_is_a_low_forecast(text, statement):
    (f,) = analyze("Report\n" + text, published=PUBLISHED).forecasts
    assert (f.statement, f.probability) == (statement, 0.15)


@pytest.mark.parametrize("text", [
    "It is hard to see why the talks failed.",
    "The logic is hard to see.",
    "I don't see the point of the talks.",
    "We don't see any sign of a thaw.",
])
def test_seeing_without_an_outcome_ahead_is_no_forecast(text):
    assert found(text) == []


@pytest.mark.parametrize("text, statement, p", [
    ("A one-notch upgrade is our base case, call it 55%, on the back of the new programme.",
     "A one-notch upgrade is our base case", 0.55),
    ("Power cuts across the north by March, I would say sixty percent.", "Power cuts across the north by March", 0.6),
])
def test_a_figure_put_by_a_frame_of_speech_numbers_the_call(text, statement, p):
    (f,) = analyze("Report\n" + text, published=PUBLISHED).forecasts
    assert (f.statement, f.probability, f.scale) == (statement, p, "stated")


@pytest.mark.parametrize("text", ["He said 70 percent of the budget goes to defence.", "Call it a draw."])
def test_a_figure_without_the_speakers_frame_is_no_forecast(text):
    assert found(text) == []


def test_odds_of_that_after_a_semicolon_number_the_clause_before_in_its_positive_form():
    got = found("We do not expect the navy to take any political role; the odds of that are remote.")
    assert [(g[0], g[1]) for g in got] == [
        ("expect the navy to take any political role", 0.03)]
    got = found("The ferry talks will fail; the chance of it is high.")
    assert [(g[1], g[2]) for g in got] == [(0.7, "will")]


def test_a_figure_after_a_negated_expectation_is_not_flipped():
    got = found("We do not expect a deal on the border. I would put that at one in ten.")
    assert [g[1] for g in got] == [0.1]


@pytest.mark.parametrize("text, p, statement", [
    ("A walkout in the first quarter looks hard to avoid.", 0.8, "A walkout in the first quarter looks hard to avoid"),
    ("I'd venture that the railway carries freight within a year.", 0.6, "the railway carries freight within a year"),
    ("I'd put a return to large-scale fighting below one in ten.", 0.1, "a return to large-scale fighting"),
    ("We attach a 25-35% probability to an early election in the next 12 months.", 0.3,
     "an early election in the next 12 months"),
])
def test_the_idioms_and_frames_of_the_sixth_round(text, p, statement):
    (f,) = analyze("Report\n" + text, published=PUBLISHED).forecasts
    assert (f.probability, f.statement) == (p, statement)


@pytest.mark.parametrize("text", [
    "A strike at the port during the harvest would be a disaster for the exporters.",
    "Pricing near 9% would be a good result.",
    "If the review slips, the cut would look premature.",
    "A ceasefire would be welcome, the minister said.",
])
def test_a_verdict_on_a_supposed_event_is_not_a_forecast(text):
    assert found(text) == []


def test_a_verdict_reported_on_a_named_event_stays_the_sources_forecast():
    # the "would" of indirect speech is read at "said would" (fourteenth round)
    assert [(g[1], g[3]) for g in found("Analysts said the summit would be a success.")] == [(0.75, "src1")]


def test_a_saying_dated_by_its_when_clause_is_a_past_forecast():
    assert found("When the programme was agreed in 2023, the advisers forecast that the country would win back "
                 "its rating by 2026.") == []
    assert [g[3] for g in found("When the talks resume in 2027, officials expect the border to reopen.")] == ["src1"]


def test_a_calendar_item_in_a_comment_clause():
    got = found("The unions oppose the rail bill, which goes before parliament in January.")
    assert [(g[1], g[2]) for g in got] == [(0.9, "goes")]
    assert found("The bill that goes before parliament in January is long.") == []


def test_date_first_calendar_items_are_each_a_forecast():
    text = ("Key dates | 12 December: the senate's budget session closes | 18 May 2027: Independence Day "
            "parade | April 2027: regional elections (our base case, about 65%)")
    a = analyze("Report\n" + text, published="2026-11-16")
    assert [(a.document.text[f.start:f.end], f.probability, f.by) for f in a.forecasts] == [
        ("12 December: the senate's budget session closes", 0.9, "author"),
        ("18 May 2027: Independence Day parade", 0.9, "author"),
        ("April 2027: regional elections (our base case, about 65%)", 0.65, "author")]


def test_a_week_ahead_list_keeps_future_items_and_drops_past_ones_and_labels():
    text = ("Week ahead\n- Mon 7 Dec: grain ministers meet online\n- 3 November: the court ruled on the appeal\n"
            "Summary: The board is likely to approve the plan.")
    a = analyze("Report\n" + text, published="2026-11-16")
    assert [(a.document.text[f.start:f.end], f.probability) for f in a.forecasts] == [
        ("Mon 7 Dec: grain ministers meet online", 0.9),
        ("The board is likely to approve the plan", 0.7)]


@pytest.mark.parametrize("text, statement", [
    ("What I anticipate is noise rather than obstruction.", "noise rather than obstruction"),
    ("What traders expect is a cut in March.", "a cut in March"),
])
def test_a_clefted_expectation_forecasts_what_the_copula_names(text, statement):
    (f,) = analyze("Report\n" + text, published=PUBLISHED).forecasts
    assert (f.statement, f.probability, f.phrase) == (statement, 0.75, text.split()[2])


@pytest.mark.parametrize("text", ["What we expected was a cut.", "What I like is the food."])
def test_a_past_or_non_estimative_cleft_is_no_forecast(text):
    assert found(text) == []


@pytest.mark.parametrize("text, p, phrase", [
    ("I suspect the next clash will come at sea.", 0.7, "suspect"),
    ("Turnout will be high, I think, but nothing like 2019.", 0.7, "think"),
    ("Ankara, I suspect, will offer a port.", 0.7, "suspect"),
    ("We fear the lenders will withhold the tranche.", 0.7, "fear"),
    ("I don't think the truce will hold.", 0.2, "don't think"),     # "opinion denied" (fifteenth round)
])
def test_a_will_held_as_an_opinion_reads_at_the_opinion(text, p, phrase):
    (f,) = analyze("Report\n" + text, published=PUBLISHED).forecasts
    assert (f.probability, f.phrase) == (p, phrase)
    assert "will" in f.proposition


@pytest.mark.parametrize("text, p", [
    ("We forecast real growth of 3.8% in 2027.", 0.65),
    ("The statistics office projects a harvest of 2.1 million tonnes next year.", 0.65),
    ("We expect a 50bp cut to 9.25% in January.", 0.65),
    ("We expect the board to approve the plan in March.", 0.75),
])
def test_a_point_forecast_of_a_figure_reads_as_a_point_estimate(text, p):
    (f,) = analyze("Report\n" + text, published=PUBLISHED).forecasts
    assert f.probability == p
