"""Help given to households: assigning it, tracking each referral to its end, batches, evidence.

Referral statuses (DOMAIN.md): planned → referred → accepted / declined → in_progress →
done / cancelled. Moving forward along the ladder may skip steps (help the office gives itself
goes from planned to done; an agency's reply may say "done" for a referral sent last month):
the skipped steps get the same date and their own event. Declining is possible once referred;
cancelling while open. Anything else (reopening a closed referral, going back a step) needs a
reason. Each change writes an ``intervention_events`` row and history, and refreshes the
household's derived help status (core.help_status) in the same transaction.

Money is kept in satang (1 baht = 100 satang) so sums are exact.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import Date, Integer, Select, and_, func, or_, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.access import OFFICER, Permission, require, require_households, require_interventions
from core.errors import Cancelled, ProgressFn, UserError
from core.help_status import (
    CLOSED_STATUSES,
    DEAD_STATUSES,
    OPEN_STATUSES,
    help_rules,
    latest_decisions,
    refresh_help_statuses,
)
from core.history import Actor, record_delete, record_insert, record_update, utcnow
from core.i18n import language, translate
from core.reference import code_labels
from core.thai import be_year, format_house_code, from_thai_digits
from db.bulk import chunks
from db.models import (
    Attachment,
    AttachmentContent,
    Household,
    Intervention,
    InterventionEvent,
    InterventionKind,
    Member,
    OfficeProfile,
    Partner,
    ReferralBatch,
    Village,
)

LADDER = ("planned", "referred", "accepted", "in_progress", "done")
STATUS_DATE = {"referred": "referred_on", "accepted": "accepted_on",
               "in_progress": "started_on", "done": "finished_on",
               "declined": "finished_on", "cancelled": "finished_on"}
LIST_LIMIT = 2000
"""The referral list shows at most this many rows (and says how many matched)."""


# --------------------------------------------------------------------------- money


def parse_baht(text: str | int | float | Decimal | None) -> int | None:
    """Baht as typed ("1,500", "1500.50", "๑,๕๐๐") → satang; empty → None."""
    if text is None:
        return None
    if isinstance(text, int | float | Decimal):
        value = Decimal(str(text))
    else:
        cleaned = from_thai_digits(str(text)).replace(",", "").replace("บาท", "").strip()
        if not cleaned:
            return None
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise UserError(translate("help", "{text} is not an amount in baht.")
                            .format(text=text)) from None
    if not value.is_finite() or value < 0:
        raise UserError(translate("help", "An amount cannot be negative."))
    if value > Decimal(10_000_000_000):
        raise UserError(translate("help", "{text} baht is too large for one help.")
                        .format(text=text))
    satang = value * 100
    if satang != satang.to_integral_value():
        raise UserError(translate("help", "An amount has at most two decimals (satang)."))
    return int(satang)


def format_baht(satang: int | None, *, always_decimals: bool = False) -> str:
    """Satang as baht for people: 150000 → "1,500", 150050 → "1,500.50"."""
    if satang is None:
        return ""
    baht, rest = divmod(satang, 100)
    if rest or always_decimals:
        return f"{baht:,}.{rest:02d}"
    return f"{baht:,}"


# --------------------------------------------------------------------------- overdue


def overdue_condition(today: dt.date, grace_days: int = 0) -> Any:
    """SQL: the referral is open and its planned date has passed (after the grace days)."""
    return and_(Intervention.status.in_(OPEN_STATUSES),
                Intervention.planned_on < today - dt.timedelta(days=grace_days))


def is_overdue(status: str, planned_on: dt.date | None, today: dt.date,
               grace_days: int = 0) -> bool:
    """The same rule in Python."""
    return (status in OPEN_STATUSES and planned_on is not None
            and planned_on < today - dt.timedelta(days=grace_days))


# --------------------------------------------------------------------------- assigning help


SKIP_NOT_CONFIRMED = "not_confirmed"
SKIP_CLOSED = "closed"
SKIP_DUPLICATE = "duplicate"
SKIP_OUTSIDE = "outside"  # an officer's selection reaching beyond their subdistricts


@dataclass
class AssignPreview:
    """What assigning one kind of help to the selected households would do."""

    eligible: list[int] = field(default_factory=list)
    skipped: dict[str, list[int]] = field(default_factory=dict)

    def describe(self) -> str:
        """One Thai sentence about the households left out (empty when none)."""
        parts = []
        labels = {
            SKIP_OUTSIDE: translate("help", "{count} outside the subdistricts you may edit"),
            SKIP_NOT_CONFIRMED: translate("help", "{count} not confirmed as target households"),
            SKIP_CLOSED: translate("help", "{count} whose help is closed (solved or out of "
                                   "poverty)"),
            SKIP_DUPLICATE: translate("help", "{count} already have this help open"),
        }
        for code, ids in self.skipped.items():
            if ids:
                parts.append(labels[code].format(count=f"{len(ids):,}"))
        return ", ".join(parts)


def assign_preview(session: Session, household_ids: Sequence[int], kind_id: int,
                   actor: Actor | None = None) -> AssignPreview:
    """Which households can receive the help and why the others cannot (with ``actor``: an
    officer's households outside their subdistricts are left out too, and say so)."""
    preview = AssignPreview(skipped={SKIP_OUTSIDE: [], SKIP_NOT_CONFIRMED: [], SKIP_CLOSED: [],
                                     SKIP_DUPLICATE: []})
    ids = list(dict.fromkeys(household_ids))
    limited = actor is not None and actor.role == OFFICER
    for part in chunks(ids):
        found = session.execute(select(Household.id, Household.verification_status,
                                       Household.subdistrict_code)
                                .where(Household.id.in_(part))).all()
        rows = {hid: status for hid, status, _code in found}
        outside = {hid for hid, _status, code in found
                   if limited and actor is not None and code not in actor.subdistricts}
        closed = {hid for hid, d in latest_decisions(session, part).items()
                  if d in ("self_resolved", "graduated")}
        duplicates = set(session.scalars(select(Intervention.household_id).where(
            Intervention.household_id.in_(part), Intervention.kind_id == kind_id,
            Intervention.status.in_(OPEN_STATUSES))))
        for hid in part:
            if hid not in rows:
                continue
            if hid in outside:
                preview.skipped[SKIP_OUTSIDE].append(hid)
            elif rows[hid] != "confirmed":
                preview.skipped[SKIP_NOT_CONFIRMED].append(hid)
            elif hid in closed:
                preview.skipped[SKIP_CLOSED].append(hid)
            elif hid in duplicates:
                preview.skipped[SKIP_DUPLICATE].append(hid)
            else:
                preview.eligible.append(hid)
    return preview


@dataclass(frozen=True)
class AssignResult:
    """The interventions made and the households left out."""

    intervention_ids: tuple[int, ...]
    households: int
    skipped: dict[str, list[int]]
    help_status_changes: int


def assign_help(session: Session, actor: Actor, household_ids: Sequence[int], *, kind_id: int,
                partner_id: int | None = None, planned_on: dt.date | None = None,
                budget_satang: int | None = None, notes: str | None = None,
                member_id: int | None = None, dimension_code: str | None = None,
                capital_code: str | None = None, skip_ineligible: bool = False,
                today: dt.date | None = None) -> AssignResult:
    """Plan one kind of help for each household (or for one member of one household).

    ``partner_id`` defaults to the kind's default agency, ``budget_satang`` (per household) to
    its unit cost, ``planned_on`` to today plus its typical duration. Households that are not
    confirmed targets, whose help is closed, or that already have this help open are refused,
    or left out with ``skip_ineligible``.
    """
    if skip_ineligible:  # an officer's households elsewhere are left out, below
        require(actor, Permission.EDIT_HOUSEHOLDS)
    else:
        require_households(session, actor, household_ids)
    today = today or dt.date.today()
    kind = session.get(InterventionKind, kind_id)
    if kind is None or not kind.active:
        raise UserError(translate("help", "Choose a kind of help that is on the menu."))
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        raise UserError(translate("help", "Select at least one household."))
    partner_id = partner_id if partner_id is not None else kind.default_partner_id
    if partner_id is not None:
        partner = session.get(Partner, partner_id)
        if partner is None or not partner.active:
            raise UserError(translate("help", "Choose an agency that is active in the registry."))
    if member_id is not None:
        member = session.get(Member, member_id)
        if len(ids) != 1 or member is None or member.household_id != ids[0]:
            raise UserError(translate("help", "Help for one person is assigned to one household "
                                      "at a time, to a member of that household."))
    if planned_on is None:
        planned_on = today + dt.timedelta(days=kind.typical_days or 30)
    if budget_satang is None and kind.unit_cost_baht is not None:
        budget_satang = kind.unit_cost_baht * 100
    if budget_satang is not None and budget_satang < 0:
        raise UserError(translate("help", "An amount cannot be negative."))
    if dimension_code is None and capital_code is None:
        dimension_code = _main_dimension(session, kind_id)
    preview = assign_preview(session, ids, kind_id, actor)
    require_households(session, actor, preview.eligible)
    if not preview.eligible or (preview.describe() and not skip_ineligible):
        raise UserError(translate("help", "Help cannot be assigned to {what}.").format(
            what=preview.describe()) if preview.describe() else
            translate("help", "Select at least one household."))
    created: list[int] = []
    now = utcnow()
    notes = (notes or "").strip() or None
    for hid in preview.eligible:
        item = Intervention(household_id=hid, member_id=member_id, kind_id=kind_id,
                            partner_id=partner_id, dimension_code=dimension_code,
                            capital_code=capital_code, status="planned", planned_on=planned_on,
                            planned_satang=budget_satang, notes=notes, created_at=now,
                            created_by_id=actor.user_id)
        session.add(item)
        session.flush()
        created.append(item.id)
        record_insert(session, actor, item, reason="help assigned")
        session.add(InterventionEvent(intervention_id=item.id, old_status=None,
                                      new_status="planned", at=now, user_id=actor.user_id,
                                      reason=notes))
    changes = refresh_help_statuses(session, actor, preview.eligible,
                                    reason=translate("help", "Help assigned: {kind}")
                                    .format(kind=kind.name))
    return AssignResult(tuple(created), len(preview.eligible),
                        {k: v for k, v in preview.skipped.items() if v}, len(changes))


def _main_dimension(session: Session, kind_id: int) -> str | None:
    from db.models import InterventionKindDimension

    return session.scalar(select(InterventionKindDimension.dimension_code).where(
        InterventionKindDimension.kind_id == kind_id).order_by(
        InterventionKindDimension.dimension_code).limit(1))


# --------------------------------------------------------------------------- status changes


def allowed_next(status: str) -> tuple[str, ...]:
    """Statuses reachable from ``status`` without a reason (forward, decline, cancel)."""
    if status in CLOSED_STATUSES:
        return ()
    forward = LADDER[LADDER.index(status) + 1:]
    extra = ("declined",) if status in ("referred", "accepted") else ()
    return (*forward, *extra, "cancelled")


def _status_label(session: Session, status: str) -> str:
    return code_labels(session, "referral_status", language=language()).get(status, status)


def _steps(old: str, new: str) -> list[str]:
    if old in LADDER and new in LADDER and LADDER.index(new) > LADDER.index(old):
        return list(LADDER[LADDER.index(old) + 1: LADDER.index(new) + 1])
    return [new]


def _apply_status(session: Session, actor: Actor, item: Intervention, new: str, *,
                  on: dt.date, reason: str | None, today: dt.date) -> None:
    old = item.status
    if new == old:
        return
    if new not in (*LADDER, "declined", "cancelled"):
        raise ValueError(f"unknown referral status {new!r}")
    if on > today:
        raise UserError(translate("help", "The date {date} is in the future.").format(
            date=_be(on)))
    reason = (reason or "").strip() or None
    if new not in allowed_next(old) and reason is None:
        raise UserError(translate(
            "help", "A referral that is {old} cannot become {new} without a reason.").format(
                old=_status_label(session, old), new=_status_label(session, new)))
    forward = new == "declined" or (new in LADDER and old in LADDER
                                    and LADDER.index(new) > LADDER.index(old))
    if forward:
        latest = max((d for d in (item.referred_on, item.accepted_on, item.started_on)
                      if d is not None), default=None)
        if latest is not None and on < latest:
            raise UserError(translate(
                "help", "The date {date} is before the referral's earlier step ({earlier}).")
                .format(date=_be(on), earlier=_be(latest)))
    now = utcnow()
    previous = old
    for step in _steps(old, new):
        column = STATUS_DATE.get(step)
        if column and (getattr(item, column) is None or step in CLOSED_STATUSES):
            setattr(item, column, on)
        session.add(InterventionEvent(intervention_id=item.id, old_status=previous,
                                      new_status=step, at=now, user_id=actor.user_id,
                                      reason=reason))
        previous = step
    if not forward and new in LADDER:
        # Reopened or moved back: the dates of the later steps belong to what was undone.
        item.finished_on = None
        for step in LADDER[LADDER.index(new) + 1:]:
            setattr(item, STATUS_DATE[step], None)
        if new == "planned":
            item.batch_id = None  # it will go out again in a new letter
    item.status = new


def _be(value: dt.date) -> str:
    from core.thai import format_date_be

    return format_date_be(value, style="short")


@dataclass(frozen=True)
class ReferralChange:
    """What a person keyed for one referral (a status, its date, the outcome and money)."""

    intervention_id: int
    status: str
    on: dt.date
    outcome: str | None = None
    actual_satang: int | None = None
    reason: str | None = None
    version: int | None = None


def change_referral(session: Session, actor: Actor, change: ReferralChange, *,
                    today: dt.date | None = None, refresh: bool = True) -> Intervention:
    """Apply one keyed change: status (with its date), outcome and actual amount."""
    today = today or dt.date.today()
    item = session.get(Intervention, change.intervention_id)
    if item is None:
        raise UserError(translate("help", "The referral no longer exists."))
    require_households(session, actor, [item.household_id])
    if change.version is not None and item.version != change.version:
        raise StaleDataError("intervention changed")
    _apply_status(session, actor, item, change.status, on=change.on, reason=change.reason,
                  today=today)
    outcome = (change.outcome or "").strip() or None
    if outcome is not None:
        item.outcome = outcome
    if change.actual_satang is not None:
        if change.actual_satang < 0:
            raise UserError(translate("help", "An amount cannot be negative."))
        item.actual_satang = change.actual_satang
    record_update(session, actor, item, reason=change.reason or "referral keyed")
    session.flush()
    if refresh:
        refresh_help_statuses(session, actor, [item.household_id],
                              reason=translate("help", "Referral {status}: {kind}").format(
                                  status=_status_label(session, item.status),
                                  kind=session.get_one(InterventionKind, item.kind_id).name))
    return item


def edit_intervention(session: Session, actor: Actor, intervention_id: int, *, version: int,
                      partner_id: int | None, planned_on: dt.date | None,
                      planned_satang: int | None, notes: str | None) -> None:
    """Change the plan of a referral: agency, planned date, budget, notes (the outcome and
    the money spent are keyed with :func:`change_referral`)."""
    item = session.get(Intervention, intervention_id)
    if item is None:
        raise UserError(translate("help", "The referral no longer exists."))
    require_households(session, actor, [item.household_id])
    if item.version != version:
        raise StaleDataError("intervention changed")
    if partner_id != item.partner_id and item.batch_id is not None and \
            item.status not in ("planned", *CLOSED_STATUSES):
        raise UserError(translate("help", "This referral was sent in batch {number}; record "
                                  "the agency's reply before sending it elsewhere.").format(
            number=session.get_one(ReferralBatch, item.batch_id).number))
    if partner_id != item.partner_id and item.batch_id is not None:
        item.batch_id = None  # it will go out in a letter to the new agency
    item.partner_id = partner_id
    item.planned_on = planned_on
    item.planned_satang = planned_satang
    if planned_satang is not None and planned_satang < 0:
        raise UserError(translate("help", "An amount cannot be negative."))
    item.notes = (notes or "").strip() or None
    if record_update(session, actor, item, reason="referral edited"):
        refresh_help_statuses(session, actor, [item.household_id])
    session.flush()


# --------------------------------------------------------------------------- evidence


_MAGIC: tuple[tuple[bytes, int, str], ...] = (
    (b"\xff\xd8\xff", 0, "image/jpeg"),
    (b"\x89PNG\r\n\x1a\n", 0, "image/png"),
    (b"GIF87a", 0, "image/gif"),
    (b"GIF89a", 0, "image/gif"),
    (b"II*\x00", 0, "image/tiff"),
    (b"MM\x00*", 0, "image/tiff"),
    (b"%PDF-", 0, "application/pdf"),
)


def sniff_type(content: bytes) -> str | None:
    """The file type from its first bytes (never from its name)."""
    for magic, offset, mime in _MAGIC:
        if content[offset:offset + len(magic)] == magic:
            return mime
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "image/webp"
    return None


@dataclass(frozen=True)
class AttachmentRow:
    """An evidence file as listed (without its bytes)."""

    id: int
    file_name: str
    mime_type: str
    size_bytes: int
    sha256: str
    caption: str
    created_at: dt.datetime


def add_attachment(session: Session, actor: Actor, intervention_id: int, *, file_name: str,
                   content: bytes, caption: str | None = None) -> int:
    """Keep a photo or scan (JPEG, PNG, GIF, WebP, TIFF, PDF) as evidence of a referral."""
    item = session.get(Intervention, intervention_id)
    if item is None:
        raise UserError(translate("help", "The referral no longer exists."))
    require_households(session, actor, [item.household_id])
    rules = help_rules(session)
    name = file_name.replace("\\", "/").rsplit("/", 1)[-1].strip() or "file"
    if not content:
        raise UserError(translate("help", "The file {name} is empty.").format(name=name))
    if len(content) > rules.attachment_max_bytes:
        raise UserError(translate(
            "help", "The file {name} is {size} MB; evidence can be at most {limit} MB. Scan at "
            "a lower resolution or as a PDF.").format(
                name=name, size=f"{len(content) / 1048576:.1f}",
                limit=f"{rules.attachment_max_bytes / 1048576:g}"))
    mime = sniff_type(content)
    if mime is None or mime not in rules.attachment_types:
        raise UserError(translate(
            "help", "The file {name} is not a photo or a PDF scan. Attach a JPEG, PNG or PDF "
            "file.").format(name=name))
    digest = hashlib.sha256(content).hexdigest()
    if session.scalar(select(Attachment.id).where(Attachment.intervention_id == intervention_id,
                                                  Attachment.sha256 == digest)) is not None:
        raise UserError(translate("help", "This file is already attached to the referral."))
    attachment = Attachment(household_id=item.household_id, intervention_id=intervention_id,
                            file_name=name[:260], mime_type=mime, size_bytes=len(content),
                            sha256=digest, caption=(caption or "").strip() or None,
                            created_at=utcnow(), created_by_id=actor.user_id)
    session.add(attachment)
    session.flush()
    session.add(AttachmentContent(attachment_id=attachment.id, content=content))
    record_insert(session, actor, attachment, reason=f"evidence: {name}")
    return attachment.id


def list_attachments(session: Session, intervention_id: int) -> list[AttachmentRow]:
    """The evidence of a referral, oldest first."""
    return [AttachmentRow(a.id, a.file_name, a.mime_type, a.size_bytes, a.sha256,
                          a.caption or "", a.created_at)
            for a in session.scalars(select(Attachment).where(
                Attachment.intervention_id == intervention_id).order_by(Attachment.id))]


def attachment_content(session: Session, attachment_id: int) -> tuple[str, bytes]:
    """The file name and bytes of an attachment (checked against its sha256)."""
    attachment = session.get(Attachment, attachment_id)
    content = session.get(AttachmentContent, attachment_id)
    if attachment is None or content is None:
        raise UserError(translate("help", "The attachment no longer exists."))
    if hashlib.sha256(content.content).hexdigest() != attachment.sha256:
        raise UserError(translate("help", "The stored file {name} is damaged (its checksum "
                                  "does not match).").format(name=attachment.file_name))
    return attachment.file_name, content.content


def delete_attachment(session: Session, actor: Actor, attachment_id: int) -> None:
    """Remove an attachment (its history entry stays)."""
    attachment = session.get(Attachment, attachment_id)
    if attachment is not None:
        require_households(session, actor, [attachment.household_id])
        require_interventions(session, actor, [attachment.intervention_id])
        record_delete(session, actor, attachment, reason=f"evidence removed: {attachment.file_name}")
        session.delete(attachment)
        session.flush()


# --------------------------------------------------------------------------- lists


@dataclass(frozen=True)
class ReferralRow:
    """One intervention for lists, the CLI and the household editor (plain data)."""

    id: int
    version: int
    household_id: int
    house_code: str
    head_name: str
    village: str
    member_name: str
    kind_id: int
    kind: str
    partner_id: int | None
    partner: str
    status: str
    status_label: str
    planned_on: dt.date | None
    referred_on: dt.date | None
    accepted_on: dt.date | None
    started_on: dt.date | None
    finished_on: dt.date | None
    planned_satang: int | None
    actual_satang: int | None
    batch_id: int | None
    batch_number: str
    overdue: bool
    days_late: int
    outcome: str
    notes: str
    attachments: int

    def as_json(self) -> dict[str, Any]:
        """The row for ``referrals --json``: ISO dates, baht with satang as numbers."""
        def day(value: dt.date | None) -> str | None:
            return value.isoformat() if value else None

        def baht(value: int | None) -> float | None:
            return value / 100 if value is not None else None

        return {"id": self.id, "household_id": self.household_id, "house_code": self.house_code,
                "head": self.head_name, "village": self.village, "member": self.member_name or None,
                "kind_id": self.kind_id, "kind": self.kind, "agency_id": self.partner_id,
                "agency": self.partner or None, "status": self.status,
                "status_label": self.status_label, "overdue": self.overdue,
                "planned_on": day(self.planned_on), "referred_on": day(self.referred_on),
                "accepted_on": day(self.accepted_on), "started_on": day(self.started_on),
                "done_on": day(self.finished_on) if self.status == "done" else None,
                "closed_on": day(self.finished_on),
                "planned_baht": baht(self.planned_satang), "actual_baht": baht(self.actual_satang),
                "planned_satang": self.planned_satang, "actual_satang": self.actual_satang,
                "batch": self.batch_number or None, "outcome": self.outcome or None}


def _status_filter(query: Select[Any], status: str | None, today: dt.date,
                   grace: int) -> Select[Any]:
    if status is None or status == "all":
        return query
    if status == "open":
        return query.where(Intervention.status.in_(OPEN_STATUSES))
    if status == "overdue":
        return query.where(overdue_condition(today, grace))
    if status == "closed":
        return query.where(Intervention.status.in_(CLOSED_STATUSES))
    return query.where(Intervention.status == status)


def _referral_query(session: Session) -> Any:
    return (select(Intervention, Household.house_code, Household.house_no, Household.head_name,
                   Village.number, Village.name, Member.title, Member.first_name,
                   Member.last_name, InterventionKind.name, InterventionKind.name_en,
                   func.coalesce(Partner.short_name, Partner.name), ReferralBatch.number)
            .join(Household, Household.id == Intervention.household_id)
            .join(Village, Village.id == Household.village_id, isouter=True)
            .join(Member, Member.id == Intervention.member_id, isouter=True)
            .join(InterventionKind, InterventionKind.id == Intervention.kind_id)
            .join(Partner, Partner.id == Intervention.partner_id, isouter=True)
            .join(ReferralBatch, ReferralBatch.id == Intervention.batch_id, isouter=True))


def _rows(session: Session, query: Select[Any], today: dt.date, language: str) -> list[ReferralRow]:
    labels = code_labels(session, "referral_status", language=language)
    grace = help_rules(session).overdue_grace_days
    result = session.execute(query).all()
    ids = [r[0].id for r in result]
    counts: dict[int, int] = {}
    for part in chunks(ids):
        for iid, n in session.execute(select(Attachment.intervention_id, func.count())
                                      .where(Attachment.intervention_id.in_(part))
                                      .group_by(Attachment.intervention_id)):
            if iid is not None:
                counts[iid] = n
    rows = []
    for (item, house_code, house_no, head_name, village_no, village_name, title, first, last,
         kind, kind_en, partner, batch) in result:
        late = is_overdue(item.status, item.planned_on, today, grace)
        village = ""
        if village_no is not None:
            village = translate("help", "Moo {number} {name}").format(number=village_no,
                                                                     name=village_name)
        rows.append(ReferralRow(
            item.id, item.version, item.household_id,
            format_house_code(house_code) if house_code else (house_no or ""), head_name or "",
            village, " ".join(x for x in (f"{title or ''}{first}", last or "") if x) if first else "",
            item.kind_id, kind_en if language == "en" and kind_en else kind,
            item.partner_id, partner or "", item.status, labels.get(item.status, item.status),
            item.planned_on, item.referred_on, item.accepted_on, item.started_on,
            item.finished_on, item.planned_satang, item.actual_satang, item.batch_id,
            batch or "", late, (today - item.planned_on).days if late and item.planned_on else 0,
            item.outcome or "", item.notes or "", counts.get(item.id, 0)))
    return rows


def list_referrals(session: Session, *, partner_id: int | None = None,
                   status: str | None = None, batch_id: int | None = None,
                   kind_id: int | None = None, today: dt.date | None = None,
                   language: str = "th", limit: int | None = LIST_LIMIT,
                   unassigned_agency: bool = False) -> tuple[list[ReferralRow], int]:
    """Referrals for a filter, the most overdue first then by planned date; and how many
    matched in all. ``status`` is open, overdue, closed, all or a referral status code."""
    today = today or dt.date.today()
    grace = help_rules(session).overdue_grace_days
    ids_query: Any = select(Intervention.id)
    count: Any = select(func.count()).select_from(Intervention)
    conditions = []
    if partner_id is not None:
        conditions.append(Intervention.partner_id == partner_id)
    if unassigned_agency:
        conditions.append(Intervention.partner_id.is_(None))
    if batch_id is not None:
        conditions.append(Intervention.batch_id == batch_id)
    if kind_id is not None:
        conditions.append(Intervention.kind_id == kind_id)
    for cond in conditions:
        ids_query = ids_query.where(cond)
        count = count.where(cond)
    ids_query = _status_filter(ids_query, status, today, grace)
    count = _status_filter(count, status, today, grace)
    total = session.scalar(count) or 0
    # The order and the page come from the interventions table alone (its indexes), then
    # only the rows shown are joined with households, kinds and agencies.
    ids_query = ids_query.order_by(
        (Intervention.status.in_(OPEN_STATUSES)).desc(),
        Intervention.planned_on.is_(None), Intervention.planned_on, Intervention.id)
    if limit is not None:
        ids_query = ids_query.limit(limit)
    ids = list(session.scalars(ids_query))
    rows: dict[int, ReferralRow] = {}
    for part in chunks(ids):
        for row in _rows(session, _referral_query(session).where(Intervention.id.in_(part)),
                         today, language):
            rows[row.id] = row
    return [rows[i] for i in ids if i in rows], total


def interventions_of_household(session: Session, household_id: int, *, language: str = "th",
                               today: dt.date | None = None) -> list[ReferralRow]:
    """Every intervention of one household (for the household editor's help tab), newest first."""
    query = (_referral_query(session).where(Intervention.household_id == household_id)
             .order_by(Intervention.id.desc()))
    return _rows(session, query, today or dt.date.today(), language)


def referral_events(session: Session, intervention_id: int, *,
                    language: str = "th") -> list[tuple[dt.datetime, str, str, str, str]]:
    """(when, old status, new status, who, reason) of one referral, oldest first."""
    from db.models import User

    labels = code_labels(session, "referral_status", language=language)
    rows = session.execute(
        select(InterventionEvent.at, InterventionEvent.old_status, InterventionEvent.new_status,
               User.full_name, InterventionEvent.reason)
        .join(User, User.id == InterventionEvent.user_id, isouter=True)
        .where(InterventionEvent.intervention_id == intervention_id)
        .order_by(InterventionEvent.id))
    return [(at, labels.get(old or "", old or ""), labels.get(new, new or ""), who or "", why or "")
            for at, old, new, who, why in rows]


# --------------------------------------------------------------------------- per agency


@dataclass(frozen=True)
class AgencyRow:
    """One agency's referrals: how many are open, late, done, how fast, and the money."""

    partner_id: int | None
    name: str
    total: int
    open: int
    overdue: int
    done: int
    declined: int
    cancelled: int
    households: int
    median_days_to_done: float | None
    planned_satang: int
    spent_satang: int


def agency_summary(session: Session, *, today: dt.date | None = None,
                   partner_id: int | None = None) -> list[AgencyRow]:
    """Per agency (those with referrals): open, overdue, done, median days from referral to
    done, money planned (of referrals not declined or cancelled) and spent (of done ones)."""
    today = today or dt.date.today()
    grace = help_rules(session).overdue_grace_days
    late = overdue_condition(today, grace)
    live = Intervention.status.not_in(DEAD_STATUSES)
    query = (select(Intervention.partner_id, func.count(),
                    func.sum(func.cast(Intervention.status.in_(OPEN_STATUSES), Integer)),
                    func.sum(func.cast(late, Integer)),
                    func.sum(func.cast(Intervention.status == "done", Integer)),
                    func.sum(func.cast(Intervention.status == "declined", Integer)),
                    func.sum(func.cast(Intervention.status == "cancelled", Integer)),
                    func.count(func.distinct(Intervention.household_id)),
                    func.sum(func.coalesce(func.nullif(func.cast(live, Integer), 0)
                                           * Intervention.planned_satang, 0)),
                    func.sum(func.coalesce(func.nullif(func.cast(Intervention.status == "done",
                                                                 Integer), 0)
                                           * Intervention.actual_satang, 0)))
             .group_by(Intervention.partner_id))
    if partner_id is not None:
        query = query.where(Intervention.partner_id == partner_id)
    names = dict(session.execute(select(Partner.id, Partner.name)).all())
    # Days from the referral (or the assignment) to done, counted in SQL per agency and day,
    # so that 100,000 done referrals come back as a few hundred (agency, days, count) rows.
    start = func.coalesce(Intervention.referred_on, func.date(Intervention.created_at)) \
        if session.get_bind().dialect.name == "sqlite" else \
        func.coalesce(Intervention.referred_on, func.cast(Intervention.created_at, Date))
    elapsed: Any = (func.cast(func.julianday(Intervention.finished_on) - func.julianday(start),
                              Integer)
                    if session.get_bind().dialect.name == "sqlite"
                    else Intervention.finished_on - start)
    days: dict[int | None, list[tuple[int, int]]] = {}
    for pid, n_days, n in session.execute(
            select(Intervention.partner_id, elapsed, func.count())
            # coalesce(): read the covering index ix_interventions_agency_view rather than
            # the status index plus a table lookup per done referral.
            .where(func.coalesce(Intervention.status, "") == "done",
                   Intervention.finished_on.is_not(None),
                   *([Intervention.partner_id == partner_id] if partner_id is not None else []))
            .group_by(Intervention.partner_id, elapsed)):
        if n_days is not None:
            days.setdefault(pid, []).append((max(0, int(n_days)), int(n)))
    rows = []
    for (pid, total, n_open, n_late, n_done, n_declined, n_cancelled, households, planned,
         spent) in session.execute(query):
        taken = _median(days.get(pid, []))
        rows.append(AgencyRow(pid, names.get(pid, "") if pid is not None else
                              translate("help", "(no agency)"), total, int(n_open or 0),
                              int(n_late or 0), int(n_done or 0), int(n_declined or 0),
                              int(n_cancelled or 0), households,
                              taken,
                              int(planned or 0), int(spent or 0)))
    rows.sort(key=lambda r: (-r.overdue, -r.open, r.name))
    return rows


# --------------------------------------------------------------------------- batches


def _median(histogram: list[tuple[int, int]]) -> float | None:
    """The median of values given as (value, count) pairs."""
    total = sum(n for _v, n in histogram)
    if not total:
        return None
    ordered = sorted(histogram)

    def nth(k: int) -> int:  # the k-th value (0-based) in sorted order
        seen = 0
        for value, n in ordered:
            seen += n
            if k < seen:
                return value
        return ordered[-1][0]

    if total % 2:
        return float(nth(total // 2))
    return (nth(total // 2 - 1) + nth(total // 2)) / 2


@dataclass(frozen=True)
class BatchRow:
    """A referral batch (one letter to one agency)."""

    id: int
    number: str
    partner_id: int
    partner: str
    status: str
    created_on: dt.date
    letter_date: dt.date | None
    replied_on: dt.date | None
    referrals: int
    open: int
    version: int


def batch_prefix(session: Session) -> str:
    """The letter's reference prefix: the office's ``letter_prefix``, else ศจพ.อ.<district>."""
    office = session.scalars(select(OfficeProfile)).first()
    if office is not None and (office.letter_prefix or "").strip():
        return (office.letter_prefix or "").strip()
    return f"ศจพ.อ.{office.district_code}" if office is not None else "ศจพ.อ."


def office_version(session: Session) -> tuple[int, int] | None:
    """(id, version) of the office profile, to change its letter prefix."""
    office = session.scalars(select(OfficeProfile)).first()
    return (office.id, office.version) if office is not None else None


def next_batch_number(session: Session, on: dt.date) -> str:
    """``<prefix>/<BE year>/<running number of the year, 4 digits>``."""
    stem = f"{batch_prefix(session)}/{be_year(on.year)}/"
    taken = session.scalars(select(ReferralBatch.number).where(
        ReferralBatch.number.startswith(stem, autoescape=True)))
    last = 0
    for number in taken:
        tail = number[len(stem):]
        if tail.isdigit():
            last = max(last, int(tail))
    return f"{stem}{last + 1:04d}"


def batch_candidates(session: Session, partner_id: int, *, today: dt.date | None = None,
                     language: str = "th") -> list[ReferralRow]:
    """Referrals of an agency that can go out in a new letter: open, not yet in a batch,
    not yet accepted (planned or referred)."""
    query = (_referral_query(session)
             .where(Intervention.partner_id == partner_id, Intervention.batch_id.is_(None),
                    Intervention.status.in_(("planned", "referred")))
             .order_by(Intervention.planned_on, Intervention.id))
    return _rows(session, query, today or dt.date.today(), language)


def batch_candidate_counts(session: Session) -> dict[int, int]:
    """Per agency, how many referrals wait for a letter (see :func:`batch_candidates`)."""
    rows = session.execute(
        select(Intervention.partner_id, func.count())
        .where(Intervention.partner_id.is_not(None), Intervention.batch_id.is_(None),
               Intervention.status.in_(("planned", "referred")))
        .group_by(Intervention.partner_id))
    return {int(pid): int(n) for pid, n in rows if pid is not None}


def create_batch(session: Session, actor: Actor, partner_id: int, *,
                 intervention_ids: Sequence[int] | None = None,
                 letter_date: dt.date | None = None, notes: str | None = None,
                 today: dt.date | None = None, progress: ProgressFn | None = None) -> BatchRow:
    """Group an agency's open referrals under a new numbered letter; they become *referred*
    on the letter's date. Without ``intervention_ids`` every candidate goes in. ``progress``
    is told (done, total) and may cancel (the caller's transaction then rolls back)."""
    today = today or dt.date.today()
    letter_date = letter_date or today
    if letter_date > today:
        raise UserError(translate("help", "The date {date} is in the future.").format(
            date=_be(letter_date)))
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise UserError(translate("partners", "The agency no longer exists."))
    open_referrals = select(Intervention.id).where(
        Intervention.partner_id == partner_id, Intervention.batch_id.is_(None),
        Intervention.status.in_(("planned", "referred")))
    if actor.role == OFFICER:  # an officer's letter: the households of their subdistricts
        open_referrals = open_referrals.join(Household, Household.id == Intervention.household_id
                                             ).where(Household.subdistrict_code.in_(
                                                 sorted(actor.subdistricts)))
    candidates = set(session.scalars(open_referrals))
    ids = list(dict.fromkeys(intervention_ids)) if intervention_ids is not None else sorted(
        candidates)
    require_interventions(session, actor, ids)  # chosen ones elsewhere: say so plainly
    wrong = [i for i in ids if i not in candidates]
    if wrong:
        raise UserError(translate(
            "help", "{count} of the chosen referrals are not open referrals of {agency} "
            "waiting for a letter (already sent, answered or for another agency).").format(
                count=len(wrong), agency=partner.name))
    if not ids:
        raise UserError(translate("help", "{agency} has no open referrals waiting for a "
                                  "letter.").format(agency=partner.name))
    batch = ReferralBatch(number=next_batch_number(session, letter_date), partner_id=partner_id,
                          status="sent", created_on=today, letter_date=letter_date,
                          notes=(notes or "").strip() or None, created_by_id=actor.user_id)
    session.add(batch)
    record_insert(session, actor, batch, reason=f"referral letter to {partner.name}")
    households = []
    for done, part in enumerate(chunks(ids)):
        if progress is not None and progress(done * len(part), len(ids)) is False:
            raise Cancelled()
        for item in session.scalars(select(Intervention).where(Intervention.id.in_(part))):
            item.batch_id = batch.id
            _apply_status(session, actor, item, "referred", on=letter_date,
                          reason=translate("help", "Sent in letter {number}").format(
                              number=batch.number), today=today)
            record_update(session, actor, item, reason=f"batch {batch.number}")
            households.append(item.household_id)
    session.flush()
    refresh_help_statuses(session, actor, households,
                          reason=translate("help", "Sent in letter {number}").format(
                              number=batch.number))
    return batch_row(session, batch.id)


def batch_row(session: Session, batch_id: int) -> BatchRow:
    """One batch with its counts."""
    rows = list_batches(session, batch_id=batch_id)
    if not rows:
        raise UserError(translate("help", "The batch no longer exists."))
    return rows[0]


def list_batches(session: Session, *, partner_id: int | None = None,
                 batch_id: int | None = None, limit: int = 500) -> list[BatchRow]:
    """Batches, newest first, with how many referrals each holds and how many are open."""
    query = (select(ReferralBatch, func.coalesce(Partner.short_name, Partner.name),
                    func.count(Intervention.id),
                    func.sum(func.cast(Intervention.status.in_(OPEN_STATUSES), Integer)))
             .join(Partner, Partner.id == ReferralBatch.partner_id)
             .join(Intervention, Intervention.batch_id == ReferralBatch.id, isouter=True)
             .group_by(ReferralBatch.id, Partner.short_name, Partner.name)
             .order_by(ReferralBatch.created_on.desc(), ReferralBatch.id.desc()).limit(limit))
    if partner_id is not None:
        query = query.where(ReferralBatch.partner_id == partner_id)
    if batch_id is not None:
        query = query.where(ReferralBatch.id == batch_id)
    return [BatchRow(b.id, b.number, b.partner_id, name, b.status, b.created_on, b.letter_date,
                     b.replied_on, n, int(n_open or 0), b.version)
            for b, name, n, n_open in session.execute(query)]


def _normalise_number(text: str) -> str:
    return re.sub(r"\s+", "", from_thai_digits(text or "")).lower()


def find_batch(session: Session, text: str) -> int | None:
    """The batch for a reference number as typed from the agency's reply: the whole number
    (spaces, Thai digits and case do not matter) or only its running number (the latest
    batch with that running number)."""
    wanted = _normalise_number(text)
    if not wanted:
        return None
    rows = session.execute(select(ReferralBatch.id, ReferralBatch.number)
                           .order_by(ReferralBatch.created_on.desc(),
                                     ReferralBatch.id.desc())).all()
    for bid, number in rows:
        if _normalise_number(number) == wanted:
            return int(bid)
    if wanted.isdigit():
        for bid, number in rows:
            tail = _normalise_number(number).rsplit("/", 1)[-1]
            if tail.isdigit() and int(tail) == int(wanted):
                return int(bid)
    matches = [bid for bid, number in rows if _normalise_number(number).endswith(wanted)]
    return int(matches[0]) if len(matches) >= 1 and len(wanted) >= 6 else None


def key_batch_replies(session: Session, actor: Actor, batch_id: int,
                      replies: Sequence[ReferralChange], *, replied_on: dt.date | None = None,
                      today: dt.date | None = None) -> int:
    """Key an agency's reply to a letter: the outcome of each referral in one transaction.

    Returns how many referrals changed. The batch is *replied* (and *closed* once none of its
    referrals is open).
    """
    today = today or dt.date.today()
    batch = session.get(ReferralBatch, batch_id)
    if batch is None:
        raise UserError(translate("help", "The batch no longer exists."))
    require_interventions(session, actor, [r.intervention_id for r in replies])
    members = set(session.scalars(select(Intervention.id).where(
        Intervention.batch_id == batch_id)))
    stray = [r.intervention_id for r in replies if r.intervention_id not in members]
    if stray:
        raise UserError(translate("help", "{count} of the keyed referrals are not in batch "
                                  "{number}.").format(count=len(stray), number=batch.number))
    changed = 0
    households: list[int] = []
    for reply in replies:
        item = session.get_one(Intervention, reply.intervention_id)
        before = (item.status, item.outcome, item.actual_satang)
        change_referral(session, actor, reply, today=today, refresh=False)
        if (item.status, item.outcome, item.actual_satang) != before:
            changed += 1
            households.append(item.household_id)
    if changed:
        batch.replied_on = replied_on or max((r.on for r in replies), default=today)
        open_left = session.scalar(select(func.count()).select_from(Intervention).where(
            Intervention.batch_id == batch_id, Intervention.status.in_(OPEN_STATUSES)))
        batch.status = "closed" if not open_left else "replied"
        record_update(session, actor, batch, reason="agency reply keyed")
        refresh_help_statuses(session, actor, households, reason=translate(
            "help", "Reply to letter {number}").format(number=batch.number))
    session.flush()
    return changed


def referral_households(session: Session, intervention_ids: Sequence[int]) -> list[int]:
    """The households of some referrals (for refreshing views)."""
    result: list[int] = []
    for part in chunks(list(intervention_ids)):
        result.extend(session.scalars(select(Intervention.household_id).where(
            Intervention.id.in_(part))))
    return result


def partner_choices(session: Session, *, active_only: bool = True) -> list[tuple[int, str]]:
    """(id, name) of agencies for pickers, by name."""
    query = select(Partner.id, Partner.name).order_by(Partner.name)
    if active_only:
        query = query.where(Partner.active.is_(True))
    return [(pid, name) for pid, name in session.execute(query)]


def resolve_partner(session: Session, text: str) -> int:
    """An agency from the command line: its id, code or (part of) its name."""
    text = text.strip()
    if text.isdigit() and session.get(Partner, int(text)) is not None:
        return int(text)
    found = session.scalar(select(Partner.id).where(Partner.code == text))
    if found is not None:
        return int(found)
    matches = list(session.scalars(select(Partner.id).where(or_(
        Partner.name.contains(text, autoescape=True),
        Partner.short_name.contains(text, autoescape=True)))))
    if len(matches) == 1:
        return int(matches[0])
    raise UserError(translate("help", "No single agency matches {text}: give its number or "
                              "code (see the partner agencies page).").format(text=text))



@dataclass(frozen=True)
class HouseholdBrief:
    """A household as the help screens name it."""

    id: int
    house_code: str
    head_name: str
    village: str
    verification_status: str
    help_status: str | None
    help_label: str


def household_briefs(session: Session, household_ids: Sequence[int], *,
                     language: str = "th") -> list[HouseholdBrief]:
    """House code, head and village of some households, in the order given."""
    labels = code_labels(session, "help_status", language=language)
    found: dict[int, HouseholdBrief] = {}
    for part in chunks(list(household_ids)):
        for hid, code, house_no, head, vno, vname, verification, help_status in session.execute(
                select(Household.id, Household.house_code, Household.house_no,
                       Household.head_name, Village.number, Village.name,
                       Household.verification_status, Household.help_status)
                .join(Village, Village.id == Household.village_id, isouter=True)
                .where(Household.id.in_(part))):
            village = translate("help", "Moo {number} {name}").format(
                number=vno, name=vname) if vno is not None else ""
            found[hid] = HouseholdBrief(hid, format_house_code(code) if code else house_no or "",
                                        head or "", village, verification, help_status,
                                        labels.get(help_status or "", ""))
    return [found[h] for h in household_ids if h in found]


def household_members(session: Session, household_id: int) -> list[tuple[int, str]]:
    """(member id, full name) of a household, the head first."""
    rows = session.execute(select(Member.id, Member.title, Member.first_name, Member.last_name)
                           .where(Member.household_id == household_id)
                           .order_by(Member.is_head.desc(), Member.id))
    return [(mid, f"{title or ''}{first} {last or ''}".strip()) for mid, title, first, last in rows]
