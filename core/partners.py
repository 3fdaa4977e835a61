"""Partner agencies (MOU partners) as listed for people."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.reference import code_labels
from db.models import Partner, PartnerOffering


@dataclass(frozen=True)
class PartnerRow:
    """One partner with readable kind and level."""

    id: int
    name: str
    short_name: str
    kind: str
    level: str
    offers: int
    active: bool


def list_partners(session: Session, *, language: str = "th") -> list[PartnerRow]:
    """Partners by level and name, with their number of kinds of help."""
    kinds = code_labels(session, "partner_kind", language=language)
    levels = code_labels(session, "partner_level", language=language)
    offers: dict[int, int] = {
        pid: n for pid, n in session.execute(
            select(PartnerOffering.partner_id, func.count()).group_by(PartnerOffering.partner_id))}
    partners = session.scalars(select(Partner).order_by(Partner.level, Partner.name)).all()
    return [PartnerRow(p.id, p.name, p.short_name or "", kinds.get(p.kind, p.kind),
                       levels.get(p.level, p.level), offers.get(p.id, 0), p.active)
            for p in partners]
