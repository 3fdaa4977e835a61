"""list years

Revision ID: 0010_list_years
Revises: 0009_dashboard
Create Date: 2026-12-03 15:10:00.000000

households.list_year_mask: the list years of each household's list entries (household_sources),
one bit per year, bit (year BE - 2560) for 2560-2590 (core.summaries keeps it). A filter by list
year then reads the households row (and the overview's covering index, which now ends with the
mask) instead of testing 300,000 ids against household_sources. Backfilled in one UPDATE.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0010_list_years'
down_revision: str | None = '0009_dashboard'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# As core.summaries.LIST_YEAR_MASK_SQL on the day of this migration (a migration keeps its
# own copy: it must do the same thing when the code has moved on).
_MASK = ("(SELECT coalesce(sum(DISTINCT 1 << (s.list_year_be - 2560)), 0) "
         "FROM household_sources s WHERE s.household_id = households.id "
         "AND s.list_year_be BETWEEN 2560 AND 2590)")
_OLD_INDEX = ['merged_into_id', 'subdistrict_code', 'verification_status', 'help_status',
              'failed_dimension_mask', 'level']


def upgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.add_column(sa.Column('list_year_mask', sa.Integer(), server_default=sa.text('0'),
                                      nullable=False))
        batch_op.drop_index('ix_households_dashboard')
    op.execute(f"UPDATE households SET list_year_mask = {_MASK} WHERE id IN "
               "(SELECT household_id FROM household_sources WHERE list_year_be "
               "BETWEEN 2560 AND 2590)")
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_dashboard', [*_OLD_INDEX, 'list_year_mask'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_dashboard')
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_column('list_year_mask')
        batch_op.create_index('ix_households_dashboard', _OLD_INDEX, unique=False)
