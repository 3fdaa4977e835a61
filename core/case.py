"""One household case as plain, comparable data: load it, validate it, save it whole with history.

The editor works on :class:`CaseData` values (frozen dataclasses, cheap to copy for undo). Saving
compares the edited value with the value that was loaded and writes only what the user changed,
in one transaction and one change set. If someone else saved the household in between, the save
is refused with :class:`EditConflict`, which says what they changed and can re-apply the user's
edits on top of theirs (:func:`rebase`).
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.access import require_subdistrict
from core.database import Database
from core.errors import ConflictError, UserError
from core.history import Actor, open_change, record, record_delete, record_insert, record_update
from core.i18n import translate
from core.summaries import refresh_household_summaries
from core.thai import clean_national_id, format_date_be, is_valid_national_id
from db.models import (
    CapitalAssessment,
    CapitalScore,
    ChangeSet,
    Household,
    HouseholdProblem,
    LevelBand,
    Member,
    MemberWelfare,
    OfficeProfile,
    Subdistrict,
    Village,
)

#: The household's own editable columns, in the editor's order.
HOUSEHOLD_FIELDS = (
    "house_code", "house_no", "village_id", "subdistrict_code", "alley", "road", "is_municipal",
    "latitude", "longitude", "phone", "farmer_book_no", "has_welfare_card", "in_tpmap",
    "in_thaiqm", "case_source", "stage", "responsible_partner_id", "notes",
)
#: A member's editable columns.
MEMBER_FIELDS = (
    "national_id", "no_id_reason", "title", "first_name", "last_name", "sex", "birth_date",
    "birth_date_precision", "relation", "is_head", "living_status", "health_status",
    "disability", "education", "work_status", "occupation", "income_baht_year", "thai_literacy",
    "phone", "notes",
)
ASSESSMENT_FIELDS = ("round_no", "assessed_on", "assessor", "notes")

# Thailand's land lies within these bounds: a point outside is a typing mistake.
LATITUDE_RANGE = (5.0, 21.0)
LONGITUDE_RANGE = (97.0, 106.0)


@dataclass(frozen=True)
class MemberData:
    """A member as the editor holds it; ``key`` is the id, or negative before the first save."""

    key: int
    version: int | None = None
    national_id: str | None = None
    no_id_reason: str | None = None
    title: str | None = None
    first_name: str = ""
    last_name: str | None = None
    sex: str | None = None
    birth_date: dt.date | None = None
    birth_date_precision: str = "day"
    relation: str | None = None
    is_head: bool = False
    living_status: str | None = None
    health_status: str | None = None
    disability: str | None = None
    education: str | None = None
    work_status: str | None = None
    occupation: str | None = None
    income_baht_year: int | None = None
    thai_literacy: bool | None = None
    phone: str | None = None
    notes: str | None = None
    welfare: tuple[str, ...] = ()

    @property
    def full_name(self) -> str:
        """Title, first and last name as Thai writes them (no space after the title)."""
        return f"{self.title or ''}{self.first_name} {self.last_name or ''}".strip()

    @property
    def is_new(self) -> bool:
        """Not saved yet."""
        return self.key < 0


@dataclass(frozen=True)
class AssessmentData:
    """One round of the 5-capital scoring; ``scores`` holds (capital code, 1–4) pairs."""

    key: int
    version: int | None = None
    round_no: int = 1
    assessed_on: dt.date | None = None
    assessor: str | None = None
    notes: str | None = None
    scores: tuple[tuple[str, int], ...] = ()

    @property
    def mean(self) -> float | None:
        """The mean score, or None while a capital is unscored."""
        values = [score for _code, score in self.scores]
        return round(sum(values) / len(values), 2) if values else None


Problem = tuple[str, int | None]
"""A failed dimension and, when known, the indicator through which it fails."""


@dataclass(frozen=True)
class CaseData:
    """Everything the household editor edits; compare two values to see what changed."""

    id: int | None
    version: int | None
    subdistrict_code: str
    house_code: str | None = None
    house_no: str | None = None
    village_id: int | None = None
    alley: str | None = None
    road: str | None = None
    is_municipal: bool = False
    latitude: float | None = None
    longitude: float | None = None
    phone: str | None = None
    farmer_book_no: str | None = None
    has_welfare_card: bool = False
    in_tpmap: bool = False
    in_thaiqm: bool = False
    case_source: str | None = None
    stage: str | None = None
    responsible_partner_id: int | None = None
    notes: str | None = None
    members: tuple[MemberData, ...] = ()
    problems: tuple[Problem, ...] = ()
    assessments: tuple[AssessmentData, ...] = ()
    # read-only context, not edited here
    verification_status: str = "pending"
    help_status: str | None = None

    def member(self, key: int) -> MemberData | None:
        """The member with this key."""
        return next((m for m in self.members if m.key == key), None)

    @property
    def head(self) -> MemberData | None:
        """The member marked as head (the first member when none is)."""
        return next((m for m in self.members if m.is_head), self.members[0] if self.members else None)

    def next_key(self) -> int:
        """A key for a new member or assessment round (negative, unused)."""
        keys = [m.key for m in self.members] + [a.key for a in self.assessments]
        return min([0, *keys]) - 1


@dataclass(frozen=True)
class Invalid:
    """One problem that stops a save: where (``field``, a member key) and a Thai sentence."""

    field: str
    message: str
    member_key: int | None = None


class CaseInvalid(UserError):
    """The edited case breaks a rule; nothing was saved."""

    def __init__(self, problems: Sequence[Invalid]) -> None:
        self.problems = tuple(problems)
        intro = translate("case", "The household was not saved. Please correct:")
        super().__init__("\n".join([intro, *(f"• {p.message}" for p in self.problems)]))


@dataclass(frozen=True)
class SavedCase:
    """What a save returns: the case as now stored and the change set written."""

    case: CaseData
    change_id: int | None


class EditConflict(ConflictError):
    """Someone else saved the household after it was loaded; nothing of ours was saved."""

    def __init__(self, *, original: CaseData, edited: CaseData, latest: CaseData,
                 by: str | None, at: dt.datetime | None, labels: FieldLabels) -> None:
        self.original, self.edited, self.latest = original, edited, latest
        self.by, self.at = by, at
        self.theirs = describe_changes(original, latest, labels)
        self.mine = describe_changes(original, edited, labels)
        who = by or translate("case", "another user")
        when = f" {format_date_be(at.date(), style='short')} {at:%H:%M}" if at else ""
        lines = [translate(
            "case", "{who} saved this household{when} while you were editing it. Your changes "
            "were not saved. They changed:").format(who=who, when=when)]
        lines += [f"• {line}" for line in self.theirs] or ["• " + translate(
            "case", "(nothing you can see here; e.g. a visit or a status)")]
        super().__init__("\n".join(lines))

    def reapplied(self) -> CaseData:
        """The latest case with the user's own edits put back on top (to check and save again)."""
        return rebase(self.original, self.edited, self.latest)


