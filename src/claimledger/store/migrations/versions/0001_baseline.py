"""Baseline: the ledger tables as `store/schema.py` first defined them.

Revision ID: 0001
Revises: -
Create Date: 2026-11-25
"""
from alembic import op
import sqlalchemy as sa


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('documents',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('author', sa.Text(), nullable=True),
    sa.Column('published', sa.String(length=10), nullable=True),
    sa.Column('language', sa.String(length=8), nullable=True),
    sa.Column('word_count', sa.Integer(), nullable=True),
    sa.Column('schema', sa.String(length=32), nullable=True),
    sa.Column('analysis', sa.Text(), nullable=False),
    sa.Column('duplicate_of', sa.String(length=16), nullable=True),
    sa.Column('ingested_at', sa.DateTime(timezone=True), server_default=sa.func.now(), nullable=True),
    sa.ForeignKeyConstraint(['duplicate_of'], ['documents.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('sha256')
    )
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_documents_published'), ['published'], unique=False)

    op.create_table('attributions',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('sentence_id', sa.String(length=16), nullable=False),
    sa.Column('source_id', sa.String(length=32), nullable=False),
    sa.Column('via', sa.JSON(), nullable=True),
    sa.Column('cue', sa.Text(), nullable=True),
    sa.Column('start', sa.Integer(), nullable=True),
    sa.Column('end', sa.Integer(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_attributions_document_id'), ['document_id'], unique=False)

    op.create_table('entities',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=24), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=True),
    sa.Column('mentions', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_entities_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_entities_key'), ['key'], unique=False)

    op.create_table('events',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('sentence_id', sa.String(length=16), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=True),
    sa.Column('action', sa.Text(), nullable=True),
    sa.Column('actor', sa.Text(), nullable=True),
    sa.Column('target', sa.Text(), nullable=True),
    sa.Column('location', sa.Text(), nullable=True),
    sa.Column('lat', sa.Float(), nullable=True),
    sa.Column('lon', sa.Float(), nullable=True),
    sa.Column('date', sa.String(length=10), nullable=True),
    sa.Column('date_text', sa.Text(), nullable=True),
    sa.Column('quantities', sa.JSON(), nullable=True),
    sa.Column('fatalities_low', sa.Float(), nullable=True),
    sa.Column('fatalities_high', sa.Float(), nullable=True),
    sa.Column('source_id', sa.String(length=32), nullable=True),
    sa.Column('source_name', sa.Text(), nullable=True),
    sa.Column('source_type', sa.String(length=24), nullable=True),
    sa.Column('certainty', sa.Float(), nullable=True),
    sa.Column('sentence_text', sa.Text(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_events_code'), ['code'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_events_document_id'), ['document_id'], unique=False)

    op.create_table('evidence_gaps',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('sentence_id', sa.String(length=16), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=True),
    sa.Column('expected', sa.String(length=12), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('evidence_gaps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_evidence_gaps_document_id'), ['document_id'], unique=False)

    op.create_table('forecasts',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('sentence_id', sa.String(length=16), nullable=False),
    sa.Column('by', sa.String(length=32), nullable=True),
    sa.Column('by_name', sa.Text(), nullable=True),
    sa.Column('by_type', sa.String(length=24), nullable=True),
    sa.Column('statement', sa.Text(), nullable=True),
    sa.Column('phrase', sa.Text(), nullable=True),
    sa.Column('probability', sa.Float(), nullable=True),
    sa.Column('horizon', sa.Text(), nullable=True),
    sa.Column('condition', sa.Text(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('forecasts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_forecasts_document_id'), ['document_id'], unique=False)

    op.create_table('hypotheses',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('question', sa.Text(), nullable=True),
    sa.Column('data', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('hypotheses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hypotheses_document_id'), ['document_id'], unique=False)

    op.create_table('rhetoric',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('sentence_id', sa.String(length=16), nullable=True),
    sa.Column('technique', sa.String(length=32), nullable=True),
    sa.Column('text', sa.Text(), nullable=True),
    sa.Column('line', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk')
    )
    with op.batch_alter_table('rhetoric', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rhetoric_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_rhetoric_technique'), ['technique'], unique=False)

    op.create_table('sentences',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('line', sa.Integer(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('section', sa.String(length=16), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('certainty', sa.Float(), nullable=True),
    sa.Column('source_id', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('document_id', 'id')
    )
    with op.batch_alter_table('sentences', schema=None) as batch_op:
        batch_op.create_index('ix_sentences_doc_line', ['document_id', 'line'], unique=False)
        batch_op.create_index(batch_op.f('ix_sentences_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sentences_kind'), ['kind'], unique=False)

    op.create_table('sources',
    sa.Column('pk', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('document_id', sa.String(length=16), nullable=False),
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('key', sa.Text(), nullable=False),
    sa.Column('type', sa.String(length=24), nullable=True),
    sa.Column('aliases', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['document_id'], ['documents.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('pk'),
    sa.UniqueConstraint('document_id', 'id')
    )
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sources_document_id'), ['document_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sources_key'), ['key'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('sources', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sources_key'))
        batch_op.drop_index(batch_op.f('ix_sources_document_id'))

    op.drop_table('sources')
    with op.batch_alter_table('sentences', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sentences_kind'))
        batch_op.drop_index(batch_op.f('ix_sentences_document_id'))
        batch_op.drop_index('ix_sentences_doc_line')

    op.drop_table('sentences')
    with op.batch_alter_table('rhetoric', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rhetoric_technique'))
        batch_op.drop_index(batch_op.f('ix_rhetoric_document_id'))

    op.drop_table('rhetoric')
    with op.batch_alter_table('hypotheses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hypotheses_document_id'))

    op.drop_table('hypotheses')
    with op.batch_alter_table('forecasts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_forecasts_document_id'))

    op.drop_table('forecasts')
    with op.batch_alter_table('evidence_gaps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_evidence_gaps_document_id'))

    op.drop_table('evidence_gaps')
    with op.batch_alter_table('events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_events_document_id'))
        batch_op.drop_index(batch_op.f('ix_events_date'))
        batch_op.drop_index(batch_op.f('ix_events_code'))

    op.drop_table('events')
    with op.batch_alter_table('entities', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_entities_key'))
        batch_op.drop_index(batch_op.f('ix_entities_document_id'))

    op.drop_table('entities')
    with op.batch_alter_table('attributions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_attributions_document_id'))

    op.drop_table('attributions')
    with op.batch_alter_table('documents', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_documents_published'))

    op.drop_table('documents')
