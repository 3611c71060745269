"""Issue 13, thirty-first round of event coding: the kinds of type error found in the first run of heldout23
(docs/events.md, "Round 31: heldout23 read"), each fixed as a construction of the genre. Every sentence here is our
own, none taken from a test set or an ACLED note.
- an event noun alone after a list number heads a report's section ('3. Arrests. Police arrested ...'): no act;
- a meeting a party informs or tells something is where it is said, no further meeting;
- asking about something, or 'anyone who asks', is an inquiry, no request;
- workers refusing to work are on strike (PROTEST), no rejection;
- a business permit suspended is a SANCTION;
- saying that an act reported or claimed nearby did not happen ('said no such attack took place') is a denial (REJECT),
  and the act told only as reported is dropped; a plain 'no one was hurt' is no denial;
- a main clause with its own subject after ', and' is not under the first clause's negation."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-12-05"

_codes, _all = coders(PUBLISHED)


# -- numbered section headings ----------------------------------------------------------------------------------------
def test_a_numbered_heading_names_no_act():
    got = _all("Summary of findings\n4. Detentions. Soldiers detained 12 fishermen at the jetty on 3 October.\n"
               "5. Relief. The county distributed maize flour to 40 households on 9 October.")
    assert sum(1 for c, f in got if c == "COERCE" and f in ("asserted", "reported")) == 1
    assert sum(1 for c, f in got if c == "AID" and f in ("asserted", "reported")) == 1


def test_a_heading_noun_in_a_sentence_stays_an_act():
    got = _all("Arrests followed the march: police detained nine students outside the hall on Friday.")
    assert coded_as_happened(got, "COERCE")


# -- a meeting addressed ----------------------------------------------------------------------------------------------
def test_informing_the_meeting_is_no_second_meeting():
    got = _codes("The two envoys met in Lusaka on Monday. The Zambian envoy informed the meeting that the border "
                 "post would reopen.")
    assert got.count("CONSULT") == 1


def test_a_meeting_held_stays_a_meeting():
    assert "CONSULT" in _codes("The governors held a meeting in Kano on Thursday to discuss the herders' dispute.")


# -- inquiries ---------------------------------------------------------------------------------------------------------
def test_asking_about_a_photo_is_no_request():
    assert "REQUEST" not in _codes("Listeners have asked about a photo of burning trucks posted on Sunday night.")


def test_anyone_who_asks_is_no_request():
    assert "REQUEST" not in _codes("We will publish the contracts and show them to anyone who asks.")


def test_asking_for_help_stays_a_request():
    assert "REQUEST" in _codes("The mayor asked the province for two water tankers on Tuesday.")


# -- a refusal to work ------------------------------------------------------------------------------------------------
def test_drivers_refusing_to_work_are_on_strike():
    got = _all("Minibus drivers in the town refused to work on Wednesday after the fuel price rose.")
    assert coded_as_happened(got, "PROTEST")
    assert not coded_as_happened(got, "REJECT")


def test_refusing_to_meet_stays_a_rejection():
    assert "REJECT" in _codes("The union leader refused to meet the labour minister on Monday.")


# -- a permit suspended -----------------------------------------------------------------------------------------------
def test_a_permit_suspended_is_a_sanction():
    assert "SANCTION" in _codes("The regional council suspended the mining permit of a quarry company on Friday.")


# -- a denial by saying it did not happen -----------------------------------------------------------------------------
def test_saying_a_reported_attack_did_not_happen_is_a_denial():
    got = _all("Rumours of a raid on the camp spread on Monday, but the army said no such raid took place.")
    assert coded_as_happened(got, "REJECT")
    assert not coded_as_happened(got, "ASSAULT")


def test_no_one_hurt_is_no_denial():
    assert "REJECT" not in _codes("A fire broke out in the market on Monday; police said no one was hurt.")


def test_a_main_clause_of_its_own_is_not_negated():
    got = _all("Reporters could not confirm the footage, and the governor says no live bullets were fired.")
    assert coded_as_happened(got, "REJECT")
