"""The twenty-ninth forecast round: heldout29 read, its misses sorted into kinds, the general kinds fixed.
Sentences written for these tests (none copied from any gold set).

- a weighted scenario heading alone on its line ("Option 2: a caretaker cabinet (probability 30 per cent).")
  is the forecast, in the writer's voice (not a speaker label).
And the readings that must not change."""
from __future__ import annotations

from forecast_helpers import found


# -- a scenario heading alone on its line ------------------------------------------------------------

_NOTE = ("Outlook for the coastal province | Harbour Research | 2 March 2027\n"
         "Scenario 1: the governor survives the recall vote (probability 60 per cent).\n"
         "The assembly fails to reach the two-thirds threshold and the budget passes in June.\n"
         "Scenario 2: an early provincial election in the autumn (probability 30 per cent).\n"
         "The recall succeeds and the interim governor calls a vote for October.\n")


def test_a_weighted_heading_alone_on_its_line_is_the_forecast():
    got = found(_NOTE)
    first = [g for g in got if "the governor survives the recall vote" in g[0]]
    second = [g for g in got if "an early provincial election in the autumn" in g[0]]
    assert first and abs(first[0][1] - 0.6) < 1e-6 and first[0][3] == "author"
    assert second and abs(second[0][1] - 0.3) < 1e-6 and second[0][3] == "author"


def test_a_bare_weighted_name_is_not_read_as_its_own_forecast():
    got = found("Contained unrest (probability 55 per cent).\nProtests continue but the cabinet survives the spring.\n")
    assert not any(g[0].startswith("Contained unrest") for g in got)
