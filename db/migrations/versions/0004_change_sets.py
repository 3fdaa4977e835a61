"""change sets and per-household history

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-03 08:40:00.000000

Every saved change to a case (an edit, a visit, a merge, an undo) becomes one change set, the
unit that "undo the last change" reverses; history entries point to their change set and to
the household they belong to, so that a household's history is one indexed query. Existing
entries get their household from the records they describe. Indexes let the household list
sort by any column and find names by their first letters quickly.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = '0004'
down_revision: str | None = '0003'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# history.table_name -> the table holding that record's household_id
# The household list's other sortable columns (see db/models.py).
_LIST_INDEXES = (
    ('ix_households_list_village', 'village_id'),
    ('ix_households_list_subdistrict', 'subdistrict_code'),
    ('ix_households_list_members', 'member_count'),
    ('ix_households_list_level', 'level'),
    ('ix_households_list_verification', 'verification_status'),
    ('ix_households_list_help', 'help_status'),
    ('ix_households_list_last_visit', 'last_visit_on'),
)
_CHILD_TABLES = ('members', 'household_sources', 'household_problems', 'capital_assessments',
                 'visits', 'interventions', 'status_changes', 'attachments')


def upgrade() -> None:
    op.create_table(
        'change_sets',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('at', sa.DateTime(), nullable=False),
        sa.Column('user_id', sa.Integer(), nullable=True),
        sa.Column('username', sa.String(length=60), nullable=False),
        sa.Column('household_id', sa.Integer(), nullable=True),
        sa.Column('kind', sa.String(length=20), nullable=False),
        sa.Column('summary', sa.Text(), nullable=True),
        sa.Column('reason', sa.Text(), nullable=True),
        sa.Column('undoes_id', sa.Integer(), nullable=True),
        sa.Column('undone_by_id', sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(['undoes_id'], ['change_sets.id'],
                                name=op.f('fk_change_sets_undoes_id_change_sets')),
        sa.ForeignKeyConstraint(['undone_by_id'], ['change_sets.id'],
                                name=op.f('fk_change_sets_undone_by_id_change_sets')),
        sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_change_sets_user_id_users')),
        sa.PrimaryKeyConstraint('id', name=op.f('pk_change_sets')),
    )
    with op.batch_alter_table('change_sets', schema=None) as batch_op:
        batch_op.create_index('ix_change_sets_household', ['household_id', 'id'], unique=False)

    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.add_column(sa.Column('household_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('change_id', sa.Integer(), nullable=True))
        batch_op.create_index('ix_history_household', ['household_id', 'id'], unique=False)
        batch_op.create_index(batch_op.f('ix_history_change_id'), ['change_id'], unique=False)
        batch_op.create_foreign_key(batch_op.f('fk_history_change_id_change_sets'), 'change_sets',
                                    ['change_id'], ['id'])

    with op.batch_alter_table('households', schema=None) as batch_op:
        for name, column in _LIST_INDEXES:
            batch_op.create_index(name, ['merged_into_id', column], unique=False)
    with op.batch_alter_table('household_sources', schema=None) as batch_op:
        batch_op.create_index('ix_household_sources_list_year', ['list_year_be'], unique=False)
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.create_index('ix_members_first_name', ['first_name', 'household_id'], unique=False)
        batch_op.create_index('ix_members_last_name', ['last_name', 'household_id'], unique=False)

    op.execute("UPDATE history SET household_id = record_id WHERE table_name = 'households'")
    for table in _CHILD_TABLES:
        op.execute(
            f"UPDATE history SET household_id = (SELECT t.household_id FROM {table} t "
            f"WHERE t.id = history.record_id) WHERE table_name = '{table}'")


def downgrade() -> None:
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_index('ix_members_last_name')
        batch_op.drop_index('ix_members_first_name')
    with op.batch_alter_table('household_sources', schema=None) as batch_op:
        batch_op.drop_index('ix_household_sources_list_year')
    with op.batch_alter_table('households', schema=None) as batch_op:
        for name, _column in reversed(_LIST_INDEXES):
            batch_op.drop_index(name)
    with op.batch_alter_table('history', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_history_change_id_change_sets'), type_='foreignkey')
        batch_op.drop_index(batch_op.f('ix_history_change_id'))
        batch_op.drop_index('ix_history_household')
        batch_op.drop_column('change_id')
        batch_op.drop_column('household_id')
    with op.batch_alter_table('change_sets', schema=None) as batch_op:
        batch_op.drop_index('ix_change_sets_household')
    op.drop_table('change_sets')
