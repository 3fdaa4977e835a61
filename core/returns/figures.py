"""The figures of a district's return, counted in SQL from the database as it is now."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import ColumnElement, and_, case, func, select
from sqlalchemy.orm import Session, aliased

from core.access import Permission, require
from core.errors import Cancelled, ProgressFn, UserError
from core.history import Actor
from core.i18n import translate
from core.reference import code_labels
from core.returns.model import (
    AGENCIES,
    DIMENSIONS,
    HOUSEHOLDS,
    LEVELS,
    SUMMARY,
    Column,
    FigureTable,
    HouseholdLine,
    Period,
    ReturnData,
    ReturnMeta,
    Row,
)
from core.thai import (
    format_date_be,
    format_house_code,
    format_national_id,
    mask_national_id,
    thai_sort_key,
)
from db.models import (
    CapitalAssessment,
    Dimension,
    District,
    Household,
    Intervention,
    LevelBand,
    Member,
    OfficeProfile,
    Partner,
    Province,
    Subdistrict,
    User,
    Village,
)

VERIFICATION_GROUP = "ผลการสอบทาน"
HELP_GROUP = "สถานะการช่วยเหลือ (ครัวเรือนที่ยืนยัน)"
# key, heading, group; verification statuses are the code list's, help statuses likewise.
SUMMARY_COLUMNS = (
    Column("total", "ครัวเรือน\nเป้าหมาย"),
    Column("pending", "รอสอบทาน", VERIFICATION_GROUP),
    Column("verified", "สอบทานแล้ว", VERIFICATION_GROUP),
    Column("confirmed", "ยืนยันเป็น\nเป้าหมาย", VERIFICATION_GROUP),
    Column("not_eligible", "ไม่เข้าเกณฑ์", VERIFICATION_GROUP),
    Column("not_found", "ไม่พบ/ย้ายออก", VERIFICATION_GROUP),
    Column("ended", "เสียชีวิต/\nยุบครัวเรือน", VERIFICATION_GROUP),
    Column("duplicate", "ซ้ำ", VERIFICATION_GROUP),
    Column("target", "ยังไม่ได้รับ\nการช่วยเหลือ", HELP_GROUP),
    Column("in_progress", "อยู่ระหว่าง\nดำเนินการ", HELP_GROUP),
    Column("helped", "ช่วยเหลือแล้ว", HELP_GROUP),
    Column("self_resolved", "แก้ไขได้\nด้วยตนเอง", HELP_GROUP),
    Column("graduated", "พ้นความ\nยากจน", HELP_GROUP),
)
HELP_STATUSES = ("in_progress", "helped", "self_resolved", "graduated")
VERIFICATION_STATUSES = ("confirmed", "not_eligible", "not_found", "ended", "duplicate")
# Referrals that reached the agency (past "planned"); cancelled ones are not counted at all.
REFERRED_STATUSES = ("referred", "accepted", "declined", "in_progress", "done")
NO_PARTNER_LABEL = "ไม่ระบุหน่วยงาน"

STEPS = 5


def _check(progress: ProgressFn | None, done: int, total: int) -> None:
    if progress is not None and progress(done, total) is False:
        raise Cancelled()


def _district(session: Session) -> tuple[OfficeProfile, District, Province]:
    office = session.scalars(select(OfficeProfile)).first()
    if office is None:
        raise UserError(translate(
            "returns", "This database has no office yet: set up the office before making a "
            "return."))
    return (office, session.get_one(District, office.district_code),
            session.get_one(Province, office.province_code))


def _areas(session: Session, district_code: str) -> list[tuple[str, str]]:
    """The district's subdistricts, plus any other subdistrict a household is filed under."""
    codes = select(Household.subdistrict_code).distinct().scalar_subquery()
    return [(code, name) for code, name in session.execute(
        select(Subdistrict.code, Subdistrict.name_th)
        .where((Subdistrict.district_code == district_code) | Subdistrict.code.in_(codes))
        .order_by(Subdistrict.code))]