# --------------------------------------------------------------------------- loading


def load_case(session: Session, household_id: int) -> CaseData:
    """The household as the editor edits it."""
    hh = session.get(Household, household_id)
    if hh is None:
        raise UserError(translate("case", "Household {id} does not exist (any more).").format(
            id=household_id))
    members = session.scalars(select(Member).where(Member.household_id == household_id)
                              .order_by(Member.is_head.desc(), Member.id)).all()
    welfare: dict[int, list[str]] = {}
    for member_id, code in session.execute(
            select(MemberWelfare.member_id, MemberWelfare.welfare_code)
            .join(Member, Member.id == MemberWelfare.member_id)
            .where(Member.household_id == household_id).order_by(MemberWelfare.welfare_code)):
        welfare.setdefault(member_id, []).append(code)
    problems = sorted(set(session.execute(
        select(HouseholdProblem.dimension_code, HouseholdProblem.indicator_id)
        .where(HouseholdProblem.household_id == household_id,
               HouseholdProblem.resolved_on.is_(None)))), key=_problem_order)
    assessments = session.scalars(select(CapitalAssessment).where(
        CapitalAssessment.household_id == household_id).order_by(CapitalAssessment.round_no)).all()
    scores: dict[int, list[tuple[str, int]]] = {}
    for aid, code, score in session.execute(
            select(CapitalScore.assessment_id, CapitalScore.capital_code, CapitalScore.score)
            .join(CapitalAssessment, CapitalAssessment.id == CapitalScore.assessment_id)
            .where(CapitalAssessment.household_id == household_id)
            .order_by(CapitalScore.capital_code)):
        scores.setdefault(aid, []).append((code, score))
    return CaseData(
        id=hh.id, version=hh.version,
        **{name: getattr(hh, name) for name in HOUSEHOLD_FIELDS},
        members=tuple(MemberData(
            key=m.id, version=m.version, welfare=tuple(welfare.get(m.id, ())),
            **{name: getattr(m, name) for name in MEMBER_FIELDS}) for m in members),
        problems=tuple(problems),
        assessments=tuple(AssessmentData(
            key=a.id, version=a.version, scores=tuple(scores.get(a.id, ())),
            **{name: getattr(a, name) for name in ASSESSMENT_FIELDS}) for a in assessments),
        verification_status=hh.verification_status, help_status=hh.help_status,
    )


