"""Issue 13, twenty-eighth round of event coding: the kinds of type error found in the first run of heldout20
(docs/events.md, "Round 28: heldout20 read"), each fixed as a kind. Every sentence here is our own, none taken from a
test set or an ACLED note.
- noun mentions and frames: an event noun a video or a photo shows, the meeting a summary records, the message in which
  another act is told, a defence against an attack told by the attack: no act of their own;
- sourcing and courtesy: 'the gang's alleged leader' (a hedge), thanks joined to a refusal, the speaker's own question
  ('called the colonel and asked him directly'), a label that is the manner of a request: no event;
- acts told by a construction: a crowd pushed back by police, people taken for questioning, a walkout from a meeting in
  protest, an inspection carried out jointly, harm promised on a condition, a step against a party announced on a
  condition, 'there was nothing to mediate' (a refusal), a telephone call to an officer, permits frozen."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-06-10"

_codes, _all = coders(PUBLISHED)


# -- noun mentions and frames --------------------------------------------------------------------------------------
def test_an_event_noun_a_video_shows_is_no_new_protest():
    got = _codes("Two guards were suspended on Friday for sharing a video of the sit-in with crude captions.")
    assert "PROTEST" not in got and got


def test_a_video_of_a_dated_placed_happening_still_tells_it():
    got = _codes("Farmers marched on the town hall on Monday. A video of the march in Orvik on Monday went round.")
    assert got.count("PROTEST") >= 1


def test_the_meeting_a_summary_records_is_no_consultation():
    assert "CONSULT" not in _codes("Summary of the sitting held on Tuesday, 9 June 2026 (drawn up by the clerks)")


def test_a_meeting_held_in_a_sentence_stays_a_consultation():
    assert "CONSULT" in _codes("The two ministers held a meeting in Vesk on Tuesday about the dam.")


def test_the_message_a_denial_is_made_in_is_no_consultation():
    got = _codes("In a letter sent to reporters on Monday, the militia's spokesman denied any part in the raid.")
    assert "CONSULT" not in got and "REJECT" in got


def test_a_letter_sent_to_a_party_stays_a_contact():
    assert "CONSULT" in _codes("The foreign minister sent a letter to her Ruritanian counterpart on Monday.")


def test_a_defence_against_an_attack_is_told_by_the_attack():
    got = _codes("In 2019 a band of raiders had tried to storm the depot, an attack the guards beat off without losses.")
    assert got.count("ASSAULT") == 1
    assert _codes("Last year raiders tried to storm the depot, an attack that the guards repelled.").count("ASSAULT") == 1


def test_a_defence_that_kills_attackers_stays_told():
    got = _codes("Guards repelled the raiders at the depot on Monday, killing two of them.")
    assert "ASSAULT" in got


# -- sourcing and courtesy -----------------------------------------------------------------------------------------
def test_an_alleged_rank_is_no_accusation():
    got = _codes("The judge freed Tomas Ruell, alias El Gato, the cartel's alleged treasurer, on Monday.")
    assert "ACCUSE" not in got


def test_thanks_joined_to_a_refusal_are_a_courtesy():
    got = _codes("Vesk thanked the envoy and said there was nothing to negotiate.")
    assert "SUPPORT" not in got and "REJECT" in got and "CONSULT" not in got


def test_thanks_for_help_stay_support():
    assert "SUPPORT" in _codes("The governor thanked the Red Cross for its help with the evacuation on Monday.")


def test_no_need_for_talks_is_a_refusal():
    got = _codes("The interior minister said there was no need for talks with the strikers.")
    assert "REJECT" in got and "CONSULT" not in got


def test_the_speakers_own_question_is_no_request():
    got = _codes("I rang the major myself on Sunday night and asked him straight out.")
    assert "REQUEST" not in got


def test_asking_for_something_stays_a_request():
    assert "REQUEST" in _codes("I called the colonel on Sunday and asked him to open the road.")


def test_a_label_that_is_the_manner_of_a_request_is_one_act():
    got = _codes('The prosecutor asked the judges for life terms on Monday, calling the cartel "a cancer in the port".')
    assert "REQUEST" in got and "ACCUSE" not in got


def test_a_verbal_attack_on_an_inquiry_is_no_assault():
    got = _codes('The defence spent a week attacking the police inquiry as "a pile of gossip".')
    assert "ASSAULT" not in got


# -- acts told by a construction -----------------------------------------------------------------------------------
def test_a_crowd_pushed_back_by_police_is_coerced():
    assert "COERCE" in _codes("Riot police pushed the protesters back towards the square with their shields on Friday.")


def test_a_deadline_pushed_back_is_no_coercion():
    assert "COERCE" not in _codes("The electoral board pushed the deadline back to July on Friday.")


def test_people_taken_for_questioning_are_detained():
    assert "COERCE" in _codes("Nine villagers were taken for questioning by the gendarmes on Saturday.")


def test_a_walkout_from_a_meeting_in_protest_is_a_protest():
    got = _codes("The three opposition councillors then walked out of the session in protest.")
    got2 = _codes("The three opposition councillors then left the hearing in protest.")
    assert "PROTEST" in got and "PROTEST" in got2 and "CONSULT" not in got2


def test_leaving_a_meeting_early_is_no_protest():
    assert "PROTEST" not in _codes("The minister left the meeting early to catch a flight.")


def test_an_inspection_carried_out_jointly_is_cooperation():
    got = _codes("Customs and the border police carried out a joint inspection of the warehouse on Thursday.")
    assert "COOPERATE" in got


def test_an_inspection_offered_jointly_stays_an_offer():
    assert "COOPERATE" not in _codes("Ruritania offered a joint inspection of the warehouse on Thursday.")


def test_harm_promised_on_a_condition_is_a_threat():
    got = _all('A clip shows hooded men promising to "burn the harbour" if their leader is extradited.')
    assert coded_as_happened(got, "THREATEN") and not coded_as_happened(got, "ASSAULT")


def test_a_promise_of_help_is_no_threat():
    assert "THREATEN" not in _codes("The mayor promised to rebuild the school if the ministry paid for it.")


def test_a_step_against_a_party_on_a_condition_is_a_threat():
    got = _codes("The deputy said his party would table a motion against the minister if the report was not published.")
    assert "THREATEN" in got


def test_a_step_on_a_condition_against_no_one_is_no_threat():
    assert "THREATEN" not in _codes("The deputy said his party would table a motion on the budget if time allowed.")


def test_a_telephone_call_to_an_officer_is_a_consultation():
    got = _codes("The mayor called the colonel himself on Tuesday night.")
    assert "CONSULT" in got


def test_work_permits_frozen_are_a_sanction():
    assert "SANCTION" in _codes("On Monday the government froze new work permits for Ruritanian labourers.")


def test_a_market_let_open_is_a_concession():
    assert "CONCEDE" in _codes("On Thursday the ministry let the traders reopen their stalls for three days under police guard.")


def test_let_me_is_no_concession():
    assert "CONCEDE" not in _codes("Let me be clear about the fish market and its traders.")


def test_a_passive_under_a_misread_participle_keeps_its_subject():
    got = _codes("The curfew imposed in the district in May was extended for a further month by decree on Monday.")
    assert "COERCE" in got


def test_a_passive_clause_after_an_arrest_is_a_second_act():
    got = _codes("On Monday border agents detained 400 migrants in sweeps of two towns, and most were deported by evening.")
    assert got.count("COERCE") == 2


def test_an_arrest_restated_in_the_passive_stays_one():
    got = _codes("Police detained 40 students on Monday and they were held overnight.")
    assert got.count("COERCE") <= 2


def test_acts_listed_in_a_chain_of_ands_are_each_told():
    got = _codes("On Friday the cabinet closed the northern crossing and suspended the ferry service and froze new visas for "
                 "Ruritanian workers.")
    assert "SANCTION" in got and len(got) >= 2


def test_relief_packs_sent_by_the_truckload_are_aid():
    assert "AID" in _codes("The provincial government sent three trucks of relief packs to the evacuees on Monday.")


def test_patrols_told_in_the_simple_present_are_a_standing_posture():
    got = _codes("Police arrested two smugglers on Monday, and soldiers patrol the river front at night.")
    assert "MOBILIZE" not in got and "COERCE" in got


def test_patrols_begun_stay_a_deployment():
    assert "MOBILIZE" in _codes("Soldiers began to patrol the river front on Monday.")


def test_a_quoted_label_on_arrests_said_by_a_party_is_an_accusation():
    got = _codes('An opposition deputy said the arrests were "a purge of the north" on Monday.')
    assert "ACCUSE" in got


def test_a_quoted_praise_of_talks_is_no_accusation():
    assert "ACCUSE" not in _codes('The minister said the talks were "a useful first step" on Monday.')


def test_a_service_offered_on_the_others_wish_is_an_offer():
    got = _all("If the two clans want to talk, our parish will host them in the school hall.")
    assert coded_as_happened(got, "AGREE") and not coded_as_happened(got, "CONSULT")
    got = _all("The bishop said the diocese would mediate if both sides asked.")
    assert coded_as_happened(got, "AGREE")


def test_a_meeting_hosted_on_a_condition_of_fact_is_no_offer():
    got = _all("If the weather holds, the town will host the summit in May.")
    assert not coded_as_happened(got, "AGREE")


def test_a_letter_delivered_by_an_envoy_is_a_contact_not_only_a_medium():
    # the medium reading (round 28) leaves a delivery alone when the participle names its carrier: an
    # ambassador handing a letter to a minister is a contact between governments (the seed gold codes it)
    got = _codes("The government set out its terms in a letter delivered by its ambassador to the foreign minister of Chile on Friday.")
    assert "CONSULT" in got
    assert "CONSULT" not in _codes("In a message sent to journalists, the group denied any part in the raid.")
