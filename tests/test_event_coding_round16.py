"""Issue 13, sixteenth round of event coding: kinds of false codes and weak types on PLOVER-style
news and commentary (heldout10 read by kind; every sentence here is our own, none taken from a
test set).
- relief told by the goods delivered or handed out is AID;
- arming oneself is mobilising, not arming another (AID);
- an entry ban and a place on a sanctions list are sanctions;
- people freed told by kin words or pronouns ('released his wife', 'all were released') are a release;
- a threat told as 'said it would <force or measure> if / as long as ...', and an ultimatum (not the
  hours an expelled diplomat is given to leave);
- a party allowing another's act is a concession, the act allowed its content;
- people charged with a crime are a legal step against them (COERCE, as the gold sets code it);
  'charged that ...' stays an accusation;
- no CONSULT for a witness who 'spoke by telephone' to the reporter; a brokered truce is the agreement;
- an agreement noun made by an AGREE verb ('the truce signed in Oslo') is no RETREAT beside it;
  nor is 'every truce is a pause' (a definition);
- suspects 'who had fled' are no force retreating;
- student or farmer groups blockading a road protest (an armed group's blockade stays coercion);
- two parties' acts joined in one sentence are two events; a gerund the parse joins to an infinitive
  ('by ordering three attachés to quit the country and recalling its envoy') is as factual as its sister;
- an armed group's raid is an attack (a search by the state's forces stays coercion);
- the speaker of a report is not the actor of a clause whose subject is a weapon, and a killing that
  tells more of an assault by the same people is that assault, not a riot."""
from __future__ import annotations

from claimledger import analyze

from claimledger.contract import HAPPENED
from event_support import codes, happened

PUBLISHED = "2026-05-06"


def _events(text: str):
    return happened(text, PUBLISHED)


def _codes(text: str) -> list[str]:
    return codes(text, PUBLISHED)


def _actor_names(text: str, code: str) -> list:
    a = analyze(text, published=PUBLISHED)
    names = {e.id: e.name for e in a.entities}
    return [names.get(e.actor) for e in a.events if e.code == code and e.factuality in HAPPENED]


def _target_names(text: str, code: str) -> list:
    a = analyze(text, published=PUBLISHED)
    names = {e.id: e.name for e in a.entities}
    return [names.get(e.target) for e in a.events if e.code == code and e.factuality in HAPPENED]


# -- relief told by its goods ------------------------------------------------------------------------
def test_kits_delivered_to_families_are_aid():
    assert "AID" in _codes("The Red Cross delivered hygiene kits to 900 families in Tarvo on Monday.")


def test_the_target_of_goods_delivered_is_who_received_them():
    assert _target_names("The Red Cross delivered hygiene kits to 900 families in Tarvo on Monday.", "AID") == ["families"]


def test_ambulances_delivered_to_a_hospital_are_aid():
    assert "AID" in _codes("Germany delivered twelve ambulances to the regional hospital on Monday.")


def test_distributing_rice_is_aid():
    assert "AID" in _codes("The agency began distributing rice to 4,000 displaced people in Tarvo on Friday.")


def test_food_distributions_resumed_are_aid():
    assert "AID" in _codes("The charity resumed food distributions to flood victims near Tarvo on Friday.")


def test_ballots_delivered_are_no_aid():
    assert "AID" not in _codes("Election officials delivered the ballots to the count centre in Tarvo on Sunday.")


def test_leaflets_distributed_are_no_aid():
    assert "AID" not in _codes("Activists distributed leaflets outside the Tarvo town hall on Sunday.")


# -- arming oneself ---------------------------------------------------------------------------------
def test_villagers_arming_themselves_mobilise():
    codes = _codes("Villagers armed themselves with spears and clubs on Sunday night.")
    assert "MOBILIZE" in codes and "AID" not in codes


def test_arming_a_militia_stays_aid():
    assert "AID" in _codes("The government armed a local militia in the Tarvo hills last year.")