def _problem_order(p: Problem) -> tuple[str, int]:
    return (p[0], p[1] if p[1] is not None else -1)


def new_case(session: Session, *, village_id: int | None = None) -> CaseData:
    """An empty household of the office's district (for a walk-in or a local survey)."""
    subdistrict = ""
    if village_id is not None:
        village = session.get(Village, village_id)
        if village is not None:
            subdistrict = village.subdistrict_code
    if not subdistrict:
        district = session.scalars(select(OfficeProfile.district_code)).first()
        subdistrict = session.scalars(select(Subdistrict.code).where(
            Subdistrict.district_code == district).order_by(Subdistrict.code)).first() or ""
    return CaseData(id=None, version=None, subdistrict_code=subdistrict, village_id=village_id,
                    members=(MemberData(key=-1, is_head=True, relation="head"),))


# --------------------------------------------------------------------------- validation


def validate_case(session: Session, case: CaseData, original: CaseData | None = None) -> list[Invalid]:
    """Every rule the case breaks (an empty list: it may be saved)."""
    problems: list[Invalid] = []
    add = problems.append
    district = session.scalars(select(OfficeProfile.district_code)).first()
    sub = session.get(Subdistrict, case.subdistrict_code) if case.subdistrict_code else None
    if sub is None:
        add(Invalid("subdistrict_code", translate("case", "Choose the subdistrict.")))
    elif district is not None and sub.district_code != district:
        add(Invalid("subdistrict_code", translate(
            "case", "The subdistrict is not in this office's district.")))
    if case.village_id is not None:
        village = session.get(Village, case.village_id)
        if village is None or village.subdistrict_code != case.subdistrict_code:
            add(Invalid("village_id", translate(
                "case", "The village is not in the chosen subdistrict.")))
    if case.house_code:
        digits = clean_national_id(case.house_code)
        if len(digits) != 11:
            add(Invalid("house_code", translate(
                "case", "A house code has 11 digits (XXXX-XXXXXX-X).")))
    if (case.latitude is None) != (case.longitude is None):
        add(Invalid("latitude", translate("case", "Give both latitude and longitude, or neither.")))
    elif case.latitude is not None and case.longitude is not None and not (
            LATITUDE_RANGE[0] <= case.latitude <= LATITUDE_RANGE[1]
            and LONGITUDE_RANGE[0] <= case.longitude <= LONGITUDE_RANGE[1]):
        add(Invalid("latitude", translate(
            "case", "The GPS point is outside Thailand (latitude 5–21, longitude 97–106).")))
    problems += _validate_members(session, case, original)
    problems += _validate_assessments(case)
    return problems


def _validate_members(session: Session, case: CaseData, original: CaseData | None) -> list[Invalid]:
    problems: list[Invalid] = []
    today = dt.date.today()
    seen: dict[str, MemberData] = {}
    if case.members:
        heads = [m for m in case.members if m.is_head]
        if not heads:
            problems.append(Invalid("is_head", translate(
                "case", "Mark one member as the head of the household.")))
        elif len(heads) > 1:
            problems.append(Invalid("is_head", translate(
                "case", "Only one member can be the head of the household.")))
    else:
        problems.append(Invalid("members", translate(
            "case", "A household needs at least one member.")))
    for m in case.members:
        name = m.full_name or translate("case", "a new member")
        before = original.member(m.key) if original is not None else None
        if not m.first_name.strip():
            problems.append(Invalid("first_name", translate(
                "case", "Give the first name of every member."), m.key))
        if m.national_id:
            if not is_valid_national_id(m.national_id):
                problems.append(Invalid("national_id", translate(
                    "case", "The national ID of {name} is not valid (13 digits with a correct "
                    "check digit).").format(name=name), m.key))
            elif m.national_id in seen:
                problems.append(Invalid("national_id", translate(
                    "case", "{name} and {other} have the same national ID.").format(
                    name=name, other=seen[m.national_id].full_name), m.key))
            else:
                seen[m.national_id] = m
        elif (before is None or before.national_id) and not (m.no_id_reason or "").strip():
            problems.append(Invalid("no_id_reason", translate(
                "case", "{name} has no national ID: say why (e.g. no card, stateless).").format(
                name=name), m.key))
        if m.birth_date is not None and not dt.date(1880, 1, 1) <= m.birth_date <= today:
            problems.append(Invalid("birth_date", translate(
                "case", "The birth date of {name} is in the future or too long ago.").format(
                name=name), m.key))
        if m.income_baht_year is not None and m.income_baht_year < 0:
            problems.append(Invalid("income_baht_year", translate(
                "case", "The income of {name} cannot be negative.").format(name=name), m.key))
    ids = [m.national_id for m in case.members if m.national_id and is_valid_national_id(m.national_id)]
    if ids:
        elsewhere = session.execute(
            select(Member.national_id, Household.id, Household.head_name)
            .join(Household, Household.id == Member.household_id)
            .where(Member.national_id.in_(ids), Household.merged_into_id.is_(None),
                   Household.id != (case.id or 0))).first()
        if elsewhere is not None:
            nid, hid, head = elsewhere
            problems.append(Invalid("national_id", translate(
                "case", "National ID {nid} already belongs to a member of household {id} "
                "({head}). If it is the same family, merge the two households instead.").format(
                nid=nid, id=hid, head=head or ""), seen[nid].key if nid in seen else None))
    return problems


