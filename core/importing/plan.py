"""The dry run: turn mapped rows into households and members, validate, match against the
database and decide the outcome of every row, without writing anything."""

from __future__ import annotations

import datetime as dt
import difflib
import functools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.errors import Cancelled, ProgressFn
from core.i18n import translate
from core.importing import normalize as nz
from db.bulk import chunks
from db.models import (
    District,
    Household,
    HouseholdProblem,
    HouseholdSource,
    Member,
    OfficeProfile,
    Province,
    Subdistrict,
    Village,
)

OUTCOMES = ("new", "updated", "unchanged", "rejected", "review")
DIMENSION_FIELDS = {
    "dim_health": "health",
    "dim_living": "living",
    "dim_education": "education",
    "dim_income": "income",
    "dim_access": "access",
}
MEMBER_FIELDS = ("title", "first_name", "last_name", "sex", "birth_date", "relation", "phone")


@dataclass(frozen=True)
class ImportOptions:
    """What the user chose about the file."""

    source_code: str
    file_name: str
    file_sha256: str | None = None
    sheet_name: str | None = None
    list_year_be: int | None = None
    survey_year_be: int | None = None
    excluded_rows: frozenset[int] = frozenset()


@dataclass(slots=True)
class Person:
    """One data row after normalisation."""

    row: int
    values: Sequence[Any]
    national_id: str | None = None
    title: str | None = None
    first_name: str | None = None
    last_name: str | None = None
    sex: str | None = None
    birth_date: dt.date | None = None
    birth_precision: str = "day"
    relation: str | None = None
    phone: str | None = None
    house_code: str | None = None
    house_no: str | None = None
    village_no: int | None = None
    village_name: str | None = None
    subdistrict_code: str | None = None
    failed_dimensions: set[str] = field(default_factory=set)
    warnings: list[str] = field(default_factory=list)
    problem: str | None = None
    problem_kind: str | None = None

    @property
    def full_name(self) -> str:
        """Title, first and last name as one text."""
        return f"{self.title or ''}{self.first_name or ''} {self.last_name or ''}".strip()

    def member_values(self) -> dict[str, Any]:
        """The member fields this row carries (empty ones left out: they never erase data)."""
        values = {name: getattr(self, name) for name in MEMBER_FIELDS}
        return {k: v for k, v in values.items() if v is not None}


@dataclass(frozen=True)
class FieldChange:
    """One value the import would change on an existing record."""

    table: str
    record_id: int
    field: str
    old: Any
    new: Any
    label: str


@dataclass(slots=True)
class RowResult:
    """What happens to one data row: exactly one outcome."""

    row: int
    outcome: str
    reason: str | None = None
    reason_kind: str | None = None
    household_key: str | None = None
    member_id: int | None = None
    warnings: list[str] = field(default_factory=list)


@dataclass
class HouseholdPlan:
    """One household of the file and what the import does with it."""

    key: str
    persons: list[Person]
    existing_id: int | None = None
    outcome: str = "new"
    changes: list[FieldChange] = field(default_factory=list)
    member_ids: dict[int, int] = field(default_factory=dict)  # row → existing member id
    new_dimensions: set[str] = field(default_factory=set)

    @functools.cached_property
    def head(self) -> Person:
        """The row marked as head (เจ้าบ้าน), else the first row."""
        return next((p for p in self.persons if p.relation == "head"), self.persons[0])


@dataclass(frozen=True)
class DisappearedHousehold:
    """A household an earlier list of the same source had and this file does not."""

    household_id: int
    head_name: str | None
    village: str | None


@dataclass
class ImportPlan:
    """The complete dry run: nothing is written until it is committed."""

    options: ImportOptions
    headers: list[str]
    mapping: dict[int, str]
    rows: list[RowResult]
    households: list[HouseholdPlan]
    disappeared: list[DisappearedHousehold]
    persons: dict[int, Person]

    def counts(self) -> dict[str, int]:
        """The counts of issue 3, item 8."""
        by_outcome = {o: 0 for o in OUTCOMES}
        for r in self.rows:
            by_outcome[r.outcome] += 1
        return {
            "rows_read": len(self.rows),
            "members_new": by_outcome["new"],
            "members_updated": by_outcome["updated"],
            "unchanged": by_outcome["unchanged"],
            "rejected": by_outcome["rejected"],
            "review": by_outcome["review"],
            "households_new": sum(1 for h in self.households if h.outcome == "new"),
            "households_updated": sum(1 for h in self.households if h.outcome == "updated"),
            "households_disappeared": len(self.disappeared),
        }

    def rejected(self) -> list[RowResult]:
        """Rejected rows in file order."""
        return [r for r in self.rows if r.outcome == "rejected"]


