"""The forecast ledger's append-only tables (store/forecasts.py): resolutions of forecasts and
hand-set ACH ratings of hypotheses. Ledgers where the forecasts page already created them keep
theirs.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "forecast_resolutions" not in existing:
        op.create_table(
            "forecast_resolutions",
            sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("forecast_pk", sa.Integer(), nullable=True),
            sa.Column("document_id", sa.String(length=16), nullable=False),
            sa.Column("forecast_id", sa.String(length=32), nullable=False),
            sa.Column("statement", sa.Text(), nullable=True),
            sa.Column("outcome", sa.String(length=9), nullable=False),
            sa.Column("on_date", sa.String(length=10), nullable=False),
            sa.Column("note", sa.Text(), nullable=True),
            sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
            sa.ForeignKeyConstraint(["forecast_pk"], ["forecasts.pk"], ondelete="SET NULL"),
            sa.PrimaryKeyConstraint("pk"),
        )
        op.create_index("ix_forecast_resolutions_forecast_pk", "forecast_resolutions", ["forecast_pk"])
    if "hypothesis_ratings" not in existing:
        op.create_table(
            "hypothesis_ratings",
            sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("hypothesis_pk", sa.Integer(), nullable=True),
            sa.Column("evidence", sa.Integer(), nullable=False),
            sa.Column("alternative", sa.Integer(), nullable=False),
            sa.Column("rating", sa.String(length=2), nullable=False),
            sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
            sa.ForeignKeyConstraint(["hypothesis_pk"], ["hypotheses.pk"], ondelete="SET NULL"),
            sa.PrimaryKeyConstraint("pk"),
        )
        op.create_index("ix_hypothesis_ratings_hypothesis_pk", "hypothesis_ratings", ["hypothesis_pk"])


def downgrade() -> None:
    op.drop_table("hypothesis_ratings")
    op.drop_table("forecast_resolutions")
