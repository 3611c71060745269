"""PostgreSQL full-text search: a stored tsvector of each sentence and a GIN index on it.

SQLite's full-text index (FTS5) is kept by store/search.py; on PostgreSQL the database's own
text search does the same job: `sentences.tsv` is a generated column (always in step with the
text, in the same transaction) and `ix_sentences_tsv` makes `tsv @@ query` an index lookup.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-25
"""
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# The text-search configuration: English stemming, as the SQLite index's porter tokenizer.
CONFIG = "english"


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(f"ALTER TABLE sentences ADD COLUMN IF NOT EXISTS tsv tsvector "
               f"GENERATED ALWAYS AS (to_tsvector('{CONFIG}', text)) STORED")
    op.execute("CREATE INDEX IF NOT EXISTS ix_sentences_tsv ON sentences USING GIN (tsv)")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_sentences_tsv")
    op.execute("ALTER TABLE sentences DROP COLUMN IF EXISTS tsv")
