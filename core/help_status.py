"""THE rule for a household's help status: derived from its verification and its interventions.

Nobody types a help status. It follows from the data:

* no status (None) unless the household's verification is ``confirmed``;
* ``target`` (เป้าหมาย): confirmed, and no help has started: no live intervention, or only
  planned ones (declined and cancelled ones do not count; help that is only planned has not
  reached the household yet);
* ``in_progress`` (อยู่ระหว่างดำเนินการ): a referral has gone out and is not finished
  (referred, accepted or in progress), or some help is done while more is still planned;
* ``helped`` (ช่วยเหลือแล้ว): every live intervention is done;
* ``graduated`` (พ้นความยากจน): helped, and the latest capital assessment is a follow-up round
  (``graduate_min_round``, default 2) whose level reaches ``graduate_min_level`` (default 4,
  อยู่ดี); or a person decided so (:func:`decide_help`) with a reason;
* ``self_resolved`` (แก้ไขได้ด้วยตนเอง): only by a person's decision with a reason (a household
  that solved its problems without the programme's help; never guessed by the program).

A decision is kept as a ``status_changes`` row of kind ``help_decision`` and stands until it is
reopened (``decide_help(..., "reopen", reason)``), after which the interventions rule again.
The thresholds are data (``resources/reference/help_rules.json``, overridable per database in
``app_settings`` under ``help_rules``).

The derived value is stored in ``households.help_status`` (for lists and filters) by
:func:`refresh_help_status`, which every service that changes interventions or verification
calls in its own transaction; it writes a ``status_changes`` row of kind ``help`` and a history
entry when the value changes. The stored column is a cache of the rule, so writing it does not
bump the household's optimistic-locking version (an editor open on the household is not a
conflict with a referral keyed meanwhile).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from core.access import Permission, require, require_households
from core.errors import UserError
from core.history import Actor, record, utcnow
from core.i18n import translate
from core.resources import resource_path
from db.bulk import chunks
from db.models import AppSetting, CapitalAssessment, Household, Intervention, StatusChange

OPEN_STATUSES = ("planned", "referred", "accepted", "in_progress")
"""Referral statuses that still wait for something (overdue when past their planned date)."""
CLOSED_STATUSES = ("done", "declined", "cancelled")
DEAD_STATUSES = ("declined", "cancelled")
"""Interventions that never happened: they do not make a household helped or in progress."""

DECISION_KIND = "help_decision"
DECISIONS = ("self_resolved", "graduated", "reopen")
RULES_SETTING = "help_rules"


@dataclass(frozen=True)
class HelpRules:
    """Thresholds of the help rules and of the things around them (data, not code)."""

    graduate_min_level: int
    graduate_min_round: int
    weak_capital_max_score: int
    overdue_grace_days: int
    attachment_max_bytes: int
    attachment_types: tuple[str, ...]


@cache
def _default_rules() -> dict[str, Any]:
    with resource_path("reference", "help_rules.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


def help_rules(session: Session) -> HelpRules:
    """The rules in force: the shipped defaults, overridden by the database's own settings."""
    values = dict(_default_rules())
    stored = session.get(AppSetting, RULES_SETTING)
    if stored is not None and isinstance(stored.value, dict):
        values.update({k: v for k, v in stored.value.items() if k in values})
    return HelpRules(
        graduate_min_level=int(values["graduate_min_level"]),
        graduate_min_round=int(values["graduate_min_round"]),
        weak_capital_max_score=int(values["weak_capital_max_score"]),
        overdue_grace_days=int(values["overdue_grace_days"]),
        attachment_max_bytes=int(values["attachment_max_bytes"]),
        attachment_types=tuple(values["attachment_types"]),
    )


def set_help_rules(session: Session, actor: Actor, **changes: int) -> HelpRules:
    """Change thresholds (an administrator's action, with history)."""
    require(actor, Permission.EDIT_REFERENCE)
    defaults = _default_rules()
    unknown = set(changes) - set(defaults)
    if unknown:
        raise ValueError(f"unknown help rule(s): {sorted(unknown)}")
    stored = session.get(AppSetting, RULES_SETTING)
    old = dict(stored.value) if stored is not None and isinstance(stored.value, dict) else {}
    new = {**old, **changes}
    if stored is None:
        session.add(AppSetting(key=RULES_SETTING, value=new))
    else:
        stored.value = new
    for key, value in changes.items():
        record(session, actor, table="app_settings", record_id=0, action="update",
               field=f"{RULES_SETTING}.{key}", old=old.get(key, defaults[key]), new=value)
    session.flush()
    return help_rules(session)


