"""What goes on paper: reads the database and returns plain data for each printed document.

The PDF code in ``exports/pdf`` lays these out; it never sees a session. Every loader reads
in a few set-based queries (IN lists of at most ``db.bulk.CHUNK`` ids), so a village of 500
households loads in well under a second.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.access import Permission, require
from core.audit import PRINT, record_output
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.history_log import case_history
from core.i18n import translate
from core.reference import code_labels, letter_addressee
from core.thai import age_on, format_date_be, from_thai_digits
from db.bulk import chunks
from db.models import (
    Capital,
    CapitalAssessment,
    CapitalScore,
    Dimension,
    District,
    Household,
    HouseholdProblem,
    HouseholdSource,
    Indicator,
    Intervention,
    InterventionKind,
    LevelBand,
    Member,
    MemberWelfare,
    OfficeProfile,
    Partner,
    Province,
    ReferralBatch,
    Subdistrict,
    Village,
    Visit,
)

KINDS = ("verification", "referral", "register", "summary")
SUMMARY_EDITS = 12
"""The case summary shows every status change and the latest edits of the household and its
members, this many."""


# --------------------------------------------------------------------------- plain data


@dataclass(frozen=True)
class OfficeInfo:
    """The office that prints, and who signs."""

    name: str
    district: str
    province: str
    address: str
    phone: str
    letter_prefix: str
    chief_name: str
    chief_position: str
    officer_name: str
    officer_position: str


@dataclass(frozen=True)
class VillageInfo:
    """หมู่บ้าน with its subdistrict, district and province names."""

    code: str
    number: int
    name: str
    kind: str
    subdistrict: str
    district: str
    province: str

    @property
    def label(self) -> str:
        """หมู่ที่ 3 บ้านต้นแก้ว (a municipal community: its name)."""
        if self.kind == "moo":
            return f"หมู่ที่ {self.number} {self.name}"
        return self.name

    @property
    def full_label(self) -> str:
        """หมู่ที่ 3 บ้านต้นแก้ว ตำบล… อำเภอ… จังหวัด…"""
        return f"{self.label} ตำบล{self.subdistrict} อำเภอ{self.district} จังหวัด{self.province}"


@dataclass(frozen=True)
class Person:
    """A member as printed (labels, not codes)."""

    title: str
    first_name: str
    last_name: str
    national_id: str  # 13 digits or ""
    no_id_reason: str
    sex: str
    birth_date: dt.date | None
    age: int | None
    relation: str
    living: str
    health: str
    disability: str
    education: str
    work: str
    occupation: str
    income_baht_year: int | None
    welfare: tuple[str, ...]
    is_head: bool

    @property
    def full_name(self) -> str:
        """นางสาวสมศรี ใจดี (the title joined to the first name, as Thai writes it)."""
        return f"{self.title}{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class IndicatorCheck:
    """One จปฐ. indicator of a dimension and whether the household failed it."""

    number: int
    label: str
    failed: bool


@dataclass(frozen=True)
class DimensionCheck:
    """A TPMAP dimension, whether it failed, and its indicators."""

    code: str
    label: str
    failed: bool
    indicators: tuple[IndicatorCheck, ...]


@dataclass(frozen=True)
class HouseholdCard:
    """One household as the forms show it."""

    id: int
    house_code: str
    house_no: str
    address: str  # บ้านเลขที่ … ซอย … ถนน …
    village: VillageInfo
    head_name: str
    phone: str
    case_source: str
    sources: str
    verification: str
    help: str
    level: str
    stage: str
    last_visit: dt.date | None
    has_welfare_card: bool
    notes: str
    members: tuple[Person, ...]
    dimensions: tuple[DimensionCheck, ...]
    survey_year_be: int | None

    @property
    def failed_dimensions(self) -> tuple[str, ...]:
        """Labels of the failed dimensions."""
        return tuple(d.label for d in self.dimensions if d.failed)


@dataclass(frozen=True)
class VerificationBatch:
    """แบบสอบทานข้อมูลครัวเรือน for the households of one village."""

    office: OfficeInfo
    village: VillageInfo | None
    households: tuple[HouseholdCard, ...]
    outcomes: tuple[str, ...]  # the verification results to tick (not "pending")
    printed_on: dt.date


@dataclass(frozen=True)
class RegisterRow:
    """One line of the village register."""

    order: int
    household_id: int
    house_no: str
    house_code: str
    head_name: str
    head_national_id: str
    members: int
    dimensions: str
    level: str
    verification: str
    help: str
    last_visit: dt.date | None


@dataclass(frozen=True)
class VillageRegister:
    """ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน."""

    office: OfficeInfo
    village: VillageInfo
    rows: tuple[RegisterRow, ...]
    printed_on: dt.date


@dataclass(frozen=True)
class ReferralItem:
    """One household and the help asked for it."""

    head_name: str
    address: str
    help: str
    dimension: str
    for_person: str
    planned_baht: float | None
    planned_on: dt.date | None
    household_id: int = 0  # not printed: the audit log names the households a letter carried


@dataclass(frozen=True)
class PartnerInfo:
    """The agency a letter goes to."""

    name: str
    short_name: str
    address: str
    contact_person: str
    phone: str
    # เรียน …: the position the letter goes to (core.reference.letter_addressee), never a person.
    addressee: str


@dataclass(frozen=True)
class ReferralLetter:
    """หนังสือส่งต่อ of one referral batch."""

    office: OfficeInfo
    batch_id: int
    number: str
    letter_date: dt.date
    partner: PartnerInfo
    items: tuple[ReferralItem, ...]
    printed_on: dt.date

    @property
    def reference(self) -> str:
        """The letter number (ที่): the office's prefix, then the batch number."""
        prefix = self.office.letter_prefix.strip()
        return f"{prefix}/{self.number}" if prefix else self.number


