"""Forecasts: found on the seed and on unseen-style texts, with numbers, owners, conditions."""
from __future__ import annotations

import pytest

from claimledger import analyze
from claimledger.evaluate import evaluate

from pathlib import Path

TEXTS = Path(__file__).resolve().parent / "texts"


def _forecasts(text: str):
    a = analyze(text)
    for f in a.forecasts:
        assert a.document.text[f.start:f.end], "empty forecast span"
        assert a.sentence(f.sentence_id).line == f.line
    return a.forecasts


def test_seed_forecasts_found_and_numbers(seed_scores):
    assert seed_scores["forecasts.found"].recall >= 0.8
    assert seed_scores["forecasts.probability"].accuracy >= 0.8
    assert seed_scores["forecasts.by"].accuracy >= 0.8
    assert seed_scores["forecasts.condition"].accuracy == 1.0
    # the seed gold marks only the salient predictions; many extras are real forecasts too
    assert seed_scores["forecasts.found"].precision >= 0.2


def test_seed_answered_question(seed_analysis):
    answered = [f for f in seed_analysis.forecasts if f.phrase and f.phrase.lower() == "most likely not"]
    assert len(answered) == 1
    f = answered[0]
    assert f.statement.startswith("the US will") and "scram" in f.statement
    assert f.horizon == "sometime soon" and 0.05 <= f.probability <= 0.35
    assert seed_analysis.document.text[f.start:f.end].startswith("Will the US")


@pytest.mark.parametrize("name", ["forecast_thinktank", "forecast_wire", "forecast_oped", "heldout_commentary"])
def test_unseen_style_texts(name):
    scores = evaluate([str(TEXTS / "gold" / f"{name}.json")])
    assert scores["forecasts.found"].recall >= 0.75
    assert scores["forecasts.found"].precision >= 0.8
    assert scores["forecasts.probability"].accuracy >= 0.8


def test_negation_gives_positive_statement_and_low_probability():
    (f,) = _forecasts("Analysts say the central bank won't cut rates before June.")
    assert f.statement == "the central bank will cut rates before June"
    assert f.probability <= 0.2 and f.horizon == "before June"


def test_frames_and_constructions():
    fs = _forecasts("It is unlikely that the coalition survives the budget vote. "
                    "The minister is poised to resign within weeks. "
                    "There is little chance that the border reopens this year.")
    by_phrase = {f.phrase.lower(): f for f in fs}
    assert set(by_phrase) == {"unlikely", "poised to", "little chance"}
    assert by_phrase["unlikely"].statement == "the coalition survives the budget vote"
    assert by_phrase["poised to"].probability >= 0.7
    assert by_phrase["little chance"].probability <= 0.2 and by_phrase["little chance"].horizon == "this year"


def test_conditions_and_correlatives():
    (a, b) = _forecasts("Unless the donors step in, the hospital will close in the coming weeks. "
                        "The more the rouble falls, the more expensive imports will become.")
    assert a.condition == "the donors step in" and a.horizon == "in the coming weeks"
    assert a.statement == "the hospital will close in the coming weeks"
    assert b.condition and b.condition.lower().startswith("the more the rouble falls")


def test_not_forecasts():
    text = ("The army could have stopped the convoy. It may seem that the crisis is over. "
            "Nobody knows how the money will be spent. It would be a mistake to leave. "
            "He asked whether the talks will resume. The rebels cannot hold the city. "
            "If they could, they would. It certainly is a sign of the times. "
            "The militias may be regrouping in the hills.")
    assert _forecasts(text) == []


def test_reported_would_and_comments_are_commenters():
    text = ("The ministry said on Monday it would reopen the crossing next week.\n"
            "Comments\n"
            "Mark my words, the government will fall before the summer.\n")
    fs = _forecasts(text)
    sources = {s.id: s for s in analyze(text).sources}
    assert fs[0].by in sources and "ministry" in sources[fs[0].by].name.lower()
    assert fs[1].by == "commenter"
    assert fs[0].horizon == "next week" and fs[1].horizon == "before the summer"


