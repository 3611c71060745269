"""The archive: many documents ingested once, searched, and compared across outlets.

- `bulk.ingest(inputs, ledger, workers=N)`: files, directories, JSON lines, URLs, feeds;
  exact and near-duplicates recorded, never re-analysed (`fingerprint.py`).
- `claimledger.store.search.search(engine, query, ...)`: full-text search over sentences.
- `claims.corroborate(ledger, ...)`: the same claim across documents, counted by independent
  origin (`similarity.py` holds the methods compared to choose one), each report with its stance
  (`stance.py`: cue, commentary, negation) and each claim with a status.
- `check.check(engine, text)`: where every stored document stands on a claim (candidates from
  the full-text index, then `stance_model.py`: readable features + a small trained model).
"""
