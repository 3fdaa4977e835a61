"""The office profile: which district this database serves and who signs its papers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.access import ADMIN, Permission, require
from core.errors import UserError
from core.history import Actor, record_insert, record_update
from core.i18n import translate
from core.reference import fill_partner_addressees, require_district
from db.models import AppSetting, District, OfficeProfile, Province, User

DEMO_SETTING = "contains_demo_data"  # set by the demo generator; the window says so


@dataclass(frozen=True)
class OfficeSetup:
    """What the first-run dialog or ``init`` asks for."""

    district_code: str
    office_name: str | None = None
    chief_name: str | None = None
    chief_position: str | None = None
    officer_name: str | None = None
    officer_position: str | None = None
    admin_username: str = "admin"
    admin_full_name: str | None = None
    admin_password: str | None = None  # the first administrator signs in with it


def default_office_name(district_name: str) -> str:
    """The usual name of the district poverty centre."""
    return f"ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจน อำเภอ{district_name}"


def create_office(session: Session, actor: Actor, setup: OfficeSetup) -> OfficeProfile:
    """Make this database the office database of one district (once)."""
    require(actor, Permission.EDIT_REFERENCE)
    if session.scalars(select(OfficeProfile)).first() is not None:
        raise UserError(translate(
            "errors", "This database already belongs to an office; it cannot be set up again."))
    require_district(session, setup.district_code)
    district = session.get_one(District, setup.district_code)
    office = OfficeProfile(
        province_code=district.province_code,
        district_code=district.code,
        office_name=(setup.office_name or "").strip() or default_office_name(district.name_th),
        chief_name=setup.chief_name,
        chief_position=setup.chief_position or f"นายอำเภอ{district.name_th}",
        officer_name=setup.officer_name,
        officer_position=setup.officer_position,
    )
    session.add(office)
    record_insert(session, actor, office, reason="office set-up")
    fill_partner_addressees(session, actor)  # their titles name the province or district
    if setup.admin_password is not None:
        from core.users import add_user

        add_user(session, actor, username=setup.admin_username,
                 full_name=setup.admin_full_name or setup.officer_name or "ผู้ดูแลระบบ",
                 role=ADMIN, password=setup.admin_password, position=setup.officer_position)
    elif session.scalar(select(User.id).where(User.username == setup.admin_username)) is None:
        # No one can sign in with this account until a password is set (first start, user add).
        admin = User(username=setup.admin_username,
                     full_name=setup.admin_full_name or setup.officer_name or "ผู้ดูแลระบบ",
                     position=setup.officer_position, role="admin")
        session.add(admin)
        record_insert(session, actor, admin, reason="first administrator")
    return office


def update_office(
    session: Session, actor: Actor, office_id: int, version: int, **fields: str | None
) -> OfficeProfile:
    """Change the office's names and signatories (optimistic locking on ``version``)."""
    require(actor, Permission.EDIT_REFERENCE)
    office = session.get_one(OfficeProfile, office_id)
    if office.version != version:
        raise StaleDataError("office profile changed")
    for key, value in fields.items():
        if key not in {"office_name", "office_address", "phone", "letter_prefix", "chief_name",
                       "chief_position", "officer_name", "officer_position"}:
            raise ValueError(f"not an editable office field: {key}")
        setattr(office, key, value)
    record_update(session, actor, office, reason="office profile edited")
    return office


def office_district_name(session: Session) -> str | None:
    """The Thai name of the office's district."""
    office = session.scalars(select(OfficeProfile)).first()
    if office is None:
        return None
    return session.get_one(District, office.district_code).name_th



@dataclass(frozen=True)
class OfficeSummary:
    """The office as shown on screen."""

    office_name: str
    district_code: str
    district: str
    province: str
    chief: str
    officer: str
    demo_data: bool


def office_summary(session: Session) -> OfficeSummary | None:
    """The office profile with its area names; None before the first-run set-up."""
    row = session.execute(
        select(OfficeProfile, District.name_th, Province.name_th)
        .join(District, District.code == OfficeProfile.district_code)
        .join(Province, Province.code == OfficeProfile.province_code)).first()
    if row is None:
        return None
    office, district, province = row
    demo = session.get(AppSetting, DEMO_SETTING)
    return OfficeSummary(
        office.office_name, office.district_code, district, province,
        " · ".join(x for x in (office.chief_name, office.chief_position) if x),
        " · ".join(x for x in (office.officer_name, office.officer_position) if x),
        bool(demo and demo.value))
