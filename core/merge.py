"""Duplicates: merging two households into one, and the review queue that imports leave behind.

Merging moves everything of the duplicate (members, visits, interventions, problems, list
sources, assessments, attachments, import rows, history) to the survivor; the duplicate stays
in the database, marked ซ้ำ, with a pointer to the survivor, so nothing is lost and lists and
search skip it.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import defaultdict
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.access import Permission, require, require_households
from core.case import CaseData, MemberData, insert_case, load_case, update_case
from core.database import Database
from core.errors import UserError
from core.help_status import refresh_help_status
from core.history import Actor, open_change, record, record_insert, record_update
from core.i18n import translate
from core.summaries import refresh_household_summaries
from db.models import (
    Attachment,
    CapitalAssessment,
    ChangeSet,
    HistoryEntry,
    Household,
    HouseholdProblem,
    HouseholdSource,
    ImportBatch,
    ImportRow,
    Intervention,
    Member,
    StatusChange,
    Village,
    Visit,
)


@dataclass(frozen=True)
class MergeOutcome:
    """What a merge moved to the survivor."""

    survivor_id: int
    duplicate_id: int
    members_moved: int
    members_same_person: int
    records_moved: int


def merge_households(database: Database, actor: Actor, survivor_id: int, duplicate_id: int, *,
                     reason: str) -> MergeOutcome:
    """Merge ``duplicate_id`` into ``survivor_id`` in one transaction."""
    if survivor_id == duplicate_id:
        raise UserError(translate("merge", "Choose two different households to merge."))
    if not reason.strip():
        raise UserError(translate("merge", "Say why the two households are the same family."))
    with database.begin() as s:
        require_households(s, actor, [survivor_id, duplicate_id])
        survivor, duplicate = s.get(Household, survivor_id), s.get(Household, duplicate_id)
        for hh, hid in ((survivor, survivor_id), (duplicate, duplicate_id)):
            if hh is None:
                raise UserError(translate("merge", "Household {id} does not exist.").format(id=hid))
            if hh.merged_into_id is not None:
                raise UserError(translate(
                    "merge", "Household {id} was already merged into household {into}.").format(
                    id=hid, into=hh.merged_into_id))
        assert survivor is not None
        assert duplicate is not None
        summary = translate("merge", "household {dup} merged into {survivor}").format(
            dup=duplicate_id, survivor=survivor_id)
        change = open_change(s, actor, household_id=survivor_id, kind="merge", summary=summary,
                             reason=reason)
        dup_change = open_change(s, actor, household_id=duplicate_id, kind="merge",
                                 summary=summary, reason=reason)
        moved_members, same_person = _move_members(s, actor, change, survivor, duplicate)
        moved = 0
        moved += _move_problems(s, actor, change, survivor_id, duplicate_id)
        moved += _move_sources(s, actor, change, survivor_id, duplicate_id)
        moved += _move_assessments(s, actor, change, survivor_id, duplicate_id)
        for model in (Visit, Intervention, Attachment):
            moved += _move_rows(s, actor, change, model, survivor_id, duplicate_id)
        s.execute(update(ImportRow).where(ImportRow.household_id == duplicate_id)
                  .values(household_id=survivor_id))
        # The duplicate's history is now part of the survivor's case.
        s.execute(update(HistoryEntry).where(HistoryEntry.household_id == duplicate_id)
                  .values(household_id=survivor_id))
        for field_name in ("has_welfare_card", "in_tpmap", "in_thaiqm"):
            if getattr(duplicate, field_name) and not getattr(survivor, field_name):
                setattr(survivor, field_name, True)
        for field_name in ("house_code", "latitude", "longitude", "phone", "farmer_book_no"):
            if getattr(survivor, field_name) is None and getattr(duplicate, field_name) is not None:
                setattr(survivor, field_name, getattr(duplicate, field_name))
        if (survivor.last_visit_on or dt.date.min) < (duplicate.last_visit_on or dt.date.min):
            survivor.last_visit_on = duplicate.last_visit_on
        survivor.updated_at = _now()
        record_update(s, actor, survivor, reason=reason, change=change)
        old_status, old_help = duplicate.verification_status, duplicate.help_status
        duplicate.merged_into_id = survivor_id
        duplicate.verification_status = "duplicate"
        duplicate.help_status = None
        duplicate.updated_at = _now()
        record_update(s, actor, duplicate, reason=reason, change=dup_change)
        s.add(StatusChange(household_id=duplicate_id, kind="verification", old_status=old_status,
                           new_status="duplicate", user_id=actor.user_id, reason=reason))
        if old_help is not None:
            s.add(StatusChange(household_id=duplicate_id, kind="help", old_status=old_help,
                               new_status="-", user_id=actor.user_id, reason=reason))
        s.flush()
        refresh_household_summaries(s.connection(), [survivor_id, duplicate_id], case=True)
        refresh_help_status(s, actor, survivor_id, reason=summary)  # its help came along
        return MergeOutcome(survivor_id, duplicate_id, moved_members, same_person, moved)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def _moved(s: Session, actor: Actor, change: ChangeSet, table: str, record_id: int,
           old: int, new: int) -> None:
    record(s, actor, table=table, record_id=record_id, action="update", field="household_id",
           old=old, new=new, change=change)


def _move_members(s: Session, actor: Actor, change: ChangeSet, survivor: Household,
                  duplicate: Household) -> tuple[int, int]:
    known = {nid for nid in s.scalars(select(Member.national_id).where(
        Member.household_id == survivor.id, Member.national_id.is_not(None)))}
    moved = same = 0
    for m in s.scalars(select(Member).where(Member.household_id == duplicate.id)
                       .order_by(Member.id)).all():
        if m.national_id and m.national_id in known:
            # The same person is already in the survivor: keep the survivor's record, and
            # point what referred to the duplicate's copy at it.
            keep = s.scalars(select(Member.id).where(Member.household_id == survivor.id,
                                                     Member.national_id == m.national_id)).first()
            s.execute(update(Intervention).where(Intervention.member_id == m.id)
                      .values(member_id=keep))
            s.execute(update(HouseholdProblem).where(HouseholdProblem.member_id == m.id)
                      .values(member_id=keep))
            s.execute(update(ImportRow).where(ImportRow.member_id == m.id).values(member_id=keep))
            m.household_id = survivor.id  # moved, then kept as a former copy (not deleted)
            m.is_head = False
            m.notes = ((m.notes or "") + " " + translate(
                "merge", "(same person as member {id}; came with a merged duplicate)").format(
                id=keep)).strip()
            record_update(s, actor, m, change=change)
            same += 1
            continue
        m.household_id = survivor.id
        m.is_head = False
        if m.relation == "head":
            m.relation = "relative"
        record_update(s, actor, m, change=change)
        moved += 1
    return moved, same


def _move_problems(s: Session, actor: Actor, change: ChangeSet, survivor_id: int,
                   duplicate_id: int) -> int:
    have = set(s.execute(select(HouseholdProblem.dimension_code, HouseholdProblem.indicator_id)
                         .where(HouseholdProblem.household_id == survivor_id,
                                HouseholdProblem.resolved_on.is_(None))))
    moved = 0
    for p in s.scalars(select(HouseholdProblem).where(HouseholdProblem.household_id == duplicate_id)
                       .order_by(HouseholdProblem.id)).all():
        if p.resolved_on is None and (p.dimension_code, p.indicator_id) in have:
            continue  # the survivor has the same open problem
        p.household_id = survivor_id
        record_update(s, actor, p, change=change)
        moved += 1
    return moved


def _move_sources(s: Session, actor: Actor, change: ChangeSet, survivor_id: int,
                  duplicate_id: int) -> int:
    have = set(s.execute(select(HouseholdSource.source_code, HouseholdSource.list_year_be)
                         .where(HouseholdSource.household_id == survivor_id)))
    moved = 0
    for src in s.scalars(select(HouseholdSource).where(
            HouseholdSource.household_id == duplicate_id)).all():
        if (src.source_code, src.list_year_be) in have:
            continue
        src.household_id = survivor_id
        record_update(s, actor, src, change=change)
        moved += 1
    return moved


def _move_assessments(s: Session, actor: Actor, change: ChangeSet, survivor_id: int,
                      duplicate_id: int) -> int:
    last = s.scalar(select(func.max(CapitalAssessment.round_no)).where(
        CapitalAssessment.household_id == survivor_id)) or 0
    moved = 0
    for a in s.scalars(select(CapitalAssessment).where(
            CapitalAssessment.household_id == duplicate_id)
            .order_by(CapitalAssessment.round_no)).all():
        last += 1
        a.household_id = survivor_id
        a.round_no = last
        record_update(s, actor, a, change=change)
        moved += 1
    return moved


def _move_rows(s: Session, actor: Actor, change: ChangeSet, model: Any, survivor_id: int,
               duplicate_id: int) -> int:
    table = model.__table__.name
    ids = list(s.scalars(select(model.id).where(model.household_id == duplicate_id)))
    if not ids:
        return 0
    s.execute(update(model).where(model.household_id == duplicate_id)
              .values(household_id=survivor_id))
    for rid in ids:
        _moved(s, actor, change, table, rid, duplicate_id, survivor_id)
    return len(ids)


# --------------------------------------------------------------------------- review queue


@dataclass(frozen=True)
class ReviewPerson:
    """A person of a review item, as the import read them."""

    row_number: int
    name: str
    national_id: str | None
    birth_date: dt.date | None
    house_no: str | None
    village_no: int | None


@dataclass(frozen=True)
class Candidate:
    """An existing household that may be the same family."""

    household_id: int
    head_name: str
    house_no: str
    members: int


@dataclass(frozen=True)
class ReviewItem:
    """Rows of one import that may be an existing household: a person decides."""

    batch_id: int
    file_name: str
    row_ids: tuple[int, ...]
    persons: tuple[ReviewPerson, ...]
    message: str
    candidates: tuple[Candidate, ...]


def review_count(session: Session) -> int:
    """How many imported people wait for a decision (cheap: for a button's label)."""
    return int(session.scalar(
        select(func.count()).select_from(ImportRow)
        .join(ImportBatch, ImportBatch.id == ImportRow.batch_id)
        .where(ImportRow.action == "review", ImportBatch.undone_at.is_(None))) or 0)


def review_queue(session: Session) -> list[ReviewItem]:
    """Every undecided review item of every import that was not undone, oldest first."""
    from core.importing.plan import AreaIndex, RowNormaliser, household_key

    rows = session.execute(
        select(ImportRow.id, ImportRow.batch_id, ImportRow.row_number, ImportRow.raw,
               ImportRow.messages, ImportBatch.file_name, ImportBatch.mapping)
        .join(ImportBatch, ImportBatch.id == ImportRow.batch_id)
        .where(ImportRow.action == "review", ImportBatch.undone_at.is_(None))
        .order_by(ImportRow.batch_id, ImportRow.row_number)).all()
    if not rows:
        return []
    areas = AreaIndex.load(session)
    normalisers: dict[int, RowNormaliser] = {}
    groups: dict[tuple[int, str], list[Any]] = defaultdict(list)
    files: dict[int, str] = {}
    for rid, batch_id, row_number, raw, messages, file_name, mapping in rows:
        if batch_id not in normalisers:
            columns = {name: int(index) for index, name in (mapping or {}).get("columns", {}).items()}
            normalisers[batch_id] = RowNormaliser(columns, areas, today=dt.date.today())
        person = normalisers[batch_id](row_number, _raw_values(raw))
        groups[(batch_id, household_key(person))].append((rid, person, messages))
        files[batch_id] = file_name
    items = []
    for (batch_id, _key), members in groups.items():
        persons = tuple(ReviewPerson(p.row, p.full_name, p.national_id, p.birth_date, p.house_no,
                                     p.village_no) for _rid, p, _m in members)
        first = members[0][1]
        messages = [m for _rid, _p, ms in members for m in (ms or [])]
        items.append(ReviewItem(batch_id, files[batch_id], tuple(r for r, _p, _m in members),
                                persons, messages[-1] if messages else "",
                                tuple(_candidates(session, first, areas))))
    return items


def _candidates(session: Session, person: Any, areas: Any) -> list[Candidate]:
    village = areas.villages.get((person.subdistrict_code or "", person.village_no or 0))
    if village is None:
        return []
    last = person.last_name or ""
    first = (person.first_name or "")[:1]
    stmt = (select(Household.id, Household.head_name, Household.house_no, Household.member_count)
            .join(Member, Member.household_id == Household.id)
            .where(Household.village_id == village, Household.merged_into_id.is_(None))
            .where((Member.last_name == last) | Member.first_name.startswith(first))
            .distinct().order_by(Household.id).limit(20))
    from core.importing.plan import _similar  # the same similarity rule as the import

    wanted = f"{person.first_name or ''}{last}"
    found = []
    for hid, head, house_no, count in session.execute(stmt):
        names = session.execute(select(Member.first_name, Member.last_name)
                                .where(Member.household_id == hid)).all()
        if any(_similar(wanted, f"{f or ''}{ln or ''}") for f, ln in names):
            found.append(Candidate(hid, head or "", house_no or "", int(count or 0)))
    return found


def resolve_review(database: Database, actor: Actor, item: ReviewItem, *, decision: str,
                   household_id: int | None = None) -> int | None:
    """Decide a review item, all in one transaction: ``same`` (add its people to
    ``household_id``), ``new`` (a new household) or ``dismiss`` (leave it out). Returns the
    household written, if any."""
    if decision not in ("same", "new", "dismiss"):
        raise UserError(translate("merge", "Unknown decision."))
    if decision == "same" and household_id is None:
        raise UserError(translate("merge", "Choose the household these people belong to."))
    from core.importing.plan import AreaIndex, RowNormaliser

    require(actor, Permission.EDIT_HOUSEHOLDS)  # where it lands is checked by insert/update_case
    if household_id is not None:
        with database.read() as s:
            require_households(s, actor, [household_id])
    with database.begin() as s:
        batch = s.get(ImportBatch, item.batch_id)
        if batch is None or batch.undone_at is not None:
            raise UserError(translate("merge", "That import was undone; nothing to decide."))
        rows = {r.id: r for r in s.scalars(select(ImportRow).where(ImportRow.id.in_(item.row_ids)))}
        if len(rows) != len(item.row_ids) or any(r.action != "review" for r in rows.values()):
            raise UserError(translate("merge", "Someone else decided this item already."))
        columns = {name: int(index) for index, name in (batch.mapping or {}).get("columns", {}).items()}
        normaliser = RowNormaliser(columns, AreaIndex.load(s), today=dt.date.today())
        persons = [normaliser(rows[rid].row_number, _raw_values(rows[rid].raw))
                   for rid in item.row_ids]
        written: int | None = None
        summary = translate("merge", "review of import {batch} decided").format(batch=batch.id)
        if decision == "new":
            head = persons[0]
            members = tuple(_member_from(p, -(i + 1), is_head=i == 0) for i, p in enumerate(persons))
            village = _village(s, actor, head.subdistrict_code, head.village_no, head.village_name)
            case = CaseData(id=None, version=None, subdistrict_code=head.subdistrict_code or "",
                            village_id=village, house_code=head.house_code, house_no=head.house_no,
                            members=members, problems=tuple((d, None) for d in sorted(
                                {d for p in persons for d in p.failed_dimensions})))
            written = insert_case(s, actor, case, summary=summary)
        elif decision == "same":
            assert household_id is not None
            target = load_case(s, household_id)
            known = {m.national_id for m in target.members if m.national_id}
            extra = tuple(_member_from(p, target.next_key() - i, is_head=False)
                          for i, p in enumerate(persons)
                          if not (p.national_id and p.national_id in known))
            update_case(s, actor, target, replace(target, members=target.members + extra),
                        summary=summary)
            written = household_id
        action = {"same": "review_same", "new": "review_new", "dismiss": "review_dismissed"}
        for rid in item.row_ids:
            row = rows[rid]
            old = row.action
            row.action = action[decision]
            row.household_id = written
            record(s, actor, table="import_rows", record_id=rid, action="update", field="action",
                   old=old, new=row.action, household_id=written)
        return written


def _village(s: Session, actor: Actor, subdistrict: str | None, number: int | None,
             name: str | None) -> int | None:
    """The village (หมู่) of a subdistrict, added when the office has not met it yet."""
    if not subdistrict or not number:
        return None
    found = s.scalar(select(Village.id).where(Village.subdistrict_code == subdistrict,
                                              Village.number == number))
    if found is not None:
        return int(found)
    village = Village(code=f"{subdistrict}{number:02d}", subdistrict_code=subdistrict,
                      number=number, name=name or f"หมู่ {number}", kind="moo")
    s.add(village)
    record_insert(s, actor, village)
    return village.id


def _raw_values(raw: Any) -> list[Any]:
    """An import row's cells (stored as a JSON list; some drivers hand back the text)."""
    return list(raw) if isinstance(raw, list) else list(json.loads(raw))


def _member_from(p: Any, key: int, *, is_head: bool) -> MemberData:
    return MemberData(key=key, national_id=p.national_id, title=p.title,
                      first_name=p.first_name or "", last_name=p.last_name, sex=p.sex,
                      birth_date=p.birth_date, birth_date_precision=p.birth_precision,
                      relation="head" if is_head else (p.relation if p.relation != "head" else None),
                      is_head=is_head, phone=p.phone,
                      no_id_reason=None if p.national_id else translate(
                          "merge", "no ID in the imported list"))
