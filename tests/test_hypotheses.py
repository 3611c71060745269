"""Hypotheses: puzzles, the explanations offered for them, and the evidence cited."""
from __future__ import annotations

from pathlib import Path

import pytest

from claimledger import analyze
from claimledger.evaluate import evaluate

TEXTS = Path(__file__).resolve().parent / "texts"


def _check_refs(a):
    text = a.document.text
    for h in a.hypotheses:
        for ref in [h.question, *h.alternatives, *h.evidence]:
            assert text[ref.start:ref.end] == ref.text
            assert a.sentence(ref.sentence_id).line == ref.line
        for r in h.ratings:
            assert 0 <= r.evidence < len(h.evidence) and 0 <= r.alternative < len(h.alternatives)


def test_seed_three_groups(seed_scores, seed_analysis):
    assert seed_scores["hypotheses.groups"].recall == 1.0
    assert seed_scores["hypotheses.groups"].precision >= 0.75
    assert seed_scores["hypotheses.alternatives"].recall >= 0.75
    assert seed_scores["hypotheses.alternatives"].precision >= 0.6
    assert seed_scores["hypotheses.evidence"].recall >= 0.5
    _check_refs(seed_analysis)


def test_seed_explanations_are_not_forecasts(seed_analysis):
    alternative_sentences = {a.sentence_id for h in seed_analysis.hypotheses for a in h.alternatives}
    weak = [f for f in seed_analysis.forecasts
            if f.sentence_id in alternative_sentences and f.phrase in ("could", "may", "might")]
    assert weak == []


@pytest.mark.parametrize("name", ["hypotheses_explainer", "hypotheses_newsletter", "heldout_analysis"])
def test_unseen_style_texts(name):
    scores = evaluate([str(TEXTS / "gold" / f"{name}.json")])
    assert scores["hypotheses.groups"].recall == 1.0
    assert scores["hypotheses.alternatives"].recall >= 0.75
    assert scores["hypotheses.alternatives"].precision >= 0.75
    assert scores["hypotheses.evidence"].recall >= 0.5


def test_back_references_rate_the_named_alternative():
    a = analyze((TEXTS / "hypotheses_explainer.txt").read_text(encoding="utf-8"))
    _check_refs(a)
    (h,) = a.hypotheses
    rated = {(r.alternative, r.rating) for r in h.ratings}
    assert (2, "C") in rated   # "points to the third reading"
    assert (1, "C") in rated   # "support the second explanation"


def test_objection_counts_against_and_unanswered_questions_are_dropped():
    text = ("Why are the rebels advancing so fast? One theory is that the army has stopped being paid. "
            "But why would unpaid soldiers keep their posts in the capital?\n"
            "What will the new government do? Nobody knows.\n")
    a = analyze(text)
    _check_refs(a)
    assert len(a.hypotheses) == 1
    (h,) = a.hypotheses
    assert h.alternatives[0].text.startswith("the army has stopped being paid")
    assert [r.rating for r in h.ratings] == ["I"]


def test_explanations_without_a_question_get_a_framing_sentence():
    text = ("Analysts disagree about the sudden fall in Chinese imports of Russian coal.\n"
            "One explanation is that Beijing has restored its tariffs. Another explanation is that "
            "demand has collapsed with the property slump.\n")
    a = analyze(text)
    (h,) = a.hypotheses
    assert h.question.text.startswith("Analysts disagree")
    assert [x.text for x in h.alternatives] == ["Beijing has restored its tariffs",
                                               "demand has collapsed with the property slump"]


def test_either_or_questions():
    a = analyze("The tanker ran aground off the coast on Sunday.\n"
                "Was it a deliberate provocation or a navigational error? The crew had switched off the transponder, "
                "for instance, which suggests intent.\n"
                "Did Iran order the strike, or did the militia act alone?\n")
    _check_refs(a)
    assert [[x.text for x in h.alternatives] for h in a.hypotheses] == [
        ["a deliberate provocation", "a navigational error"],
        ["Did Iran order the strike", "did the militia act alone"],
    ]


def test_or_perhaps_adds_a_possibility():
    text = ("Why did the junta expel the French ambassador this week?\n"
            "One theory is that it needed a foreign enemy before the referendum. "
            "Or perhaps the expulsion was the price of the new Russian security contract. "
            "Or maybe the general simply wanted the embassy's compound.\n")
    a = analyze(text)
    _check_refs(a)
    assert len(a.hypotheses) == 1
    alts = [x.text for x in a.hypotheses[0].alternatives]
    assert len(alts) == 3
    assert any("Russian security contract" in x for x in alts) and any("compound" in x for x in alts)


def test_example_article_matrix_names_its_evidence_and_explains_the_tie(example_text):
    """"I think the second explanation fits the evidence best: X" weighs X for the second
    explanation (it offers no fourth one), and "My take: the corridor will most likely survive"
    is a forecast, no answer to a why-question. With only consistent evidence stated, Heuer's
    inconsistency score cannot choose: the verdict says so rather than pick one."""
    from claimledger import analyze
    from claimledger.ach import explanation, from_hypothesis, preferred

    a = analyze(example_text, published="2025-03-14")
    group = next(h for h in a.hypotheses if "escalate" in h.question.text)
    assert len(group.alternatives) == 3
    assert group.evidence[0].text.startswith("the ministry's denials have grown louder")
    assert [(r.evidence, r.alternative, r.rating) for r in group.ratings] == [(0, 1, "C")]
    matrix = from_hypothesis(group)
    assert preferred(matrix) is None and explanation(matrix).startswith("A tie")
    assert any(f.phrase == "most likely" for f in a.forecasts)       # the take stays a forecast
