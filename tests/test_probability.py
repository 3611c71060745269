import pytest

from claimledger.probability import entries, find, lookup


def test_table_sources_and_ranges():
    table = entries()
    assert {e.source for e in table.values()} >= {"probly", "icd203", "kent", "est"}
    for e in table.values():
        assert 0.0 <= e.low <= e.probability <= e.high <= 1.0, e


def test_empirical_reading_wins_and_longest_match():
    assert lookup("likely").source == "probly"
    found = find("The deal will most likely not survive; a breakthrough is highly unlikely.")
    assert [p.text for p in found] == ["will", "most likely not", "highly unlikely"]
    assert found[1].probability < 0.35 and found[2].probability <= 0.1


def test_curly_apostrophes_and_word_boundaries():
    assert [p.text for p in find("They won’t; it’s uncertain and unwilling.")] == ["won’t"]


# --- one table, several scales ----------------------------------------------------------------

from claimledger.probability import SCALE_ORDER, is_predicate, readings, reading, temporal_negation  # noqa: E402


def test_icd203_has_its_seven_bands_with_two_terms_each():
    bands = {}
    for entry in (e for k in entries() for e in readings(k) if e.source == "icd203"):
        bands.setdefault((entry.low, entry.high), set()).add(entry.phrase)
    assert sorted(bands) == [(0.01, 0.05), (0.05, 0.2), (0.2, 0.45), (0.45, 0.55), (0.55, 0.8), (0.8, 0.95), (0.95, 0.99)]
    assert all(len(terms) >= 2 for terms in bands.values())
    assert {"remote", "almost no chance"} <= bands[(0.01, 0.05)]


def test_kent_words_of_estimative_probability():
    kent = {e.phrase: e for k in entries() for e in readings(k) if e.source == "kent"}
    assert kent["certain"].probability == 1.0 and kent["impossible"].probability == 0.0
    assert kent["almost certain"].probability == 0.93 and kent["probable"].probability == 0.75
    assert kent["chances about even"].probability == 0.5 and kent["probably not"].probability == 0.3
    assert kent["almost certainly not"].probability == 0.07


def test_probly_rows_are_the_survey_medians_and_quartiles():
    """Recomputed from the survey when it is present (it is never committed here)."""
    import csv
    import os
    import statistics

    path = os.environ.get("CLAIMLEDGER_PROBLY", "/work/shared/data/perceptions/probly.csv")
    if not os.path.exists(path):
        pytest.skip("probly.csv not present")
    rows = list(csv.reader(open(path, encoding="utf-8")))
    for index, name in enumerate(rows[0]):
        values = sorted(float(r[index]) / 100 for r in rows[1:] if r[index].strip())
        q1, _, q3 = statistics.quantiles(values, n=4)
        probly = [e for e in readings(name) if e.source == "probly"]
        assert probly, name
        assert probly[0].probability == pytest.approx(statistics.median(values), abs=0.005)
        assert (probly[0].low, probly[0].high) == (pytest.approx(q1, abs=0.005), pytest.approx(q3, abs=0.005))


def test_the_empirical_reading_is_preferred_and_the_others_kept():
    assert [e.source for e in readings("unlikely")] == ["probly", "icd203"]
    assert [e.source for e in readings("probable")] == ["probly", "icd203", "kent"]
    assert list(SCALE_ORDER) == ["probly", "icd203", "kent", "phia", "est"]


@pytest.mark.parametrize("phrase, low, high, scale", [
    ("very unlikely", 0.05, 0.2, "icd203"),
    ("almost certainly not", 0.02, 0.12, "kent"),
    ("not impossible", 0.05, 0.4, "est"),            # litotes: a weak possibility, not 1 - 0
    ("could well", 0.45, 0.75, "est"),
    ("near-certain", 0.95, 0.99, "est"),
    ("a matter of time", 0.8, 0.97, "est"),
    ("would probably", 0.6375, 0.8, "probly"),       # the modal marks mood; the adverb is the estimate
    ("will very likely", 0.8, 0.95, "icd203"),
    ("not likely", 0.2375, 0.35, "probly:negated"),  # the complement, range flipped
    ("likely not", 0.2375, 0.35, "probly:negated"),
    ("not very likely", 0.05, 0.2, "icd203:negated"),
    ("not inconceivable", 0.05, 0.3, "est"),
    ("never certain", 0.3, 0.7, "est:litotes"),      # a negated extreme with no row of its own
    ("extremely unlikely", 0.05, 0.15, "probly:intensified"),
    ("increasingly probable", 0.65, 0.8, "probly:head"),
])
def test_compound_and_negated_phrases(phrase, low, high, scale):
    entry = reading(phrase)
    assert entry is not None, phrase
    assert (entry.low, entry.high, entry.source) == (pytest.approx(low), pytest.approx(high), scale)
    assert entry.low <= entry.probability <= entry.high


def test_no_reading_for_words_that_are_not_estimates():
    assert reading("very big") is None and reading("not yet") is None and reading("the") is None


def test_certain_and_remote_count_only_as_predicates():
    text = ("Voting was extended in certain polling places. Certain readers will remember. It is certain "
            "that the count in remote districts will be late; the chance is remote. We are not certain.")
    found = [(p.text, p.probability) for p in find(text) if p.text.lower().endswith(("certain", "remote"))]
    assert found == [("certain", 1.0), ("remote", 0.03), ("not certain", 0.5)]
    assert is_predicate("it seems almost certain", 16, 23)


def test_will_not_until_is_about_time():
    assert temporal_negation("will not", "be announced until next week")
    assert temporal_negation("won’t", "stop till the election")
    # "will not ... before" denies the event before that time (fifteenth forecast round)
    assert not temporal_negation("won’t", "stop before the election")
    assert not temporal_negation("will not", "stop the war")
    assert not temporal_negation("may", "not happen until May")
