"""Issue 13, twenty-ninth round of event coding: the kinds of type error found in the first run of heldout21
(docs/events.md, "Round 29: heldout21 read"), each fixed as a kind. Every sentence here is our own, none taken from a
test set or an ACLED note.
- procedure and notes of a record: the chair's 'I call' a speaker, a verbless '(Protests on the benches ...)': no act;
- outlooks and identification: an act a brief rates as likely, people 'recognised by' witnesses: no act of its type;
- withheld aid: aid named inside the object of a suspension is withheld (the suspension a sanction), no aid given;
- acts told by a construction: coming under fire, forces moved into a place or a unit of them arriving, a shutdown
  called, food refused (a hunger strike, and what it demands is told);
- blame laid on people no party word names ('blamed "miscreants"', 'blamed the state')."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-11-30"

_codes, _all = coders(PUBLISHED)


# -- procedure and notes of a record ---------------------------------------------------------------------------------
def test_the_chair_giving_the_floor_is_no_phone_call():
    assert "CONSULT" not in _codes("THE CHAIR: I call the Minister for Fisheries.")
    assert "CONSULT" not in _codes("THE CHAIR: I now call Mr Ortal Venn, for the Green group.")


def test_a_past_call_to_an_officer_stays_a_call():
    assert "CONSULT" in _codes("I called the commander myself on Tuesday night.")


def test_a_verbless_note_of_protests_in_a_record_is_no_protest():
    got = _codes("Minister, you have failed the islands. (Protests on the benches of the Harbour group) We want a plan.")
    assert "PROTEST" not in got


def test_a_protest_told_in_brackets_with_a_verb_stays():
    got = _codes("The dockers marched on the port office (a protest was also held in Vell on Friday).")
    assert got.count("PROTEST") >= 1


# -- outlooks and identification -----------------------------------------------------------------------------------
def test_an_act_a_brief_rates_as_likely_is_no_act():
    assert "PROTEST" not in _codes("We assess a new blockade of the coast road as likely.")


def test_a_blockade_told_stays_a_protest():
    assert "PROTEST" in _codes("Fishermen blocked the coast road with boats on Friday.")


def test_people_recognised_by_witnesses_are_identified_not_supported():
    got = _codes("Police have blamed a gang from the hills and say two of them were recognised by shepherds.")
    assert "SUPPORT" not in got


def test_a_state_recognised_stays_support():
    assert "SUPPORT" in _codes("Velmora recognised the new republic on Tuesday.")


# -- withheld aid --------------------------------------------------------------------------------------------------
def test_aid_named_in_a_suspended_payment_is_a_sanction_not_aid():
    got = _codes("The ministry suspended payment of the second tranche of its budget aid to Ostrava on Friday.")
    assert "SANCTION" in got and "AID" not in got


def test_aid_delivered_stays_aid():
    assert "AID" in _codes("The agency delivered two tonnes of aid to the camp on Friday.")


# -- acts told by a construction -----------------------------------------------------------------------------------
def test_coming_under_fire_is_an_attack():
    assert "ASSAULT" in _codes("A border patrol came under fire near the ford on Tuesday night.")


def test_forces_moved_into_an_area_are_deployed():
    assert "MOBILIZE" in _codes("The state moved three companies of armed police into the valley on Monday.")


def test_a_unit_of_officers_arriving_is_a_deployment():
    assert "MOBILIZE" in _codes("A second contingent of 80 officers arrived in the port town on Sunday.")


def test_reinforcements_arriving_in_a_clause_of_time_are_no_deployment():
    got = _codes("The raiders fled with the goats into the forest before police reinforcements arrived.")
    assert "MOBILIZE" not in got


def test_a_shutdown_called_by_a_union_is_a_protest():
    assert "PROTEST" in _codes("The traders' union called a 12-hour shutdown of the district on Wednesday.")


def test_an_internet_shutdown_is_no_protest_called():
    assert "PROTEST" not in _codes("The governor called an internet shutdown in the district on Wednesday.")


def test_refusing_food_is_a_hunger_strike_and_its_demand_is_told():
    got = _all("The prisoner has been refusing food for 19 days, demanding to be moved to a jail near his family.")
    assert coded_as_happened(got, "PROTEST") and coded_as_happened(got, "REQUEST")
    assert not any(c == "REJECT" for c, _ in got)


def test_refusing_an_offer_stays_a_rejection():
    assert "REJECT" in _codes("The union refused the ministry's offer on Tuesday.")


# -- blame on people no party word names ---------------------------------------------------------------------------
def test_blaming_miscreants_is_an_accusation():
    assert "ACCUSE" in _codes('District police have blamed "miscreants from the next valley" for the fire.')


def test_blaming_the_state_is_an_accusation():
    assert "ACCUSE" in _codes('The leader blamed the state for "decades of neglect" on Sunday.')


def test_blaming_a_cause_is_still_no_accusation():
    assert "ACCUSE" not in _codes("The fire service blamed a faulty cable for the blaze.")


# -- refusals and threats said ----------------------------------------------------------------------------------------
def test_there_will_be_no_negotiation_is_a_refusal():
    assert "REJECT" in _codes('On Tuesday the premier said there would be "no talks under the threat of bombs".')


def test_there_will_be_talks_is_no_refusal():
    assert "REJECT" not in _codes("On Tuesday the premier said there would be talks with the rebels in May.")


def test_saying_no_one_of_ones_own_took_part_is_a_denial():
    assert "REJECT" in _codes("The county council says no one from its villages took part in the raid.")


def test_claims_dismissed_whatever_their_noun_are_refused():
    got = _codes("The army dismissed videos circulating online that its soldiers had burned two huts on Sunday.")
    assert "REJECT" in got


def test_a_group_owning_attacks_and_saying_there_will_be_more_threatens():
    got = _codes("The front claimed the three bombings and said there would be more until the port is closed.")
    assert "THREATEN" in got


def test_an_act_a_group_claims_was_told_before():
    got = _codes("The front claimed the three bombings on Sunday.")
    assert "ASSAULT" not in got


# -- claims the text does not trust; enforcement ---------------------------------------------------------------------
def test_an_act_inside_an_unverified_claim_is_not_told():
    assert "ASSAULT" not in _codes("Unverified posts on social media claim a fisherman was killed in the raid.")


def test_an_act_inside_a_named_sources_claim_stays():
    assert "ASSAULT" in _codes("Local police say a fisherman was killed in the raid on Sunday.")


def test_gear_destroyed_by_an_operation_that_arrests_is_no_attack():
    got = _codes("An army and police operation destroyed 9 dredges on the river and arrested 20 people.")
    assert "ASSAULT" not in got and "COERCE" in got


def test_houses_destroyed_stay_an_attack():
    assert "ASSAULT" in _codes("Gunmen destroyed nine houses in the village and arrested the headman.")


# -- the address before a subject; a habit of speech -----------------------------------------------------------------
def test_a_collective_blocking_an_entrance_after_an_address_protests():
    got = _codes("Meanwhile, Minister, a residents' collective has blocked the gate of the town hall since Monday.")
    assert "PROTEST" in got and "COERCE" not in got


def test_locals_naming_a_pass_is_no_accusation():
    assert "ACCUSE" not in _codes('Villagers call the pass "the road that takes sons".')


def test_a_minister_labelling_a_raid_stays_an_accusation():
    assert "ACCUSE" in _codes('The minister called the raid "a disgrace" on Monday.')


# -- asked for, alleged, rated ---------------------------------------------------------------------------------------
def test_a_meeting_demanded_is_no_meeting_held():
    got = _codes("Some 300 fishermen blocked the port road with boats, demanding an end to the fines and a meeting "
                 "with the governor.")
    assert "CONSULT" not in got and "PROTEST" in got and "REQUEST" in got


def test_a_meeting_held_after_a_demand_stays():
    assert "CONSULT" in _codes("The fishermen's leaders held a meeting with the governor on Tuesday.")


def test_the_means_named_in_an_accusation_is_alleged_not_told():
    got = _codes('The party accused the council of "punishing the poor" by evicting market women from the square.')
    assert "ACCUSE" in got and "COERCE" not in got


def test_an_outlook_rated_with_a_second_rated_act_is_no_act():
    got = _codes("- We assess a new blockade of the port road as likely and armed attacks on survey teams as possible.")
    assert "PROTEST" not in got


# -- batch 4: arrests by pronoun, filings, refusals and threats said outright, offers --------------------------------
def test_a_force_picking_them_up_arrests_them():
    assert "COERCE" in _codes("Two of the four fled north. Border police picked them up at the ferry on Tuesday.")


def test_a_friend_picking_them_up_is_no_arrest():
    assert "COERCE" not in _codes("Their uncle picked them up at the ferry on Tuesday.")


def test_an_application_filed_at_a_court_is_a_request():
    assert "REQUEST" in _codes("The rights group filed an urgent application at the High Court on Monday seeking "
                               "access to the prisoners.")


def test_a_step_asked_for_and_refused_by_will_not_is_a_refusal():
    got = _all("Some members have asked for a curfew. The Government will not impose one.")
    assert coded_as_happened(got, "REJECT")


def test_will_not_with_nothing_asked_is_no_refusal():
    assert "REJECT" not in _codes("The ferry will not sail on Sunday because of the storm.")


def test_a_measure_on_the_others_refusal_is_a_threat_said_outright():
    got = _all("If Valtia refuses again, we will review the visas granted to its diplomats.")
    assert coded_as_happened(got, "THREATEN")


def test_an_offer_to_receive_a_delegation_is_an_offer():
    got = _codes("We welcome the offer made on Monday by the Tarsian premier to receive a delegation in Orvik.")
    assert "AGREE" in got


def test_a_motion_to_censure_filed_is_no_request():
    assert "REQUEST" not in _codes("Opposition deputies filed a motion to censure the Fisheries Minister over the quotas.")