def _table(key: str, title: str, heading: str, columns: list[Column],
           areas: list[tuple[str, str]], counts: dict[str, list[int]]) -> FigureTable:
    width = len(columns)
    rows = [Row(code, name, counts.get(code, [0] * width)) for code, name in areas]
    return FigureTable(key, title, heading, columns, rows)


def summary_table(session: Session, areas: list[tuple[str, str]]) -> FigureTable:
    """Households per subdistrict by verification status and (confirmed) help status."""
    vs, hs = Household.verification_status, Household.help_status

    def n(condition: ColumnElement[bool]) -> ColumnElement[int]:
        return func.sum(case((condition, 1), else_=0))

    confirmed = vs == "confirmed"
    query = select(
        Household.subdistrict_code,
        func.count(),
        n(vs == "pending"),
        n(vs != "pending"),
        *(n(vs == status) for status in VERIFICATION_STATUSES),
        n(and_(confirmed, (hs.is_(None)) | (hs.not_in(HELP_STATUSES)))),
        *(n(and_(confirmed, hs == status)) for status in HELP_STATUSES),
    ).group_by(Household.subdistrict_code)
    counts = {row[0]: [int(v or 0) for v in row[1:]] for row in session.execute(query)}
    return _table(SUMMARY, "สรุปผลการดำเนินงานรายตำบล (ครัวเรือน)", "ตำบล",
                  list(SUMMARY_COLUMNS), areas, counts)


def dimension_table(session: Session, areas: list[tuple[str, str]]) -> FigureTable:
    """Households per subdistrict that fail each dimension (failed_dimension_mask & bit)."""
    dims = session.execute(
        select(Dimension.code, Dimension.label_th).order_by(Dimension.sort_order)).all()
    columns = [Column(code, label, "มิติที่ไม่ผ่าน") for code, label in dims]
    columns.append(Column("any", "อย่างน้อย\n1 มิติ"))
    position = {code: i for i, (code, _label) in enumerate(dims)}
    counts: dict[str, list[int]] = {}
    for sub, dim, n in session.execute(
            select(Household.subdistrict_code, Dimension.code, func.count())
            .join(Dimension, Household.failed_dimension_mask.bitwise_and(Dimension.bit) != 0)
            .group_by(Household.subdistrict_code, Dimension.code)):
        counts.setdefault(sub, [0] * len(columns))[position[dim]] = int(n)
    for sub, n in session.execute(
            select(Household.subdistrict_code, func.count())
            .where(Household.failed_dimension_mask != 0)
            .group_by(Household.subdistrict_code)):
        counts.setdefault(sub, [0] * len(columns))[-1] = int(n)
    table = _table(DIMENSIONS, "ครัวเรือนที่มีปัญหาแยกตามมิติ (ครัวเรือน)", "ตำบล", columns,
                   areas, counts)
    table.notes.append("ครัวเรือนหนึ่งอาจไม่ผ่านหลายมิติ จึงนับอยู่ในหลายคอลัมน์")
    return table


AGENCY_COLUMNS = (
    Column("referrals", "รายการ\nช่วยเหลือ", "จำนวน"),
    Column("referred", "ส่งต่อแล้ว", "จำนวน"),
    Column("done", "เสร็จสิ้น", "จำนวน"),
    Column("households", "ครัวเรือน", "จำนวน"),
    Column("planned", "ตามแผน (บาท)", "งบประมาณ", money=True),
    Column("actual", "ใช้จ่ายจริง (บาท)", "งบประมาณ", money=True),
)


