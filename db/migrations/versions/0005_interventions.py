"""agency view index

Revision ID: 0005_interventions
Revises: 0004
Create Date: 2026-12-03 09:05:00.000000

The per-agency view (open, overdue, done, median days to done, money planned and spent) reads
every intervention; this covering index lets it do so without a table lookup per row.
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0005_interventions'
down_revision: str | None = '0004'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = ['partner_id', 'status', 'planned_on', 'household_id', 'planned_satang',
           'actual_satang', 'referred_on', 'finished_on', 'created_at']


def upgrade() -> None:
    with op.batch_alter_table('interventions', schema=None) as batch_op:
        batch_op.create_index('ix_interventions_agency_view', COLUMNS, unique=False)


def downgrade() -> None:
    with op.batch_alter_table('interventions', schema=None) as batch_op:
        batch_op.drop_index('ix_interventions_agency_view')
