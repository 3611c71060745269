"""Issue 13, twenty-seventh round of event coding: the kinds of false alarm found in the first run of heldout19
(docs/events.md, "Round 27: heldout19 read"), each fixed as a kind. Every sentence here is our own, none taken from a
test set or an ACLED note.
- the text's own voice: the writer's or speaker's thanks ('I thank the judge'), a plea told item by item ('We ask
  the governor ... We ask the council ...'): a courtesy, one request;
- a kind description: 'the kind of cooperation this paper has asked for': no act;
- noun mentions: a demonstrative event noun after the paragraph's first sentence ('That handover was done with
  care'), an event noun after 'during' that dates another act ('during Sunday's clashes'), a section heading
  ('Political demonstrations');
- negation: 'not one of the detainees has been charged';
- sourcing: a source who 'spoke to our reporter by telephone' consulted no one;
- a verb of force with no trigger before: soldiers loading people onto a truck (COERCE)."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-06-10"

_codes, _all = coders(PUBLISHED)


def test_the_speakers_own_thanks_are_no_support():
    assert "SUPPORT" not in _codes("I thank the judge. We thank the volunteers who came without pay.")


def test_a_party_that_thanked_another_stays_support():
    assert "SUPPORT" in _codes("The two delegations thanked Norway for its mediation on Monday.")


def test_thanks_quoted_from_a_minister_stay_his():
    got = _all('"We thank Norway for its help," the minister said on Monday.')
    assert ("SUPPORT", "reported") in got


def test_a_plea_told_item_by_item_is_one_request():
    got = _codes("We ask the governor to open the road. We ask the council to publish its accounts. "
                 "And we ask the police to return the seized phones.")
    assert got.count("REQUEST") == 1


def test_a_kind_description_tells_no_act():
    got = _codes("Such patrols are exactly the kind of border cooperation our weekly has long asked for.")
    assert "COOPERATE" not in got and "REQUEST" not in got


def test_a_raid_on_a_kind_of_place_stays_a_raid():
    assert "COERCE" in _codes("Police raided the kind of warehouse that smugglers use on Monday.")


def test_a_demonstrative_mention_names_the_act_told_before():
    got = _codes("The rangers received 40 migrants at the border post on Monday. That handover was done with care.")
    assert "RETREAT" not in got and "CONCEDE" not in got


def test_condemning_that_beating_is_no_second_beating():
    got = _codes("Police beat a reporter in the square on Monday. Her guild condemned that beating a day later.")
    assert got.count("ASSAULT") == 1 and "ACCUSE" in got


def test_a_demonstrative_opening_a_paragraph_still_tells():
    assert "ASSAULT" in _codes("This attack killed five people in Gao on Monday.")


def test_during_the_clashes_dates_another_act():
    got = _codes("The regulator fined a radio station it said had aired insults against judges "
                 "during Sunday's clashes.")
    assert "ASSAULT" not in got and "PROTEST" not in got


def test_a_section_heading_tells_no_happening():
    text = ("Lead\n\nThe capital was calm on Monday.\n\nPolitical demonstrations\n\n"
            "On Sunday about 300 teachers walked to the ministry to protest.")
    got = _codes(text)
    assert got.count("PROTEST") == 1


def test_not_one_of_them_charged_is_negated():
    got = _all("Not one of the detainees has been charged with a crime.")
    assert ("COERCE", "negated") in got and not coded_as_happened(got, "COERCE")


def test_speaking_to_our_reporter_is_no_consultation():
    got = _codes("Two of the miners, who spoke to our reporter by telephone, said the guards had left.")
    assert "CONSULT" not in got


def test_two_ministers_on_the_phone_stay_a_consultation():
    assert "CONSULT" in _codes("Both premiers spoke by phone late on Monday.")


def test_soldiers_loading_people_onto_a_truck_coerce():
    assert "COERCE" in _codes("On Tuesday soldiers loaded two traders onto a lorry bound for the border.")


def test_volunteers_loading_families_onto_buses_do_not():
    assert "COERCE" not in _codes("Volunteers loaded the families onto buses on Tuesday.")


def test_a_crowds_arson_joined_to_its_stones_is_one_riot():
    got = _codes("Late on Friday a section of the crowd threw rocks toward a police cordon and set fire to three cars.")
    assert got.count("PROTEST") == 1 and "ASSAULT" not in got


def test_injuries_told_after_a_riot_are_its_harm():
    got = _codes("Late on Friday a section of the crowd threw rocks toward a police cordon. The ministry said 11 officers "
                 "and 6 protesters were injured.")
    assert got.count("PROTEST") == 1


def test_talk_of_a_walkout_is_no_consultation_and_no_walkout():
    got = _codes("There is talk among ruling-party deputies of a new march on Sunday.")
    assert "CONSULT" not in got and "PROTEST" not in got


def test_talks_held_stay_a_consultation():
    assert "CONSULT" in _codes("The two parties held talks in the capital on Sunday.")


def test_an_appeal_against_a_ruling_is_no_request():
    assert "REQUEST" not in _codes("The station rejects the charge and has appealed.")


def test_an_appeal_to_donors_stays_a_request():
    assert "REQUEST" in _codes("The relief agency appealed to donors on Monday for 30 million dollars.")


def test_suspending_the_deployment_of_workers_is_a_sanction():
    got = _codes("Manila halted and suspended the deployment of nurses to Ostria on 2 May.")
    assert "SANCTION" in got and "MOBILIZE" not in got


def test_a_flight_that_left_is_no_withdrawal():
    got = _codes("On Friday, the Peruvian interior ministry stated that the first of these charter flights had left Lima City for Quito.")
    assert "RETREAT" not in got


def test_goods_handed_back_between_two_states_forces_is_cooperation():
    got = _codes("The border gendarmes handed back to the Kenyan police on Sunday three lorries stolen in Busia in May.")
    assert "COOPERATE" in got and "RETREAT" not in got


def test_a_town_handed_back_stays_a_withdrawal():
    assert "RETREAT" in _codes("The army handed back control of the town to the police on Monday.")


def test_a_warning_that_people_who_do_a_thing_will_be_prosecuted_is_a_threat():
    got = _codes("The district council has warned that traders who block the ring road will be prosecuted.")
    assert "THREATEN" in got


def test_saying_anyone_who_marches_will_be_arrested_is_a_threat():
    got = _codes("The governor said on Monday that anyone who rallies without a licence will be arrested.")
    assert "THREATEN" in got


def test_saying_named_culprits_will_be_arrested_is_no_threat():
    assert "THREATEN" not in _codes("The governor said the men who robbed the depot will be arrested.")


def test_saying_it_supports_a_course_of_action_is_support():
    got = _all("The Norwegian embassy said on Monday it supports an independent inquiry.")
    assert coded_as_happened(got, "SUPPORT")


def test_answering_with_tear_gas_is_force():
    got = _codes("Shortly after dark a few dozen youths threw bottles at the town hall, and the gendarmes answered with tear gas.")
    assert "PROTEST" in got and "COERCE" in got


def test_answering_with_mortar_fire_is_an_assault():
    assert "ASSAULT" in _codes("The rebels retaliated with mortar fire on Monday.")


def test_answering_with_a_letter_is_no_force():
    assert "ASSAULT" not in _codes("The minister responded with a letter on Monday.")


def test_support_told_by_two_joined_verbs_is_one_row():
    got = _codes("The envoys of Chile and Peru said they supported the talks and welcomed the new border accord.")
    assert got.count("SUPPORT") == 1


def test_a_denial_before_a_semicolon_is_no_content_of_the_next_clause():
    got = _all("The interior ministry has denied that herders are moving to the hills instead; the report, and last "
               "week's raid near Gulu, suggest otherwise.")
    assert coded_as_happened(got, "REJECT")


def test_border_police_receiving_people_handed_across_cooperate():
    got = _codes("Last Friday, 3 May, Kenyan border police received 40 Ugandan, Rwandan and Burundian nationals at the "
                 "Malaba border post.")
    assert "COOPERATE" in got


def test_a_clinic_receiving_migrants_is_no_transfer():
    assert "COOPERATE" not in _codes("The clinic received 40 migrants on Friday.")


def test_a_president_receiving_an_envoy_stays_a_meeting():
    got = _codes("The president received the Kenyan ambassador on Friday.")
    assert "CONSULT" in got and "COOPERATE" not in got


def test_belongings_taken_away_are_seized():
    got = _codes("Police took away their banners and megaphones on Sunday.")
    assert "COERCE" in got and "ASSAULT" not in got


def test_people_taken_away_stay_an_abduction():
    assert "ASSAULT" in _codes("Gunmen took away two girls from the village on Sunday.")


def test_officers_sent_to_a_place_are_a_deployment():
    assert "MOBILIZE" in _codes("The ministry sent two officers to the school to investigate.")


def test_nationals_handed_to_their_own_states_police_is_a_transfer():
    got = _codes("Between 3 and 6 May, 120 Kenyan nationals were flown from Juba to Nairobi and handed to Kenyan "
                 "police on arrival.")
    assert "COOPERATE" in got


def test_migrants_handed_on_to_the_coastguard_stay_no_transfer():
    assert "COOPERATE" not in _codes("The migrants were handed on to the coastguard.")
