"""User accounts: passwords (argon2), signing in, roles and subdistricts, disabling, idle lock."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from sqlalchemy import URL, delete, func, select
from sqlalchemy.orm import Session

from core import keyring
from core.access import ADMIN, OFFICER, ROLES, AccessDenied, Permission, require
from core.audit import record_audit
from core.database import Database, locate, open_database
from core.errors import UserError
from core.history import Actor, actor_of, record_insert, record_update
from core.i18n import translate
from db.engine import file_is_encrypted, sqlite_path
from db.models import AppSetting, Household, OfficeProfile, Subdistrict, User, UserSubdistrict

MIN_PASSWORD_LENGTH = 8
IDLE_SETTING = "session.idle_minutes"
DEFAULT_IDLE_MINUTES = 15

if TYPE_CHECKING:
    from argon2 import PasswordHasher


@cache
def _hasher() -> PasswordHasher:
    from argon2 import PasswordHasher  # loads when a password is checked, not at start-up

    return PasswordHasher()


class AuthenticationError(AccessDenied):
    """Unknown user, wrong password or a disabled account (the message does not say which)."""


class KeyNotOpened(AuthenticationError):
    """An encrypted database's keyring has no copy of its passphrase that opens with this
    name and password: a wrong password, or someone who has to give the passphrase once."""


@dataclass(frozen=True)
class UserRow:
    """One account as the user list shows it."""

    id: int
    username: str
    full_name: str
    position: str | None
    role: str
    subdistricts: tuple[str, ...]
    active: bool
    version: int


def hash_password(password: str) -> str:
    """An argon2id hash of the password (salted; the password itself is never stored)."""
    return _hasher().hash(password)


def _check_new_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise UserError(translate("users", "A password needs at least {n} characters.")
                        .format(n=MIN_PASSWORD_LENGTH))


def _password_matches(user: User, password: str) -> bool:
    if not user.password_hash:
        return False
    from argon2.exceptions import InvalidHashError, VerificationError

    try:
        return _hasher().verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):  # VerifyMismatchError is a VerificationError
        return False


def has_users(session: Session) -> bool:
    """Whether anyone can sign in (a person with a password); before that the system acts."""
    return session.scalar(select(User.id).where(User.is_system.is_(False),
                                                User.password_hash.is_not(None)).limit(1)) is not None


def active_account(session: Session, username: str) -> Actor | None:
    """The actor of an active, non-system account of that name (another copy of the
    database, such as a restored backup, has its own users)."""
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is None or not user.active or user.is_system:
        return None
    return actor_of(session, user)


def full_name_of(session: Session, actor: Actor) -> str:
    """The name people know the actor by (the account's full name, else its user name)."""
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    return (user.full_name if user is not None and user.full_name else None) or actor.username


def _user(session: Session, username: str) -> User:
    user = session.scalars(select(User).where(User.username == username.strip())).first()
    if user is None or user.is_system:
        raise UserError(translate("users", "There is no user {name}.").format(name=username))
    return user


def _check_subdistricts(session: Session, codes: Iterable[str]) -> list[str]:
    codes = sorted(set(codes))
    known = set(session.scalars(select(Subdistrict.code).where(Subdistrict.code.in_(codes))))
    unknown = [c for c in codes if c not in known]
    if unknown:
        raise UserError(translate("users", "There is no subdistrict {code} (a subdistrict code has "
                                  "6 digits).").format(code=", ".join(unknown)))
    return codes


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise UserError(translate("users", "The role must be admin, officer or viewer."))


def _set_subdistricts(session: Session, user: User, codes: Sequence[str]) -> None:
    session.execute(delete(UserSubdistrict).where(UserSubdistrict.user_id == user.id))
    session.add_all(UserSubdistrict(user_id=user.id, subdistrict_code=c) for c in codes)
    session.flush()


def add_user(session: Session, actor: Actor, *, username: str, full_name: str, role: str,
             password: str, subdistricts: Sequence[str] = (), position: str | None = None) -> Actor:
    """Add an account; the first one (no one can sign in yet) must be an administrator.

    A passwordless account of the same name (the first-run ``admin`` of older versions) is
    taken over rather than duplicated.
    """
    first = not has_users(session)
    if first:
        if role != ADMIN:
            raise UserError(translate("users", "The first user must be an administrator (admin)."))
    else:
        require(actor, Permission.MANAGE_USERS)
    _check_role(role)
    username = username.strip()
    if not username or len(username) > 60 or any(ch.isspace() for ch in username):
        raise UserError(translate("users", "A user name is one word of at most 60 characters."))
    _check_new_password(password)
    codes = _check_subdistricts(session, subdistricts) if role == OFFICER else []
    user = session.scalars(select(User).where(User.username == username)).first()
    if user is not None and (user.is_system or user.password_hash):
        raise UserError(translate("users", "The user name {name} is taken.").format(name=username))
    if user is None:
        user = User(username=username, full_name=full_name.strip() or username, role=role,
                    position=position, password_hash=hash_password(password))
        session.add(user)
        record_insert(session, actor, user, reason="user added")
    else:
        user.full_name = full_name.strip() or user.full_name
        user.role, user.position, user.active = role, position or user.position, True
        user.password_hash = hash_password(password)
        session.flush()
        record_update(session, actor, user, reason="user added")
    _set_subdistricts(session, user, codes)
    keyring.seal_after_commit(session, username, password)
    record_audit(session, actor, "user_add", target=username,
                 detail={"role": role, "subdistricts": codes, "first": first})
    return actor_of(session, user)


def _active_admins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User).where(
        User.role == ADMIN, User.active.is_(True), User.is_system.is_(False),
        User.password_hash.is_not(None))) or 0