# -- sanctions: entry bans and lists ------------------------------------------------------------------
def test_barring_entry_is_a_sanction():
    assert "SANCTION" in _codes("Norland barred entry to five Ostrian officers on Friday.")


def test_added_to_a_sanctions_list_is_a_sanction():
    assert "SANCTION" in _codes("The EU added two militia leaders to its sanctions list last week.")


def test_the_target_of_a_listing_is_who_was_listed():
    assert _target_names("The EU added two militia leaders to its sanctions list last week.", "SANCTION") == ["militia leaders"]


def test_added_to_a_list_of_people_under_sanctions_is_a_sanction():
    assert "SANCTION" in _codes("The EU added two militia leaders to its list of traffickers under sanctions on Monday.")


def test_added_to_an_agenda_is_no_sanction():
    assert "SANCTION" not in _codes("The council added the border dispute to its agenda on Monday.")


# -- releases told by kin words and pronouns ----------------------------------------------------------
def test_all_released_after_a_detention_is_a_release():
    codes = _codes("Police in Tarvo detained 30 traders on Friday; all were released the next morning.")
    assert "COERCE" in codes and "RETREAT" in codes


def test_a_daughter_released_under_house_arrest_is_a_release():
    assert "RETREAT" in _codes("The court released his daughter under house arrest on Tuesday.")


def test_a_statement_released_is_no_release():
    assert "RETREAT" not in _codes("The ministry released a statement on Tuesday.")


# -- threats told as a conditional 'would', and ultimatums --------------------------------------------
def test_saying_one_would_use_force_if_is_a_threat():
    assert "THREATEN" in _codes('Village guard leaders said they would "burn the offices down" if the council certified the vote.')


def test_saying_one_would_block_talks_as_long_as_is_a_threat():
    assert "THREATEN" in _codes("Norland's trade office said Norland would block Ostria's bid to join the customs union "
                                '"for as long as the embargo lasts".')


def test_an_unconditional_plan_is_no_threat():
    assert "THREATEN" not in _codes("The ministry said Norland would expel two envoys on Friday.")


def test_a_negated_act_on_a_condition_is_no_threat():
    assert "THREATEN" not in _codes("The spokesman said the army would not attack the town if talks resumed.")


def test_hours_given_to_act_are_an_ultimatum():
    assert "THREATEN" in _codes("The union gave the council 48 hours to reinstate the mayor.")


def test_hours_given_to_leave_after_an_expulsion_are_no_ultimatum():
    codes = _codes("Norland expelled two Ostrian attachés and gave them a week to depart.")
    assert "SANCTION" in codes and "THREATEN" not in codes
    codes = _codes("Norland expelled an Ostrian attaché accused of bribery and gave him three days to quit Norland.")
    assert "SANCTION" in codes and "THREATEN" not in codes


# -- permissions --------------------------------------------------------------------------------------
def test_allowing_a_consul_to_visit_is_a_concession_not_a_meeting():
    codes = _codes("Norland allowed a Swiss consul to visit the detained sailor on Friday.")
    assert "CONCEDE" in codes and "CONSULT" not in codes


def test_allowing_a_consular_visit_is_a_concession():
    assert "CONCEDE" in _codes("Ostria allowed a consular visit to the jailed pilot on Tuesday.")


def test_a_law_that_allows_is_no_concession():
    assert "CONCEDE" not in _codes("The law allows police to detain suspects for 48 hours.")


# -- charges ------------------------------------------------------------------------------------------
def test_men_charged_with_a_crime_are_coerced():
    codes = _codes("Prosecutors charged four men with arson in Tarvo on Friday.")
    assert "COERCE" in codes and "ACCUSE" not in codes


def test_charged_that_stays_an_accusation():
    assert "ACCUSE" in _codes("The opposition charged that the count was rigged.")


