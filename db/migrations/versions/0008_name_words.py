"""name words

Revision ID: 0008_name_words
Revises: 0007_returns
Create Date: 2026-12-03 14:10:00

SQLite only: every distinct first and last name of a member, kept by triggers, so that a search
for one or two letters reads a few thousand names instead of a million members (FTS5's trigram
index cannot match terms shorter than three characters).
"""

from collections.abc import Sequence

from alembic import op

revision: str = '0008_name_words'
down_revision: str | None = '0007_returns'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_WORDS = ("INSERT OR IGNORE INTO name_words(word) SELECT new.first_name "
          "WHERE new.first_name IS NOT NULL UNION ALL SELECT new.last_name "
          "WHERE new.last_name IS NOT NULL")
WORDS_UP = [
    "CREATE TABLE name_words (word VARCHAR PRIMARY KEY) WITHOUT ROWID",
    f"CREATE TRIGGER name_words_ai AFTER INSERT ON members BEGIN {_WORDS}; END",
    "CREATE TRIGGER name_words_au AFTER UPDATE OF first_name, last_name ON members BEGIN "
    f"{_WORDS}; END",
    "INSERT OR IGNORE INTO name_words(word) SELECT first_name FROM members "
    "WHERE first_name IS NOT NULL UNION SELECT last_name FROM members WHERE last_name IS NOT NULL",
]
WORDS_DOWN = [
    "DROP TRIGGER IF EXISTS name_words_au",
    "DROP TRIGGER IF EXISTS name_words_ai",
    "DROP TABLE IF EXISTS name_words",
]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in WORDS_UP:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in WORDS_DOWN:
            op.execute(statement)