@dataclass(frozen=True)
class Assessment:
    """The latest capital assessment of a household: its round and level."""

    round_no: int
    level: int


def derive_help_status(
    verification_status: str | None,
    intervention_statuses: Iterable[str],
    *,
    decision: str | None,
    latest_assessment: Assessment | None,
    rules: HelpRules,
) -> str | None:
    """The help status from its inputs (the pure rule; see the module docstring)."""
    if verification_status != "confirmed":
        return None
    if decision in ("self_resolved", "graduated"):
        return decision
    live = [s for s in intervention_statuses if s not in DEAD_STATUSES]
    if all(s == "planned" for s in live):
        return "target"
    if any(s in OPEN_STATUSES for s in live):
        return "in_progress"
    if (latest_assessment is not None
            and latest_assessment.round_no >= rules.graduate_min_round
            and latest_assessment.level >= rules.graduate_min_level):
        return "graduated"
    return "helped"


def latest_decisions(session: Session, ids: Sequence[int]) -> dict[int, str]:
    """The latest help decision row (self_resolved, graduated, reopen) of each household."""
    latest = (select(StatusChange.household_id, func.max(StatusChange.id).label("last"))
              .where(StatusChange.kind == DECISION_KIND, StatusChange.household_id.in_(ids))
              .group_by(StatusChange.household_id).subquery())
    rows = session.execute(select(StatusChange.household_id, StatusChange.new_status)
                           .join(latest, StatusChange.id == latest.c.last))
    return {hid: status for hid, status in rows}


def _latest_assessments(session: Session, ids: Sequence[int]) -> dict[int, Assessment]:
    latest = (select(CapitalAssessment.household_id,
                     func.max(CapitalAssessment.round_no).label("round_no"))
              .where(CapitalAssessment.household_id.in_(ids))
              .group_by(CapitalAssessment.household_id).subquery())
    rows = session.execute(
        select(CapitalAssessment.household_id, CapitalAssessment.round_no, CapitalAssessment.level)
        .join(latest, (CapitalAssessment.household_id == latest.c.household_id)
              & (CapitalAssessment.round_no == latest.c.round_no)))
    return {hid: Assessment(round_no, level) for hid, round_no, level in rows}


def compute_help_statuses(session: Session, household_ids: Sequence[int]) -> dict[int, str | None]:
    """What the rule says now for each household (nothing is written)."""
    rules = help_rules(session)
    result: dict[int, str | None] = {}
    for ids in chunks(list(dict.fromkeys(household_ids))):
        verification = dict(session.execute(
            select(Household.id, Household.verification_status).where(Household.id.in_(ids))
        ).all())
        statuses: dict[int, list[str]] = {}
        for hid, status in session.execute(
                select(Intervention.household_id, Intervention.status)
                .where(Intervention.household_id.in_(ids))):
            statuses.setdefault(hid, []).append(status)
        decisions = latest_decisions(session, ids)
        assessments = _latest_assessments(session, ids)
        for hid in ids:
            if hid not in verification:
                continue
            result[hid] = derive_help_status(
                verification[hid], statuses.get(hid, ()), decision=decisions.get(hid),
                latest_assessment=assessments.get(hid), rules=rules)
    return result