def agency_table(session: Session) -> FigureTable:
    """Help per partner agency: referrals, households and baht (from satang) planned and spent."""
    live = Intervention.status != "cancelled"
    rows = {
        pid: [int(v or 0) for v in rest]
        for pid, *rest in session.execute(
            select(Intervention.partner_id, func.count(),
                   func.sum(case((Intervention.status.in_(REFERRED_STATUSES), 1), else_=0)),
                   func.sum(case((Intervention.status == "done", 1), else_=0)),
                   func.count(Intervention.household_id.distinct()),
                   func.coalesce(func.sum(Intervention.planned_satang), 0),
                   func.coalesce(func.sum(Intervention.actual_satang), 0))
            .where(live).group_by(Intervention.partner_id))}
    partners = sorted(  # in Thai dictionary order (สำนักงานเกษตร… before สำนักงานส่งเสริม…)
        session.execute(select(Partner.id, Partner.name, Partner.active)).all(),
        key=lambda row: (thai_sort_key(row[1]), row[0]))
    width = len(AGENCY_COLUMNS)
    table_rows = [Row(f"p{pid}", name, rows.get(pid, [0] * width))
                  for pid, name, active in partners if active or pid in rows]
    if None in rows:
        table_rows.append(Row("none", NO_PARTNER_LABEL, rows[None]))
    distinct = int(session.scalar(
        select(func.count(Intervention.household_id.distinct())).where(live)) or 0)
    table = FigureTable(AGENCIES, "การช่วยเหลือรายหน่วยงาน", "หน่วยงาน", list(AGENCY_COLUMNS),
                        table_rows)
    table.notes.append(f"ครัวเรือนที่ได้รับการช่วยเหลือจากทุกหน่วยงาน (ไม่นับซ้ำ) {distinct:,} "
                       "ครัวเรือน ทั้งนี้ไม่นับรายการที่ยกเลิก")
    return table


def level_table(session: Session, areas: list[tuple[str, str]]) -> FigureTable:
    """Household levels at the first and the latest capital assessment, per subdistrict."""
    bands = session.execute(select(LevelBand.level, LevelBand.label_th).order_by(LevelBand.level)).all()
    before = "ก่อน (ประเมินครั้งแรก)"
    after = "หลัง (ประเมินครั้งล่าสุด)"
    change = "การเปลี่ยนแปลง (ประเมิน 2 ครั้งขึ้นไป)"
    columns = [Column("assessed", "ประเมินแล้ว")]
    columns += [Column(f"before_{lv}", label, before) for lv, label in bands]
    columns += [Column(f"after_{lv}", label, after) for lv, label in bands]
    columns += [Column("better", "ดีขึ้น", change), Column("same", "คงที่", change),
                Column("worse", "แย่ลง", change), Column("once", "ประเมิน\nครั้งเดียว")]
    index = {c.key: i for i, c in enumerate(columns)}
    rounds = (select(CapitalAssessment.household_id,
                     func.min(CapitalAssessment.round_no).label("first"),
                     func.max(CapitalAssessment.round_no).label("last"),
                     case((func.count() == 1, 1), else_=0).label("once"))
              .group_by(CapitalAssessment.household_id).subquery())
    first = aliased(CapitalAssessment)
    last = aliased(CapitalAssessment)
    query = (
        select(Household.subdistrict_code, first.level, last.level, rounds.c.once, func.count())
        .join(rounds, rounds.c.household_id == Household.id)
        .join(first, and_(first.household_id == Household.id, first.round_no == rounds.c.first))
        .join(last, and_(last.household_id == Household.id, last.round_no == rounds.c.last))
        .group_by(Household.subdistrict_code, first.level, last.level, rounds.c.once))
    counts: dict[str, list[int]] = {}
    for sub, lv_before, lv_after, once, n in session.execute(query):
        values = counts.setdefault(sub, [0] * len(columns))
        values[index["assessed"]] += n
        if f"before_{lv_before}" in index:
            values[index[f"before_{lv_before}"]] += n
        if f"after_{lv_after}" in index:
            values[index[f"after_{lv_after}"]] += n
        if once:
            values[index["once"]] += n
        else:
            key = "better" if lv_after > lv_before else "worse" if lv_after < lv_before else "same"
            values[index[key]] += n
    return _table(LEVELS, "ระดับครัวเรือนก่อนและหลังการช่วยเหลือ (ครัวเรือน)", "ตำบล", columns,
                  areas, counts)


