"""A forecast's horizon as a due window (claimledger.due): each reading of the genre's time
phrases against a publication date, and the phrases that fix no date."""
import datetime as dt

import pytest

from claimledger.due import due_window

MON = "2025-02-03"   # a Monday


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@pytest.mark.parametrize("horizon, published, start, end, precision", [
    # the calendar around the publication date
    ("this year", MON, MON, "2025-12-31", "year"),
    ("later this year", MON, MON, "2025-12-31", "year"),
    ("next year", MON, "2026-01-01", "2026-12-31", "year"),
    ("this month", MON, MON, "2025-02-28", "month"),
    ("next month", "2025-03-12", "2025-04-01", "2025-04-30", "month"),
    ("next week", MON, "2025-02-10", "2025-02-16", "week"),
    ("this week", "2025-02-05", "2025-02-05", "2025-02-09", "week"),
    ("tomorrow", MON, "2025-02-04", "2025-02-04", "day"),
    ("the third quarter", MON, "2025-07-01", "2025-09-30", "quarter"),
    ("next quarter", "2025-11-20", "2026-01-01", "2026-03-31", "quarter"),
    # by / until / through: from publication to the end of the period
    ("by March", MON, MON, "2025-03-31", "month"),
    ("by December", "2025-03-12", "2025-03-12", "2025-12-31", "month"),
    ("until April", "2025-09-10", "2025-09-10", "2026-04-30", "month"),
    ("through 2025", MON, MON, "2025-12-31", "year"),
    ("by the end of 2027", MON, MON, "2027-12-31", "year"),
    ("by the end of the month", "2025-11-04", "2025-11-04", "2025-11-30", "month"),
    ("by year-end", MON, MON, "2025-12-31", "year"),
    ("by 2030", MON, MON, "2030-12-31", "year"),
    ("by April 9th, 2026", MON, MON, "2026-04-09", "day"),
    ("until next week", "2025-05-20", "2025-05-20", "2025-06-01", "week"),
    # before: the day before the period, except "before the end of X"
    ("before March", MON, MON, "2025-02-28", "month"),
    ("before 2027", MON, MON, "2026-12-31", "year"),
    ("before the end of the year", MON, MON, "2025-12-31", "year"),
    ("before the end of 2026", "2025-11-04", "2025-11-04", "2026-12-31", "year"),
    ("before Christmas", "2025-11-04", "2025-11-04", "2025-12-24", "day"),
    ("before the October midterm elections", "2025-03-12", "2025-03-12", "2025-10-31", "month"),
    # a period under way at publication cannot be ahead of the forecast: the next one is meant
    ("before the summer", "2025-06-10", "2025-06-10", "2026-05-31", "season"),
    ("before the winter", "2025-02-01", "2025-02-01", "2025-11-30", "season"),
    ("before the summer", "2025-01-15", "2025-01-15", "2025-05-31", "season"),
    # in / on / during: the period itself, live from publication at the earliest
    ("in 2025", MON, MON, "2025-12-31", "year"),
    ("in 2026", MON, "2026-01-01", "2026-12-31", "year"),
    ("in early 2026", MON, "2026-01-01", "2026-04-30", "season"),
    ("mid-2026", MON, "2026-05-01", "2026-08-31", "season"),
    ("in the first half of 2026", MON, "2026-01-01", "2026-06-30", "season"),
    ("in May", MON, "2025-05-01", "2025-05-31", "month"),
    ("in January", "2025-09-10", "2026-01-01", "2026-01-31", "month"),   # the next January
    ("in late March", MON, "2025-03-21", "2025-03-31", "week"),
    ("on Thursday", "2025-05-20", "2025-05-22", "2025-05-22", "day"),
    ("next Thursday", "2025-05-20", "2025-05-29", "2025-05-29", "day"),
    ("on 9 April", "2025-03-12", "2025-04-09", "2025-04-09", "day"),
    ("on April 2", "2025-05-01", "2026-04-02", "2026-04-02", "day"),     # the next April 2
    ("this winter", "2025-09-10", "2025-12-01", "2026-02-28", "season"),
    ("this winter", "2025-01-15", "2025-01-15", "2025-02-28", "season"),  # the winter under way
    ("next spring", "2025-06-01", "2026-03-01", "2026-05-31", "season"),
    # durations from publication
    ("within two years", MON, MON, "2027-02-03", "year"),
    ("within a year", MON, MON, "2026-02-03", "year"),
    ("over the next six months", MON, MON, "2025-08-03", "month"),
    ("in the next 18 months", MON, MON, "2026-08-03", "month"),
    ("in three weeks", MON, MON, "2025-02-24", "week"),
    ("within a decade", MON, MON, "2035-02-03", "year"),
    # vague phrases, read through data/horizon_vague.tsv
    ("in the coming months", MON, MON, "2025-08-02", "vague"),
    ("soon", MON, MON, "2025-05-04", "vague"),
    ("sometime soon", MON, MON, "2025-05-04", "vague"),
    ("in the coming days", MON, MON, "2025-02-17", "vague"),
    ("for generations", MON, MON, "2075-02-03", "vague"),
])
def test_horizon_windows(horizon, published, start, end, precision):
    window = due_window(horizon, published)
    assert window is not None, horizon
    assert (window.start, window.end, window.precision) == (d(start), d(end), precision)


@pytest.mark.parametrize("horizon", ["eventually", "sooner or later", "after the election", "one day",
                                     "in 2024", "by last year", "", None, "whenever they like"])
def test_no_window(horizon):
    """Phrases that fix no date, an open start ("after"), or a period already past."""
    assert due_window(horizon, MON) is None


def test_absolute_periods_without_a_publication_date():
    """A year or a dated day needs no publication date; a relative phrase does."""
    assert due_window("in 2026", None).end == d("2026-12-31")
    assert due_window("by the end of 2027", None).end == d("2027-12-31")
    assert due_window("by the end of 2027", None).start is None
    assert due_window("next week", None) is None
    assert due_window("within two years", None) is None


def test_case_curly_quotes_and_punctuation_do_not_matter():
    assert due_window("By March,", MON) == due_window("by march", MON)
    assert due_window("“Before Christmas”", "2025-11-04").end == d("2025-12-24")
    assert due_window("the year’s end", MON).end == d("2025-12-31")


def test_iso_output():
    assert due_window("by March", MON).as_iso() == ("2025-02-03", "2025-03-31", "month")