# --------------------------------------------------------------------------- areas


@dataclass
class AreaIndex:
    """The office's district, its subdistricts by name, and other districts' names."""

    district_code: str
    district_name: str
    province_name: str
    subdistricts: dict[str, str]  # name → code, in the office's district
    elsewhere: set[str]  # subdistrict names that exist only in other districts
    villages: dict[tuple[str, int], int]  # (subdistrict code, หมู่) → village id
    by_compact_name: dict[str, str] = field(default_factory=dict)  # name without spaces → code

    def __post_init__(self) -> None:
        self.by_compact_name = {k.replace(" ", ""): v for k, v in self.subdistricts.items()}

    @classmethod
    def load(cls, session: Session) -> AreaIndex:
        """From the office profile and the reference data."""
        office = session.scalars(select(OfficeProfile)).first()
        if office is None:
            from core.errors import UserError

            raise UserError(translate(
                "import", "Set up the office (its district) before importing lists."))
        district = session.get_one(District, office.district_code)
        province = session.get_one(Province, office.province_code)
        subs = {name: code for name, code in session.execute(
            select(Subdistrict.name_th, Subdistrict.code).where(
                Subdistrict.district_code == district.code))}
        others = set(session.scalars(select(Subdistrict.name_th).where(
            Subdistrict.district_code != district.code)))
        villages = {(sub, number): vid for vid, sub, number in session.execute(
            select(Village.id, Village.subdistrict_code, Village.number).where(
                Village.subdistrict_code.in_(list(subs.values()))))}
        return cls(district.code, district.name_th, province.name_th, subs, others - set(subs),
                   villages)


def _norm_area(value: nz.CellValue) -> str | None:
    text = nz.clean_text(value)
    if text is None:
        return None
    return nz.strip_area_prefix(text).replace(" ", "")


# --------------------------------------------------------------------------- rows → persons