@dataclass(frozen=True)
class CapitalRound:
    """One round of the 5-capital assessment."""

    round_no: int
    assessed_on: dt.date | None
    assessor: str
    scores: tuple[int | None, ...]  # in the order of CaseSummary.capitals
    mean: float
    level: str


@dataclass(frozen=True)
class VisitRow:
    """A verification visit."""

    visited_on: dt.date
    team: str
    informant: str
    findings: str
    result: str


@dataclass(frozen=True)
class InterventionRow:
    """A piece of help."""

    kind: str
    partner: str
    dimension: str
    for_person: str
    status: str
    planned_on: dt.date | None
    finished_on: dt.date | None
    planned_baht: float | None
    actual_baht: float | None
    batch_number: str
    outcome: str


@dataclass(frozen=True)
class HistoryRow:
    """A highlight of the household's history (status changes and recorded edits)."""

    at: dt.datetime
    who: str
    what: str
    reason: str


@dataclass(frozen=True)
class CaseSummary:
    """สรุปข้อมูลรายครัวเรือน."""

    office: OfficeInfo
    household: HouseholdCard
    capitals: tuple[str, ...]
    rounds: tuple[CapitalRound, ...]
    visits: tuple[VisitRow, ...]
    interventions: tuple[InterventionRow, ...]
    history: tuple[HistoryRow, ...]
    printed_on: dt.date


Document = VerificationBatch | VillageRegister | ReferralLetter | CaseSummary


@dataclass
class _Labels:
    """Code → Thai label for every code list the documents print."""

    lists: dict[str, dict[str, str]] = field(default_factory=dict)

    @classmethod
    def load(cls, session: Session) -> _Labels:
        names = ("title", "sex", "relation", "living_status", "health_status", "disability",
                 "education", "work_status", "occupation", "welfare_type", "case_source",
                 "list_source", "verification_status", "help_status", "stage",
                 "referral_status")
        return cls({name: code_labels(session, name) for name in names})

    def __call__(self, list_name: str, code: str | None) -> str:
        if code is None:
            return ""
        return self.lists.get(list_name, {}).get(code, code)


# --------------------------------------------------------------------------- loaders