def update_user(session: Session, actor: Actor, username: str, *, role: str | None = None,
                subdistricts: Sequence[str] | None = None, full_name: str | None = None,
                position: str | None = None, active: bool | None = None) -> UserRow:
    """Change an account's role, subdistricts, names or whether it may sign in (admins only).

    Disabling keeps the account, so its history still names who did what. The last active
    administrator can be neither disabled nor given another role.
    """
    require(actor, Permission.MANAGE_USERS)
    user = _user(session, username)
    was_admin = user.role == ADMIN and user.active
    if role is not None:
        _check_role(role)
        user.role = role
    if full_name is not None and full_name.strip():
        user.full_name = full_name.strip()
    if position is not None:
        user.position = position.strip() or None
    if active is not None:
        user.active = active
    if was_admin and (user.role != ADMIN or not user.active):
        session.flush()
        if _active_admins(session) == 0:
            raise UserError(translate("users", "{name} is the last administrator: add another "
                                      "administrator first.").format(name=user.username))
    changed = record_update(session, actor, user, reason="user changed")
    old_codes = sorted(session.scalars(select(UserSubdistrict.subdistrict_code)
                                       .where(UserSubdistrict.user_id == user.id)))
    codes = old_codes
    if subdistricts is not None or user.role != OFFICER:
        codes = _check_subdistricts(session, subdistricts or ()) if user.role == OFFICER else []
        if codes != old_codes:
            _set_subdistricts(session, user, codes)
    if active is False:
        keyring.forget_after_commit(session, user.username)
    if changed or codes != old_codes:
        action = ("user_disable" if active is False else "user_enable" if active
                  else "user_change")
        record_audit(session, actor, action, target=user.username,
                     detail={"role": user.role, "subdistricts": codes, "active": user.active})
    return _row(session, user)


def reset_password(session: Session, actor: Actor, username: str, new_password: str) -> None:
    """An administrator sets someone's password (for a forgotten one)."""
    require(actor, Permission.MANAGE_USERS)
    _check_new_password(new_password)
    user = _user(session, username)
    user.password_hash = hash_password(new_password)
    session.flush()
    if user.active:  # a disabled account's password must not open an encrypted file
        keyring.seal_after_commit(session, user.username, new_password)
    record_audit(session, actor, "password_reset", target=user.username)


def change_password(session: Session, actor: Actor, old_password: str, new_password: str) -> None:
    """The signed-in user changes their own password (the old one is asked again)."""
    user = session.get(User, actor.user_id) if actor.user_id is not None else None
    if user is None or user.is_system or not _password_matches(user, old_password):
        raise AuthenticationError(translate("users", "The current password is wrong."))
    _check_new_password(new_password)
    user.password_hash = hash_password(new_password)
    session.flush()
    keyring.seal_after_commit(session, user.username, new_password)
    record_audit(session, actor, "password_change", target=user.username)


def sign_in(database: Database, username: str, password: str, *, via: str = "window",
            key_checked: bool = False) -> Actor:
    """Check a user name and password; the attempt, good or bad, goes to the audit log.

    In an encrypted database a good sign-in also seals the passphrase for the user when their
    copy in the keyring is missing or stale (``key_checked``: it has just opened it)."""
    with database.begin() as s:
        user = s.scalars(select(User).where(User.username == username.strip())).first()
        ok = (user is not None and not user.is_system and user.active
              and _password_matches(user, password))
        if ok:
            assert user is not None
            actor = actor_of(s, user)
            record_audit(s, actor, "sign_in", target=user.username, detail={"via": via})
            if not key_checked:
                keyring.ensure_after_commit(s, user.username, password)
            return actor
        who = Actor(user.id, user.username) if user is not None else Actor(None, username.strip())
        record_audit(s, who, "sign_in_failed", target=username.strip(),
                     detail={"via": via, "disabled": bool(user is not None and not user.active)})
    raise AuthenticationError(translate(
        "users", "Wrong user name or password, or the account is disabled."))


