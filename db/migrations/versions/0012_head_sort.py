"""head sort

Revision ID: 0012_head_sort
Revises: 0011_partner_addressee
Create Date: 2026-12-04 19:45:00.000000

households.head_sort: the head's first and last name as a key that sorts in Thai dictionary
order as plain code points (a leading vowel after its consonant, tone marks last; the title
left out), kept by core.summaries. The household list sorted by head read head_name in code
point order: every นาง… before นางสาว… before นาย…, and เ แ โ ใ ไ after อ. The list's head
index moves to the new column. Backfilled from the members table.
"""

import re
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0012_head_sort'
down_revision: str | None = '0011_partner_addressee'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As core.thai.thai_sort_key on the day of this migration (a migration keeps its own copy).
_LEADING = re.compile("([\u0e40-\u0e44])([\u0e01-\u0e2e])")
_MARKS = re.compile("[\u0e47-\u0e4e]")


def _key(first: str | None, last: str | None) -> str | None:
    text = " ".join(part for part in (first, last) if part)
    if not text:
        return None
    base = _LEADING.sub(r"\2\1", _MARKS.sub("", text))
    marks = "".join(_MARKS.findall(text))
    return base + "\u0001" + marks if marks else base


def upgrade() -> None:
    column = sa.String(250).with_variant(sa.String(250, collation="C"), "postgresql")
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.add_column(sa.Column('head_sort', column, nullable=True))
        batch_op.drop_index('ix_households_list_head_name')
    conn = op.get_bind()
    rows = conn.execute(sa.text(
        "SELECT h.id, m.first_name, m.last_name FROM households h LEFT JOIN members m ON m.id = "
        "(SELECT m2.id FROM members m2 WHERE m2.household_id = h.id "
        "ORDER BY m2.is_head DESC, m2.id LIMIT 1)")).all()
    data = [{"k": _key(first, last), "i": hid} for hid, first, last in rows]
    if data:
        conn.execute(sa.text("UPDATE households SET head_sort = :k WHERE id = :i"), data)
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_list_head_sort', ['merged_into_id', 'head_sort'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_list_head_sort')
        batch_op.drop_column('head_sort')
        batch_op.create_index('ix_households_list_head_name', ['merged_into_id', 'head_name'],
                              unique=False)