def signing_position(office: OfficeInfo) -> str:
    """The position under the signature of the office's letters."""
    return office.chief_position or f"นายอำเภอ{office.district}"


def office_info(session: Session) -> OfficeInfo:
    """The office profile as printed (a database without one is refused)."""
    office = session.scalars(select(OfficeProfile)).first()
    if office is None:
        raise UserError(translate(
            "errors", "This database has no office profile yet. Set up the office first."))
    district = session.get(District, office.district_code)
    province = session.get(Province, office.province_code)
    return OfficeInfo(
        name=office.office_name, district=district.name_th if district else "",
        province=province.name_th if province else "", address=office.office_address or "",
        phone=office.phone or "", letter_prefix=office.letter_prefix or "",
        chief_name=office.chief_name or "", chief_position=office.chief_position or "",
        officer_name=office.officer_name or "", officer_position=office.officer_position or "")


def _village_info(session: Session, village: Village) -> VillageInfo:
    sub = session.get(Subdistrict, village.subdistrict_code)
    district = session.get(District, sub.district_code) if sub else None
    province = session.get(Province, district.province_code) if district else None
    return VillageInfo(village.code, village.number, village.name, village.kind,
                       sub.name_th if sub else "", district.name_th if district else "",
                       province.name_th if province else "")


def find_village(session: Session, code: str) -> Village:
    """The village with DOPA code CCAATTMM, or a Thai message."""
    code = code.strip()
    village = session.scalars(select(Village).where(Village.code == code)).first()
    if village is None:
        raise UserError(translate(
            "errors", "There is no village with the code {code} in this database "
                      "(give 8 digits CCAATTMM, e.g. 52010101).").format(code=code))
    return village


def _house_no_key(house_no: str | None) -> tuple[int, str]:
    m = re.match(r"\d+", house_no or "")
    return (int(m.group()) if m else 10**9, house_no or "")


def _village_household_ids(session: Session, village_id: int) -> list[int]:
    rows = list(session.execute(
        select(Household.id, Household.house_no)
        .where(Household.village_id == village_id, Household.merged_into_id.is_(None))
    ))
    rows.sort(key=lambda r: (_house_no_key(r[1]), r[0]))
    return [r[0] for r in rows]


def _indicator_catalogue(session: Session, set_ids: set[int]) -> dict[str, list[Indicator]]:
    stmt = select(Indicator).where(Indicator.dimension_code.is_not(None)).order_by(
        Indicator.set_id, Indicator.number)
    if set_ids:
        stmt = stmt.where(Indicator.set_id.in_(set_ids))
    by_dim: dict[str, list[Indicator]] = defaultdict(list)
    seen: set[tuple[str, int]] = set()
    for ind in session.scalars(stmt):
        assert ind.dimension_code is not None
        if (ind.dimension_code, ind.number) not in seen:
            seen.add((ind.dimension_code, ind.number))
            by_dim[ind.dimension_code].append(ind)
    return by_dim