def test_statement_leaves_out_framing_and_reasons():
    fs = _forecasts("KYIV, May 2 (AP) - Engineers are expected to restore power to the city within days.\n"
                    "In my view the blockade will not last, because the harvest is coming.\n"
                    "By 2026, the pipeline will carry gas to the coast.\n")
    assert [f.statement for f in fs] == [
        "Engineers are expected to restore power to the city within days",
        "the blockade will last",
        "By 2026, the pipeline will carry gas to the coast",
    ]
    assert fs[1].probability <= 0.2 and fs[2].horizon == "by 2026"


def test_stated_numeric_probabilities():
    fs = _forecasts("We put the chance of a ceasefire before June at 30 percent.\n"
                    "There is a 70% probability that the regime survives the year.\n"
                    "We see a 20-30% chance that Iran will test a weapon.\n"
                    "The odds of a sovereign default are one in four.\n")
    got = [(f.statement, f.probability) for f in fs]
    assert got == [("a ceasefire before June", 0.3), ("the regime survives the year", 0.7),
                   ("Iran will test a weapon", 0.25), ("a sovereign default", 0.25)]
    assert fs[0].horizon == "before June"


@pytest.mark.parametrize("text,condition", [
    ("If the EU sanctions insurers, Russia will almost certainly retaliate against the ports.", "the EU sanctions insurers"),
    ("If Washington taxes imports, Beijing will most likely answer in kind.", "Washington taxes imports"),
    ("Unless the council votes funds, the mission will probably end in June.", "the council votes funds"),
])
def test_condition_found_even_when_the_if_clause_verb_is_misparsed(text, condition):
    fs = _forecasts(text)
    assert len(fs) == 1
    assert fs[0].condition == condition
    assert condition not in fs[0].statement


HELDOUT = Path(__file__).resolve().parent / "forecasts"