def _validate_assessments(case: CaseData) -> list[Invalid]:
    problems: list[Invalid] = []
    rounds: set[int] = set()
    for a in case.assessments:
        if a.round_no < 1 or a.round_no in rounds:
            problems.append(Invalid("round_no", translate(
                "case", "Each assessment round needs its own number (1, 2, …).")))
        rounds.add(a.round_no)
        if not a.scores or any(not 1 <= score <= 4 for _code, score in a.scores):
            problems.append(Invalid("scores", translate(
                "case", "Score every capital from 1 to 4 in round {round}.").format(
                round=a.round_no)))
        if a.assessed_on is not None and a.assessed_on > dt.date.today():
            problems.append(Invalid("assessed_on", translate(
                "case", "Round {round} is dated in the future.").format(round=a.round_no)))
    return problems


# --------------------------------------------------------------------------- levels


Band = tuple[int, float, float]
"""A level and the lowest and highest mean score it covers."""


def level_bands(session: Session) -> tuple[Band, ...]:
    """The household level bands (data, not code), lowest level first."""
    return tuple((int(level), float(low), float(high)) for level, low, high in session.execute(
        select(LevelBand.level, LevelBand.min_score, LevelBand.max_score)
        .order_by(LevelBand.level)))


def level_of(bands: Sequence[Band], mean: float) -> int:
    """The household level (1 อยู่ลำบาก … 4 อยู่ดี) of a mean capital score."""
    for level, low, high in bands:
        if low - 1e-9 <= mean <= high + 1e-9:
            return level
    # between two bands (e.g. 1.745): the band whose lower edge is below the mean
    return max((b for b in bands if b[1] <= mean), key=lambda b: b[1], default=bands[0])[0]


def level_for(session: Session, mean: float) -> int:
    """The household level of a mean capital score, by the bands stored in the database."""
    return level_of(level_bands(session), mean)


def trend(previous: float | None, current: float | None) -> str | None:
    """ดีขึ้น / คงที่ / แย่ลง between two rounds: ``better``, ``same`` or ``worse``."""
    if previous is None or current is None:
        return None
    if abs(current - previous) < 1e-9:
        return "same"
    return "better" if current > previous else "worse"


# --------------------------------------------------------------------------- saving


def insert_case(s: Session, actor: Actor, case: CaseData, *, summary: str | None = None) -> int:
    """Add a new household in the caller's transaction (validated; one change set); its id."""
    require_subdistrict(actor, case.subdistrict_code)
    problems = validate_case(s, case)
    if problems:
        raise CaseInvalid(problems)
    hh = Household(subdistrict_code=case.subdistrict_code, case_source=case.case_source,
                   created_by_id=actor.user_id)
    s.add(hh)
    s.flush()
    change = open_change(s, actor, household_id=hh.id, kind="create",
                         summary=summary or translate("case", "household added by hand"))
    record_insert(s, actor, hh, change=change)
    empty = CaseData(id=hh.id, version=hh.version, subdistrict_code=case.subdistrict_code,
                     case_source=case.case_source)
    _apply(s, actor, change, hh, empty, replace(case, id=hh.id))
    return hh.id


