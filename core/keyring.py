"""The key of an encrypted database, opened by each user's own sign-in.

An encrypted SQLite file opens with its passphrase. Nobody should have to type that shared
passphrase every morning, so the program keeps it in the *keyring* beside the file
(``office.db.keys``): one sealed copy per user, each sealed with that user's password. A user
who signs in with their own name and password opens their copy, and with it the database.

- A copy is sealed with a key derived from the password by argon2id (memory-hard, salted) and
  checked with an HMAC-SHA256 tag: a wrong password is detected, never "opened" to garbage.
- The keyring holds nothing else: the file without a password is as locked as without the
  passphrase. The database is as safe as the weakest password that opens it (at least
  :data:`core.users.MIN_PASSWORD_LENGTH` characters, and each guess costs a fraction of a
  second of work), so a lost laptop is protected by the passphrase *and* by every password.
- The passphrase itself stays the master key: it always opens the database, with or without
  the keyring (a copy of ``office.db`` alone, or a backup), and a user without a copy yet
  (a new database, an encrypted copy, a re-enabled account) types it once; their copy is then
  sealed at that successful sign-in.
- Copies follow the accounts: adding a user, resetting or changing a password seals a new
  copy, disabling an account removes it. The keyring is written only after the database
  change has been committed, atomically (a crash leaves the old keyring whole).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from core.errors import UserError
from core.i18n import translate
from db.backup import keyring_file, write_private_file
from db.engine import database_key, file_is_encrypted, sqlite_path

log = logging.getLogger(__name__)

FORMAT = "kaejon-keyring"
VERSION = 1
SALT_BYTES = 16
TAG_BYTES = 32
BLOCK = 64  # secrets are padded to whole blocks: the file does not tell a passphrase's length
# The same work as the password hashes (argon2-cffi's RFC 9106 "low memory" profile).
TIME_COST, MEMORY_KIB, PARALLELISM = 3, 65536, 4
_PENDING = "kaejon_keyring_pending"


@dataclass(frozen=True)
class Sealed:
    """One user's sealed copy of the passphrase."""

    salt: bytes
    box: bytes
    tag: bytes
    time_cost: int = TIME_COST
    memory_kib: int = MEMORY_KIB
    parallelism: int = PARALLELISM

    def to_json(self) -> dict[str, Any]:
        return {"salt": _b64(self.salt), "box": _b64(self.box), "tag": _b64(self.tag),
                "t": self.time_cost, "m": self.memory_kib, "p": self.parallelism}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Sealed:
        # The work settings are not under the tag: an edited file must not make a sign-in
        # take minutes or gigabytes (outside these bounds the copy cannot be opened).
        t, m, p = int(data["t"]), int(data["m"]), int(data["p"])
        if not (1 <= t <= 10 and 8 * p <= m <= 1 << 20 and 1 <= p <= 16):
            raise ValueError("key-stretching settings out of range")
        return cls(base64.b64decode(data["salt"]), base64.b64decode(data["box"]),
                   base64.b64decode(data["tag"]), t, m, p)


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _stream(password: str, salt: bytes, length: int, time_cost: int, memory_kib: int,
            parallelism: int) -> bytes:
    from argon2.low_level import Type, hash_secret_raw

    return hash_secret_raw(password.encode("utf-8"), salt, time_cost=time_cost,
                           memory_cost=memory_kib, parallelism=parallelism,
                           hash_len=length, type=Type.ID)


def _xor(a: bytes, b: bytes) -> bytes:
    return bytes(x ^ y for x, y in zip(a, b, strict=True))


def seal(secret: str, password: str) -> Sealed:
    """Seal ``secret`` with ``password``: a fresh salt each time, so each seal's stream of key
    bytes is used once (one-time pad), then authenticated (encrypt-then-MAC)."""
    data = secret.encode("utf-8")
    if len(data) > 0xFFFF:
        raise UserError(translate("errors", "The passphrase is too long."))
    padded = len(data).to_bytes(2, "big") + data
    padded += bytes(-len(padded) % BLOCK)
    salt = os.urandom(SALT_BYTES)
    stream = _stream(password, salt, len(padded) + TAG_BYTES, TIME_COST, MEMORY_KIB, PARALLELISM)
    box = _xor(padded, stream[:len(padded)])
    tag = hmac.new(stream[len(padded):], salt + box, hashlib.sha256).digest()
    return Sealed(salt, box, tag)


def unseal(sealed: Sealed, password: str) -> str | None:
    """The secret, or None when the password is not the one it was sealed with."""
    stream = _stream(password, sealed.salt, len(sealed.box) + TAG_BYTES, sealed.time_cost,
                     sealed.memory_kib, sealed.parallelism)
    tag = hmac.new(stream[len(sealed.box):], sealed.salt + sealed.box, hashlib.sha256).digest()
    if not hmac.compare_digest(tag, sealed.tag):
        return None
    padded = _xor(sealed.box, stream[:len(sealed.box)])
    size = int.from_bytes(padded[:2], "big")
    return padded[2:2 + size].decode("utf-8")


