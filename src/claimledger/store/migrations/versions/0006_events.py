"""Events as analysts use them (issue 14): the contract's newer event fields (factuality, mode,
instruments, date precision, date from the publication date), the place's GeoNames id, country,
ISO code, admin1/admin2 and precision, the actors' entity types, the attribution chain as text and
the event's offsets, on the `events` table. Events stored before this revision get them from
their document's stored analysis (documents.analysis), the same way `Ledger.store` fills them now.

Merged events (one happening across many reports) are not stored: `claimledger events` and the
events page group the reports when they read them (archive/event_merge.py), so a rule change
never leaves stale groups behind.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def columns() -> tuple:
    """New Column objects each call: Alembic attaches a column to the table it alters."""
    return (
        sa.Column("start", sa.Integer()),
        sa.Column("end", sa.Integer()),
        sa.Column("factuality", sa.String(length=16)),
        sa.Column("mode", sa.String(length=32)),
        sa.Column("instruments", sa.JSON()),
        sa.Column("date_precision", sa.String(length=8)),
        sa.Column("date_from_published", sa.Boolean()),
        sa.Column("geonames_id", sa.Integer()),
        sa.Column("country", sa.Text()),
        sa.Column("country_code", sa.String(length=2)),
        sa.Column("admin1", sa.Text()),
        sa.Column("admin2", sa.Text()),
        sa.Column("geo_precision", sa.String(length=8)),
        sa.Column("actor_type", sa.String(length=24)),
        sa.Column("target_type", sa.String(length=24)),
        sa.Column("attribution", sa.Text()),
    )


INDEXED = ("factuality", "country_code")


def upgrade() -> None:
    bind = op.get_bind()
    present = {column["name"] for column in sa.inspect(bind).get_columns("events")}
    for column in columns():
        if column.name not in present:
            op.add_column("events", column)
    indexes = {index["name"] for index in sa.inspect(bind).get_indexes("events")}
    for name in INDEXED:
        if f"ix_events_{name}" not in indexes:
            op.create_index(f"ix_events_{name}", "events", [name])
    back_fill(bind)


def back_fill(bind) -> None:
    """Fill the new columns of events stored before this revision from their document's analysis.
    A document whose stored analysis no longer reads as the contract is left as it is."""
    from claimledger.contract import Analysis
    from claimledger.store.rows import rows_for
    from claimledger.store.schema import events as events_now

    new = columns()
    names = [column.name for column in new]
    events = sa.table("events", sa.column("pk"), sa.column("document_id"), sa.column("id"),
                      *(sa.column(column.name, column.type) for column in new))
    documents = sa.table("documents", sa.column("id"), sa.column("analysis"))
    pending = [row[0] for row in bind.execute(
        sa.select(events.c.document_id).where(events.c.factuality.is_(None)).distinct())]
    for document_id in pending:
        stored = bind.execute(sa.select(documents.c.analysis).where(documents.c.id == document_id)).scalar()
        try:
            rows = rows_for(Analysis.model_validate_json(stored))[events_now]
        except Exception:  # an analysis from an older contract: keep its events as they were
            continue
        for row in rows:
            bind.execute(sa.update(events)
                         .where(events.c.document_id == document_id, events.c.id == row["id"])
                         .values({name: row[name] for name in names}))


def downgrade() -> None:
    for name in INDEXED:
        op.drop_index(f"ix_events_{name}", table_name="events")
    with op.batch_alter_table("events") as batch:
        for column in reversed(columns()):
            batch.drop_column(column.name)