def household_cards(session: Session, ids: Sequence[int], *, on: dt.date,
                    labels: _Labels | None = None) -> list[HouseholdCard]:
    """The households (in the order of ``ids``) with members, problems and checklists."""
    labels = labels or _Labels.load(session)
    households: dict[int, Household] = {}
    members: dict[int, list[Member]] = defaultdict(list)
    welfare: dict[int, list[str]] = defaultdict(list)
    problems: dict[int, list[tuple[str, int | None, int | None, dt.date | None]]] = \
        defaultdict(list)
    sources: dict[int, list[tuple[str, int | None]]] = defaultdict(list)
    for part in chunks(list(ids)):
        for h in session.scalars(select(Household).where(Household.id.in_(part))):
            households[h.id] = h
        member_rows = session.scalars(select(Member).where(Member.household_id.in_(part))
                                      .order_by(Member.household_id, Member.is_head.desc(),
                                                Member.id)).all()
        for m in member_rows:
            members[m.household_id].append(m)
        member_ids = [m.id for m in member_rows]
        for mpart in chunks(member_ids):
            for mid, code in session.execute(select(MemberWelfare.member_id,
                                                    MemberWelfare.welfare_code)
                                             .where(MemberWelfare.member_id.in_(mpart))):
                welfare[mid].append(code)
        for hid, dim, ind, year, resolved in session.execute(
                select(HouseholdProblem.household_id, HouseholdProblem.dimension_code,
                       HouseholdProblem.indicator_id, HouseholdProblem.survey_year_be,
                       HouseholdProblem.resolved_on)
                .where(HouseholdProblem.household_id.in_(part))):
            problems[hid].append((dim, ind, year, resolved))
        for hid, src, year in session.execute(
                select(HouseholdSource.household_id, HouseholdSource.source_code,
                       HouseholdSource.list_year_be)
                .where(HouseholdSource.household_id.in_(part))
                .order_by(HouseholdSource.id)):
            sources[hid].append((src, year))
    village_ids = {h.village_id for h in households.values() if h.village_id is not None}
    villages = {v.id: _village_info(session, v) for v in session.scalars(
        select(Village).where(Village.id.in_(village_ids)))} if village_ids else {}
    indicator_ids = {i for ps in problems.values() for _, i, _, _ in ps if i is not None}
    set_ids = set(session.scalars(select(Indicator.set_id).where(
        Indicator.id.in_(indicator_ids)).distinct())) if indicator_ids else set()
    catalogue = _indicator_catalogue(session, set_ids)
    number_of = {ind.id: ind.number for inds in catalogue.values() for ind in inds}
    if indicator_ids - set(number_of):
        for iid, num in session.execute(select(Indicator.id, Indicator.number)
                                        .where(Indicator.id.in_(indicator_ids))):
            number_of[iid] = num
    dimensions = session.execute(select(Dimension.code, Dimension.label_th)
                                 .order_by(Dimension.sort_order)).all()
    levels = dict(session.execute(select(LevelBand.level, LevelBand.label_th)).all())
    empty_village = VillageInfo("", 0, "", "moo", "", "", "")
    cards = []
    for hid in ids:
        found = households.get(hid)
        if found is None:
            continue
        h = found
        open_problems = [(d, i, y) for d, i, y, resolved in problems[hid] if resolved is None]
        failed_dims = {d for d, _, _ in open_problems}
        failed_numbers = {(d, number_of.get(i)) for d, i, _ in open_problems if i is not None}
        checks = tuple(
            DimensionCheck(code, label, code in failed_dims, tuple(
                IndicatorCheck(ind.number, ind.label_th, (code, ind.number) in failed_numbers)
                for ind in catalogue.get(code, [])))
            for code, label in dimensions)
        years = [y for _, _, y in open_problems if y is not None]
        people = tuple(_person(m, labels, welfare.get(m.id, []), on) for m in members[hid])
        head = next((p for p in people if p.is_head), None)
        address = " ".join(part for part in (
            h.house_no and f"บ้านเลขที่ {h.house_no}", h.alley and f"ซอย{h.alley}",
            h.road and f"ถนน{h.road}") if part)
        cards.append(HouseholdCard(
            id=h.id, house_code=h.house_code or "", house_no=h.house_no or "", address=address,
            village=villages.get(h.village_id, empty_village) if h.village_id else empty_village,
            head_name=h.head_name or (head.full_name if head else ""), phone=h.phone or "",
            case_source=labels("case_source", h.case_source),
            sources=", ".join(labels("list_source", s) + (f" {y}" if y else "")
                              for s, y in sources[hid]),
            verification=labels("verification_status", h.verification_status),
            help=labels("help_status", h.help_status), level=levels.get(h.level, "")
            if h.level is not None else "", stage=labels("stage", h.stage),
            last_visit=h.last_visit_on, has_welfare_card=bool(h.has_welfare_card),
            notes=h.notes or "", members=people, dimensions=checks,
            survey_year_be=max(years) if years else None))
    return cards