def household_lines(session: Session, *, full_ids: bool,
                    check: Callable[[int, int], None] | None = None) -> list[HouseholdLine]:
    """Every household with its head, masked national ID (full when asked), statuses and level."""
    verification = code_labels(session, "verification_status")
    help_labels = code_labels(session, "help_status")
    dims = session.execute(
        select(Dimension.bit, Dimension.label_th).order_by(Dimension.sort_order)).all()
    bands: dict[int, str] = {lv: label for lv, label in session.execute(
        select(LevelBand.level, LevelBand.label_th))}
    head_id = (select(Member.national_id)
               .where(Member.household_id == Household.id, Member.is_head.is_(True))
               .order_by(Member.id).limit(1).correlate(Household).scalar_subquery())
    query = (
        select(Subdistrict.name_th, Village.number, Village.name, Household.house_no,
               Household.house_code, Household.head_name, head_id, Household.member_count,
               Household.failed_dimension_mask, Household.level, Household.verification_status,
               Household.help_status, Household.last_visit_on, Household.id)
        .join(Subdistrict, Subdistrict.code == Household.subdistrict_code)
        .outerjoin(Village, Village.id == Household.village_id)
        .order_by(Household.subdistrict_code, Village.number, Household.house_code, Household.id))
    fmt = format_national_id if full_ids else mask_national_id
    dim_text: dict[int, str] = {}
    lines: list[HouseholdLine] = []
    for (sub, vno, vname, house_no, house_code, head, pid, members, mask, level, vs, hs,
         visited, household_id) in session.execute(query):
        text = dim_text.get(mask)
        if text is None:
            text = dim_text[mask] = ", ".join(label for bit, label in dims if mask & bit)
        lines.append(HouseholdLine(
            sub, vno, vname or "", house_no or "", format_house_code(house_code or ""),
            head or "", fmt(pid) if pid else "", int(members or 0), text,
            bands.get(level, "") if level is not None else "",
            verification.get(vs, vs), help_labels.get(hs, hs) if hs else "",
            format_date_be(visited, style="short") if visited else "", household_id))
        if check is not None and len(lines) % 5000 == 0:
            check(len(lines), 0)
    return lines


def preparer(session: Session, actor: Actor | None) -> tuple[str, str]:
    """Who prepares a return: the acting user's name and position, or the office's officer
    when the built-in account acts (the command line)."""
    user = session.get(User, actor.user_id) if actor and actor.user_id else None
    if user is not None and not user.is_system:
        return user.full_name, user.position or ""
    office = session.scalars(select(OfficeProfile)).first()
    if office is None:
        return "", ""
    return office.officer_name or "", office.officer_position or ""


def district_return(session: Session, *, period: Period, actor: Actor | None = None,
                    full_ids: bool = False, with_households: bool = True,
                    today: dt.date | None = None,
                    progress: ProgressFn | None = None) -> ReturnData:
    """Count everything the standard return shows, in one read transaction (the caller's).

    With an ``actor``, their role must allow a list with names (``with_households``) and full
    national IDs (``full_ids``).
    """
    if actor is not None:
        if with_households:
            require(actor, Permission.EXPORT_PERSONAL)
        if full_ids:
            require(actor, Permission.SEE_FULL_IDS)
    office, district, province = _district(session)
    name, position = preparer(session, actor)
    meta = ReturnMeta(
        kind="district", province_code=province.code, province_name=province.name_th,
        district_code=district.code, district_name=district.name_th,
        office_name=office.office_name, period=str(period), prepared_by=name,
        prepared_position=position, prepared_on=(today or dt.date.today()).isoformat(),
        full_ids=full_ids)
    areas = _areas(session, district.code)
    tables: dict[str, FigureTable] = {}
    _check(progress, 0, STEPS)
    tables[SUMMARY] = summary_table(session, areas)
    _check(progress, 1, STEPS)
    tables[DIMENSIONS] = dimension_table(session, areas)
    _check(progress, 2, STEPS)
    tables[AGENCIES] = agency_table(session)
    _check(progress, 3, STEPS)
    tables[LEVELS] = level_table(session, areas)
    _check(progress, 4, STEPS)
    lines: list[HouseholdLine] = []
    if with_households:
        lines = household_lines(session, full_ids=full_ids,
                                check=lambda _d, _t: _check(progress, 4, STEPS))
    _check(progress, STEPS, STEPS)
    return ReturnData(meta, tables, lines)


__all__ = ["HOUSEHOLDS", "district_return"]
