"""What the household editor shows read-only: the visits and the changes of status."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.history_log import local_time
from core.reference import code_labels
from core.thai import format_date_be
from db.models import Partner, StatusChange, User, Visit


@dataclass(frozen=True)
class VisitLine:
    """A visit as the visits tab lists it."""

    id: int
    date: str
    result: str
    team: str
    informant: str
    findings: str
    notes: str


@dataclass(frozen=True)
class StatusLine:
    """A change of status: which, from, to, who, when, why."""

    when: str
    kind: str
    old: str
    new: str
    who: str
    reason: str


def visits_of(session: Session, household_id: int, *, language: str = "th") -> list[VisitLine]:
    """The household's visits, newest first."""
    results = code_labels(session, "visit_result", language=language)
    rows = session.execute(
        select(Visit, func.coalesce(Partner.short_name, Partner.name))
        .outerjoin(Partner, Partner.id == Visit.team_partner_id)
        .where(Visit.household_id == household_id)
        .order_by(Visit.visited_on.desc(), Visit.id.desc())).all()
    return [VisitLine(v.id, format_date_be(v.visited_on, style="short"),
                      results.get(v.result, v.result),
                      ", ".join(x for x in (v.team_names, agency, v.team_phone) if x),
                      v.informant or "", v.findings or "", v.notes or "") for v, agency in rows]


def status_changes_of(session: Session, household_id: int, *,
                      language: str = "th") -> list[StatusLine]:
    """Every change of the household's statuses, newest first."""
    verification = code_labels(session, "verification_status", language=language)
    help_labels = code_labels(session, "help_status", language=language)
    kinds = {"verification": verification, "help": help_labels}
    rows = session.execute(
        select(StatusChange, User.username).outerjoin(User, User.id == StatusChange.user_id)
        .where(StatusChange.household_id == household_id)
        .order_by(StatusChange.id.desc())).all()
    lines = []
    for change, username in rows:
        labels = kinds.get(change.kind, {})
        at = local_time(change.changed_at)
        lines.append(StatusLine(
            f"{format_date_be(at.date(), style='short')} {at:%H:%M}", change.kind,
            labels.get(change.old_status or "", change.old_status or "–"),
            labels.get(change.new_status, change.new_status if change.new_status != "-" else "–"),
            username or "", change.reason or ""))
    return lines