def _person(m: Member, labels: _Labels, welfare: list[str], on: dt.date) -> Person:
    return Person(
        title=m.title or "", first_name=m.first_name, last_name=m.last_name or "",
        national_id=m.national_id or "", no_id_reason=m.no_id_reason or "",
        sex=labels("sex", m.sex), birth_date=m.birth_date,
        age=age_on(m.birth_date, on) if m.birth_date else None,
        relation=labels("relation", m.relation), living=labels("living_status", m.living_status),
        health=labels("health_status", m.health_status),
        disability=labels("disability", m.disability) if m.disability != "none" else "",
        education=labels("education", m.education), work=labels("work_status", m.work_status),
        occupation=labels("occupation", m.occupation), income_baht_year=m.income_baht_year,
        welfare=tuple(labels("welfare_type", w) for w in welfare), is_head=bool(m.is_head))


def load_verification(session: Session, village_code: str | None = None, *,
                      household_ids: Sequence[int] | None = None,
                      on: dt.date | None = None) -> VerificationBatch:
    """The verification forms of a village (or of the given households, e.g. a selection)."""
    on = on or dt.date.today()
    office = office_info(session)
    village_info: VillageInfo | None = None
    if village_code is not None:
        village = find_village(session, village_code)
        village_info = _village_info(session, village)
        ids = _village_household_ids(session, village.id)
    else:
        ids = list(household_ids or [])
    labels = _Labels.load(session)
    cards = household_cards(session, ids, on=on, labels=labels)
    if not cards:
        raise UserError(translate("errors", "There are no households to print."))
    outcomes = tuple(label for code, label in labels.lists["verification_status"].items()
                     if code != "pending")
    return VerificationBatch(office, village_info, tuple(cards), outcomes, on)


# The register's status column in short words (the form's full labels take three lines of a
# narrow column, and a village of twelve households two pages).
REGISTER_SHORT = {"confirmed": "ยืนยัน", "ended": "เสียชีวิต/ยุบ"}


def load_register(session: Session, village_code: str, *, on: dt.date | None = None
                  ) -> VillageRegister:
    """The register of one village's target households."""
    on = on or dt.date.today()
    office = office_info(session)
    village = find_village(session, village_code)
    info = _village_info(session, village)
    ids = _village_household_ids(session, village.id)
    if not ids:
        raise UserError(translate("errors", "The village {village} has no households.")
                        .format(village=info.label))
    labels = _Labels.load(session)
    levels = dict(session.execute(select(LevelBand.level, LevelBand.label_th)).all())
    dims = session.execute(select(Dimension.label_th, Dimension.bit)
                           .order_by(Dimension.sort_order)).all()
    heads: dict[int, str] = {}
    for part in chunks(ids):
        for hid, pid in session.execute(select(Member.household_id, Member.national_id)
                                        .where(Member.household_id.in_(part),
                                               Member.is_head.is_(True))):
            heads.setdefault(hid, pid or "")
    households = {}
    for part in chunks(ids):
        households.update({h.id: h for h in session.scalars(
            select(Household).where(Household.id.in_(part)))})
    rows = []
    for n, hid in enumerate(ids, start=1):
        h = households[hid]
        mask = int(h.failed_dimension_mask or 0)
        rows.append(RegisterRow(
            order=n, household_id=hid, house_no=h.house_no or "", house_code=h.house_code or "",
            head_name=h.head_name or "", head_national_id=heads.get(hid, ""),
            members=int(h.member_count or 0),
            dimensions=", ".join(label for label, bit in dims if mask & bit),
            level=levels.get(h.level, "") if h.level is not None else "",
            verification=REGISTER_SHORT.get(h.verification_status or "")
            or labels("verification_status", h.verification_status),
            help=labels("help_status", h.help_status), last_visit=h.last_visit_on))
    return VillageRegister(office, info, tuple(rows), on)


def find_batch(session: Session, batch: str) -> ReferralBatch:
    """A referral batch by its number (ศจพ.อ.5201/2569/0001) or, for digits only, its id."""
    key = batch.strip()
    found = session.scalars(select(ReferralBatch).where(ReferralBatch.number == key)).first()
    if found is None and key.isdigit():
        found = session.get(ReferralBatch, int(key))
    if found is None:
        raise UserError(translate(
            "errors", "There is no referral batch {batch} (give its number or its id).")
            .format(batch=key))
    return found


