"""Counts that describe a database (``info``, the status bar, the overview)."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.migrate import stored_revision
from db.models import (
    District,
    HistoryEntry,
    Household,
    ImportBatch,
    Intervention,
    Member,
    OfficeProfile,
    Partner,
    Province,
    Village,
    Visit,
)


@dataclass
class VillageCount:
    """A village that has households."""

    code: str
    name: str
    households: int


@dataclass
class DatabaseInfo:
    """What ``info --json`` prints."""

    schema_version: str | None
    database: str
    office: dict[str, Any] | None
    households: int
    members: int
    visits: int
    interventions: int
    partners: int
    import_batches: int
    history: int
    villages: list[VillageCount] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        """Plain data for JSON."""
        return asdict(self)


def _count(session: Session, model: Any) -> int:
    return int(session.scalar(select(func.count()).select_from(model)) or 0)


def quick_counts(session: Session) -> dict[str, int]:
    """Households and members, cheap enough for the status bar."""
    return {"households": _count(session, Household), "members": _count(session, Member)}


def database_info(session: Session, *, label: str) -> DatabaseInfo:
    """Counts of every kind of record, households per village, and the schema revision."""
    schema_version = stored_revision(session.connection())
    office_row = session.execute(
        select(OfficeProfile.office_name, District.code, District.name_th, Province.name_th)
        .join(District, District.code == OfficeProfile.district_code)
        .join(Province, Province.code == OfficeProfile.province_code)
    ).first()
    office = None
    if office_row is not None:
        office = {"name": office_row[0], "district_code": office_row[1],
                  "district": office_row[2], "province": office_row[3]}
    villages = [
        VillageCount(code, name, n)
        for code, name, n in session.execute(
            select(Village.code, Village.name, func.count(Household.id))
            .join(Household, Household.village_id == Village.id)
            .group_by(Village.code, Village.name)
            .order_by(Village.code)
        )
    ]
    return DatabaseInfo(
        schema_version=schema_version,
        database=label,
        office=office,
        households=_count(session, Household),
        members=_count(session, Member),
        visits=_count(session, Visit),
        interventions=_count(session, Intervention),
        partners=_count(session, Partner),
        import_batches=_count(session, ImportBatch),
        history=_count(session, HistoryEntry),
        villages=villages,
    )


@dataclass
class OverviewCounts:
    """Headline figures for the overview page."""

    households: int = 0
    members: int = 0
    pending: int = 0
    verified: int = 0
    confirmed: int = 0
    target: int = 0
    in_progress: int = 0
    helped: int = 0
    graduated: int = 0
    by_verification: dict[str, int] = field(default_factory=dict)


def overview_counts(session: Session) -> OverviewCounts:
    """Households by verification and help status, in one grouped query."""
    counts = OverviewCounts(members=_count(session, Member))
    rows = session.execute(
        select(Household.verification_status, Household.help_status, func.count())
        .group_by(Household.verification_status, Household.help_status)
    )
    for verification, help_status, n in rows:
        counts.households += n
        counts.by_verification[verification] = counts.by_verification.get(verification, 0) + n
        if verification == "pending":
            counts.pending += n
        else:
            counts.verified += n
        if verification == "confirmed":
            counts.confirmed += n
            if help_status == "target":
                counts.target += n
            elif help_status == "in_progress":
                counts.in_progress += n
            elif help_status in ("helped", "self_resolved"):
                counts.helped += n
            elif help_status == "graduated":
                counts.graduated += n
    return counts