# --------------------------------------------------------------------------- the keyring file


def read_keyring(database_file: Path) -> dict[str, Sealed]:
    """The sealed copies beside a database file, by user name (none: no keyring yet).

    A damaged keyring counts as empty (the passphrase still opens the database) and is said
    in the log."""
    path = keyring_file(database_file)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if data.get("format") != FORMAT or int(data.get("version", 0)) > VERSION:
            raise ValueError("not a keyring this version knows")
        return {str(name): Sealed.from_json(entry) for name, entry in data["users"].items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as e:
        log.warning("keyring %s cannot be read: %s", path, e)
        return {}


def write_keyring(database_file: Path, entries: dict[str, Sealed]) -> None:
    """Replace the keyring atomically (a new file renamed over the old one), readable by the
    file's owner only; no entries left removes it."""
    path = keyring_file(database_file)
    if not entries:
        path.unlink(missing_ok=True)
        return
    text = json.dumps({"format": FORMAT, "version": VERSION,
                       "users": {name: entries[name].to_json() for name in sorted(entries)}},
                      indent=1)
    write_private_file(path, text.encode("utf-8"))


def keyring_users(database_file: Path) -> list[str]:
    """Who has a sealed copy of this database's passphrase."""
    return sorted(read_keyring(database_file))


def opens_with_sign_in(database_file: Path | None) -> bool:
    """Whether a database file is encrypted and someone's password opens it (the login comes
    before the database opens); False for a plain file, a server, or no keyring yet."""
    return (database_file is not None and database_file.is_file()
            and file_is_encrypted(database_file) and bool(read_keyring(database_file)))


def passphrase_for(database_file: Path, username: str, password: str) -> str | None:
    """The passphrase sealed for this user, if the password opens their copy (None: no copy
    for that name, or a wrong password)."""
    sealed = read_keyring(database_file).get(username.strip())
    return unseal(sealed, password) if sealed is not None else None


def store(database_file: Path, username: str, password: str, passphrase: str) -> None:
    """Seal the passphrase for one user (replacing their earlier copy)."""
    entries = read_keyring(database_file)
    entries[username] = seal(passphrase, password)
    write_keyring(database_file, entries)


def keep_only(database_file: Path, usernames: set[str]) -> None:
    """Remove the copies of names that are not (active) accounts of the database beside
    the keyring (after a restore: users added later have no account in the restored data)."""
    entries = read_keyring(database_file)
    kept = {name: sealed for name, sealed in entries.items() if name in usernames}
    if kept != entries:
        write_keyring(database_file, kept)


def forget(database_file: Path, username: str) -> None:
    """Remove one user's copy (a disabled account no longer opens the database)."""
    entries = read_keyring(database_file)
    if entries.pop(username, None) is not None:
        write_keyring(database_file, entries)


# --------------------------------------------------------------------------- after a commit


def _encrypted_file(session: Session) -> tuple[Path, str] | None:
    url = session.get_bind().engine.url
    key, path = database_key(url), sqlite_path(url)
    return (path, key) if key is not None and path is not None else None


SEAL, ENSURE, FORGET = "seal", "ensure", "forget"


def _after_commit(session: Session, action: str, username: str, password: str | None) -> None:
    target = _encrypted_file(session)
    if target is not None:  # a plain database or a server has no keyring
        session.info.setdefault(_PENDING, []).append((action, target, username, password))


def seal_after_commit(session: Session, username: str, password: str) -> None:
    """Once this session's transaction commits, seal the passphrase of its (encrypted)
    database for the user; nothing for a plain database or when the transaction rolls back."""
    _after_commit(session, SEAL, username, password)


def forget_after_commit(session: Session, username: str) -> None:
    """Once this session's transaction commits, remove the user's sealed copy."""
    _after_commit(session, FORGET, username, None)


def ensure_after_commit(session: Session, username: str, password: str) -> None:
    """Once a sign-in commits, seal a copy for the user unless theirs already opens with that
    password (the first sign-in with the passphrase, or after the passphrase changed). The
    check stretches the password: it runs after the commit, not while the sign-in holds the
    database's write lock."""
    _after_commit(session, ENSURE, username, password)


@event.listens_for(Session, "after_commit")
def _apply(session: Session) -> None:
    pending = session.info.pop(_PENDING, None)
    for action, (path, passphrase), username, password in pending or ():
        try:
            if action == FORGET:
                forget(path, username)
            elif action == SEAL or passphrase_for(path, username, password) != passphrase:
                store(path, username, password, passphrase)
        except OSError as e:  # the change itself is committed; the passphrase still opens it
            log.error("keyring of %s not updated for %s: %s", path, username, e)


@event.listens_for(Session, "after_rollback")
def _drop(session: Session) -> None:
    session.info.pop(_PENDING, None)
