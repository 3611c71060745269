"""Issue 13, eighteenth round of event coding: kinds of false codes and misses on PLOVER-style
news, situation reports and commentary (heldout12 read by kind; every sentence here is our own,
none taken from a test set or an ACLED note).
- a report's section headed 'Response' is no reader-comment thread, and a heading in capitals
  ('COORDINATION') tells no happening;
- a quoted label on another's charge denies it ('called the allegations "baseless"': REJECT), praise
  told outright is support ('called the vote "a victory"'), and a label a naming verb gives ('calling
  this an invasion') tells no happening;
- the content of a charge or a suspicion ('charged with financing ...', 'accused the army of
  opening fire', the parse hanging 'of' on the accused) is alleged, not told as done;
- a happening named again as the subject of 'followed', or as the label in 'about what it termed the raid';
- a note of protest handed at a summons is the summons' complaint, no consultation;
- a share of an appeal funded, a source asking to stay unnamed, leaving a prison, a sum suspended
  'in development cooperation': no aid, request, walkout or cooperation;
- a blockade noun is typed by who keeps it ('the group has maintained a blockade': COERCE);
- 'have yet to' negates; trade and transit halted are sanctions; troops flown back withdraw;
- allies named beside the acting side ('X, backed by Y, retook ...') are no support event; 'retook' is
  read as 'retake'."""
from __future__ import annotations


from event_support import coders

PUBLISHED = "2026-05-06"

_codes, _all = coders(PUBLISHED)


# -- headings of a situation report ---------------------------------------------------------------
def test_a_response_section_of_a_situation_report_is_read():
    text = ("FLOODS IN THE LOWER VALLEY - Update No. 2\n"
            "1. Heavy rains flooded 40 villages in the lower valley on 2 May.\n"
            "RESPONSE\n"
            "2. The Red Cross distributed food parcels to 3,000 families in Kebbe on 3 May.\n"
            "3. Army engineers deployed to the river town on 4 May.\n")
    got = _codes(text)
    assert "AID" in got and "MOBILIZE" in got


def test_a_heading_in_capitals_tells_no_happening():
    text = ("FLOODS IN THE LOWER VALLEY - Update No. 2\n"
            "1. Heavy rains flooded 40 villages in the lower valley on 2 May.\n"
            "COORDINATION\n"
            "2. The relief coordinator met the regional governor in Kebbe on 3 May.\n")
    got = _codes(text)
    assert "COOPERATE" not in got and "CONSULT" in got


# -- quoted labels and names given -------------------------------------------------------------------
def test_a_label_on_the_allegations_rejects_them():
    got = _all('The interior ministry called the allegations "completely baseless" on Tuesday.')
    assert ("REJECT", "asserted") in got and not any(code == "ACCUSE" for code, _ in got)


def test_a_label_on_a_measure_still_accuses():
    assert "ACCUSE" in _codes('The opposition leader called the curfew "a collective punishment".')


def test_praise_told_outright_is_support():
    got = _codes('Ghana\'s foreign minister called the vote "a victory for the people of the region".')
    assert "SUPPORT" in got and "ACCUSE" not in got


def test_praise_in_a_participle_is_no_support():
    got = _codes('The envoy said the two sides were talking again, calling it "a hopeful sign".')
    assert "SUPPORT" not in got


def test_calling_something_an_invasion_tells_no_invasion():
    assert "ASSAULT" not in _codes("Several bloggers have been calling it an invasion by stealth. They are wrong.")


# -- what a charge or an accusation alleges --------------------------------------------------------
def test_the_content_of_a_charge_is_alleged():
    got = _codes("Two charity volunteers were charged on Monday with funding banned rallies.")
    assert "AID" not in got


def test_the_content_of_an_accusation_with_of_on_the_accused():
    got = _all("Officials in the district accused the border guards of opening fire first.")
    assert ("ACCUSE", "asserted") in got
    assert all(f == "hypothetical" for code, f in got if code == "ASSAULT")


# -- a happening named again -----------------------------------------------------------------------
def test_the_shelling_that_followed_is_the_one_told():
    text = ("Howitzers shelled three hamlets in the valley on Sunday and four people died. "
            "The shelling followed a shoot-out among customs officers near a pumping station on Saturday.")
    got = _codes(text)
    assert got.count("ASSAULT") == 2       # the shelling and the clash, not the shelling twice


def test_a_protest_note_about_what_it_termed_the_shelling():
    text = ("Howitzers shelled three hamlets in the valley on Sunday. Ostria's foreign office summoned Norland's "
            "envoy and gave him a formal note of protest, about what it termed the shelling of Ostrian farms.")
    got = _codes(text)
    assert got.count("ASSAULT") == 1 and "ACCUSE" in got and "CONSULT" not in got


