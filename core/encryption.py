"""Encryption at rest for SQLite databases with SQLCipher (the optional ``sqlcipher3`` package).

What it protects: the database file and its automatic backups when a laptop, a disk or a copy
of the file is lost or stolen: without the passphrase the file is random bytes. What it does
not protect: someone using the program while it is open, malicious software on the PC,
printed or exported files (PDF, Excel), and copies made before encryption.

The passphrase belongs to the database, not to a user: every user of the office's file opens
it with the same passphrase (their own sign-in comes after it), and a forgotten passphrase
cannot be recovered.
"""

from __future__ import annotations

from pathlib import Path

from core.backup import check_backup_file
from core.errors import UserError, user_errors
from core.i18n import translate
from db.engine import cipher_available, connect_file, file_is_encrypted

MIN_PASSPHRASE = 8


def check_passphrase(passphrase: str) -> str:
    """Refuse a passphrase that is too short to protect anything."""
    if len(passphrase) < MIN_PASSPHRASE:
        raise UserError(translate("errors", "The passphrase needs at least {n} characters.")
                        .format(n=MIN_PASSPHRASE))
    return passphrase


def require_cipher() -> None:
    """A clear message when SQLCipher is not installed."""
    if not cipher_available():
        raise UserError(translate(
            "errors", "Encrypted databases need SQLCipher, which is not installed with this "
            "copy of KaeJon Desk (pip install \"kaejon-desk[encryption]\")."))


def encrypted_name(source: Path) -> Path:
    """Where the encrypted copy of ``office.db`` goes: ``office-encrypted.db`` beside it."""
    return source.with_name(f"{source.stem}-encrypted{source.suffix}")


def encrypt_copy(source: Path, out: Path, passphrase: str) -> Path:
    """Write an encrypted copy of the plain database ``source`` to ``out``; the original stays
    as it is until the user has checked the copy and removes it."""
    require_cipher()
    check_passphrase(passphrase)
    if file_is_encrypted(source):
        raise UserError(translate("errors", "{name} is already encrypted.").format(name=source))
    check_backup_file(source)
    out = out.expanduser().absolute()
    if out.exists():
        raise UserError(translate("errors", "{name} exists already. Choose another file name.")
                        .format(name=out))
    partial = out.with_name(out.name + ".partial")
    partial.unlink(missing_ok=True)
    with user_errors(str(out)):
        import sqlcipher3

        con = sqlcipher3.connect(source.resolve().as_uri() + "?mode=ro", uri=True)
        try:  # SQLCipher's own way to encrypt a plain file: export into an attached keyed one
            con.execute("ATTACH DATABASE ? AS encrypted KEY ?", (str(partial), passphrase))
            con.execute("SELECT sqlcipher_export('encrypted')")
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA encrypted.user_version = {int(version)}")
            con.execute("DETACH DATABASE encrypted")
        finally:
            con.close()
        check = connect_file(partial, key=passphrase)
        try:
            ok = check.execute("PRAGMA quick_check").fetchone()
            check.execute("PRAGMA journal_mode=WAL")
        finally:
            check.close()
        if not ok or ok[0] != "ok":
            partial.unlink(missing_ok=True)
            raise UserError(translate("errors", "The encrypted copy failed its check; nothing "
                                      "was changed."))
        check_backup_file(partial, key=passphrase)
        partial.replace(out)
    return out
