"""The archive's near-duplicate signatures (archive/fingerprint.py): one MinHash per original.

Ledgers made by `ingest` before this migration already have the table (the archive created it
on first use), so it is created only where missing.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if sa.inspect(op.get_bind()).has_table("archive_minhash"):
        return
    op.create_table(
        "archive_minhash",
        sa.Column("document_id", sa.String(length=16), nullable=False),
        sa.Column("num_perm", sa.Integer(), nullable=False),
        sa.Column("hashvalues", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )


def downgrade() -> None:
    op.drop_table("archive_minhash")