def create_case(database: Database, actor: Actor, case: CaseData) -> SavedCase:
    """Add a household typed in by hand; one transaction and one change set."""
    with database.begin() as s:
        hid = insert_case(s, actor, case)
        change_id = s.scalar(select(ChangeSet.id).where(ChangeSet.household_id == hid))
    with database.read() as s:
        return SavedCase(load_case(s, hid), change_id)


def update_case(s: Session, actor: Actor, original: CaseData, edited: CaseData, *,
                labels: FieldLabels | None = None, summary: str | None = None) -> int:
    """Write the user's changes in the caller's transaction; the change set's id.

    Raises :class:`EditConflict` when the household changed since ``original`` was loaded and
    :class:`CaseInvalid` when a rule is broken.
    """
    assert original.id is not None
    hh = s.get(Household, original.id)
    if hh is None:
        raise UserError(translate(
            "case", "Household {id} no longer exists; it may have been merged or its "
            "import undone.").format(id=original.id))
    require_subdistrict(actor, hh.subdistrict_code)
    if edited.subdistrict_code != hh.subdistrict_code:
        require_subdistrict(actor, edited.subdistrict_code)  # moving it into their own area
    if hh.version != original.version:
        raise _conflict(s, original, edited, labels)
    problems = validate_case(s, edited, original)
    if problems:
        raise CaseInvalid(problems)
    change = open_change(s, actor, household_id=hh.id, kind="edit",
                         summary=summary or translate("case", "household edited"))
    _apply(s, actor, change, hh, original, edited)
    return change.id


def save_case(database: Database, actor: Actor, original: CaseData, edited: CaseData, *,
              labels: FieldLabels | None = None) -> SavedCase:
    """Write what the user changed from ``original`` to ``edited``; refuses a stale edit.

    Raises :class:`CaseInvalid` when a rule is broken and :class:`EditConflict` when someone
    saved the household after ``original`` was loaded. Nothing is written in either case.
    """
    if original.id is None:
        return create_case(database, actor, edited)
    if edited == original:
        return SavedCase(original, None)
    try:
        with database.begin() as s:
            change_id = update_case(s, actor, original, edited, labels=labels)
    except EditConflict:
        raise
    except ConflictError:  # the version check lost a race on a shared server
        with database.read() as s:
            raise _conflict(s, original, edited, labels) from None
    with database.read() as s:
        return SavedCase(load_case(s, original.id), change_id)


def _conflict(session: Session, original: CaseData, edited: CaseData,
              labels: FieldLabels | None) -> EditConflict:
    assert original.id is not None
    latest = load_case(session, original.id)
    last = session.scalars(select(ChangeSet).where(ChangeSet.household_id == original.id)
                           .order_by(ChangeSet.id.desc())).first()
    return EditConflict(original=original, edited=edited, latest=latest,
                        by=last.username if last else None, at=last.at if last else None,
                        labels=labels or FieldLabels())


def _apply(s: Session, actor: Actor, change: ChangeSet, hh: Household, original: CaseData,
           edited: CaseData) -> None:
    """Write the differences between two cases of household ``hh`` (history in ``change``)."""
    for name in HOUSEHOLD_FIELDS:
        new = getattr(edited, name)
        if name == "house_code" and new:
            new = clean_national_id(new)
        if getattr(original, name) != new:
            setattr(hh, name, new)
    hh.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)  # bumps the case's version
    record_update(s, actor, hh, change=change)
    _apply_members(s, actor, change, hh, original, edited)
    _apply_problems(s, actor, change, hh, original, edited)
    _apply_assessments(s, actor, change, hh, original, edited)
    s.flush()
    refresh_household_summaries(s.connection(), [hh.id], case=True)


