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
