"""Issue 13, twenty-third round of event coding: kinds of false codes and misses on a joint communique with its
reactions, a newspaper explainer, a parliamentary record of oral questions, an NGO press release and a reporter's
thread (heldout17 read by kind; every sentence here is our own, none taken from a test set or an ACLED note).
- the items a line ending in a colon lists under a verb of asking ('urges the government to:') are asked for, under
  a verb of agreeing ('The two sides agreed:') planned: neither happened;
- 'nobody was hurt, and nine men were detained': the 'nobody' of one clause does not negate the next;
- 'Is the Secretary aware that farmers blocked the highway?': a factive question takes its 'that' clause as known;
- a 'war on crime' is a figure of policy; 'recognises the hardship' supports no one; 'the settlement of X' is a
  place; 'I ask the Secretary to state ...' puts a question; 'I withdraw it' and 'withdraw the remark' pull back no
  force;
- what a post or a clip 'claims' is no happening told;
- 'said it supported the efforts', 'proclaimed a state of emergency', 'paid for repairs ... and for care of the
  wounded', the skipper and crew released, concern expressed at an arrest, villagers taken away, a federation's
  members blocking a highway: acts found."""
from __future__ import annotations

from event_support import coded_as_happened, coders

PUBLISHED = "2026-05-06"

_codes, _all = coders(PUBLISHED)


# -- items listed under a lead-in line -------------------------------------------------------------------
def test_items_asked_for_under_a_lead_in_did_not_happen():
    text = ("The rights group urges the provincial government to:\n"
            "- free the nine students held in Mbale;\n"
            "- suspend the commander of the unit pending an inquiry;\n"
            "- lift the curfew on the market town.")
    got = _all(text)
    for code in ("RETREAT", "COERCE", "CONCEDE"):
        assert not coded_as_happened(got, code)


def test_items_agreed_under_a_numbered_lead_in_are_plans():
    text = ("4. The two ministers agreed:\n"
            "(a) to hold joint naval patrols in the gulf from March;\n"
            "(b) to withdraw their border units by June.\n"
            "5. Police detained two smugglers at the port on Monday.")
    got = _all(text)
    assert ("COOPERATE", "planned") in got and not coded_as_happened(got, "COOPERATE")
    assert not coded_as_happened(got, "RETREAT")
    assert "COERCE" in _codes(text)          # the next numbered paragraph is no item of the lead-in


def test_a_list_under_a_plain_lead_in_keeps_its_acts():
    text = ("Events of the week:\n"
            "- police detained four smugglers at the port;\n"
            "- rebels attacked a convoy near the dam.")
    got = _codes(text)
    assert "COERCE" in got and "ASSAULT" in got


# -- negation scope --------------------------------------------------------------------------------------
def test_nobody_hurt_does_not_negate_the_arrests_joined_to_it():
    got = _all("Nobody was injured, and eleven men were detained for looting.")
    assert ("ASSAULT", "negated") in got
    assert coded_as_happened(got, "COERCE")


def test_nobody_detained_is_still_negated():
    assert not coded_as_happened(_all("Nobody was detained after the march."), "COERCE")


# -- factive questions -----------------------------------------------------------------------------------
def test_a_factive_question_tells_its_that_clause():
    got = _codes("Is the Secretary aware that last night villagers blocked the Kisumu road using logs to demand water, "
                 "and that police arrested nine of them?")
    assert "PROTEST" in got and "COERCE" in got


def test_an_open_question_tells_nothing():
    assert _codes("Will the minister say whether police arrested anyone?") == []
    assert _codes("Does the minister know how many soldiers were deployed?") == []


# -- no act of the type ----------------------------------------------------------------------------------
def test_a_war_on_an_abstraction_is_no_assault():
    assert "ASSAULT" not in _codes("The senator keeps fighting a war on inflation with slogans.")
    assert "ASSAULT" in _codes("Rebels fought a battle against the army near the dam.")


def test_recognising_a_hardship_is_no_support():
    assert "SUPPORT" not in _codes("The charity recognises the hardship that drought causes in the east.")


def test_a_settlement_named_by_a_proper_noun_is_a_place():
    got = _codes("Troops searched homes in the settlement of Kibera Ridge and detained three men.")
    assert "AGREE" not in got and "COERCE" in got


def test_a_question_put_in_parliament_is_no_request():
    assert "REQUEST" not in _codes("MR OKAFOR: I ask the Secretary for Defence to state how many recruits deserted last year.")
    assert "REQUEST" in _codes("The governor asked the army to leave the market.")


def test_withdrawing_words_is_no_retreat():
    assert "RETREAT" not in _codes("MINISTER: I withdraw it, Madam Chair.")
    got = _codes("The senator withdrew the remark after the chair intervened.")
    assert "RETREAT" not in got and "CONCEDE" in got


def test_what_a_post_claims_is_not_told():
    got = _all("UNVERIFIED: a post shared widely online claims soldiers shot three students at the gate.")
    assert not coded_as_happened(got, "ASSAULT")
    assert coded_as_happened(_all("The union claims soldiers shot three students at the gate."), "ASSAULT")


# -- vocabulary found ------------------------------------------------------------------------------------
def test_reported_support_of_efforts():
    assert "SUPPORT" in _codes("The Ugandan cabinet said on Monday it supported Kenya's efforts to free the hostages.")


def test_a_state_of_emergency_proclaimed():
    assert "COERCE" in _codes("The governor proclaimed a state of emergency over the whole province on Friday.")


def test_paying_for_repairs_and_care_is_relief():
    assert "AID" in _codes("The council has paid for repairs to the clinic and for the care of the three wounded.")
    assert "AID" not in _codes("The rebels paid for the rifles in cash.")


def test_a_skipper_and_crew_released():
    assert "RETREAT" in _codes("Yesterday the navy released the skipper and six crewmen without charge.")


def test_concern_expressed_at_an_act_is_disapproval():
    assert "ACCUSE" in _codes("The delegation expressed its grave concern at the arrest of its citizens.")


def test_people_taken_away_are_abducted():
    assert "ASSAULT" in _codes("The militia took away twelve villagers from the market on Sunday.")
    assert "ASSAULT" not in _codes("Soldiers took away their phones at the checkpoint.")


def test_the_members_of_a_civic_body_who_block_a_road_protest():
    got = _codes("The Growers Federation accused police of beating residents, and its members blocked the N4 highway "
                 "for six hours.")
    assert "PROTEST" in got and "COERCE" not in got
    assert "COERCE" in _codes("The militia took over the town, and its members blocked the highway.")
