"""household list indexes

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 07:10:00.000000

The household list shows the households that are not merged, ordered by house code (the
default) or by head's name; these covering indexes let 300,000 ids come back in index order
without a table lookup per row.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0003'
down_revision: str | None = '0002'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_list_house_code', ['merged_into_id', 'house_code'],
                              unique=False)
        batch_op.create_index('ix_households_list_head_name', ['merged_into_id', 'head_name'],
                              unique=False)


def downgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_list_head_name')
        batch_op.drop_index('ix_households_list_house_code')