class RowNormaliser:
    """Parses data rows with the column mapping.

    Lists repeat values column by column (the same subdistrict, title, mark, village or
    birth date thousands of times), so every parser that does not depend on the row is
    memoised per import: a 100,000-row list is normalised in a fraction of the time.
    """

    def __init__(self, columns: dict[str, int], areas: AreaIndex, *, today: dt.date) -> None:
        self.areas = areas
        self.today = today
        self.width = (max(columns.values()) + 1) if columns else 0
        # field → cell index; a field without a column reads the padding cell (None).
        self.column = defaultdict(lambda: -1, columns)
        self.dimensions = [(columns[key], dim) for key, dim in DIMENSION_FIELDS.items()
                           if key in columns]
        cached = functools.partial(functools.lru_cache, maxsize=None, typed=True)
        self.names = cached()(self._names)
        self.sex = cached()(nz.parse_sex)
        self.date = cached()(self._date)
        self.relation = cached()(nz.parse_relation)
        self.phone = cached()(nz.parse_phone)
        self.house_code = cached()(nz.parse_house_code)
        self.house_no = cached()(self._house_no)
        self.village_no = cached()(nz.parse_village_no)
        self.text = cached()(nz.clean_text)
        self.mark = cached()(nz.parse_mark)
        self.address = cached()(self._address)
        self.outside_reason = translate(
            "import", "The address is outside {district} district; the whole household is "
            "left out.").format(district=areas.district_name)
        self.no_address_reason = translate(
            "import", "The row has no valid national ID and no name with an address.")
        self.no_subdistrict_reason = translate(
            "import", "A new household needs its address: this row has no subdistrict (ตำบล). "
            "Add the subdistrict and village number in the file and import it again.")

    def _names(self, title_cell: nz.CellValue, first_cell: nz.CellValue,
               last_cell: nz.CellValue, full_cell: nz.CellValue
               ) -> tuple[str | None, str | None, str | None, str | None]:
        title = nz.clean_text(title_cell)
        first = nz.normalize_name(first_cell)
        last = nz.normalize_name(last_cell)
        full = nz.normalize_name(full_cell)
        if full and not first:
            t, first, last2 = nz.split_title(full)
            title = title or t
            last = last or last2
        elif first and not title:
            t, first2, last2 = nz.split_title(first if not last else f"{first} {last}")
            if t:
                title, first = t, first2
                last = last or last2
        title = nz.canonical_title(title) if title else None
        return title, first or None, last or None, nz.sex_from_title(title)

    def _date(self, value: nz.CellValue) -> nz.DateResult:
        return nz.parse_date(value, today=self.today)

    def _house_no(self, value: nz.CellValue) -> tuple[str | None, str | None]:
        return nz.parse_house_no(value), nz.house_no_problem(value)

    def _address(self, sub_cell: nz.CellValue, district_cell: nz.CellValue,
                 province_cell: nz.CellValue) -> tuple[str | None, bool]:
        areas = self.areas
        sub_name = _norm_area(sub_cell)
        district_name = _norm_area(district_cell)
        province_name = _norm_area(province_cell)
        outside = (
            (district_name is not None and district_name != areas.district_name.replace(" ", ""))
            or (province_name is not None
                and province_name != areas.province_name.replace(" ", "")))
        code = None
        if sub_name is not None:
            code = areas.by_compact_name.get(sub_name)
            if code is None:
                outside = True
        return code, outside

    def __call__(self, row: int, values: Sequence[Any]) -> Person:
        """Parse one data row; a problem that rejects the row is set on ``problem``."""
        cells = list(values[:self.width])
        cells += [None] * (self.width + 1 - len(cells))  # the last cell stands for "no column"
        col = self.column
        p = Person(row=row, values=values)  # the reader's own list, not a copy
        pid = nz.parse_national_id(cells[col["national_id"]])
        p.national_id = pid.digits
        if pid.problem:
            p.problem, p.problem_kind = pid.problem, "bad_id"
        p.title, p.first_name, p.last_name, title_sex = self.names(
            cells[col["title"]], cells[col["first_name"]], cells[col["last_name"]],
            cells[col["full_name"]])
        p.sex = self.sex(cells[col["sex"]]) or title_sex
        born_cell = cells[col["birth_date"]]
        if born_cell is not None and born_cell != "":
            born = self.date(born_cell)
            if born.problem:
                p.warnings.append(born.problem)
            else:
                p.birth_date = born.value
                p.birth_precision = born.precision or "day"
        p.relation = self.relation(cells[col["relation"]])
        p.phone = self.phone(cells[col["phone"]])
        p.house_code = self.house_code(cells[col["house_code"]])
        p.house_no, house_problem = self.house_no(cells[col["house_no"]])
        if house_problem:
            p.warnings.append(house_problem)
        p.village_no = self.village_no(cells[col["village_no"]])
        p.village_name = self.text(cells[col["village_name"]])
        for i, dim in self.dimensions:
            if self.mark(cells[i]):
                p.failed_dimensions.add(dim)
        # Address: the office's district only (the whole household is rejected otherwise).
        p.subdistrict_code, outside = self.address(
            cells[col["subdistrict"]], cells[col["district"]], cells[col["province"]])
        if outside and p.problem is None:
            p.problem_kind, p.problem = "outside_district", self.outside_reason
        if p.problem is None and p.national_id is None and not (
                p.first_name and p.subdistrict_code and (p.house_no or p.house_code)):
            p.problem_kind, p.problem = "no_id_no_address", self.no_address_reason
        return p


def household_key(p: Person) -> str:
    """Rows with the same house code, else the same house number + หมู่ + subdistrict."""
    if p.house_code:
        return f"code:{p.house_code}"
    if p.house_no and p.subdistrict_code:
        return f"addr:{p.subdistrict_code}:{p.village_no or 0}:{p.house_no}"
    return f"row:{p.row}"


# --------------------------------------------------------------------------- the plan


def _name_key(first: str | None, last: str | None) -> str:
    return f"{first or ''}|{last or ''}".replace(" ", "")