def _baht(satang: int | None) -> float | None:
    return None if satang is None else satang / 100


def load_referral(session: Session, batch: str, *, on: dt.date | None = None) -> ReferralLetter:
    """The referral letter (and reply slip) of one batch."""
    on = on or dt.date.today()
    office = office_info(session)
    b = find_batch(session, batch)
    partner = session.get_one(Partner, b.partner_id)
    dims = dict(session.execute(select(Dimension.code, Dimension.label_th)).all())
    rows = session.execute(
        select(Intervention, InterventionKind.name, Household)
        .join(InterventionKind, InterventionKind.id == Intervention.kind_id)
        .join(Household, Household.id == Intervention.household_id)
        .where(Intervention.batch_id == b.id, Intervention.status != "cancelled")
        .order_by(Household.village_id, Household.id, Intervention.id)).all()
    village_ids = {h.village_id for _, _, h in rows if h.village_id is not None}
    villages = {v.id: _village_info(session, v) for v in session.scalars(
        select(Village).where(Village.id.in_(village_ids)))} if village_ids else {}
    member_ids = [i.member_id for i, _, _ in rows if i.member_id is not None]
    names = {m.id: f"{m.title or ''}{m.first_name} {m.last_name or ''}".strip()
             for m in session.scalars(select(Member).where(Member.id.in_(member_ids)))} \
        if member_ids else {}
    items = []
    for intervention, kind, h in rows:
        village = villages.get(h.village_id) if h.village_id else None
        address = " ".join(p for p in (
            h.house_no and f"บ้านเลขที่ {h.house_no}",
            village and village.label, village and f"ตำบล{village.subdistrict}") if p)
        items.append(ReferralItem(
            head_name=h.head_name or "", address=address, help=kind,
            dimension=dims.get(intervention.dimension_code or "", ""),
            for_person=names.get(intervention.member_id or -1, ""),
            planned_baht=_baht(intervention.planned_satang), planned_on=intervention.planned_on,
            household_id=h.id))
    if not items:
        raise UserError(translate("errors", "The referral batch {batch} holds no referrals.")
                        .format(batch=b.number))
    addressee = letter_addressee(
        partner.addressee, partner.code, partner.name, province=office.province,
        district=office.district, signer=signing_position(office))
    info = PartnerInfo(partner.name, partner.short_name or "", partner.address or "",
                       partner.contact_person or "", partner.phone or "", addressee)
    return ReferralLetter(office, b.id, b.number, b.letter_date or b.created_on, info,
                          tuple(items), on)


