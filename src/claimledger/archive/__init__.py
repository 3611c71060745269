"""The archive: many documents ingested once, searched, and compared across outlets.

- `bulk.ingest(inputs, ledger, workers=N)`: files, directories, JSON lines, URLs, feeds;
  exact and near-duplicates recorded, never re-analysed (`fingerprint.py`).
- `claimledger.store.search.search(engine, query, ...)`: full-text search over sentences.
- `claims.corroborate(ledger, ...)`: the same claim across documents, counted by independent
  origin (`similarity.py` holds the methods compared to choose one).
"""