# -- calls and brokers ------------------------------------------------------------------------------
def test_a_witness_speaking_by_telephone_consults_no_one():
    assert "CONSULT" not in _codes("The witness spoke by telephone from a clinic in Tarvo.")


def test_two_leaders_speaking_by_telephone_consult():
    assert "CONSULT" in _codes("The two leaders spoke by telephone on Friday.")


def test_a_minister_speaking_with_a_counterpart_consults():
    assert "CONSULT" in _codes("The minister spoke by telephone with her Norlander counterpart on Friday.")


def test_a_truce_brokered_by_elders_is_the_agreement():
    codes = _codes("The warring clans signed a truce on Sunday brokered by church leaders.")
    assert "AGREE" in codes and "CONSULT" not in codes


# -- agreement nouns and definitions -------------------------------------------------------------------
def test_a_truce_signed_is_no_retreat_beside_the_signing():
    codes = _codes("The 2019 truce signed in Oslo still holds.")
    assert "AGREE" in codes and "RETREAT" not in codes


def test_a_definition_is_no_pause():
    assert "RETREAT" not in _codes("Every truce here is merely a pause before the next round.")


def test_a_truce_declared_stays_a_retreat():
    assert "RETREAT" in _codes("The rebels declared a truce on Sunday.")


# -- fugitives fleeing --------------------------------------------------------------------------------
def test_suspects_who_fled_are_no_retreat():
    assert "RETREAT" not in _codes("Three suspects who had fled to the hills were arrested by police in Tarvo on Friday.")


def test_rebels_fleeing_a_town_still_retreat():
    assert "RETREAT" in _codes("The rebels fled the town on Sunday as troops advanced.")


# -- raids by armed groups ----------------------------------------------------------------------------
def test_fighters_raiding_villages_attack():
    codes = _codes("Fighters raided three villages near Tarvo on Friday.")
    assert "ASSAULT" in codes and "COERCE" not in codes


def test_police_raiding_a_warehouse_coerce():
    assert "COERCE" in _codes("Police raided a warehouse in Tarvo on Friday.")


# -- the sayer is no actor; one act, not a riot -------------------------------------------------------
def test_the_sayer_is_not_the_actor_of_fire_that_killed():
    assert _actor_names("A women's group said mortar fire killed two children in the market on Friday.", "ASSAULT") == [None]


def test_a_pronoun_for_the_sayer_is_still_the_actor():
    assert _actor_names("The Tarvo Liberation Front said it shelled an army post on Friday.", "ASSAULT") == ["Tarvo Liberation Front"]


def test_a_killing_told_after_an_armed_attack_is_that_assault():
    codes = _codes("Young men from the valley had armed themselves with spears and rifles and raided a market near "
                   "Tarvo, wrecking stalls and killing five traders.")
    assert "ASSAULT" in codes and "PROTEST" not in codes


# -- who blockades ----------------------------------------------------------------------------------
def test_student_groups_blockading_a_road_protest():
    codes = _codes("Student groups blockaded the Tarvo-Osk road for six hours, calling for a teacher's reinstatement.")
    assert "PROTEST" in codes and "COERCE" not in codes


def test_armed_groups_blockading_a_road_coerce():
    assert "COERCE" in _codes("Armed groups blockaded the Tarvo-Osk road on Monday.")


# -- two parties, two acts; a gerund joined to an infinitive -------------------------------------------
def test_an_expulsion_answered_by_an_expulsion_is_two_acts():
    codes = _codes("Norland expelled an Ostrian attaché on Monday, and Ostria replied the same day by "
                   "ordering a Norlander attaché to leave.")
    assert codes.count("SANCTION") == 2


def test_a_recall_joined_to_an_order_to_leave_happened():
    codes = _codes("Ostria retaliated on Friday by ordering three Norlander attachés to quit the country and "
                   "recalling its envoy for talks.")
    assert codes.count("SANCTION") == 2