def load_summary(session: Session, household_id: int, *, on: dt.date | None = None
                 ) -> CaseSummary:
    """Everything about one household on a few pages."""
    on = on or dt.date.today()
    office = office_info(session)
    if session.get(Household, household_id) is None:
        raise UserError(translate("errors", "There is no household with the id {id}.")
                        .format(id=household_id))
    labels = _Labels.load(session)
    card = household_cards(session, [household_id], on=on, labels=labels)[0]
    capitals = session.execute(select(Capital.code, Capital.label_th)
                               .order_by(Capital.sort_order)).all()
    levels = dict(session.execute(select(LevelBand.level, LevelBand.label_th)).all())
    rounds = []
    for a in session.scalars(select(CapitalAssessment).where(
            CapitalAssessment.household_id == household_id).order_by(CapitalAssessment.round_no)):
        scores = dict(session.execute(select(CapitalScore.capital_code, CapitalScore.score)
                                      .where(CapitalScore.assessment_id == a.id)).all())
        rounds.append(CapitalRound(a.round_no, a.assessed_on, a.assessor or "",
                                   tuple(scores.get(code) for code, _ in capitals),
                                   a.mean_score, levels.get(a.level, "")))
    partners = dict(session.execute(select(Partner.id, func.coalesce(Partner.short_name,
                                                                       Partner.name))).all())
    visits = tuple(VisitRow(v.visited_on, v.team_names or "", v.informant or "",
                            v.findings or "", labels("verification_status", v.result))
                   for v in session.scalars(select(Visit).where(
                       Visit.household_id == household_id).order_by(Visit.visited_on, Visit.id)))
    dims = dict(session.execute(select(Dimension.code, Dimension.label_th)).all())
    members = {m.id: f"{m.title or ''}{m.first_name} {m.last_name or ''}".strip()
               for m in session.scalars(select(Member).where(Member.household_id == household_id))}
    batches = dict(session.execute(select(ReferralBatch.id, ReferralBatch.number)).all())
    interventions = tuple(
        InterventionRow(kind, partners.get(i.partner_id or -1, ""),
                        dims.get(i.dimension_code or "", ""), members.get(i.member_id or -1, ""),
                        labels("referral_status", i.status), i.planned_on, i.finished_on,
                        _baht(i.planned_satang), _baht(i.actual_satang),
                        batches.get(i.batch_id or -1, ""), i.outcome or "")
        for i, kind in session.execute(
            select(Intervention, InterventionKind.name)
            .join(InterventionKind, InterventionKind.id == Intervention.kind_id)
            .where(Intervention.household_id == household_id)
            .order_by(Intervention.planned_on, Intervention.id)))
    lines = case_history(session, household_id, tables=("households", "members"))
    status_lines = [line for line in lines if line.status_change]
    edits = [line for line in lines if not line.status_change][:SUMMARY_EDITS]
    history = [HistoryRow(line.at, line.who, line.sentence(with_record=line.table != "households"),
                          line.reason)
               for line in sorted((*status_lines, *edits), key=lambda line: (line.at, line.id))]
    return CaseSummary(office, card, tuple(label for _, label in capitals), tuple(rounds),
                       visits, interventions, tuple(history), on)


def load_document(session: Session, kind: str, key: str, *, on: dt.date | None = None
                  ) -> Document:
    """One document: ``verification``/``register`` by village code, ``referral`` by batch
    number or id, ``summary`` by household id."""
    if kind == "verification":
        return load_verification(session, key, on=on)
    if kind == "register":
        return load_register(session, key, on=on)
    if kind == "referral":
        return load_referral(session, key, on=on)
    if kind == "summary":
        return load_summary(session, household_by_key(session, key), on=on)
    raise ValueError(f"unknown document kind {kind!r}")


HOUSE_CODE_DIGITS = 11  # 5201-000005-5 as the lists show it


def household_by_key(session: Session, key: str) -> int:
    """The household a person names: its house code as the lists show it (5201-000005-5,
    with or without the dashes), or its number in the database."""
    text = from_thai_digits(key.strip())
    digits = text.replace("-", "").replace(" ", "")
    if len(digits) == HOUSE_CODE_DIGITS and digits.isdigit():
        found = session.scalar(select(Household.id).where(Household.house_code == digits))
        if found is not None:
            return found
        raise UserError(translate("errors", "There is no household with the code {code}.")
                        .format(code=key.strip()))
    if not digits.isdigit():
        raise UserError(translate("errors", "Give the household's code as the list shows it "
                                  "(e.g. 5201-000005-5), or its number."))
    return int(digits)


def read_document(database: Database, kind: str, key: str, *, actor: Actor,
                  full_ids: bool = False, on: dt.date | None = None) -> Document:
    """:func:`load_document` in a read-only transaction of its own, for an actor whose role
    may print personal data (and see full national IDs, with ``full_ids``)."""
    require(actor, Permission.PRINT)
    if full_ids:
        require(actor, Permission.SEE_FULL_IDS)
    with database.read() as s:
        return load_document(s, kind, key, on=on)


def document_households(doc: Document) -> list[int]:
    """The households whose data a document carries (for the audit log)."""
    if isinstance(doc, VerificationBatch):
        return [card.id for card in doc.households]
    if isinstance(doc, VillageRegister):
        return [row.household_id for row in doc.rows]
    if isinstance(doc, ReferralLetter):
        return sorted({item.household_id for item in doc.items})
    return [doc.household.id]