def build_plan(
    session: Session,
    data_rows: Sequence[tuple[int, Sequence[Any]]],
    headers: Sequence[str],
    mapping: dict[int, str],
    options: ImportOptions,
    *,
    today: dt.date | None = None,
    progress: ProgressFn | None = None,
) -> ImportPlan:
    """Normalise, validate, group and match every data row; write nothing."""
    today = today or dt.date.today()
    areas = AreaIndex.load(session)
    columns = {key: index for index, key in mapping.items()}
    results: dict[int, RowResult] = {}
    persons: dict[int, Person] = {}
    seen_ids: dict[str, int] = {}
    total = len(data_rows)

    normalise = RowNormaliser(columns, areas, today=today)
    for i, (row, values) in enumerate(data_rows):
        p = normalise(row, values)
        persons[row] = p
        if row in options.excluded_rows:
            p.problem, p.problem_kind = translate(
                "import", "Left out by the user."), "excluded"
        if p.problem is None and p.national_id is not None:
            if p.national_id in seen_ids:
                p.problem_kind = "duplicate_in_file"
                p.problem = translate(
                    "import", "The national ID already appears in row {row} of this file."
                ).format(row=seen_ids[p.national_id])
            else:
                seen_ids[p.national_id] = row
        if progress is not None and i % 5000 == 0 and progress(i, total) is False:
            raise Cancelled()

    # Households of the file.
    groups: dict[str, list[Person]] = defaultdict(list)
    for p in persons.values():
        if p.problem is None or p.problem_kind == "outside_district":
            groups[household_key(p)].append(p)
    outside_keys = {k for k, ps in groups.items() if any(
        p.problem_kind == "outside_district" for p in ps)}
    for key in outside_keys:
        reason = next(p.problem for p in groups[key] if p.problem_kind == "outside_district")
        for p in groups[key]:
            p.problem, p.problem_kind = reason, "outside_district"
    households = [HouseholdPlan(key, ps) for key, ps in groups.items() if key not in outside_keys]

    _match(session, households, areas)
    households = _without_new_homeless(households, normalise.no_subdistrict_reason)
    disappeared = _disappeared(session, households, options.source_code)

    for p in persons.values():
        if p.problem is not None:
            results[p.row] = RowResult(p.row, "rejected", p.problem, p.problem_kind,
                                       warnings=p.warnings)
    _diff_all(session, households, options)
    for h in households:
        for p in h.persons:
            results[p.row] = _row_result(h, p)
    ordered = [results[row] for row, _ in data_rows]
    return ImportPlan(options, [str(h) for h in headers], dict(mapping), ordered, households,
                      disappeared, persons)


def _without_new_homeless(households: list[HouseholdPlan], reason: str) -> list[HouseholdPlan]:
    """Leave out (rejected, with the reason) a household the file would create without a
    subdistrict: every household lives in one. A known household keeps its address."""
    kept = []
    for h in households:
        if (h.existing_id is None and not h.member_ids and h.outcome != "review"
                and not h.head.subdistrict_code):
            for p in h.persons:
                p.problem, p.problem_kind = reason, "no_address"
        else:
            kept.append(h)
    return kept


def _row_result(h: HouseholdPlan, p: Person) -> RowResult:
    if h.outcome == "review":
        return RowResult(p.row, "review", h.changes[0].label if h.changes else None, "review",
                         h.key, warnings=p.warnings)
    member_id = h.member_ids.get(p.row)
    if member_id is None:
        outcome = "new"
    elif any(c.table == "members" and c.record_id == member_id for c in h.changes):
        outcome = "updated"
    else:
        outcome = "unchanged"
    return RowResult(p.row, outcome, None, None, h.key, member_id, p.warnings)


