"""partner addressee

Revision ID: 0011_partner_addressee
Revises: 0010_list_years
Create Date: 2026-12-04 19:40:00.000000

partners.addressee: the position a referral letter is addressed to (ตำแหน่งผู้รับหนังสือ, e.g.
นายกองค์การบริหารส่วนจังหวัดลำปาง). Thai official letters go to a position, not to the contact
person. Empty on existing rows: core.reference fills the built-in agencies' titles when the
database is next opened, and the letter derives one for any agency still without it.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0011_partner_addressee'
down_revision: str | None = '0010_list_years'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.add_column(sa.Column('addressee', sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.drop_column('addressee')
