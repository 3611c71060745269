"""Issue 13, twenty-fifth round of event coding: wrong types of known triggers that recur in several read
sets (docs/events.md, "Round 25"). Every sentence here is our own, none taken from a test set or an ACLED note.
- an order to others to leave ('ordered the ambassador to leave within two days', 'ordered the foreign troops to
  quit the country') is an expulsion, as 'expelled' is: of diplomats a sanction (SANCTION), of anyone else
  coercion (COERCE); the leaving itself stays the order's content, not told as happened; an order to do
  something else ('ordered the police to investigate') stays a demand (REQUEST);
- a hand-over of people a state's force apprehended ('caught two men carrying stolen copper ... and handed them over at noon to KRA'), or of
  people handed back with the receiving force hung on them by the parser ("handed back to Freedonia's army eight
  soldiers who had strayed ..."), is a transfer between authorities (COOPERATE); hostages handed back stay a release."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-05-06"

_codes, _all = coders(PUBLISHED)


def test_an_envoy_ordered_to_leave_is_expelled():
    got = _all("Ruritania on Monday ordered the Freedonian ambassador to leave within two days.")
    assert coded_as_happened(got, "SANCTION") and not coded_as_happened(got, "REQUEST")


def test_an_envoy_named_by_a_possessive_is_expelled():
    assert "SANCTION" in _codes("The junta ordered Freedonia's envoy to depart within a week, accusing him of espionage.")


def test_troops_ordered_out_are_coerced():
    got = _all("The transitional council ordered the foreign troops to quit the country by the end of June.")
    assert coded_as_happened(got, "COERCE") and not coded_as_happened(got, "REQUEST")
    assert not coded_as_happened(got, "RETREAT")        # the leaving is only ordered


def test_an_order_to_do_something_else_stays_a_demand():
    got = _codes("The governor ordered the police to investigate the break-in.")
    assert "REQUEST" in got and "COERCE" not in got and "SANCTION" not in got


def test_a_diplomat_ordered_to_attend_is_no_expulsion():
    got = _codes("The ministry ordered the ambassador to attend a meeting on Friday.")
    assert "SANCTION" not in got and "COERCE" not in got


# -- hand-overs of people a force apprehended, or handed back with the receiver hung on them ----------------------
def test_people_caught_and_handed_on_are_transferred():
    got = _codes("Municipal guards caught two men carrying stolen copper at dawn and handed them over at noon to KRA.")
    assert "COOPERATE" in got and "CONCEDE" not in got


def test_people_seized_by_gunmen_and_handed_on_are_no_transfer():
    assert "COOPERATE" not in _codes("Gunmen seized two aid workers at a roadblock and handed both to a rival faction.")


def test_soldiers_handed_back_to_their_own_force_are_transferred():
    got = _codes("On Thursday the coastguard handed back to Freedonia's army eight Freedonian soldiers who had "
                 "strayed over the frontier in March.")
    assert "COOPERATE" in got and "RETREAT" not in got
    got = _codes("And on Friday, near the ferry, the coastguard handed back to Freedonia's navy eleven Freedonian "
                 "soldiers who had swum across the river in June.")
    assert "COOPERATE" in got and "RETREAT" not in got


def test_hostages_handed_back_stay_a_release():
    got = _codes("The rebels handed back to the Red Cross nine hostages who had been held since May.")
    assert "COOPERATE" not in got
