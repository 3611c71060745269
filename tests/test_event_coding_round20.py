"""Issue 13, twentieth round of event coding: kinds of false codes and misses on a police media
release, a court report, a radio bulletin, a monthly monitor digest and an election observers'
statement (heldout14 read by kind; every sentence here is our own, none taken from a test set or an
ACLED note).
- a report the text calls untrue, or a claim it finds no proof of, did not happen as told;
- an event noun that is 'expected to open' or 'set to start' is still to come;
- 'the accused' (a participle standing as a noun) names the defendants, not an accusation;
- a phone network cut or the internet slowed is restriction (COERCE); fees suspended are a
  concession; funds approved in a currency are aid; people sheltered by an agency are relief;
  candidates struck off a ballot are sanctioned; people bundled into a police truck are seized;
  a square cleared by police is a dispersal; gendarmerie units sent are forces;
- 'six were released' after a semicolon, and convicts 'who were released', are people freed;
- the injured flown out by a charity are relief; monitors deployed are no forces;
- a march 'to ask for' pay makes its demand; a complaint 'for theft' accuses, it tells no theft;
- 'denied that ..., and accused X' is the denier's own accusation;
- a square cleared and people held are two acts (a dispersal and its arrests stay one operation);
  captives set free by commandos are rescued, not released; people freed, named by a kidnapping
  told before, tell no second kidnapping;
- what a party 'has always opposed' is a standing position, no one act;
- a warning to anyone seen armed is a threat even where the parse takes the participle for the
  verb; a list of measures is several acts; a party that wants someone sacked demands it."""
from __future__ import annotations


from event_support import coders

PUBLISHED = "2026-05-06"

_codes, _all = coders(PUBLISHED)


# -- claims set aside, events to come -----------------------------------------------------------------
def test_rumours_called_untrue_did_not_happen():
    got = _all("Reports that militiamen burned a market in Ketu overnight were untrue.")
    assert ("ASSAULT", "denied") in got and not any(code == "ASSAULT" and f in ("asserted", "reported") for code, f in got)


def test_claims_with_no_proof_did_not_happen():
    got = _all("The inspectors saw no proof of claims that troops had shot a driver at the toll gate.")
    assert not any(code == "ASSAULT" and f in ("asserted", "reported") for code, f in got)
    assert "ASSAULT" in _codes("Drivers said troops had shot a driver at the toll gate.")


def test_a_conference_expected_to_open_is_to_come():
    got = _all("The peace conference of the herder associations is expected to open in May.")
    assert not any(f in ("asserted", "reported") for _, f in got)
    got = _all("Compensation talks between the fishing villages are set to start in July.")
    assert ("CONSULT", "planned") in got and not any(f in ("asserted", "reported") for _, f in got)
    assert "CONSULT" in _codes("Compensation talks between the fishing villages began in Tema on Monday.")


# -- names, not acts ----------------------------------------------------------------------------------
def test_the_accused_are_people():
    assert "ACCUSE" not in _codes("The bar council said the families of the accused had waited a year for a date.")
    assert "ACCUSE" not in _codes("A lawyer for the accused asked for more time.")
    assert "ACCUSE" in _codes("The minister accused the rebels of arson on Monday.")


def test_a_complaint_for_theft_accuses():
    got = _codes("The widow lodged a complaint for theft against two customs officers on Friday.")
    assert "ACCUSE" in got


def test_a_denial_then_an_accusation_after_a_comma():
    got = _all("The militia leader denied that his men were involved, and accused the navy of sinking the boats.")
    assert ("ACCUSE", "asserted") in got and ("REJECT", "asserted") in got


# -- restriction, concessions, aid, sanctions ---------------------------------------------------------
def test_a_network_cut_or_slowed_is_restriction():
    assert "COERCE" in _codes("The junta cut the phone network in the two northern districts on Sunday.")
    assert "COERCE" in _codes("Broadband was slowed in the capital during the count.")


def test_fees_suspended_are_a_concession():
    assert "CONCEDE" in _codes("The port authority has suspended the new docking fees until June.")


def test_funds_approved_in_a_currency_are_aid():
    got = _codes("The lender approved another 45 million dollars for the drought-hit farms.")
    assert "AID" in got and "AGREE" not in got


def test_people_sheltered_by_an_agency_are_relief():
    assert "AID" in _codes("The agency says it is housing and sheltering 600 flood victims at two schools.")
    assert "AID" not in _codes("Families from the valley are sheltering with kin in town.")
    assert "AID" not in _codes("Shells hit a church sheltering the homeless on Sunday.")


def test_candidates_struck_off_a_ballot_are_sanctioned():
    got = _codes("The electoral board struck four mayoral candidates off the ballot for forged signatures.")
    assert "SANCTION" in got and "ASSAULT" not in got
    assert "ASSAULT" in _codes("Rebels struck a convoy near the town on Monday.")


def test_bundled_into_a_police_truck_is_seized():
    got = _codes("Three organisers were pushed into a police truck outside the stadium.")
    assert "COERCE" in got and "ASSAULT" not in got


def test_a_square_cleared_by_police_is_a_dispersal():
    assert "COERCE" in _codes("Riot police cleared the square with batons shortly after dawn.")
    assert "COERCE" not in _codes("Farmers cleared the track of fallen trees.")


def test_gendarmerie_units_sent_are_forces():
    assert "MOBILIZE" in _codes("Paris sent three gendarmerie squadrons and a gendarmerie company to the island.")
    assert "MOBILIZE" not in _codes("The ministry sent the company a letter.")


