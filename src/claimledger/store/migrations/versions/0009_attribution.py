"""Attributions record what found them (rules or the trained model), their kind (speech,
writing, belief, intention, poll, document) and the source as written when it was resolved to a
named antecedent ("he" -> the person named before). Older rows keep NULL: unknown.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01
"""
from alembic import op
import sqlalchemy as sa

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_COLUMNS = (("method", sa.String(length=8)), ("kind", sa.String(length=12)), ("surface", sa.Text()))


def upgrade() -> None:
    existing = {c["name"] for c in sa.inspect(op.get_bind()).get_columns("attributions")}
    with op.batch_alter_table("attributions") as batch:
        for name, type_ in _COLUMNS:
            if name not in existing:
                batch.add_column(sa.Column(name, type_, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("attributions") as batch:
        for name, _type in reversed(_COLUMNS):
            batch.drop_column(name)