def record_print(database: Database, actor: Actor, doc: Document, kind: str, *,
                 path: Path | None = None, target: str | None = None, pages: int,
                 full_ids: bool, write: Callable[[], object] | None = None) -> None:
    """Note that a document left the system as a file (``path``, written by ``write`` in the
    same transaction when given) or on a printer (``target``)."""
    record_output(database, actor, PRINT, households=document_households(doc), path=path,
                  target=target, write=write, kind=kind, pages=pages, full_ids=full_ids)


def check_pdf_path(path: str | Path) -> Path:
    """A PDF file name to write: it ends in .pdf and its folder exists (else a Thai message)."""
    out = Path(path)
    if out.suffix.lower() != ".pdf":
        raise UserError(translate("errors", "The output file must end in .pdf: {path}")
                        .format(path=out))
    if not out.parent.exists():
        raise UserError(translate("errors", "The folder {folder} does not exist.")
                        .format(folder=out.parent))
    return out


def date_text(value: dt.date | None, *, thai_digits: bool = False, style: str = "long") -> str:
    """A BE date for a document (empty for none)."""
    return format_date_be(value, style=style, thai_digits=thai_digits)


# --------------------------------------------------------------------------- what can be printed


@dataclass(frozen=True)
class Choice:
    """Something the reports page offers: the key a loader takes and a label for people."""

    key: str
    label: str


def village_choices(session: Session) -> list[Choice]:
    """The office's villages that have households, by code, with their household counts."""
    counts = dict(session.execute(
        select(Household.village_id, func.count()).where(Household.merged_into_id.is_(None))
        .group_by(Household.village_id)).all())
    rows = session.execute(
        select(Village.id, Village.code, Village.number, Village.name, Village.kind,
               Subdistrict.name_th)
        .join(Subdistrict, Subdistrict.code == Village.subdistrict_code)
        .order_by(Village.code)).all()
    result = []
    for vid, code, number, name, kind, sub in rows:
        n = counts.get(vid, 0)
        if not n:
            continue
        label = f"หมู่ที่ {number} {name}" if kind == "moo" else name
        result.append(Choice(code, translate("documents", "{code}  {village}, {subdistrict} "
                                                          "({count} households)").format(
            code=code, village=label, subdistrict=sub, count=n)))
    return result


def batch_choices(session: Session) -> list[Choice]:
    """Referral batches, newest first, with the agency and the number of referrals."""
    counts = dict(session.execute(
        select(Intervention.batch_id, func.count()).where(Intervention.batch_id.is_not(None))
        .group_by(Intervention.batch_id)).all())
    rows = session.execute(
        select(ReferralBatch.id, ReferralBatch.number, ReferralBatch.letter_date,
               ReferralBatch.created_on, func.coalesce(Partner.short_name, Partner.name))
        .join(Partner, Partner.id == ReferralBatch.partner_id)
        .order_by(ReferralBatch.created_on.desc(), ReferralBatch.id.desc())).all()
    return [Choice(number, translate("documents", "{number}  {partner}, {date} "
                                                  "({count} referrals)").format(
        number=number, partner=partner, date=format_date_be(letter or created, style="short"),
        count=counts.get(bid, 0))) for bid, number, letter, created, partner in rows]


def household_choices(session: Session, text: str, *, limit: int = 200) -> list[Choice]:
    """Households whose head, ID, house code or number matches ``text`` (the list's search)."""
    from core.households import HouseholdFilter, SortKey, household_ids, household_rows

    ids = household_ids(session, HouseholdFilter(text=text.strip()), SortKey.HEAD)[:limit]
    rows = household_rows(session, ids)
    return [Choice(str(i), f"{rows[i].head_name}  {rows[i].house_code}  {rows[i].village} "
                           f"{rows[i].subdistrict}".strip()) for i in ids if i in rows]
