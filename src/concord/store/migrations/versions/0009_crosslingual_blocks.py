"""Entity blocks recomputed for names in two scripts: a person is blocked by the first
letters of the surname's transliteration key ("Lavrov" and "Лавров" meet), a place other
than a country or a known city by its transliteration key, an organisation by the sorted
tokens of its words, generic words as concepts and proper names by transliteration key
("University of Oulu" and "университет Оулу" meet in "#university oulu"). An entity the
old blocks filed elsewhere would never be a candidate again; its block is recomputed from
its name. Entity keys are unchanged (a place's is still its usual Russian name's).

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

from alembic import op

from concord.store.migrations.steps import recompute_entity_blocks

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | None = None
depends_on: str | None = None


def upgrade() -> None:
    recompute_entity_blocks(op.get_bind())


def downgrade() -> None:
    """The old blocks are not kept: a downgraded store matches with whatever blocks it has."""
