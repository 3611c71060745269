"""Issue 13, second round: habitual and generic mentions are no happening (factuality
'generic'), a means is hypothetical, the content of an agreement planned; triggers of wire
wording (aid measured in tonnes or euros, forces put on alert, citizenship stripped, a protest
broken up, accusations traded, a state suspended, homes burned); roles (a force modifying the
event noun, the claimant of an attack, a comment's speaker never the attack's author, a
participle's noun as its subject). One document analysed once; each line tests one behaviour."""
from __future__ import annotations

import pytest

from event_helpers import events_by_line

HEAD = 2        # a title and a blank line: the lines below are numbered from 1 after them
TEXT = "Weekly security briefing\n\n" + "\n".join([
    "Armed groups routinely attack villages along the border, aid agencies say.",                     # 1
    "Each new strike on the bases brings the war closer.",                                            # 2
    "Russian planes deter Israeli strikes in the region.",                                            # 3
    "The only way to win is to destroy the city.",                                                    # 4
    "Gunmen attacked the village on Monday.",                                                         # 5
    "Japan delivered 20 tonnes of relief supplies to flood-hit areas.",                              # 6
    "South Korea put its military on high alert.",                                                    # 7
    "Nicaragua stripped 94 critics of their citizenship.",                                            # 8
    "Police used batons to break up a march by farmers in Punjab.",                                   # 9
    "Pakistani and Indian officials traded accusations over the treaty.",                            # 10
    "The African Union suspended Gabon.",                                                             # 11
    "Haitian gangs burned dozens of homes in Mirebalais.",                                            # 12
    "The Pakistani Taliban claimed responsibility for a suicide bombing that killed 11 police officers in Peshawar.",  # 13
    "The Security Council condemned the bombing of a hospital in El Fasher.",                        # 14
    "Soldiers fired tear gas at students protesting in Kampala.",                                     # 15
    "Congo and Rwanda agreed to a ceasefire in the east.",                                            # 16
    "A police raid on a settlement near Kano left two dead.",                                         # 17
])


@pytest.fixture(scope="module")
def events():
    return {line: [(ev.code, ev.factuality, actor, target) for ev, actor, target in found]
            for line, found in events_by_line(TEXT, published="2026-05-20", head=HEAD).items()}


def _of(events, line, code):
    return [e for e in events.get(line, []) if e[0] == code]


@pytest.mark.parametrize("line", [1, 2, 3])
def test_habitual_and_generic_attacks_are_no_happening(events, line):
    assert _of(events, line, "ASSAULT") and all(f == "generic" for _, f, _, _ in _of(events, line, "ASSAULT"))


def test_a_means_is_hypothetical_and_a_dated_attack_happened(events):
    assert [f for _, f, _, _ in _of(events, 4, "ASSAULT")] == ["hypothetical"]
    assert [f for _, f, _, _ in _of(events, 5, "ASSAULT")] == ["asserted"]


@pytest.mark.parametrize("line, code", [(6, "AID"), (7, "MOBILIZE"), (8, "COERCE"), (9, "COERCE"), (9, "PROTEST"),
                                        (10, "ACCUSE"), (11, "SANCTION"), (12, "ASSAULT")])
def test_wire_wording_triggers(events, line, code):
    assert any(f in ("asserted", "reported") for _, f, _, _ in _of(events, line, code)), events.get(line)


def test_aid_goes_to_its_recipient_not_the_amount(events):
    assert _of(events, 6, "AID")[0][3] and "areas" in _of(events, 6, "AID")[0][3]


def test_the_claimant_is_the_author_and_a_comment_speaker_is_not(events):
    assert "Taliban" in (_of(events, 13, "ASSAULT")[0][2] or "")
    assert all(a is None or "Council" not in a for _, _, a, _ in _of(events, 14, "ASSAULT"))


def test_a_participle_describes_its_noun(events):
    protest = _of(events, 15, "PROTEST")
    assert protest and protest[0][1] == "asserted" and protest[0][2] == "students"


def test_the_content_of_an_agreement_is_planned(events):
    assert [f for _, f, _, _ in _of(events, 16, "RETREAT")] in ([], ["planned"])
    assert _of(events, 16, "AGREE")


def test_a_force_named_on_the_noun_acts_and_the_place_hit_is_no_event(events):
    assert not _of(events, 17, "AGREE")
