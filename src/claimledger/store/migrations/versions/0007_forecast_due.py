"""Resolvable forecasts: due window, proposition, scale and range of each forecast; hand-set
weights of ACH evidence; one name for the author.

- forecasts gets proposition, scale, probability_low/high, due_start/due_end/due_precision
  (index on due_end for `forecasts due`); rows stored before are back-filled from their
  horizon, their document's publication date and the phrase table (claimledger.resolvable),
  and their proposition is their statement.
- hypothesis_weights: append-only hand-set weights of evidence rows (the newest counts), beside
  0004's hypothesis_ratings.
- The author: forecasts and sources stored as "the author" become "author" (the name the
  ledger uses everywhere now). The analysis JSON kept in documents.analysis is normalised when
  it is read (Ledger.get), not rewritten here.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

NEW_COLUMNS = (
    ("proposition", sa.Text()),
    ("scale", sa.String(length=32)),
    ("probability_low", sa.Float()),
    ("probability_high", sa.Float()),
    ("due_start", sa.String(length=10)),
    ("due_end", sa.String(length=10)),
    ("due_precision", sa.String(length=8)),
)


def upgrade() -> None:
    bind = op.get_bind()
    existing = {c["name"] for c in sa.inspect(bind).get_columns("forecasts")}
    with op.batch_alter_table("forecasts") as batch:
        for name, type_ in NEW_COLUMNS:
            if name not in existing:
                batch.add_column(sa.Column(name, type_, nullable=True))
    # A ledger whose tables were made from schema.py before migrations existed has it already.
    if "ix_forecasts_due_end" not in {i["name"] for i in sa.inspect(bind).get_indexes("forecasts")}:
        op.create_index("ix_forecasts_due_end", "forecasts", ["due_end"])
    if "hypothesis_weights" not in set(sa.inspect(bind).get_table_names()):
        op.create_table(
            "hypothesis_weights",
            sa.Column("pk", sa.Integer(), autoincrement=True, nullable=False),
            sa.Column("hypothesis_pk", sa.Integer(), nullable=True),
            sa.Column("evidence", sa.Integer(), nullable=False),
            sa.Column("weight", sa.Float(), nullable=False),
            sa.Column("recorded_at", sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=False),
            sa.ForeignKeyConstraint(["hypothesis_pk"], ["hypotheses.pk"], ondelete="SET NULL"),
            sa.PrimaryKeyConstraint("pk"),
        )
        op.create_index("ix_hypothesis_weights_hypothesis_pk", "hypothesis_weights", ["hypothesis_pk"])
    _back_fill(bind)


def _back_fill(bind) -> None:
    from claimledger.resolvable import AUTHOR, OLD_AUTHOR_NAMES, derived_fields

    meta = sa.MetaData()
    forecasts = sa.Table("forecasts", meta, autoload_with=bind)
    documents = sa.Table("documents", meta, autoload_with=bind)
    sources = sa.Table("sources", meta, autoload_with=bind)
    query = (sa.select(forecasts.c.pk, forecasts.c.horizon, forecasts.c.phrase, forecasts.c.probability,
                       forecasts.c.statement, documents.c.published)
             .join(documents, documents.c.id == forecasts.c.document_id)
             .where(forecasts.c.proposition.is_(None)))
    updates = []
    for row in bind.execute(query).mappings():
        values = derived_fields(row["horizon"], row["published"], row["phrase"], row["probability"])
        values["proposition"] = row["statement"]
        updates.append({"b_pk": row["pk"], **values})
    if updates:
        statement = forecasts.update().where(forecasts.c.pk == sa.bindparam("b_pk")).values(
            **{name: sa.bindparam(name) for name, _ in NEW_COLUMNS})
        bind.execute(statement, updates)
    bind.execute(forecasts.update().where(forecasts.c.by_name.in_(OLD_AUTHOR_NAMES)).values(by_name=AUTHOR))
    bind.execute(sources.update().where(sa.and_(sources.c.type == "author", sources.c.name.in_(OLD_AUTHOR_NAMES)))
                 .values(name=AUTHOR, key=AUTHOR))


def downgrade() -> None:
    op.drop_index("ix_hypothesis_weights_hypothesis_pk", table_name="hypothesis_weights")
    op.drop_table("hypothesis_weights")
    op.drop_index("ix_forecasts_due_end", table_name="forecasts")
    with op.batch_alter_table("forecasts") as batch:
        for name, _ in reversed(NEW_COLUMNS):
            batch.drop_column(name)
