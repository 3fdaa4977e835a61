"""Field verification (การสอบทาน): the statuses, the transitions allowed between them, and visits.

Every change of a household's verification status goes through :func:`change_status`, which
refuses a transition the rules do not allow and keeps who, when and why (a status change row,
a history entry and a change set). Recording a visit (:func:`record_visit`) moves the status
by its result; a whole village's results can be keyed at once (:func:`record_village_results`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.access import require_subdistrict
from core.database import Database
from core.errors import Cancelled, ConflictError, ProgressFn, UserError
from core.help_status import refresh_help_status
from core.history import Actor, open_change, record_insert, record_update
from core.i18n import translate
from core.reference import code_labels
from core.summaries import refresh_household_summaries
from core.thai import format_date_be
from db.models import ChangeSet, Household, Partner, StatusChange, Visit

PENDING = "pending"
DUPLICATE = "duplicate"
#: What a verification can conclude (ThaiQM's outcome words).
OUTCOMES = ("confirmed", "not_eligible", "not_found", "ended")
#: A visit's result: an outcome, or "not settled, visit again" (the status stays as it is).
REVISIT = "revisit"
VISIT_RESULTS = (*OUTCOMES, REVISIT)
STATUSES = (PENDING, *OUTCOMES, DUPLICATE)


def allowed_next(status: str) -> tuple[str, ...]:
    """The statuses a household in ``status`` may move to by hand or by a visit.

    Pending households get an outcome; a concluded case may be reopened (back to pending, or
    straight to another outcome after a new visit), which needs a reason. A duplicate only
    ends by a merge and cannot be reopened here.
    """
    if status == PENDING:
        return OUTCOMES
    if status in OUTCOMES:
        return tuple(s for s in (PENDING, *OUTCOMES) if s != status)
    return ()


def needs_reason(old: str, new: str) -> bool:
    """Reopening a concluded case (anything but pending → outcome) needs a written reason."""
    return old != PENDING


class TransitionRefused(UserError):
    """The rules do not allow this change of verification status."""


def check_transition(session: Session, old: str, new: str, reason: str | None) -> None:
    """Raise :class:`TransitionRefused` unless ``old`` → ``new`` is allowed with this reason."""
    labels = code_labels(session, "verification_status")
    if new not in STATUSES:
        raise TransitionRefused(translate("verification", "Unknown verification status {status}.")
                                .format(status=new))
    if new == DUPLICATE:
        raise TransitionRefused(translate(
            "verification", "A household becomes a duplicate only by merging it into another "
            "household (ครัวเรือน → รวมครัวเรือนซ้ำ)."))
    if new not in allowed_next(old):
        if old == DUPLICATE:
            raise TransitionRefused(translate(
                "verification", "This household was merged into another one as a duplicate; "
                "its status cannot change. Work on the household it was merged into."))
        raise TransitionRefused(translate(
            "verification", "The verification status cannot go from “{old}” to “{new}”.").format(
            old=labels.get(old, old), new=labels.get(new, new)))
    if needs_reason(old, new) and not (reason or "").strip():
        raise TransitionRefused(translate(
            "verification", "Reopening a verified household (“{old}” → “{new}”) needs a reason: "
            "write why the earlier result no longer holds.").format(
            old=labels.get(old, old), new=labels.get(new, new)))


def apply_status(session: Session, actor: Actor, household: Household, new: str, *,
                 reason: str | None, change: ChangeSet, visit_id: int | None = None) -> bool:
    """Move the household to ``new`` after checking the rules; False when it already is there."""
    old = household.verification_status
    if old == new:
        return False
    check_transition(session, old, new, reason)
    household.verification_status = new
    household.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    record_update(session, actor, household, reason=reason, change=change)
    session.add(StatusChange(household_id=household.id, kind="verification", old_status=old,
                             new_status=new, user_id=actor.user_id, reason=reason,
                             visit_id=visit_id))
    refresh_help_status(session, actor, household.id)
    return True


def _household(session: Session, actor: Actor, household_id: int,
               version: int | None) -> Household:
    hh = session.get(Household, household_id)
    if hh is None:
        raise UserError(translate("verification", "Household {id} does not exist.").format(
            id=household_id))
    require_subdistrict(actor, hh.subdistrict_code)
    if version is not None and hh.version != version:
        raise ConflictError(translate(
            "verification", "Someone else changed household {id} a moment ago. Open it again "
            "to see their change, then repeat yours.").format(id=household_id))
    return hh


def change_status(database: Database, actor: Actor, household_id: int, new: str, *,
                  reason: str | None, expected_version: int | None = None) -> int:
    """Set the verification status by hand (with a reason when reopening); returns the change id."""
    with database.begin() as s:
        hh = _household(s, actor, household_id, expected_version)
        change = open_change(s, actor, household_id=household_id, kind="status",
                             summary=translate("verification", "verification status changed"),
                             reason=reason)
        if not apply_status(s, actor, hh, new, reason=reason, change=change):
            raise UserError(translate("verification", "The household already has this status."))
        return change.id


@dataclass(frozen=True)
class VisitInput:
    """What the verification team found on one visit."""

    visited_on: dt.date
    result: str
    team_names: str | None = None
    team_partner_id: int | None = None
    team_phone: str | None = None
    informant: str | None = None
    findings: str | None = None
    notes: str | None = None
    reason: str | None = None  # why, when the result reopens a concluded case


def _check_visit(session: Session, visit: VisitInput) -> None:
    if visit.result not in VISIT_RESULTS:
        raise UserError(translate("verification", "Choose the result of the visit."))
    if visit.visited_on > dt.date.today():
        raise UserError(translate("verification", "The visit date is in the future."))
    if visit.visited_on < dt.date(2000, 1, 1):
        raise UserError(translate("verification", "The visit date is too long ago; check the "
                                                  "year (Buddhist Era)."))
    if visit.team_partner_id is not None and session.get(Partner, visit.team_partner_id) is None:
        raise UserError(translate("verification", "The team's agency does not exist."))


def _add_visit(session: Session, actor: Actor, hh: Household, visit: VisitInput,
               change: ChangeSet) -> Visit:
    _check_visit(session, visit)
    if hh.verification_status == DUPLICATE:
        check_transition(session, DUPLICATE, PENDING, visit.reason)  # raises the clear message
    row = Visit(household_id=hh.id, visited_on=visit.visited_on, team_names=visit.team_names,
                team_partner_id=visit.team_partner_id, team_phone=visit.team_phone,
                informant=visit.informant, findings=visit.findings, result=visit.result,
                notes=visit.notes, created_by_id=actor.user_id)
    session.add(row)
    record_insert(session, actor, row, change=change)
    if visit.result not in (REVISIT, hh.verification_status):
        # the user's own reason when reopening; a visit's date is reason enough otherwise
        check_transition(session, hh.verification_status, visit.result, visit.reason)
        reason = visit.reason or translate("verification", "field verification on {date}").format(
            date=format_date_be(visit.visited_on, style="short"))
        apply_status(session, actor, hh, visit.result, reason=reason, change=change,
                     visit_id=row.id)
    if hh.last_visit_on is None or visit.visited_on > hh.last_visit_on:
        hh.last_visit_on = visit.visited_on
        record_update(session, actor, hh, change=change)
    hh.updated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None)
    return row


def record_visit(database: Database, actor: Actor, household_id: int, visit: VisitInput, *,
                 expected_version: int | None = None) -> int:
    """Record one visit; its result moves the verification status. Returns the visit id."""
    with database.begin() as s:
        hh = _household(s, actor, household_id, expected_version)
        change = open_change(s, actor, household_id=household_id, kind="visit",
                             summary=translate("verification", "visit recorded"),
                             reason=visit.reason)
        row = _add_visit(s, actor, hh, visit, change)
        s.flush()
        return row.id


@dataclass(frozen=True)
class VillageResult:
    """One line of the village keying screen: a household and what the team found."""

    household_id: int
    visit: VisitInput
    expected_version: int | None = None


@dataclass(frozen=True)
class KeyingOutcome:
    """What keying a village wrote."""

    visits: int
    status_changes: int


def record_village_results(database: Database, actor: Actor, results: Sequence[VillageResult], *,
                           progress: ProgressFn | None = None) -> KeyingOutcome:
    """Record the results of a village's field work, all or nothing.

    Every line is checked first; if one breaks a rule, nothing is written and the message names
    the household.
    """
    visits = changes = 0
    with database.begin() as s:
        for i, line in enumerate(results):
            hh = _household(s, actor, line.household_id, line.expected_version)
            before = hh.verification_status
            change = open_change(s, actor, household_id=hh.id, kind="visit",
                                 summary=translate("verification", "visit keyed for the village"),
                                 reason=line.visit.reason)
            try:
                _add_visit(s, actor, hh, line.visit, change)
            except UserError as e:
                raise UserError(translate("verification", "{head} (house {house}): {problem}")
                                .format(head=hh.head_name or hh.id, house=hh.house_no or "-",
                                        problem=e)) from e
            visits += 1
            changes += hh.verification_status != before
            if progress is not None and progress(i + 1, len(results)) is False:
                raise Cancelled()
        s.flush()
        refresh_household_summaries(s.connection(), [r.household_id for r in results], case=True)
    return KeyingOutcome(visits, changes)


@dataclass(frozen=True)
class KeyingRow:
    """A household of a village as the keying screen lists it."""

    household_id: int
    version: int
    house_no: str
    house_code: str
    head_name: str
    members: int
    verification_status: str
    last_visit_on: dt.date | None


def village_keying_rows(session: Session, village_id: int) -> list[KeyingRow]:
    """The village's households (not merged), pending first, then by house number."""
    rows = session.execute(
        select(Household.id, Household.version, Household.house_no, Household.house_code,
               Household.head_name, Household.member_count, Household.verification_status,
               Household.last_visit_on)
        .where(Household.village_id == village_id, Household.merged_into_id.is_(None))).all()
    result = [KeyingRow(hid, version, house_no or "", code or "", head or "", int(count or 0),
                        status, last) for hid, version, house_no, code, head, count, status, last
              in rows]
    return sorted(result, key=lambda r: (r.verification_status != PENDING,
                                         _house_number_key(r.house_no), r.household_id))


def _house_number_key(house_no: str) -> tuple[int, ...]:
    """12/3 after 12/2 and 9 before 10."""
    parts = []
    for part in house_no.replace("-", "/").split("/"):
        digits = "".join(ch for ch in part if ch.isdigit())
        parts.append(int(digits) if digits else 0)
    return tuple(parts)