# Each held-out set was annotated before the tool first ran on it; the floors are its first-run
# level (docs/accuracy.md, issue 15): the fixes made since may not fall below it.
# heldout2 (65 forecasts): found 0.93 P / 0.85 R, probability in range 0.98, by 0.79.
# heldout3 (47 forecasts): found 0.87 P / 0.70 R, probability in range 0.91, by 0.90.
@pytest.mark.parametrize("name, precision, recall, in_range, by", [
    ("heldout2", 0.93, 0.85, 0.98, 0.79),
    ("heldout3", 0.87, 0.70, 0.91, 0.90),
    # dev4 (40), written for the recall round: first run 0.96 / 0.68, 0.93, by 0.89 (24/27); by is
    # floored at 0.85 because six of the 13 forecasts found since have voices the attribution rules
    # make no source of ("Shipping agents expect", "One broker called it a coin toss")
    ("dev4", 0.96, 0.68, 0.93, 0.85),
    # heldout4 (75), written blind by a writer who had not read the rules: first run 0.91 / 0.64,
    # 0.83, by 0.77; after the recall round 0.89 / 0.67 (one new false alarm, "An invasion force
    # would have to come by river": what a supposition needs, since fixed as a class) and 0.91 / 0.67
    ("heldout4", 0.90, 0.64, 0.83, 0.77),
    # heldout5 (103), the fifth blind set, committed before the first run: 0.89 / 0.62 (64 found,
    # 8 false, 39 missed), in range 0.92, by 0.88
    ("heldout5", 0.88, 0.62, 0.92, 0.87),
    # heldout6 (107), the sixth blind set (wire, op-ed, estimative brief, podcast, commodities
    # note), committed before the first run: 0.99 / 0.63 (67 found, 1 false, 40 missed), in range
    # 0.93, by 0.78; after the second recall round and the transcript owners 0.99 / 0.73, 0.95, 0.95;
    # after the third recall round (market views, rating frames, elliptical answers, present calls:
    # tuned on corpus/forecasts/train only, heldout6 closed to it) 0.98 / 0.78 with one more false
    # alarm it could not inspect: precision floored at 0.97, the brief's bar is 0.95
    # Round 30 (0.98 / 0.88 (94/2/13) -> 0.97 / 0.89 (95/3/12)): "I think it comes down a bit, maybe to four"
    # is found now, and the refinement rule (round 21) splits its degree detail "maybe to four" off as a
    # forecast of its own, as heldout23's gold annotates "..., maybe to eight or nine points"; heldout6's gold
    # keeps it inside the call. A gold-convention difference, not a new kind of false alarm: floor 0.96
    ("heldout6", 0.96, 0.62, 0.92, 0.77),
    # heldout7 (114), the seventh blind set (election wire, border brief, energy column, printed
    # interview, markets newsletter), committed before the first run: 0.90 / 0.67 (76 found, 8
    # false, 38 missed), in range 0.87, by 0.85; the keyword baseline 0.70 / 0.50, 0.70, 0.51
    ("heldout7", 0.90, 0.66, 0.86, 0.84),
    # heldout8 (71), committed before the first run: 0.85 / 0.75 (53 found, 9 false, 18 missed), in
    # range 0.81, by 0.90; after the fourth recall round (never read) 0.84 / 0.75, one more false
    # alarm: precision floored at 0.84; read since (0.85 / 0.79): the forecasts found since have
    # owners the attribution makes no source of ("The finance ministry projects"), so by is floored at 0.88
    ("heldout8", 0.84, 0.74, 0.80, 0.88),
    # heldout9 (71), committed before the first run: 0.89 / 0.66 (47/6/24), in range 0.87, by 0.85;
    # read since (the fifth round: copulas and bare passives): 0.91 / 0.69 (49/5/22), in range 42 of 49
    ("heldout9", 0.88, 0.65, 0.85, 0.84),
    # heldout10 (80), committed before the first run (61eb9da): 0.86 / 0.70 (56/9/24), in range
    # 0.80, by 0.84; the keyword baseline 0.74 / 0.54, 0.67, 0.58; read by the sixth round since:
    # 0.93 / 0.80 (64/5/16), in range 0.86, by 0.84
    ("heldout10", 0.92, 0.79, 0.85, 0.83),
    # heldout11 (92), committed before the first run (b0431db): 0.88 / 0.58 (53/7/39), in range
    # 0.68, by 0.83 (keyword baseline 0.68 / 0.46, 0.40, 0.74); after the sixth round's first half,
    # still unread, 0.92 / 0.60 (55/5/37), 0.71, 0.80; read by its second half: 0.95 / 0.64 (59/3/33)
    ("heldout11", 0.94, 0.63, 0.70, 0.80),
    # heldout12 (102), committed (593f668) after the sixth round and before the first run: 0.85 / 0.54
    # (55/10/47), in range 0.71, by 0.85; the code before the round 0.84 / 0.52 (53/10/49), 0.72, 0.87;
    # the keyword baseline 0.70 / 0.47, 0.50, 0.56; read by the seventh round since: 0.95 / 0.71
    # (72/4/30), in range 0.79, by 0.88
    ("heldout12", 0.94, 0.70, 0.77, 0.86),
    # heldout13 (123), committed (c0d9456) before the first run, never read: the code before the seventh
    # round 0.89 / 0.72 (88/11/35), in range 0.65, by 0.61; after it 0.89 / 0.72 (89/11/34), 0.65, 0.62;
    # the keyword baseline 0.77 / 0.58, 0.48, 0.34; read by the eighth round since: 0.93 / 0.84
    # (103/8/20), in range 0.76, by 0.76
    ("heldout13", 0.92, 0.83, 0.74, 0.74),
    # heldout14 (130), committed (40e3841) before the first run: 0.88 / 0.65 (84/11/46), in range 0.79,
    # by 0.67; after the eighth round, still unread, 0.89 / 0.65 (85/11/45), 0.79, 0.73; read by the
    # ninth round since: 0.97 / 0.87 (113/3/17), in range 0.81, by 0.72 (the new finds are often a
    # plan's or a projection's, whose party the attribution step does not name)
    ("heldout14", 0.96, 0.86, 0.80, 0.71),
    # heldout15 (148), committed (6614f7f) before the first run, never read: the code before the ninth
    # round 0.95 / 0.70 (103/6/45), in range 0.76, by 0.76; after it the same; the keyword baseline
    # 0.73 / 0.50, 0.43, 0.46
    ("heldout15", 0.94, 0.69, 0.75, 0.75),
    # heldout16 (151), committed (037f3ff) before the first run, never read: 0.92 / 0.64 (97/9/54),
    # in range 0.61, by 0.60; the keyword baseline 0.73 / 0.60, 0.38, 0.33
    ("heldout16", 0.91, 0.64, 0.60, 0.59),
    # heldout17 (160), committed (5051488) before the first run, never read: 0.91 / 0.65 (104/10/56),
    # in range 0.69, by 0.67; the keyword baseline 0.76 / 0.60, 0.46, 0.22 (its first run stopped on an
    # infinitive point forecast with a figure per date: fixed in 4173172 before these figures)
    ("heldout17", 0.90, 0.64, 0.68, 0.66),
    # heldout18 (170), committed (3434d76) before the first run: 0.89 / 0.71 (120/15/50),
    # in range 0.67, by 0.88, on the code before the twelfth round; after it 0.90 / 0.71 (120/14/50),
    # the same in range and by; the keyword baseline 0.72 / 0.58, 0.43, 0.62. Read by the thirteenth
    # round: 0.90 / 0.75 (128/14/42), in range 0.73, by 0.88 after it (the floor keeps the first run)
    ("heldout18", 0.88, 0.70, 0.66, 0.87),
    # heldout19 (158), committed (d1648e2) before the first run, never read: 0.93 / 0.65 (103/8/55),
    # in range 0.80, by 0.70, after the twelfth round; the keyword baseline 0.75 / 0.63, 0.47, 0.38
    ("heldout19", 0.92, 0.64, 0.79, 0.69),
    # heldout20 (164), committed (44d35cf) before the first run, never read: 0.93 / 0.77 (126/10/38),
    # in range 0.74, by 0.77, after the twelfth round; the keyword baseline 0.82 / 0.62, 0.43, 0.43
    ("heldout20", 0.92, 0.76, 0.73, 0.76),
    # heldout21 (157), committed (b4ae18f) before the first run, never read: 0.92 / 0.69 (109/10/48),
    # in range 0.72, by 0.66, after the thirteenth round; the keyword baseline 0.75 / 0.56, 0.40, 0.42.
    # After the fourteenth round and the plans finder (read elsewhere) one false alarm more: 0.91 / 0.69
    # (109/11/48), the rest the same. Read by the sixteenth round since: 0.93 / 0.72 (113/9/44), in
    # range 0.75, by 0.84 after it (the floor keeps the first run)
    ("heldout21", 0.90, 0.68, 0.71, 0.65),
    # heldout22 (140), committed (ae61d5a) before the first run, never read: 0.93 / 0.87 (122/9/18),
    # in range 0.77, by 0.52, after the fourteenth round and the plans finder; the keyword baseline
    # 0.78 / 0.72, 0.55, 0.42. Read by the seventeenth round since: 0.96 / 0.92 (129/5/11), in range
    # 0.79, by 0.85 after it (the floor keeps the first run)
    ("heldout22", 0.92, 0.86, 0.76, 0.51),
    # heldout23 (162), committed (2890475) before the first run, never read: 0.90 / 0.70 (114/12/48),
    # in range 0.89, by 0.73, after the sixteenth round; the keyword baseline 0.76 / 0.56, 0.56, 0.62
    # After the seventeenth round and the missed kinds, still unread: 0.91 / 0.72 (116/12/46), 0.89, 0.84
    # Read by the eighteenth round since: 1.00 / 0.79 (128/0/34), in range 0.91, by 0.84 after it; the
    # floor is that level less a small margin (docs/accuracy.md, round 18)
    ("heldout23", 0.97, 0.77, 0.89, 0.82),
    # heldout24 (146), committed (2be3751) before the first run, never read: 0.93 / 0.79 (115/8/31),
    # in range 0.81, by 0.57, after the sixteenth round; the keyword baseline 0.70 / 0.60, 0.36, 0.43
    # After the seventeenth round and the missed kinds, still unread: found and in range the same, by 0.63.
    # Read by the nineteenth round since: 0.94 / 0.86 (125/8/21), in range 0.83, by 0.85 after it
    # (before it, on main 37cc43d: 0.93 / 0.79 (115/8/31), 0.81, 0.73); the floor is the new level less a margin
    ("heldout24", 0.92, 0.84, 0.81, 0.83),
    # heldout25 (175), committed (e32edcd) before the first run, never read: 0.92 / 0.75 (132/12/43),
    # in range 0.81, by 0.73, after the owner fixes of 2026-12-04 evening; the keyword baseline
    # 0.82 / 0.64, 0.40, 0.39
    # Read by the twentieth round since: 0.95 / 0.81 (142/8/33), in range 0.87 (123/142), by 0.74 (105/142)
    # after it (before it, on main e3cc5a1: 0.92 / 0.75 (132/12/43), 0.81, 0.73); the floor is the new
    # level less a margin (docs/accuracy.md, round 20)
    ("heldout25", 0.93, 0.79, 0.85, 0.72),
    # heldout26 (154; two columns and a newsletter among five), committed (267253b) before the first run,
    # never read: 0.91 / 0.75 (115/11/39), in range 0.83, by 0.86, after the calls without a date and
    # the retrained sentence classifier (off by default); the keyword baseline 0.82 / 0.62, 0.53, 0.58
    # After forecast round 21 (first-run kinds of heldout16-heldout25), still unread: 0.91 / 0.75
    # (115/12/39), one false alarm more from a rule nobody could see on it; the precision floor is 0.90 since
    # Read by forecast round 23 since: 0.91 / 0.79 (122/12/32), in range 0.84 (103/122), by 0.86 (105/122,
    # from 99/115: one new find is a quotation the attribution gives to "his government", not the Prime
    # Minister who speaks it); the floor is the new level less a margin (docs/accuracy.md, round 23)
    ("heldout26", 0.90, 0.77, 0.83, 0.85),
    # heldout27 (157; two columns, a grid operator's outlook, a wire, a union bulletin), committed
    # (6f90d9c) before the first run, never read: 0.91 / 0.76 (119/12/38), in range 0.79, by 0.77, on
    # 37cc43d; the keyword baseline 0.78 / 0.64, 0.52, 0.64
    # Read by forecast round 27 since (0.90 / 0.76 (119/13/38), in range 0.79, by 0.77 on main fe79e25
    # before it): 0.91 / 0.83 (131/13/26), in range 0.80 (105/131), by 0.79 (103/131); the floor is the
    # new level less a margin (docs/accuracy.md, round 27)
    ("heldout27", 0.90, 0.81, 0.79, 0.77),
    # heldout28 (96; minutes write-up, referendum live blog, shareholder letter, ministry press
    # conference, rural year-ahead column), committed (27f9115) before the first run, never read:
    # 0.97 / 0.76 (73/2/23), in range 0.90, by 0.75, on 4cc3a47; the keyword baseline 0.75 / 0.60, 0.47, 0.34
    # Read by forecast round 28 since (texts, gold and misses): before it 0.97 / 0.78 (75/2/21), in range
    # 0.89, by 0.76 on main fe79e25; after it 1.00 / 0.93 (89/0/7), in range 0.94 (84/89), by 0.76
    # (68/89); the floor is the new level less a margin (docs/accuracy.md, round 28)
    ("heldout28", 0.96, 0.88, 0.90, 0.74),
    # heldout29 (151; a water op-ed, an economic-survey wire, an election scenario note, a trade
    # newsletter, a results call), committed (fc3d5ee) before the first run, never read: 0.96 / 0.77
    # (116/5/35), in range 0.84, by 0.67, on 7f670fc; the keyword baseline 0.78 / 0.62, 0.48, 0.43
    # Read by forecast round 29 since (texts, gold and misses): before it 0.96 / 0.77 (116/5/35), in range
    # 0.84 (98/116), by 0.67 on main c7080a8; after it 0.98 / 0.83 (126/3/25), in range 0.86 (108/126), by
    # 0.67 (85/126); the floor is the new level less a margin (docs/accuracy.md, round 29)
    ("heldout29", 0.96, 0.81, 0.84, 0.65),
    # heldout30 (174; a central bank statement with its press conference, a forecasting-tournament
    # roundup, a defence white-paper summary, a marine insurance market note, a correspondent's letter),
    # committed (bd95657) before the first run, never read: 0.95 / 0.72 (126/7/48), in range 0.81, by
    # 0.68, on 9ae576a; the keyword baseline 0.81 / 0.63, 0.53, 0.34
    # Read by forecast round 30 since (texts, gold and misses): before it 0.95 / 0.73 (127/7/47), in range
    # 0.80 (102/127), by 0.68 (86/127) on main a66ac30; after it 0.95 / 0.79 (138/7/36), in range 0.90
    # (124/138), by 0.64 (89/138: the new finds are tournament figures whose owner, the community or a
    # handle, the tool gives to the writer); the floor is the new level less a margin (docs/accuracy.md, round 30)
    ("heldout30", 0.93, 0.77, 0.87, 0.62),
    # heldout31 (153; a sovereign rating commentary, a union bulletin on wage talks, a tourism outlook
    # release with questions, a parliamentary question time, a think tank's ten predictions), committed
    # (d67f3f9) before the first run, never read: 0.85 / 0.75 (114/20/39), in range 0.84, by 0.62, on
    # b84b3da; the keyword baseline 0.72 / 0.59, 0.38, 0.52
    ("heldout31", 0.83, 0.72, 0.82, 0.60),
    # heldout32 (157; a container line's customer advisory, a trading desk's morning note, a miner's AGM
    # record with questions, a scenario exercise write-up, a drought early-warning bulletin), committed
    # (43d551b) before the first run, never read: 0.94 / 0.78 (123/8/34), in range 0.85 (104/123), by 0.67
    # (82/123), on a66ac30's code; the keyword baseline 0.80 / 0.64
    ("heldout32", 0.91, 0.75, 0.82, 0.63),
])
def test_heldout_sets_keep_their_first_run_level(name, precision, recall, in_range, by):
    scores = evaluate(sorted(str(p) for p in (HELDOUT / name / "gold").glob("*.json")))
    # plain numbers only: a failing assertion must not print the Score's misses, which quote the
    # texts of sets that are still blind
    got = {"precision": scores["forecasts.found"].precision, "recall": scores["forecasts.found"].recall,
           "in_range": scores["forecasts.probability"].accuracy, "by": scores["forecasts.by"].accuracy}
    floors = {"precision": precision, "recall": recall, "in_range": in_range, "by": by}
    below = {k: round(v, 3) for k, v in got.items() if v < floors[k]}
    assert not below, f"{name} under its floors {floors}: {below}"


def test_the_keyword_baseline_is_scored_beside_claimledger():
    """`claimledger eval` prints the plain baseline's forecast figures next to claimledger's, from
    a word list alone: on heldout7 it finds about half, with more false alarms."""
    scores = evaluate(sorted(str(p) for p in (HELDOUT / "heldout7" / "gold").glob("*.json")))
    baseline, ours = scores["forecasts.found (baseline)"], scores["forecasts.found"]
    assert baseline.tp + baseline.fn == ours.tp + ours.fn     # the same gold forecasts
    assert 0.3 < baseline.recall < ours.recall
    assert baseline.precision < ours.precision
    assert baseline.misses == []                              # --misses lists claimledger's only
    assert scores["forecasts.probability (baseline)"].total == baseline.tp


def test_the_baseline_reads_one_forecast_a_sentence_with_the_first_listed_word():
    from claimledger.evaluate.baseline import forecasts

    text = "Talks resumed on Monday.\nThe truce will very likely hold. Prices may rise.\n"
    found = forecasts(text)
    assert [(f.line, f.statement, f.probability) for f in found] == [
        (2, "The truce will very likely hold.", 0.87), (2, "Prices may rise.", 0.4)]
    assert all(text[f.start:f.end] == f.statement for f in found)
