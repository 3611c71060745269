"""Issue 13, twenty-first round of event coding: kinds of false codes and misses on a weekly crime
round-up, a committee hearing summary, a humanitarian flash update, an analyst's blog and a wire
story with a correction (heldout15 read by kind; every sentence here is our own, none taken from a
test set or an ACLED note).
- a crowd beating, stabbing or lynching one person commits an assault (the scheme of
  tests/events/gold_builder.py), a crowd fighting police or burning shops stays a riot;
- people handed back to another state's coastguard, or suspects handed over by a state's
  authorities with no receiver named, are transferred (COOPERATE); captives handed over by rebels
  are released (CONCEDE);
- protesters clearing their own barricades concede; police clearing them disperse;
- an agency deploying mobile clinics or teams for survivors gives relief, not forces;
- members of a trade's union blocking a road protest;
- 'he conceded' after what he admits is a verb of saying, no concession;
- a participle of description that the parse takes for the verb ('a herder ... accused of theft was
  stoned') accuses no one;
- a committee that 'resolved to' act, a meeting 'next week', 'sending soldiers is necessary' tell
  nothing that happened;
- patrols ordered doubled are a deployment, not a request;
- an attack named again after 'responded to' tells no second attack;
- the wounded, or 'N of whom' after people were hurt, evacuated by others are relief;
- vocabulary: people caught (not 'caught in the crossfire'), officers interdicted, condolences
  expressed, tourist travel suspended, Section 144 imposed, shelter given, traders extorted."""
from __future__ import annotations


from event_support import coders

PUBLISHED = "2026-05-06"

_codes, _all = coders(PUBLISHED)


# -- crowds: one person beaten is an assault, a fight with police a riot -----------------------------
def test_a_crowd_beating_one_person_is_an_assault():
    got = _codes("A pickpocket was beaten by a mob of traders at the bus depot on Monday.")
    assert "ASSAULT" in got and "PROTEST" not in got
    got = _codes("A mob in Kasese beat a farmer suspected of theft to death on Friday.")
    assert "ASSAULT" in got and "PROTEST" not in got


def test_a_crowd_fighting_police_stays_a_riot():
    got = _codes("A mob of youths beat two policemen and torched a car.")
    assert "PROTEST" in got and "ASSAULT" not in got


# -- people handed over ---------------------------------------------------------------------------------
def test_people_handed_back_to_a_coastguard_are_transferred():
    got = _codes("The border police handed back to the Kenyan coastguard nine fishermen who had strayed into its waters.")
    assert "COOPERATE" in got and "CONCEDE" not in got and "RETREAT" not in got


def test_suspects_handed_over_by_authorities_are_transferred():
    got = _codes("The Tanzanian authorities handed over six suspects wanted for cattle theft.")
    assert "COOPERATE" in got and "CONCEDE" not in got
    got = _codes("The rebels handed over six hostages on Sunday.")
    assert "CONCEDE" in got and "COOPERATE" not in got


# -- who clears a barricade, who is deployed, who blocks --------------------------------------------------
def test_protesters_clearing_their_barricades_concede():
    got = _codes("Villagers cleared the barricades on Friday after the minister arrived.")
    assert "CONCEDE" in got and "COERCE" not in got
    assert "COERCE" in _codes("Riot police cleared the barricades on Friday.")


def test_relief_teams_deployed_are_aid():
    got = _codes("The medical charity deployed three mobile clinics to the camps.")
    assert "AID" in got and "MOBILIZE" not in got
    got = _codes("The agency deployed two teams for survivors of the landslide.")
    assert "AID" in got and "MOBILIZE" not in got
    got = _codes("The army deployed two teams of commandos to the border.")
    assert "MOBILIZE" in got and "AID" not in got


def test_members_of_a_trade_union_blocking_a_road_protest():
    got = _codes("Members of the regional taxi drivers' association blocked the bridge.")
    assert "PROTEST" in got and "COERCE" not in got


# -- words that tell no act ---------------------------------------------------------------------------------
def test_conceded_as_a_verb_of_saying():
    assert "CONCEDE" not in _codes("No ballots had been counted by noon, the official conceded.")
    assert "CONCEDE" in _codes("The candidate conceded defeat on Sunday.")


def test_a_descriptive_participle_read_as_the_verb():
    got = _codes("On Friday, a herder from Kotido accused of being a cattle thief was stoned by youths at the well.")
    assert "ACCUSE" not in got
    assert "ACCUSE" in _codes("The minister accused the rebels of arson and was booed by the crowd.")


def test_resolved_to_act_is_planned():
    got = _all("The council resolved to meet the governor in May.")
    assert not any(code == "CONSULT" and f in ("asserted", "reported") for code, f in got)


def test_a_meeting_next_week_is_to_come():
    got = _all("The ministry ordered both unions to a meeting in Kisumu next week.")
    assert ("CONSULT", "planned") in got and not any(code == "CONSULT" and f in ("asserted", "reported") for code, f in got)
    assert "CONSULT" in _codes("The unions held a meeting in Kisumu last week.")