def refresh_help_statuses(session: Session, actor: Actor, household_ids: Sequence[int], *,
                          reason: str | None = None) -> dict[int, str | None]:
    """Recompute and store the help status of many households; returns those that changed
    (household id → new status). Writes a status change and a history entry for each."""
    session.flush()
    derived = compute_help_statuses(session, household_ids)
    changed: dict[int, str | None] = {}
    old_of: dict[int, str | None] = {}
    for ids in chunks(list(derived)):
        stored = dict(session.execute(
            select(Household.id, Household.help_status).where(Household.id.in_(ids))).all())
        for hid in ids:
            if derived[hid] != stored.get(hid):
                changed[hid] = derived[hid]
                old_of[hid] = stored.get(hid)
    if not changed:
        return changed
    now = utcnow()
    why = reason or translate("help", "Derived from the household's verification and help")
    by_status: dict[str | None, list[int]] = {}
    for hid, new in changed.items():
        by_status.setdefault(new, []).append(hid)
    for new, ids in by_status.items():
        for part in chunks(ids):
            # One statement per new status; households loaded in the session follow.
            session.execute(update(Household).where(Household.id.in_(part))
                            .values(help_status=new, updated_at=now)
                            .execution_options(synchronize_session="evaluate"))
    for hid, new in changed.items():
        if new is not None:
            session.add(StatusChange(household_id=hid, kind="help", old_status=old_of[hid],
                                     new_status=new, changed_at=now, user_id=actor.user_id,
                                     reason=why))
        record(session, actor, table="households", record_id=hid, action="update",
               field="help_status", old=old_of[hid], new=new, reason=why, household_id=hid)
    session.flush()
    return changed


def refresh_help_status(session: Session, actor: Actor, household_id: int, *,
                        reason: str | None = None) -> str | None:
    """Recompute one household's help status and store it if it changed; returns the status.

    The verification workflow calls this after every change of verification status, and every
    intervention service after every change of an intervention.
    """
    refresh_help_statuses(session, actor, [household_id], reason=reason)
    return session.scalar(select(Household.help_status).where(Household.id == household_id))


def current_decision(session: Session, household_id: int) -> str | None:
    """The decision in force for a household (self_resolved, graduated) or None."""
    decision = latest_decisions(session, [household_id]).get(household_id)
    return decision if decision in ("self_resolved", "graduated") else None


def decide_help(session: Session, actor: Actor, household_id: int, decision: str,
                reason: str) -> str | None:
    """A person's decision: the household solved it itself, left poverty, or is reopened.

    ``decision`` is ``self_resolved``, ``graduated`` or ``reopen``; the reason is required.
    Returns the help status afterwards.
    """
    if decision not in DECISIONS:
        raise ValueError(f"unknown help decision {decision!r}")
    reason = (reason or "").strip()
    if not reason:
        raise UserError(translate("help", "Give a reason for this decision."))
    require_households(session, actor, [household_id])
    household = session.get(Household, household_id)
    if household is None:
        raise UserError(translate("help", "The household no longer exists."))
    if household.verification_status != "confirmed":
        raise UserError(translate(
            "help", "Only a household confirmed as a target household has a help status."))
    in_force = current_decision(session, household_id)
    if decision == "reopen":
        if in_force is None and household.help_status == "graduated":
            raise UserError(translate(
                "help", "This household is out of poverty by its latest capital assessment; "
                "record a new assessment to change that."))
        if in_force is None:
            raise UserError(translate("help", "This household's help is not closed; there is "
                                      "nothing to reopen."))
    else:
        open_count = session.scalar(select(func.count()).select_from(Intervention).where(
            Intervention.household_id == household_id, Intervention.status.in_(OPEN_STATUSES)))
        if open_count:
            raise UserError(translate(
                "help", "This household still has {count} open referral(s). Record their "
                "outcome or cancel them first.").format(count=open_count))
        if decision == "graduated" and household.help_status not in ("helped", "self_resolved"):
            raise UserError(translate(
                "help", "Only a household that has been helped or solved its problems itself "
                "can be marked as out of poverty."))
        if decision == "self_resolved" and household.help_status != "target":
            raise UserError(translate(
                "help", "Only a household that has had no help can be marked as having solved "
                "its problems itself."))
    session.add(StatusChange(household_id=household_id, kind=DECISION_KIND,
                             old_status=in_force, new_status=decision, user_id=actor.user_id,
                             reason=reason, changed_at=utcnow()))
    record(session, actor, table="households", record_id=household_id, action="update",
           field=DECISION_KIND, old=in_force, new=decision, reason=reason)
    return refresh_help_status(session, actor, household_id, reason=reason)
