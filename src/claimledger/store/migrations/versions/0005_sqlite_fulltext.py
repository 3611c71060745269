"""SQLite full-text search: the FTS5 index over sentences and the triggers that keep it in step.

Before this revision `Ledger` created the index itself on open; a ledger made then already has
it, and this revision leaves it as it is (every statement is IF NOT EXISTS). On PostgreSQL the
tsvector column of 0002 does the same job. The statements live in store/search.py beside the
queries that depend on them.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-25
"""
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    from claimledger.store.search import create_index

    if op.get_bind().dialect.name == "sqlite":
        create_index(op.get_bind())


def downgrade() -> None:
    from claimledger.store.search import drop_index

    if op.get_bind().dialect.name == "sqlite":
        drop_index(op.get_bind())
