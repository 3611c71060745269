"""Issue 13, twenty-fifth round of event coding: wrong types of known triggers that recur in several read
sets (docs/events.md, "Round 25"). Every sentence here is our own, none taken from a test set or an ACLED note.
- an order to others to leave ('ordered the ambassador to leave within two days', 'ordered the foreign troops to
  quit the country') is an expulsion, as 'expelled' is: of diplomats a sanction (SANCTION), of anyone else
  coercion (COERCE); the leaving itself stays the order's content, not told as happened; an order to do
  something else ('ordered the police to investigate') stays a demand (REQUEST)."""
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