def test_a_kind_of_act_judged_is_no_act():
    assert "MOBILIZE" not in _codes('"Deploying troops is not enough," the analyst said.')


def test_patrols_ordered_doubled_are_a_deployment():
    got = _codes("The commissioner said she had ordered night patrols in the township to be doubled.")
    assert "MOBILIZE" in got and "REQUEST" not in got


def test_an_attack_named_after_responded_to_is_told_once():
    got = _codes("Gunmen attacked the market in Oyam on Monday. The minister said officers had responded "
                 "within minutes to the Oyam attack.")
    assert got.count("ASSAULT") == 1


def test_the_wounded_evacuated_are_relief():
    got = _codes("Eleven herders were wounded, four of whom were evacuated by road to Moroto.")
    assert "AID" in got and "RETREAT" not in got
    got = _codes("The wounded were evacuated by road.")
    assert "AID" in got and "RETREAT" not in got


# -- vocabulary -------------------------------------------------------------------------------------------------
def test_people_caught_are_arrested():
    assert "COERCE" in _codes("Guards caught two men with stolen fuel near the depot.")
    assert "COERCE" in _codes("Park rangers caught two poachers with ivory in a truck near the gate.")
    assert "COERCE" not in _codes("Two civilians were caught in the crossfire.")
    assert "COERCE" not in _codes("The warehouse caught fire on Sunday.")


def test_restrictions_sanctions_support_and_relief_words():
    assert "SANCTION" in _codes("Three constables were interdicted on Monday after a prisoner escaped.")
    assert "SUPPORT" in _codes("The embassy expressed condolences to the families.")
    assert "COERCE" in _codes("The district suspended all tourist travel to the islands on Monday.")
    assert "COERCE" in _codes("The magistrate imposed Section 144 in the town on Friday.")
    assert "AID" in _codes("The parish gave the families shelter and food.")
    assert "COERCE" in _codes("A gang has been extorting traders at the market for months.")


# -- more of the same kinds -------------------------------------------------------------------------------------
def test_a_protest_note_handed_over_is_the_summons_not_talks():
    got = _codes("Ruritania's diplomats summoned our envoy on Monday and handed him a stiff protest note.")
    assert "CONSULT" not in got


def test_what_an_ultimatum_demands_has_not_happened():
    got = _all("The governor issued a seven-day ultimatum to owners of unlicensed guns in the county to surrender their weapons or be arrested.")
    assert ("THREATEN", "asserted") in got
    assert not any(code == "RETREAT" and f in ("asserted", "reported") for code, f in got)


def test_bodies_of_people_told_before_tell_no_new_killing():
    got = _codes("Gunmen kidnapped four traders in Kaduna on Friday. Soldiers found their bodies in a forest on Sunday.")
    assert got.count("ASSAULT") == 1
    assert "ASSAULT" in _codes("The bodies of three fishermen were found on the shore with gunshot wounds.")


def test_the_topic_of_a_silence_is_no_happening():
    got = _codes("The opposition walked out in protest at the ministry's silence on the evictions in the capital.")
    assert "COERCE" not in got and "PROTEST" in got


def test_a_participle_after_a_reported_clause_is_the_speakers_act():
    got = _all("The minister told reporters there could be no pardon for the plotters, rejecting a plea the bishops made on Friday.")
    assert any(code == "REJECT" and f in ("asserted", "reported") for code, f in got)


def test_livestock_returned_and_convoys_escorted():
    assert "CONCEDE" in _codes("The Turkana elders returned 80 goats to their owners in Lokori on Monday.")
    assert "COOPERATE" in _codes("Peacekeepers escorted a food convoy to Bentiu on Friday.")
    assert "COOPERATE" not in _codes("Police escorted the suspect to court.")


def test_an_ultimatum_issued_is_told_once():
    got = _codes("He said the county government had issued a 21-day ultimatum to owners of stolen rifles in Pokot North to hand them in.")
    assert got.count("THREATEN") == 1 and "REQUEST" not in got


def test_removed_from_a_register_is_a_sanction():
    assert "SANCTION" in _codes("The ministry removed 40 exporters from the national coffee registry on Friday.")
    assert "SANCTION" not in _codes("Workers removed debris from the road.")


def test_a_summons_of_an_official_is_a_demand():
    assert "REQUEST" in _codes("The chair recalled that the committee had summoned the minister after members walked out.")
    got = _codes("The ministry summoned the Ruritanian ambassador on Monday.")
    assert "ACCUSE" in got and "REQUEST" not in got
    got = _codes("Ruritania answered in kind. On May 3 its interior minister summoned Freedonia's ambassador, and the army "
                 "sent two gunboats to the lake.")
    assert "ACCUSE" in got and "REQUEST" not in got
