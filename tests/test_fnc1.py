"""FNC-1: the loader reads only pairs whose Body ID is even (odd ones are the held-out test),
the dev split is grouped by body, and the score follows the challenge's scorer rules."""
from __future__ import annotations

import csv
import os
from pathlib import Path

import numpy as np
import pytest

from claimledger.errors import InputError
from claimledger.evaluate import fnc1


def _write(folder: Path, stances: list[tuple[str, int, str]], bodies: dict[int, str]) -> Path:
    with (folder / fnc1.STANCES_FILE).open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Headline", "Body ID", "Stance"])
        writer.writerows(stances)
    with (folder / fnc1.BODIES_FILE).open("w", newline="", encoding="utf-8") as f:
        writer = csv.writer(f)
        writer.writerow(["Body ID", "articleBody"])
        writer.writerows(bodies.items())
    return folder


@pytest.fixture()
def tiny(tmp_path) -> Path:
    return _write(tmp_path, [("Drones hit the pier", 2, "agree"), ("Drones hit the pier", 3, "disagree"),
                             ("Drones hit the pier", 4, "unrelated"), ("Ship sank", 5, "discuss"),
                             ("Ship sank", 10, "discuss")],
                  {2: "The pier was hit.", 3: "HELD OUT BODY", 4: "Rates rose.", 5: "HELD OUT TOO", 10: "It sank."})


def test_loader_never_returns_an_odd_body_id(tiny):
    pairs = fnc1.load_pairs(str(tiny))
    assert [p.body_id for p in pairs] == [2, 4, 10]
    bodies = fnc1.load_bodies(str(tiny))
    assert sorted(bodies) == [2, 4, 10] and "HELD OUT" not in " ".join(bodies.values())


def test_held_out_ids_are_refused_everywhere(tiny):
    with pytest.raises(InputError):
        fnc1.part_of(3)
    with pytest.raises(InputError):
        fnc1.analysed_bodies({3: "HELD OUT BODY"}, [3])


def test_split_is_grouped_by_body_and_stable():
    pairs = [fnc1.Pair(f"h{i % 7}", body, "discuss") for i, body in enumerate(range(0, 2000, 2))]
    fit, dev = fnc1.split(pairs, "fit"), fnc1.split(pairs, "dev")
    assert not {p.body_id for p in fit} & {p.body_id for p in dev}
    assert len(fit) + len(dev) == len(pairs)
    assert 0.2 < len(dev) / len(pairs) < 0.4
    assert fnc1.split(pairs, "dev") == dev                     # same every run, no random state


def test_weighted_score_follows_the_scorer_rules():
    gold = ["agree", "disagree", "discuss", "unrelated", "unrelated", "agree"]
    predicted = ["agree", "discuss", "unrelated", "unrelated", "agree", "disagree"]
    # agree right: .25+.5+.25; disagree->discuss: .25 (both related); discuss->unrelated: 0;
    # unrelated right: .25; unrelated->agree: 0; agree->disagree: .25.
    assert fnc1.weighted_score(gold, predicted) == pytest.approx(1.0 + 0.25 + 0.25 + 0.25)
    assert fnc1.best_score(gold) == pytest.approx(4 * 1.0 + 2 * 0.25)


def test_report_per_class_and_macro():
    gold = ["agree", "agree", "disagree", "unrelated"]
    predicted = ["agree", "discuss", "disagree", "unrelated"]
    report = fnc1.report(gold, predicted)
    by = {c.label: c for c in report.classes}
    assert by["agree"].precision == 1.0 and by["agree"].recall == 0.5
    assert by["discuss"].f1 == 0.0 and by["disagree"].f1 == 1.0
    assert report.macro_f1 == pytest.approx((2 / 3 + 1.0 + 0.0 + 1.0) / 4)


def test_bad_folder_is_one_clear_error(tmp_path):
    with pytest.raises(InputError, match="no competition_test_stances.csv"):
        fnc1.load_pairs(str(tmp_path))
    (tmp_path / fnc1.STANCES_FILE).write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / fnc1.BODIES_FILE).write_text("Body ID,articleBody\n", encoding="utf-8")
    with pytest.raises(InputError, match="expected the columns"):
        fnc1.load_pairs(str(tmp_path))


def test_real_development_pairs_are_all_even():
    path = os.environ.get("CLAIMLEDGER_FNC1")
    if not path or not Path(path, fnc1.STANCES_FILE).exists():
        pytest.skip("CLAIMLEDGER_FNC1 not set (the FNC-1 competition files)")
    pairs = fnc1.load_pairs(path)
    assert pairs and all(p.body_id % 2 == 0 for p in pairs)
    assert all(b % 2 == 0 for b in fnc1.load_bodies(path))


def test_exported_trees_and_lexical_model_match_scikit_learn():
    """The JSON model reads back exactly what scikit-learn fitted (no pickle at run time)."""
    from sklearn.ensemble import GradientBoostingClassifier
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    from claimledger.archive import stance_model as sm

    rng = np.random.default_rng(3)
    X = rng.normal(size=(300, len(sm.FEATURE_NAMES)))
    y = np.array(fnc1.LABELS)[(X[:, 0] > 0).astype(int) + 2 * (X[:, 1] > 0.5).astype(int)]
    trees = GradientBoostingClassifier(n_estimators=15, max_depth=2, random_state=0).fit(X, y)
    texts = [" ".join(rng.choice(["hoax", "fake", "said", "confirmed", "reportedly", "pier", "drone"], size=8))
             for _ in range(300)]
    vectorizer = TfidfVectorizer(analyzer=sm.lexical_terms, sublinear_tf=True)
    regression = LogisticRegression(max_iter=500).fit(vectorizer.fit_transform(texts), y)
    data = sm.export_gradient_boosting(trees, [1, 1, 1, 1], {}, X, lexical=sm.export_lexical(vectorizer, regression))
    model = sm.TreeModel(data)
    assert np.allclose(model.probabilities(X[:50]), trees.predict_proba(X[:50]), atol=1e-9)
    for text in texts[:20]:
        assert np.allclose(model.lexical.probabilities(text), regression.predict_proba(vectorizer.transform([text]))[0],
                           atol=1e-5)


def test_measure_pairs_runs_claims_check_over_a_ledger_of_the_bodies():
    from archive_support import hand_analysis

    bodies = {2: "Officials confirmed that a drone strike damaged the grain pier at Izmail on Monday.",
              4: "The central bank raised its key interest rate by half a point on Thursday."}
    analyses = {b: hand_analysis(f"Body {b}\n{text}") for b, text in bodies.items()}
    pairs = [fnc1.Pair("Drone strike damaged the grain pier at Izmail", 2, "agree"),
             fnc1.Pair("Drone strike damaged the grain pier at Izmail", 4, "unrelated")]
    measurement = fnc1.measure_pairs(pairs, analyses, bodies, threshold=0.35)
    assert measurement.check.pairs == 2 and measurement.headlines == 1 and measurement.documents == 2
    assert measurement.check.confusion["unrelated"]["unrelated"] == 1
    assert measurement.check.confusion["agree"]["unrelated"] == 0
    assert measurement.baseline.confusion["agree"]["discuss"] == 1
