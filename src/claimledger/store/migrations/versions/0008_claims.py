"""Verdicts on claims (store/claims.py): `claimledger claims rate` appends a rating; the newest
per claim counts and ClaimReview export reads it. Append-only, keyed by one report of the claim
(document id, sentence id) with a snapshot of its words, so no foreign key: a verdict outlives
any regrouping of the archive.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("claim_ratings"):
        return
    op.create_table(
        "claim_ratings",
        sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("sentence_id", sa.String(length=16), nullable=False),
        sa.Column("claim", sa.Text(), nullable=False),
        sa.Column("rating", sa.String(length=16), nullable=False),
        sa.Column("value", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=True),
        sa.Column("reviewer", sa.Text(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
        sa.PrimaryKeyConstraint("pk"),
    )
    op.create_index("ix_claim_ratings_claim", "claim_ratings", ["document_id", "sentence_id"])


def downgrade() -> None:
    op.drop_index("ix_claim_ratings_claim", table_name="claim_ratings")
    op.drop_table("claim_ratings")