def _apply_members(s: Session, actor: Actor, change: ChangeSet, hh: Household,
                   original: CaseData, edited: CaseData) -> None:
    kept = {m.key for m in edited.members}
    for old in original.members:
        if old.key not in kept:
            member = s.get(Member, old.key)
            if member is None:
                continue
            if old.welfare:
                record(s, actor, table="members", record_id=member.id, action="update",
                       field="welfare", old=_json(old.welfare), new=_json(()), change=change)
            record_delete(s, actor, member, change=change)
            s.delete(member)
    s.flush()
    # the head first, so that a head who moves to another member never leaves two heads
    for m in sorted(edited.members, key=lambda m: not m.is_head):
        before = original.member(m.key)
        values = {name: getattr(m, name) for name in MEMBER_FIELDS}
        values["national_id"] = clean_national_id(m.national_id or "") or None
        if before is None:
            member = Member(household_id=hh.id, **values)
            s.add(member)
            record_insert(s, actor, member, change=change)
        else:
            member_or_none = s.get(Member, m.key)
            if member_or_none is None:
                continue
            member = member_or_none
            for name, value in values.items():
                if getattr(before, name) != getattr(m, name):
                    setattr(member, name, value)
            if s.is_modified(member):
                member.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
            record_update(s, actor, member, change=change)
        old_welfare = before.welfare if before is not None else ()
        if tuple(sorted(m.welfare)) != tuple(sorted(old_welfare)):
            s.flush()
            set_member_welfare(s, member.id, m.welfare)
            record(s, actor, table="members", record_id=member.id, action="update",
                   field="welfare", old=_json(old_welfare), new=_json(m.welfare), change=change)


def set_member_welfare(s: Session, member_id: int, codes: Iterable[str]) -> None:
    """Replace the welfare a member receives."""
    for row in s.scalars(select(MemberWelfare).where(MemberWelfare.member_id == member_id)):
        s.delete(row)
    s.flush()
    for code in sorted(set(codes)):
        s.add(MemberWelfare(member_id=member_id, welfare_code=code))


def _apply_problems(s: Session, actor: Actor, change: ChangeSet, hh: Household,
                    original: CaseData, edited: CaseData) -> None:
    before, after = set(original.problems), set(edited.problems)
    if before == after:
        return
    rows = s.scalars(select(HouseholdProblem).where(HouseholdProblem.household_id == hh.id)
                     .order_by(HouseholdProblem.id)).all()
    today = dt.date.today()
    for row in rows:  # no longer failed: resolved today, kept for the before/after picture
        if row.resolved_on is None and (row.dimension_code, row.indicator_id) in before - after:
            row.resolved_on = today
            record_update(s, actor, row, change=change)
    for problem in sorted(after - before, key=_problem_order):
        reopen = next((r for r in reversed(rows) if r.resolved_on is not None
                       and (r.dimension_code, r.indicator_id) == problem), None)
        if reopen is not None:
            reopen.resolved_on = None
            record_update(s, actor, reopen, change=change)
        else:
            row = HouseholdProblem(household_id=hh.id, dimension_code=problem[0],
                                   indicator_id=problem[1])
            s.add(row)
            record_insert(s, actor, row, change=change)


def _apply_assessments(s: Session, actor: Actor, change: ChangeSet, hh: Household,
                       original: CaseData, edited: CaseData) -> None:
    kept = {a.key for a in edited.assessments}
    for old in original.assessments:
        if old.key not in kept:
            row = s.get(CapitalAssessment, old.key)
            if row is not None:
                record(s, actor, table="capital_assessments", record_id=row.id, action="update",
                       field="scores", old=_json(dict(old.scores)), new=None, change=change)
                record_delete(s, actor, row, change=change)
                s.delete(row)
    s.flush()
    for a in edited.assessments:
        before = next((b for b in original.assessments if b.key == a.key), None)
        mean = a.mean or 0.0
        values: dict[str, Any] = {name: getattr(a, name) for name in ASSESSMENT_FIELDS}
        values.update(mean_score=mean, level=level_for(s, mean))
        if before is None:
            row = CapitalAssessment(household_id=hh.id, **values)
            s.add(row)
            record_insert(s, actor, row, change=change)
        else:
            found = s.get(CapitalAssessment, a.key)
            if found is None:
                continue
            row = found
            for name, value in values.items():
                if getattr(row, name) != value:
                    setattr(row, name, value)
            record_update(s, actor, row, change=change)
        if before is None or dict(before.scores) != dict(a.scores):
            s.flush()
            set_capital_scores(s, row.id, dict(a.scores))
            record(s, actor, table="capital_assessments", record_id=row.id, action="update",
                   field="scores", old=_json(dict(before.scores)) if before else None,
                   new=_json(dict(a.scores)), change=change)


def set_capital_scores(s: Session, assessment_id: int, scores: dict[str, int]) -> None:
    """Replace the capital scores of one assessment round."""
    for row in s.scalars(select(CapitalScore).where(CapitalScore.assessment_id == assessment_id)):
        s.delete(row)
    s.flush()
    for code, score in sorted(scores.items()):
        s.add(CapitalScore(assessment_id=assessment_id, capital_code=code, score=score))


def _json(value: Any) -> str:
    if isinstance(value, tuple | list | set | frozenset):
        value = sorted(value)
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