# -- no act of aid, request, walkout or cooperation ---------------------------------------------------
def test_a_share_of_an_appeal_funded_is_no_aid():
    assert "AID" not in _codes("The regional drought appeal is only 23 per cent funded, the agency said.")


def test_a_donor_funding_a_clinic_is_still_aid():
    assert "AID" in _codes("Japan funded a new maternity clinic in the district last year.")


def test_a_source_asking_to_stay_unnamed_is_no_request():
    text = "A bus driver, who asked that he not be named in print, said the militia had gone."
    assert "REQUEST" not in _codes(text)


def test_freed_men_walking_out_of_prison_is_no_walkout():
    assert "PROTEST" not in _codes("After the amnesty the three editors walked out of jail to applause.")


def test_deputies_walking_out_of_parliament_still_protest():
    assert "PROTEST" in _codes("Minority lawmakers walked out of the assembly during the budget vote.")


def test_a_sum_suspended_in_development_cooperation_is_a_sanction():
    text = ("Last week Norway suspended roughly 90 million dollars in development cooperation routed via the "
            "finance ministry, among it help for the prisons.")
    got = _codes(text)
    assert "SANCTION" in got and "COOPERATE" not in got


# -- who keeps a blockade ----------------------------------------------------------------------------
def test_an_armed_group_keeping_a_blockade_coerces():
    got = _codes("The insurgent group has kept up its blockade of the market town for six weeks.")
    assert "COERCE" in got and "PROTEST" not in got


def test_farmers_setting_up_a_blockade_protest():
    assert "PROTEST" in _codes("Dairy farmers set up a blockade at the motorway junction.")


# -- factuality, sanctions and withdrawals -------------------------------------------------------------
def test_have_yet_to_meet_is_negated():
    got = _all("The rival ministries have yet to meet over grazing rights in the hills.")
    assert got and all(f == "negated" for code, f in got if code == "CONSULT")


def test_halted_imports_and_suspended_transit_are_sanctions():
    text = ("Ostria halted imports of timber from Norland on Monday. On Tuesday Norland hit back, suspending "
            "transit for Ostrian freight trains.")
    assert _codes(text).count("SANCTION") == 2


def test_a_transfer_frozen_is_a_sanction():
    assert "SANCTION" in _codes("The treasury froze a 9 million dollar transfer owed to the province.")


def test_troops_flown_back_withdraw():
    got = _codes("The paratroopers were flown back to their base on Thursday.")
    assert "RETREAT" in got and "MOBILIZE" not in got


# -- relief told by its means, checkpoints by who sets them ------------------------------------------
def test_relief_told_by_its_means():
    assert "AID" in _codes("Kazakhstan sent six trucks of quilts and tents to the flooded province.")
    assert "AID" in _codes("Qatar flew a transport plane carrying blankets and medicine into the port city.")
    assert "AID" in _codes("A church charity set up a soup kitchen beside the bus station.")
    assert "AID" in _codes("Brussels released 8 million euros in relief funding for the drought-hit north.")


def test_a_checkpoint_set_up_is_typed_by_who_sets_it():
    assert "COERCE" in _codes("A local militia set up a checkpoint outside the mill, taking a fee from each cart.")
    got = _codes("Angry teenagers set up roadblocks with burning tyres near the docks.")
    assert "PROTEST" in got and "COERCE" not in got


# -- expulsions ------------------------------------------------------------------------------------
def test_persona_non_grata_is_a_sanction_and_its_term_no_retreat():
    got = _codes("Norland's foreign office declared Ostria's military attaché persona non grata and gave him two "
                 "days to depart.")
    assert "SANCTION" in got and "RETREAT" not in got


# -- warnings set on a condition -------------------------------------------------------------------
def test_a_warning_that_a_grant_may_be_reconsidered_if_is_a_threat():
    text = ('The treasury secretary warned that the province\'s road budget "may have to be revisited" if its '
            'governor went on ignoring the courts.')
    assert "THREATEN" in _codes(text)


def test_a_party_weighing_its_options_if_is_a_threat():
    text = ('A foreign office spokeswoman warned that London was "looking at every lever" if the two sailors '
            'were not released.')
    assert "THREATEN" in _codes(text)


def test_a_warning_of_a_past_act_is_no_threat():
    assert "THREATEN" not in _codes("The governor warned that the floods had cut off three districts.")


# -- allies named with the acting side; prefixed irregular verbs -----------------------------------------
def test_allies_named_with_the_acting_side_are_no_support_event():
    got = _codes("The army, backed by allied militia, retook the garrison town on Friday.")
    assert "SUPPORT" not in got and "ASSAULT" in got


def test_backing_told_as_an_act_stays_support():
    assert "SUPPORT" in _codes("The minister backed the reform plan on Monday.")


def test_retaken_is_read_as_retake():
    assert "ASSAULT" in _codes("The hill fort was retaken by loyalist fighters on Sunday.")
