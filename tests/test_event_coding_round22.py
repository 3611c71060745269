"""Issue 13, twenty-second round of event coding: kinds of false codes and misses on a liveblog with a
correction, a foreign-ministry briefing, a security advisory with an incident log, a newspaper
interview and a fact-check (heldout16 read by kind; every sentence here is our own, none taken from a
test set or an ACLED note).
- a claim a fact-check's verdict calls false, and what a correction says an earlier version told,
  did not happen as told;
- counts over time ('abductions fell'), a pattern of responses, what one 'is entitled to' do, acts
  'in earlier operations' and 'the next strike' tell no one happening that took place;
- a coercive measure suspended is a concession; forces patrolling 'jointly' cooperate; being 'in
  contact with' a party consults it; an act 'attributed to' a group blames it; radar tracks shared
  are cooperation; people treated by a named party are relief;
- 'ask yourself' and the writer's own 'we asked the ministry' request nothing;
- 'leave or face the consequences' and 'anyone found outside will be detained' are threats; a party's
  own 'if ..., we will block ...' is a threat made now; an analyst's 'if X attacks, Y will strike' is not;
- a man 'hit by a motorbike' was in an accident; a claimed ambush is the deed, no accusation;
- people 'held and released', 'twenty-two of the thirty released', a detainee kicked, an avenue
  blocked by police, stalls removed by police, accounts frozen after trade was suspended: acts found;
- who financed a protest or 'resistance' is a charge, no aid;
- an organisation telling of another side's officers beating detainees accuses them;
- an office approving a contract agrees with no one."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-05-06"

_codes, _all = coders(PUBLISHED)


# -- claims set aside by a verdict or a correction -----------------------------------------------------
def test_a_claim_found_false_did_not_happen():
    text = 'CLAIM 4: "Rangers burned a village near the lake."\nVERDICT: FALSE. No village was burned.'
    assert not coded_as_happened(_all(text), "ASSAULT")


def test_a_claim_found_misleading_keeps_its_act():
    text = 'CLAIM 5: "Rangers detained twelve herders."\nVERDICT: MISLEADING. The rangers held four.'
    assert "COERCE" in _codes(text)


def test_what_a_correction_takes_back_did_not_happen():
    got = _all("CORRECTION: the 10:05 entry originally said troops had fired live rounds at the pickets.")
    assert ("ASSAULT", "denied") in got and not coded_as_happened(got, "ASSAULT")
    assert "ASSAULT" in _codes("Troops fired live rounds at the pickets, a union official said.")


# -- no one happening ----------------------------------------------------------------------------------
def test_counts_over_time_are_no_happening():
    assert not coded_as_happened(_all("Attacks on rural clinics rose sharply over the decade."), "ASSAULT")
    assert not coded_as_happened(_all("Abductions along the border fell from twenty a year to a handful."), "ASSAULT")


def test_a_pattern_of_responses_is_no_happening():
    got = _all("The junta's reply follows a well-worn pattern: reinforcement, roadblocks and arrests in the south.")
    assert not coded_as_happened(got, "MOBILIZE") and not coded_as_happened(got, "COERCE")


def test_what_one_is_entitled_to_do_is_no_act():
    assert not coded_as_happened(_all("A senator may be entitled to attack any cabinet minister in debate."), "ASSAULT")
    assert not coded_as_happened(_all("Farmers have the right to protest outside the mill."), "PROTEST")


def test_acts_in_earlier_operations_are_a_record():
    got = _all("Stay indoors at night: the gendarmes have arrested curfew breakers in past operations.")
    assert not coded_as_happened(got, "COERCE")
    assert "COERCE" in _codes("The gendarmes arrested nine curfew breakers in Tanout on Monday.")


def test_the_next_strike_is_still_to_come():
    got = _all("The next general strike is called for 3 June outside the assembly.")
    assert not coded_as_happened(got, "PROTEST")
    assert "COERCE" in _codes("The next day police arrested seven traders at the depot.")


# -- the type in context -------------------------------------------------------------------------------
def test_a_coercive_measure_suspended_is_a_concession():
    assert "CONCEDE" in _codes("Evictions in the riverside camp have been suspended for a month.")
    got = _codes("The council announced that demolitions in Kilo ward are suspended while titles are checked.")
    assert "CONCEDE" in got and "SANCTION" not in got
    assert "SANCTION" in _codes("The ministry suspended aid to the province.")


def test_patrolling_jointly_is_cooperation():
    got = _codes("Kenyan coast guard boats now patrol jointly with our cutters off Lamu.")
    assert "COOPERATE" in got and "MOBILIZE" not in got


def test_in_contact_with_a_party_consults_it():
    assert "CONSULT" in _codes("Our embassy stayed in contact with Kenyan officials throughout Monday.")
    assert "CONSULT" not in _codes("The patrol lost contact with the base at dawn.")


def test_an_act_attributed_to_a_group_blames_it():
    assert "ACCUSE" in _codes("The navy has attributed the raid to a splinter cell of the Ridge Front.")
    assert "ACCUSE" not in _codes("Economists attributed the slump to bad weather.")


def test_tracks_shared_are_cooperation():
    assert "COOPERATE" in _codes("Our harbour police shared radar tracks with the navy during the chase.")


def test_people_treated_by_a_party_are_relief():
    assert "AID" in _codes("The Red Crescent said it treated twenty people at the scene.")
    assert "AID" not in _codes("Nine people were treated at the district hospital.")


# -- requests that ask nothing ------------------------------------------------------------------------
def test_a_question_to_oneself_or_the_writers_inquiry_requests_nothing():
    assert "REQUEST" not in _codes("No. Ask yourself why the guards did nothing.")
    assert "REQUEST" not in _codes("We asked the ministry, which said the letter was forged.")
    assert "REQUEST" in _codes("The mayor asked the ministry to publish the list.")


# -- threats -------------------------------------------------------------------------------------------
def test_an_ultimatum_is_a_threat():
    assert "THREATEN" in _codes('The rebels warned mining firms to "quit the province or face the consequences".')


def test_a_warning_to_anyone_found_outside_is_a_threat():
    got = _codes('The town police chief warned that anyone found outdoors after dark "will be arrested".')
    assert "THREATEN" in got


def test_a_partys_own_conditional_act_is_a_threat():
    got = _all("Mark my words: unless our chief is freed by Easter, we will block every bridge in the valley.")
    assert coded_as_happened(got, "THREATEN") and not coded_as_happened(got, "PROTEST")


def test_an_analysts_conditional_is_no_threat():
    assert not coded_as_happened(_all("If Arland attacks, the navy will strike back within hours."), "THREATEN")


# -- accidents and claims ------------------------------------------------------------------------------
def test_a_man_hit_by_a_motorbike_was_in_an_accident():
    assert "ASSAULT" not in _codes('Police said the young herder "was knocked down by a scooter" on the ring road.')
    assert "ASSAULT" in _codes("His brother said he was hit by an army truck at the toll gate on Friday.")


def test_a_claimed_ambush_is_the_deed():
    got = _all("The Ridge Front claimed the raid on the depot in a video released overnight.")
    assert not coded_as_happened(got, "ACCUSE")


# -- acts found ----------------------------------------------------------------------------------------
def test_people_held_and_released():
    got = _codes("Six were held overnight and released at dawn without charge.")
    assert "RETREAT" in got or "CONCEDE" in got
    got = _codes("On Friday a district court released twenty-two of the thirty on bail; eight remain in custody.")
    assert "RETREAT" in got or "CONCEDE" in got


def test_a_detainee_kicked_is_assaulted():
    assert "ASSAULT" in _codes("Footage exists of a guard kicking a bound prisoner outside the depot.")
    assert "ASSAULT" not in _codes("The minister kicked off the talks on Monday.")


def test_an_avenue_blocked_by_police_is_coercion():
    assert "COERCE" in _codes("Gendarmes have blocked the coastal avenue with sandbags since noon.")
    assert "PROTEST" in _codes("Taxi drivers blocked the main avenue for three hours.")


def test_a_named_avenue_blocked_by_gendarmes_is_coercion():
    assert "COERCE" in _codes("Gendarmes have blocked Avenida Marginal with sandbags since noon.")


def test_who_paid_for_a_protest_is_a_charge_not_aid():
    assert "AID" not in _codes('A senator wrote on Friday that foreign NGOs financed the strikers\' resistance.')
    assert "AID" in _codes("The agency funded the repair of two clinics in the valley.")


def test_stalls_removed_by_police_are_an_eviction():
    assert "COERCE" in _codes("Since Friday, when police and council wardens removed kiosks near the bus park, rumours have spread.")
    assert "COERCE" not in _codes("Volunteers removed the tents after the festival.")


def test_a_passive_act_and_another_partys_act_are_two():
    text = ("Trade with the islands has been halted since Friday, "
            "and the reserve bank has frozen the funds of two brokers in Kudat.")
    assert _codes(text).count("SANCTION") == 2


# -- accusations ---------------------------------------------------------------------------------------
def test_another_sides_officers_beating_detainees_is_an_accusation():
    got = _codes("Nairobi's foreign ministry says Ugandan guards beat two of the prisoners in Busia.")
    assert "ACCUSE" in got and "ASSAULT" in got
    assert "ACCUSE" in _codes("An aid group said four porters were beaten with sticks at the ferry.")
    assert "ACCUSE" in _codes("RADIO ONE: Accra's Ministry of the Interior says Togolese officers beat three traders at the border post.")


def test_a_report_of_an_attack_is_no_accusation():
    assert "ACCUSE" not in _codes("Police said gunmen killed three villagers near the ford.")
    assert "ACCUSE" not in _codes("The air force bombed a school near the river, killing six, volunteers of a relief charity reported.")
    assert "ACCUSE" not in _codes("Army spokesmen said their men beat back a raid by insurgents on a hamlet.")


# -- approvals -----------------------------------------------------------------------------------------
def test_an_office_approving_a_contract_agrees_with_no_one():
    assert "AGREE" not in _codes("He is jailed over a bridge tender which auditors approved in 2021.")
    assert "AGREE" in _codes("Parliament approved the peace deal on Friday.")