def _match(session: Session, households: list[HouseholdPlan], areas: AreaIndex) -> None:
    """Find the existing household and members of each household of the file."""
    ids = [p.national_id for h in households for p in h.persons if p.national_id]
    by_id: dict[str, tuple[int, int]] = {}
    for chunk in chunks(ids):
        for nid, mid, hid in session.execute(select(
                Member.national_id, Member.id, Member.household_id).where(
                Member.national_id.in_(chunk))):
            if nid is not None:
                by_id[nid] = (mid, hid)
    codes = [h.head.house_code for h in households if h.head.house_code]
    by_code: dict[str, int] = {}
    for chunk in chunks(codes):
        for code, hid in session.execute(select(Household.house_code, Household.id).where(
                Household.house_code.in_(chunk))):
            if code is not None:
                by_code[code] = hid
    # Same head and address: households at the same house number in the same subdistricts.
    house_nos = sorted({h.head.house_no for h in households if h.head.house_no})
    by_address: dict[tuple[str, int, str], list[tuple[int, str]]] = defaultdict(list)
    for chunk in chunks(house_nos):
        rows = session.execute(
            select(Household.id, Household.subdistrict_code, Village.number, Household.house_no,
                   Household.head_name)
            .outerjoin(Village, Village.id == Household.village_id)
            .where(Household.house_no.in_(chunk)))
        for hid, sub, number, house_no, head_name in rows:
            by_address[(sub, number or 0, house_no or "")].append((hid, head_name or ""))

    for h in households:
        matched = {by_id[p.national_id][1] for p in h.persons
                   if p.national_id and p.national_id in by_id}
        if len(matched) > 1:
            h.outcome = "review"
            h.changes.append(FieldChange("households", 0, "match", None, None, translate(
                "import", "The people of this household belong to {n} different households in "
                "the database; check by hand.").format(n=len(matched))))
            continue
        if matched:
            h.existing_id = matched.pop()
        elif h.head.house_code and h.head.house_code in by_code:
            h.existing_id = by_code[h.head.house_code]
        else:
            head = h.head
            candidates = by_address.get(
                (head.subdistrict_code or "", head.village_no or 0, head.house_no or ""), [])
            # households.head_name is title + first + " " + last: the same head ends with the
            # same first and last name, whatever title either side wrote.
            wanted = _name_key(head.first_name, head.last_name).replace("|", "")
            for hid, existing_head in candidates:
                stored = existing_head.replace(" ", "")
                if wanted and stored.endswith(wanted) and _name_key(
                        head.first_name, head.last_name) == _name_key(*_split_head(existing_head)):
                    h.existing_id = hid
                    break
        for p in h.persons:
            if p.national_id and p.national_id in by_id:
                h.member_ids[p.row] = by_id[p.national_id][0]

    _members_by_name(session, households)
    _review_uncertain(session, households, areas)


def _split_head(head_name: str) -> tuple[str | None, str | None]:
    _title, first, last = nz.split_title(head_name) if head_name else (None, "", None)
    return first, last


def _members_by_name(session: Session, households: list[HouseholdPlan]) -> None:
    """Rows without an ID in a matched household: the member with the same name."""
    matched = [h for h in households if h.existing_id is not None and h.outcome != "review"]
    wanted = [h.existing_id for h in matched if h.existing_id is not None and any(
        p.row not in h.member_ids for p in h.persons)]
    by_household: dict[int, dict[str, int]] = defaultdict(dict)
    for chunk in chunks(wanted):
        for mid, hid, first, last in session.execute(select(
                Member.id, Member.household_id, Member.first_name, Member.last_name).where(
                Member.household_id.in_(chunk))):
            by_household[hid][_name_key(first, last)] = mid
    for h in matched:
        if h.existing_id is None:
            continue
        names = by_household.get(h.existing_id, {})
        for p in h.persons:
            if p.row not in h.member_ids and p.national_id is None:
                found = names.get(_name_key(p.first_name, p.last_name))
                if found is not None:
                    h.member_ids[p.row] = found


SIMILAR_NAME = 0.85  # difflib ratio of two names (spaces removed) that a person should check


def _similar(a: str, b: str) -> bool:
    if a == b:
        return True
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    return (matcher.real_quick_ratio() >= SIMILAR_NAME and matcher.quick_ratio() >= SIMILAR_NAME
            and matcher.ratio() >= SIMILAR_NAME)


def _review_uncertain(session: Session, households: list[HouseholdPlan],
                      areas: AreaIndex) -> None:
    """A new household whose person without an ID has the same or a similar name as someone
    in the same village (a typo, another spelling): maybe the same family, so a person
    decides; never merged silently."""
    suspects = [h for h in households if h.existing_id is None and h.outcome != "review"
                and any(p.national_id is None for p in h.persons)]
    village_ids = sorted({areas.villages[key] for h in suspects for p in h.persons
                          if p.national_id is None
                          and (key := (p.subdistrict_code or "", p.village_no or 0))
                          in areas.villages})
    # Per village, people by the first letter of their first name and by last name: a typo
    # rarely changes both, and comparing only within those blocks keeps it fast.
    people: dict[int, list[tuple[str, str, str, str]]] = defaultdict(list)
    for chunk in chunks(village_ids):
        for first, last, village, house_no in session.execute(
                select(Member.first_name, Member.last_name, Household.village_id,
                       Household.house_no)
                .join(Household, Household.id == Member.household_id)
                .where(Household.village_id.in_(chunk))):
            if village is None:
                continue
            people[village].append(((first or "")[:1], last or "",
                                    _name_key(first, last).replace("|", ""), house_no or "-"))
    for h in suspects:
        for p in h.persons:
            village = areas.villages.get((p.subdistrict_code or "", p.village_no or 0))
            if p.national_id is not None or village is None or not p.first_name:
                continue
            wanted = _name_key(p.first_name, p.last_name).replace("|", "")
            homes = sorted({house for initial, last, name, house in people.get(village, ())
                            if (initial == p.first_name[:1] or last == (p.last_name or ""))
                            and _similar(wanted, name)})
            if homes:
                h.outcome = "review"
                h.changes.append(FieldChange("households", 0, "match", None, None, translate(
                    "import", "{name} has no national ID and a person with the same or a "
                    "similar name lives at house {house} in the same village; check whether it "
                    "is the same household.").format(name=p.full_name, house=", ".join(homes))))
                break