# --------------------------------------------------------------------------- conflicts


@dataclass(frozen=True)
class FieldLabels:
    """How fields, members and problems are named to people (the UI passes translated ones)."""

    household: dict[str, str] = field(default_factory=dict)
    member: dict[str, str] = field(default_factory=dict)
    indicators: dict[int, str] = field(default_factory=dict)
    dimensions: dict[str, str] = field(default_factory=dict)

    def of_household(self, name: str) -> str:
        return self.household.get(name, name)

    def of_member(self, name: str) -> str:
        return self.member.get(name, name)

    def of_problem(self, problem: Problem) -> str:
        dim = self.dimensions.get(problem[0], problem[0])
        if problem[1] is None:
            return dim
        return f"{dim}: {self.indicators.get(problem[1], str(problem[1]))}"


def _shown(value: Any) -> str:
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return translate("case", "yes") if value else translate("case", "no")
    if isinstance(value, dt.date):
        return format_date_be(value, style="short")
    if isinstance(value, tuple):
        return ", ".join(str(v) for v in value) or "–"
    return str(value)


def describe_changes(before: CaseData, after: CaseData, labels: FieldLabels) -> list[str]:
    """The differences between two cases, one readable line each (for conflict messages)."""
    lines: list[str] = []
    for name in HOUSEHOLD_FIELDS:
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            lines.append(f"{labels.of_household(name)}: {_shown(old)} → {_shown(new)}")
    after_keys = {m.key for m in after.members}
    for m in before.members:
        if m.key not in after_keys:
            lines.append(translate("case", "member removed: {name}").format(name=m.full_name))
    for m in after.members:
        old_m = before.member(m.key)
        if old_m is None:
            lines.append(translate("case", "member added: {name}").format(name=m.full_name))
            continue
        for name in (*MEMBER_FIELDS, "welfare"):
            old, new = getattr(old_m, name), getattr(m, name)
            if old != new:
                lines.append(f"{old_m.full_name} – {labels.of_member(name)}: "
                             f"{_shown(old)} → {_shown(new)}")
    for p in sorted(set(after.problems) - set(before.problems), key=_problem_order):
        lines.append(translate("case", "problem added: {what}").format(what=labels.of_problem(p)))
    for p in sorted(set(before.problems) - set(after.problems), key=_problem_order):
        lines.append(translate("case", "problem resolved: {what}").format(
            what=labels.of_problem(p)))
    if before.assessments != after.assessments:
        lines.append(translate("case", "capital assessments changed"))
    if before.verification_status != after.verification_status:
        lines.append(translate("case", "verification status changed"))
    return lines


def rebase(original: CaseData, edited: CaseData, latest: CaseData) -> CaseData:
    """``latest`` with the changes from ``original`` to ``edited`` applied on top.

    Where both changed the same field, the user's value wins (they see both in the conflict
    message before they save again); a member the other person removed stays removed.
    """
    values = {name: getattr(edited if getattr(edited, name) != getattr(original, name) else latest,
                            name) for name in HOUSEHOLD_FIELDS}
    members = _rebase_items(original.members, edited.members, latest.members,
                            (*MEMBER_FIELDS, "welfare"))
    if any(m.is_head for m in members) and sum(m.is_head for m in members) > 1:
        mine = next((m for m in edited.members if m.is_head), None)
        members = [replace(m, is_head=(mine is not None and m.key == mine.key)) for m in members]
    removed, added = set(original.problems) - set(edited.problems), set(edited.problems) - set(
        original.problems)
    problems = sorted((set(latest.problems) - removed) | added, key=_problem_order)
    assessments = _rebase_items(original.assessments, edited.assessments, latest.assessments,
                                (*ASSESSMENT_FIELDS, "scores"))
    return replace(latest, **values, members=tuple(members), problems=tuple(problems),
                   assessments=tuple(assessments))


def _rebase_items(original: Sequence[Any], edited: Sequence[Any], latest: Sequence[Any],
                  names: Sequence[str]) -> list[Any]:
    by_key_original = {x.key: x for x in original}
    by_key_edited = {x.key: x for x in edited}
    result = []
    for item in latest:
        before = by_key_original.get(item.key)
        mine = by_key_edited.get(item.key)
        if before is not None and mine is None:
            continue  # the user removed it
        if before is not None and mine is not None:
            item = replace(item, **{n: getattr(mine, n) for n in names
                                    if getattr(mine, n) != getattr(before, n)})
        result.append(item)
    result += [x for x in edited if x.key not in by_key_original]  # the user's new ones
    return result


