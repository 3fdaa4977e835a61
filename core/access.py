"""Who may do what: the three roles, the permissions they carry and the one check services call.

Every service that changes data or lets personal data leave the program calls :func:`require`
(or :func:`require_households`) with the actor passed in, so a bug in the window or the command
line cannot get round a rule: the window only hides what the core would refuse anyway.
"""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import UserError
from core.history import SYSTEM_ROLE, Actor
from core.i18n import translate
from core.thai import format_national_id, mask_national_id
from db.models import Household, Intervention, Subdistrict

ADMIN = "admin"
OFFICER = "officer"
VIEWER = "viewer"
ROLES = (ADMIN, OFFICER, VIEWER)


class Permission(StrEnum):
    """Something a role may do."""

    EDIT_HOUSEHOLDS = "edit_households"  # officers: only in their subdistricts
    IMPORT = "import"  # import lists, undo imports, save column mappings
    PRINT = "print"  # PDF documents with names
    EXPORT_PERSONAL = "export_personal"  # the household list, returns with names
    SEE_FULL_IDS = "see_full_ids"  # national IDs shown without asking
    UNMASK = "unmask"  # show one household's IDs on request (logged)
    EDIT_REFERENCE = "edit_reference"  # office profile, partners, kinds of help, rules, settings
    MANAGE_USERS = "manage_users"
    BACKUP = "backup"
    RESTORE = "restore"
    READ_AUDIT = "read_audit"  # the audit log of who signed in, exported, printed


_OFFICER = frozenset({Permission.EDIT_HOUSEHOLDS, Permission.IMPORT, Permission.PRINT,
                      Permission.EXPORT_PERSONAL, Permission.SEE_FULL_IDS, Permission.UNMASK})
GRANTS: dict[str, frozenset[Permission]] = {
    ADMIN: frozenset(Permission),
    OFFICER: _OFFICER,
    VIEWER: frozenset({Permission.UNMASK}),
    # Automatic jobs (migrations, reference data, scheduled backups) and databases that have no
    # user yet; the command line stops using it once a user exists (ui/cli.py).
    SYSTEM_ROLE: frozenset(Permission),
}
_SCOPED = frozenset({Permission.EDIT_HOUSEHOLDS})


class AccessDenied(UserError):
    """Not signed in, wrong credentials, or a role that may not do this (CLI exit status 3)."""


class PermissionDenied(AccessDenied):
    """The actor's role does not allow the action; nothing was changed."""


def role_label(role: str) -> str:
    """The role's Thai (or English) name."""
    return {
        ADMIN: translate("access", "Administrator"),
        OFFICER: translate("access", "Officer"),
        VIEWER: translate("access", "Viewer"),
        SYSTEM_ROLE: translate("access", "System"),
    }.get(role, role)


def _action_label(permission: Permission) -> str:
    return {
        Permission.EDIT_HOUSEHOLDS: translate("access", "change household data"),
        Permission.IMPORT: translate("access", "import household lists"),
        Permission.PRINT: translate("access", "print documents with personal data"),
        Permission.EXPORT_PERSONAL: translate("access", "export lists with personal data"),
        Permission.SEE_FULL_IDS: translate("access", "see full national IDs"),
        Permission.UNMASK: translate("access", "show national IDs"),
        Permission.EDIT_REFERENCE: translate("access", "change the office's settings and "
                                                       "reference data"),
        Permission.MANAGE_USERS: translate("access", "manage users"),
        Permission.BACKUP: translate("access", "back up the database"),
        Permission.RESTORE: translate("access", "restore the database"),
        Permission.READ_AUDIT: translate("access", "read the audit log"),
    }[permission]


def can(actor: Actor, permission: Permission, *, subdistrict: str | None = None) -> bool:
    """Whether ``actor`` may do ``permission`` (for a household in ``subdistrict``, if given)."""
    if permission not in GRANTS.get(actor.role, frozenset()):
        return False
    if permission in _SCOPED and actor.role == OFFICER and subdistrict is not None:
        return subdistrict in actor.subdistricts
    return True


def require(actor: Actor, permission: Permission, *, subdistrict: str | None = None) -> None:
    """Raise :class:`PermissionDenied` (a clear Thai message) unless ``actor`` may do it."""
    if can(actor, permission, subdistrict=subdistrict):
        return
    if permission in GRANTS.get(actor.role, frozenset()):  # allowed, but not in this area
        raise PermissionDenied(translate(
            "access", "{user} may change only households in the subdistricts assigned to them; "
            "this household is in another subdistrict. Nothing was changed.").format(
                user=actor.username))
    raise PermissionDenied(translate(
        "access", "{user} ({role}) may not {action}. Nothing was changed; ask an "
        "administrator.").format(user=actor.username, role=role_label(actor.role),
                                 action=_action_label(permission)))


def _require_codes(actor: Actor, codes: Iterable[str | None]) -> None:
    for code in set(codes):
        require(actor, Permission.EDIT_HOUSEHOLDS, subdistrict=code or "")


def require_households(session: Session, actor: Actor,
                       household_ids: Iterable[int | None]) -> None:
    """The actor may change every one of these households (one query, none for admins)."""
    require(actor, Permission.EDIT_HOUSEHOLDS)
    if actor.role != OFFICER:
        return
    ids = [i for i in set(household_ids) if i is not None]
    codes = session.scalars(select(Household.subdistrict_code)
                            .where(Household.id.in_(ids)).distinct()).all() if ids else []
    _require_codes(actor, codes)


def require_subdistrict(actor: Actor, subdistrict: str | None) -> None:
    """The actor may change (or add) a household in ``subdistrict``."""
    require(actor, Permission.EDIT_HOUSEHOLDS)
    if actor.role == OFFICER:
        _require_codes(actor, [subdistrict])


def require_interventions(session: Session, actor: Actor,
                          intervention_ids: Iterable[int | None]) -> None:
    """The actor may change the households these interventions (help given) belong to."""
    require(actor, Permission.EDIT_HOUSEHOLDS)
    if actor.role != OFFICER:
        return
    ids = [i for i in set(intervention_ids) if i is not None]
    codes = session.scalars(
        select(Household.subdistrict_code).join(Intervention,
                                                Intervention.household_id == Household.id)
        .where(Intervention.id.in_(ids)).distinct()).all() if ids else []
    _require_codes(actor, codes)


def masks_ids(actor: Actor) -> bool:
    """Whether national IDs are shown masked (3-XXXX-XXXXX-XX-1) to this actor."""
    return not can(actor, Permission.SEE_FULL_IDS)


def shown_id(actor: Actor, national_id: str | None) -> str:
    """A national ID as this actor sees it: formatted, or masked for a viewer."""
    if not national_id:
        return ""
    return mask_national_id(national_id) if masks_ids(actor) else format_national_id(national_id)


def editable_subdistricts(session: Session, actor: Actor) -> list[str] | None:
    """Subdistricts whose households the actor may change (None: all of them)."""
    if not can(actor, Permission.EDIT_HOUSEHOLDS):
        return []
    if actor.role != OFFICER:
        return None
    return list(session.scalars(select(Subdistrict.code)
                                .where(Subdistrict.code.in_(sorted(actor.subdistricts)))
                                .order_by(Subdistrict.code)))