def open_signed_in(db: str | os.PathLike[str] | URL | None, username: str, password: str, *,
                   passphrase: str | None = None, via: str = "window") -> Database:
    """Open a database as a user: an encrypted file with the passphrase sealed for them in its
    keyring (or with ``passphrase``, given once), then signed in (:attr:`Database.just_signed_in`).

    A plain database or a server just opens. Raises :class:`KeyNotOpened` when the keyring
    does not open with that name and password, :class:`AuthenticationError` when the sign-in
    itself fails; nothing stays open then."""
    url = db if isinstance(db, URL) else locate(db)[0]
    path = sqlite_path(url)
    key = passphrase
    opened_by_keyring = False
    if key is None and path is not None and file_is_encrypted(path):
        key = keyring.passphrase_for(path, username, password)
        if key is None:
            message = translate("users", "Wrong user name or password.")
            if not keyring.keyring_users(path):
                message = translate("users", "This encrypted database does not know anyone's "
                                    "password yet.")
            raise KeyNotOpened(message + " " + translate(
                "users", "If you have not yet opened it with your own password, give the "
                "database passphrase once as well; after that your password opens it."))
        opened_by_keyring = True
    database = open_database(url, key=key)
    try:
        database.just_signed_in = sign_in(database, username, password, via=via,
                                          key_checked=opened_by_keyring)
    except BaseException:
        database.dispose()
        raise
    return database


def unlock(database: Database, actor: Actor, password: str) -> None:
    """Unlock an idle-locked window: the same user's password (logged like a sign-in)."""
    with database.read() as s:
        user = s.get(User, actor.user_id) if actor.user_id is not None else None
        name = user.username if user is not None else actor.username
    try:
        sign_in(database, name, password, via="unlock")
    except AuthenticationError as e:  # only the password was asked: say that it is wrong
        raise AuthenticationError(translate("users", "The password is wrong (or the account "
                                            "was disabled meanwhile).")) from e


def list_users(session: Session) -> list[UserRow]:
    """Every account but the built-in system one, in the order they were added."""
    users = session.scalars(select(User).where(User.is_system.is_(False)).order_by(User.id)).all()
    links = session.execute(select(UserSubdistrict.user_id, UserSubdistrict.subdistrict_code)
                            .order_by(UserSubdistrict.subdistrict_code)).all()
    codes: dict[int, list[str]] = {}
    for uid, code in links:
        codes.setdefault(uid, []).append(code)
    return [UserRow(u.id, u.username, u.full_name, u.position, u.role, tuple(codes.get(u.id, ())),
                    u.active and u.password_hash is not None, u.version) for u in users]


def _row(session: Session, user: User) -> UserRow:
    return next(r for r in list_users(session) if r.id == user.id)


def district_subdistricts(session: Session) -> list[tuple[str, str]]:
    """(code, Thai name) of the office district's subdistricts: what an officer can be given."""
    return [(code, name) for code, name in session.execute(
        select(Subdistrict.code, Subdistrict.name_th)
        .join(OfficeProfile, OfficeProfile.district_code == Subdistrict.district_code)
        .order_by(Subdistrict.code))]


def idle_minutes(session: Session) -> int:
    """Minutes without input after which the window locks (0: never)."""
    row = session.get(AppSetting, IDLE_SETTING)
    return int(row.value) if row is not None else DEFAULT_IDLE_MINUTES


def set_idle_minutes(session: Session, actor: Actor, minutes: int) -> None:
    """Set the office's idle-lock time (administrators)."""
    require(actor, Permission.EDIT_REFERENCE)
    if not 0 <= minutes <= 240:
        raise UserError(translate("users", "The lock time is 0 (never) to 240 minutes."))
    row = session.get(AppSetting, IDLE_SETTING)
    old = row.value if row is not None else None
    if row is None:
        session.add(AppSetting(key=IDLE_SETTING, value=minutes))
    else:
        row.value = minutes
    session.flush()
    record_audit(session, actor, "setting_change", target=IDLE_SETTING,
                 detail={"old": old, "new": minutes})


def unmask_household(session: Session, actor: Actor, household_id: int) -> None:
    """Log that the actor asked to see one household's full national IDs (explicit, audited)."""
    require(actor, Permission.UNMASK)
    house = session.scalar(select(Household.house_code).where(Household.id == household_id))
    record_audit(session, actor, "unmask", target=f"household:{household_id}",
                 detail={"house_code": house})