def with_member(case: CaseData, member: MemberData) -> CaseData:
    """The case with one member replaced (by key) or added."""
    members = list(case.members)
    for i, m in enumerate(members):
        if m.key == member.key:
            members[i] = member
            break
    else:
        members.append(member)
    if member.is_head:
        members = [replace(m, is_head=m.key == member.key) for m in members]
    return replace(case, members=tuple(members))


def without_member(case: CaseData, key: int) -> CaseData:
    """The case without the member of this key."""
    return replace(case, members=tuple(m for m in case.members if m.key != key))


# --------------------------------------------------------------------------- choices


@dataclass(frozen=True)
class IndicatorChoice:
    """A จปฐ. indicator the editor offers under its dimension."""

    id: int
    number: int
    label: str


@dataclass(frozen=True)
class EditorChoices:
    """Everything the household editor's lists offer (areas of the office's district only)."""

    subdistricts: tuple[tuple[str, str], ...]
    villages: dict[str, tuple[tuple[int, str], ...]]
    codes: dict[str, tuple[tuple[str, str], ...]]
    partners: tuple[tuple[int, str], ...]
    dimensions: tuple[tuple[str, str], ...]
    indicators: dict[str, tuple[IndicatorChoice, ...]]
    capitals: tuple[tuple[str, str], ...]
    levels: dict[int, str]
    bands: tuple[Band, ...] = ()


CODE_LISTS = ("title", "sex", "relation", "living_status", "health_status", "disability",
              "education", "work_status", "occupation", "welfare_type", "case_source", "stage",
              "verification_status", "help_status", "visit_result")


def editor_choices(session: Session, *, language: str = "th") -> EditorChoices:
    """The choices of every list in the editor, read once when it opens."""
    from core.reference import code_labels
    from db.models import Capital, Dimension, Indicator, IndicatorSet, Partner

    district = session.scalars(select(OfficeProfile.district_code)).first()
    name = Subdistrict.name_th if language == "th" else Subdistrict.name_en
    stmt = select(Subdistrict.code, name).order_by(Subdistrict.code)
    if district is not None:
        stmt = stmt.where(Subdistrict.district_code == district)
    subdistricts = tuple((code, label) for code, label in session.execute(stmt))
    villages: dict[str, list[tuple[int, str]]] = {}
    for vid, sub, number, vname, kind in session.execute(
            select(Village.id, Village.subdistrict_code, Village.number, Village.name, Village.kind)
            .where(Village.subdistrict_code.in_([c for c, _ in subdistricts]))
            .order_by(Village.subdistrict_code, Village.number)):
        label = translate("households", "Moo {number} {name}").format(number=number, name=vname) \
            if kind == "moo" else vname
        villages.setdefault(sub, []).append((vid, label))
    codes = {lst: tuple(code_labels(session, lst, language=language).items()) for lst in CODE_LISTS}
    partners = tuple((pid, label) for pid, label in session.execute(
        select(Partner.id, Partner.name).where(Partner.active.is_(True)).order_by(Partner.name)))
    dim_label = Dimension.label_th if language == "th" else Dimension.label_en
    dimensions = tuple((code, label) for code, label in session.execute(
        select(Dimension.code, dim_label).order_by(Dimension.sort_order)))
    indicators: dict[str, list[IndicatorChoice]] = {}
    for iid, number, label, dim in session.execute(
            select(Indicator.id, Indicator.number, Indicator.label_th, Indicator.dimension_code)
            .join(IndicatorSet, IndicatorSet.id == Indicator.set_id)
            .where(IndicatorSet.active.is_(True), Indicator.dimension_code.is_not(None))
            .order_by(Indicator.number)):
        indicators.setdefault(dim or "", []).append(IndicatorChoice(iid, number, label))
    cap_label = Capital.label_th if language == "th" else Capital.label_en
    capitals = tuple((code, label) for code, label in session.execute(
        select(Capital.code, cap_label).order_by(Capital.sort_order)))
    level_label = LevelBand.label_th if language == "th" else LevelBand.label_en
    levels = {level: label for level, label in session.execute(
        select(LevelBand.level, level_label).order_by(LevelBand.level))}
    return EditorChoices(subdistricts, {k: tuple(v) for k, v in villages.items()}, codes, partners,
                         dimensions, {k: tuple(v) for k, v in indicators.items()}, capitals, levels,
                         level_bands(session))