# -- releases -----------------------------------------------------------------------------------------
def test_a_bare_count_released_after_a_semicolon():
    got = _codes("Customs officers detained nine porters at the quay; six were released on Friday.")
    assert "COERCE" in got and "RETREAT" in got


def test_convicts_who_were_released():
    assert "RETREAT" in _codes("The appeal judges cleared eleven convicts, who were released from Kamiti within the hour.")


def test_pupils_released():
    assert "RETREAT" in _codes("Gunmen released four pupils on Monday.")


def test_captives_freed_by_commandos_are_rescued():
    got = _codes("Navy commandos freed two captives from a camp in the delta, killing three kidnappers.")
    assert "ASSAULT" in got and "RETREAT" not in got and "CONCEDE" not in got
    assert "RETREAT" in _codes("The kidnappers freed two captives on Sunday.")


def test_people_freed_named_by_a_kidnapping_told_before():
    text = ("On 3 May gunmen kidnapped seven nurses from a clinic in Omo. "
            "On 20 May the gunmen released three nurses kidnapped in Omo in early May.")
    got = _codes(text)
    assert got.count("ASSAULT") + got.count("COERCE") == 1 and "RETREAT" in got


# -- relief and deployments ---------------------------------------------------------------------------
def test_the_injured_flown_out_by_a_charity_are_relief():
    got = _codes("The charity says it evacuated four of the injured by helicopter to its clinic in Gulu.")
    assert "AID" in got and "RETREAT" not in got


def test_monitors_deployed_are_no_forces():
    assert "MOBILIZE" not in _codes("The bloc deployed 60 monitors across the southern districts.")
    assert "MOBILIZE" in _codes("The UN deployed 300 peacekeepers and 20 monitors to the border.")


# -- protests and their demands, dispersals and arrests -----------------------------------------------
def test_a_march_to_ask_for_pay_makes_its_demand():
    got = _all("Some 400 dockers marched to the port office to ask for back pay.")
    assert ("PROTEST", "asserted") in got and ("REQUEST", "asserted") in got


def test_a_square_cleared_and_people_held_are_two_acts():
    got = _codes("Traders occupied the market square on Monday; riot police cleared the square with batons at dusk, "
                 "hurting five traders, and detained six.")
    assert got.count("COERCE") == 2 and "ASSAULT" not in got


def test_a_dispersal_and_arrests_stay_one_operation():
    # the read gold sets split a dispersal and its arrests both ways; the operation rule is kept
    got = _codes("Students rallied at the gate until gendarmes dispersed the rally with batons and arrested four of them.")
    assert got.count("COERCE") == 1


# -- standing positions -------------------------------------------------------------------------------
def test_always_opposed_is_a_standing_position():
    got = _all("The league has always condemned raids on villages.")
    assert not any(code == "ACCUSE" and f in ("asserted", "reported") for code, f in got)
    assert "ACCUSE" in _codes("The league condemned the raid on the village on Monday.")


# -- warnings, lists and second parties ---------------------------------------------------------------
def test_a_warning_to_anyone_seen_armed_is_a_threat():
    got = _all("On Friday the district chief warned that any herder seen with a rifle near the wells after May "
               "would be detained at once.")
    assert ("THREATEN", "asserted") in got
    assert "THREATEN" not in _codes("The ministry warned that exports found to be falling could shrink further.")


def test_a_list_of_measures_is_several_acts():
    got = _codes("Last year the junta cut the phone network in the north for a week, imposed a dusk curfew on "
                 "Gao and flew in two army battalions from the capital.")
    assert got.count("COERCE") == 2 and "MOBILIZE" in got


def test_a_ban_by_another_party_after_a_dispersal():
    got = _codes("On 2 June riot police dispersed a union march in the port with batons, and two days later the "
                 "prefect banned all marches for a week.")
    assert got.count("COERCE") == 2
    assert _codes("Police raided the offices and seized computers.").count("COERCE") == 1


# -- descriptions, labels, gaps and topics --------------------------------------------------------------
def test_a_union_that_sent_a_monitor_met_no_one():
    assert "CONSULT" not in _codes("The union, which sent a monitor to each session, said the vote was fair.")
    assert "CONSULT" in _codes("The government sent an envoy to the capital on Monday.")


def test_a_coachs_label_blames_no_one():
    assert "ACCUSE" not in _codes('The visitors won the derby two-one. The coach labelled the match "a war we had to win".')
    assert "ACCUSE" in _codes('The minister called the raid "a cowardly act".')


def test_a_gap_in_what_resumed_is_no_truce():
    got = _codes("The charity reopened its clinic in the camp after a two-week halt.")
    assert "RETREAT" not in got


def test_the_offence_a_court_judged_is_not_told_again():
    got = _codes("A tribunal in Gao jailed nine men on Tuesday over the unrest that hit the market in March.")
    assert "PROTEST" not in got and "COERCE" in got


def test_the_topic_of_a_report_is_not_told_again():
    got = _codes("A blogger who wrote about the port arrests was himself detained in Tema on 2 June.")
    assert got.count("COERCE") == 1


# -- demands, redeployments, designations -------------------------------------------------------------
def test_wanting_someone_sacked_is_a_demand():
    assert "REQUEST" in _codes("The families want the killers arrested.")
    assert "REQUEST" not in _codes("The unions want talks with the government.")


def test_troops_redeployed_are_moved():
    assert "MOBILIZE" in _codes("Some 500 marines redeployed from the islands to the northern port on Friday.")


def test_financiers_designated_are_sanctioned():
    assert "SANCTION" in _codes("The Treasury on Monday designated three money changers and a financier of the militia.")
    assert "SANCTION" not in _codes("The president designated a new envoy.")
