"""dashboard index

Revision ID: 0009_dashboard
Revises: 0008_name_words
Create Date: 2026-12-03 14:10:00.000000

The overview counts households by subdistrict, verification and help status, failed
dimensions and level in one scan. This covering index holds exactly those summary columns
(after merged_into_id, the list's rule), so the scan reads the index, not 300,000 table rows.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0009_dashboard'
down_revision: str | None = '0008_name_words'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.create_index('ix_households_dashboard',
                              ['merged_into_id', 'subdistrict_code', 'verification_status',
                               'help_status', 'failed_dimension_mask', 'level'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('households', schema=None) as batch_op:
        batch_op.drop_index('ix_households_dashboard')