def _disappeared(session: Session, households: list[HouseholdPlan],
                 source_code: str) -> list[DisappearedHousehold]:
    present = {h.existing_id for h in households if h.existing_id is not None}
    rows = session.execute(
        select(Household.id, Household.head_name, Village.name)
        .join(HouseholdSource, HouseholdSource.household_id == Household.id)
        .outerjoin(Village, Village.id == Household.village_id)
        # Only what an earlier *import* of this source listed (not demo or hand-made data).
        .where(HouseholdSource.source_code == source_code,
               HouseholdSource.batch_id.is_not(None),
               HouseholdSource.missing_since_batch_id.is_(None))
        .distinct().order_by(Household.id))
    return [DisappearedHousehold(hid, head, village) for hid, head, village in rows
            if hid not in present]


def _label(p: Person, field_name: str) -> str:
    return f"{p.full_name}: {field_name}"


def _diff_all(session: Session, households: list[HouseholdPlan],
              options: ImportOptions) -> None:
    """Changes each matched household would get, and each household's outcome (batched)."""
    matched = [h for h in households if h.existing_id is not None and h.outcome != "review"]
    hids = [h.existing_id for h in matched]
    rows: dict[int, Any] = {}
    for chunk in chunks(hids):
        for row in session.execute(select(
                Household.id, Household.house_code, Household.house_no, Household.in_tpmap,
                Household.in_thaiqm).where(Household.id.in_(chunk))):
            rows[row.id] = row
    mids = [mid for h in matched for mid in h.member_ids.values()]
    members: dict[int, Any] = {}
    for chunk in chunks(mids):
        for row in session.execute(select(Member.id, *(getattr(Member, f) for f in MEMBER_FIELDS))
                                   .where(Member.id.in_(chunk))):
            members[row.id] = row
    problems: dict[int, set[str]] = defaultdict(set)
    for chunk in chunks(hids):
        stmt = select(HouseholdProblem.household_id, HouseholdProblem.dimension_code).where(
            HouseholdProblem.household_id.in_(chunk))
        if options.survey_year_be is not None:
            stmt = stmt.where(HouseholdProblem.survey_year_be == options.survey_year_be)
        for hid, dim in session.execute(stmt):
            problems[hid].add(dim)
    flag = {"tpmap": "in_tpmap", "thaiqm": "in_thaiqm"}.get(options.source_code)

    for h in households:
        if h.outcome == "review":
            continue
        dims: set[str] = set().union(*(p.failed_dimensions for p in h.persons))
        if h.existing_id is None:
            h.outcome = "new"
            h.new_dimensions = dims
            continue
        household = rows[h.existing_id]
        head = h.head
        for name in ("house_code", "house_no"):
            value, old = getattr(head, name), getattr(household, name)
            if value is not None and value != old:
                h.changes.append(FieldChange("households", household.id, name, old, value,
                                             _label(head, name)))
        if flag and not getattr(household, flag):
            h.changes.append(FieldChange("households", household.id, flag, False, True,
                                         _label(head, flag)))
        for p in h.persons:
            mid = h.member_ids.get(p.row)
            if mid is None:
                continue
            member = members[mid]
            for name, value in p.member_values().items():
                old = getattr(member, name)
                if value != old:
                    h.changes.append(FieldChange("members", mid, name, old, value,
                                                 _label(p, name)))
        h.new_dimensions = dims - problems.get(h.existing_id, set())
        anything_new = any(p.row not in h.member_ids for p in h.persons)
        h.outcome = "updated" if h.changes or anything_new or h.new_dimensions else "unchanged"
