"""The help menu's registry: MOU partner agencies, the kinds of help, and the suggestion rules."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from core.access import Permission, require
from core.errors import UserError
from core.history import Actor, record, record_delete, record_insert, record_update
from core.i18n import translate
from core.reference import code_labels, default_addressee
from db.models import (
    Capital,
    Dimension,
    District,
    Indicator,
    IndicatorSet,
    Intervention,
    InterventionKind,
    InterventionKindCapital,
    InterventionKindDimension,
    OfficeProfile,
    Partner,
    PartnerOffering,
    Province,
    SuggestionRule,
)

_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


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
    contact_person: str = ""
    phone: str = ""


def list_partners(session: Session, *, language: str = "th",
                  active_only: bool = False) -> list[PartnerRow]:
    """Partners by level and name, with their number of kinds of help."""
    kinds = code_labels(session, "partner_kind", language=language)
    levels = code_labels(session, "partner_level", language=language)
    offers: dict[int, int] = {
        pid: n for pid, n in session.execute(
            select(PartnerOffering.partner_id, func.count()).group_by(PartnerOffering.partner_id))}
    query = select(Partner).order_by(Partner.level, Partner.name)
    if active_only:
        query = query.where(Partner.active.is_(True))
    return [PartnerRow(p.id, p.name, p.short_name or "", kinds.get(p.kind, p.kind),
                       levels.get(p.level, p.level), offers.get(p.id, 0), p.active,
                       p.contact_person or "", p.phone or "")
            for p in session.scalars(query)]


# --------------------------------------------------------------------------- partners


@dataclass(frozen=True)
class PartnerData:
    """Everything the registry holds about one agency (what the edit form shows)."""

    name: str
    kind: str
    level: str
    short_name: str | None = None
    code: str | None = None
    contact_person: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    mou_date: dt.date | None = None
    active: bool = True
    notes: str | None = None
    offered_kind_ids: tuple[int, ...] = ()
    id: int | None = None
    version: int | None = None
    addressee: str | None = None  # ตำแหน่งผู้รับหนังสือ; empty: the letter derives one


def _clean(text: str | None) -> str | None:
    text = " ".join((text or "").split())
    return text or None


def partner_data(session: Session, partner_id: int) -> PartnerData:
    """One agency as the edit form shows it."""
    p = session.get(Partner, partner_id)
    if p is None:
        raise UserError(translate("partners", "The agency no longer exists."))
    kinds = tuple(session.scalars(select(PartnerOffering.kind_id).where(
        PartnerOffering.partner_id == partner_id).order_by(PartnerOffering.kind_id)))
    return PartnerData(p.name, p.kind, p.level, p.short_name, p.code, p.contact_person, p.phone,
                       p.email, p.address, p.mou_date, p.active, p.notes, kinds, p.id, p.version,
                       p.addressee)


def partner_default_addressee(session: Session, code: str | None, name: str) -> str | None:
    """What a letter to an agency without a typed addressee is addressed to (None: no office)."""
    office = session.scalars(select(OfficeProfile)).first()
    if office is None or not _clean(name):
        return None
    province = session.get(Province, office.province_code)
    district = session.get(District, office.district_code)
    return default_addressee(code, name, province=province.name_th if province else "",
                             district=district.name_th if district else "")


def save_partner(session: Session, actor: Actor, data: PartnerData) -> int:
    """Add an agency (``data.id`` None) or change one (optimistic locking on ``version``)."""
    require(actor, Permission.EDIT_REFERENCE)
    name = _clean(data.name)
    if not name:
        raise UserError(translate("partners", "Give the agency's name."))
    if data.kind not in code_labels(session, "partner_kind"):
        raise UserError(translate("partners", "Choose the kind of agency."))
    if data.level not in code_labels(session, "partner_level"):
        raise UserError(translate("partners", "Choose the agency's level."))
    email = _clean(data.email)
    if email and not _EMAIL.match(email):
        raise UserError(translate("partners", "The e-mail address {email} is not valid.")
                        .format(email=email))
    same = select(Partner.id).where(func.lower(Partner.name) == name.lower())
    if data.id is not None:
        same = same.where(Partner.id != data.id)
    if session.scalar(same) is not None:
        raise UserError(translate("partners", "An agency named {name} is already registered.")
                        .format(name=name))
    code = _clean(data.code)
    if code and session.scalar(select(Partner.id).where(
            Partner.code == code, Partner.id != (data.id or 0))) is not None:
        raise UserError(translate("partners", "The code {code} is already used by another "
                                  "agency.").format(code=code))
    values = {"name": name, "kind": data.kind, "level": data.level, "code": code,
              "short_name": _clean(data.short_name), "addressee": _clean(data.addressee),
              "contact_person": _clean(data.contact_person),
              "phone": _clean(data.phone), "email": email,
              "address": (data.address or "").strip() or None, "mou_date": data.mou_date,
              "active": data.active, "notes": (data.notes or "").strip() or None}
    if data.id is None:
        partner = Partner(**values)
        session.add(partner)
        record_insert(session, actor, partner, reason="partner registry")
    else:
        found = session.get(Partner, data.id)
        if found is None:
            raise UserError(translate("partners", "The agency no longer exists."))
        partner = found
        if data.version is not None and partner.version != data.version:
            raise StaleDataError("partner changed")
        for key, value in values.items():
            setattr(partner, key, value)
        record_update(session, actor, partner, reason="partner registry")
        session.flush()
    _set_offerings(session, actor, partner.id, data.offered_kind_ids)
    return partner.id


def _set_offerings(session: Session, actor: Actor, partner_id: int, kind_ids: Sequence[int]) -> None:
    old = set(session.scalars(select(PartnerOffering.kind_id).where(
        PartnerOffering.partner_id == partner_id)))
    new = set(kind_ids)
    if old == new:
        return
    for kind_id in sorted(new - old):
        session.add(PartnerOffering(partner_id=partner_id, kind_id=kind_id))
    if old - new:
        session.execute(delete(PartnerOffering).where(PartnerOffering.partner_id == partner_id,
                                                      PartnerOffering.kind_id.in_(old - new)))
    record(session, actor, table="partner_offerings", record_id=partner_id, action="update",
           field="kind_ids", old=",".join(map(str, sorted(old))),
           new=",".join(map(str, sorted(new))), reason="partner registry")
    session.flush()


def offering_partners(session: Session, kind_id: int) -> list[int]:
    """Active agencies that offer a kind of help (its default agency first)."""
    kind = session.get(InterventionKind, kind_id)
    ids = list(session.scalars(select(Partner.id).join(
        PartnerOffering, PartnerOffering.partner_id == Partner.id).where(
        PartnerOffering.kind_id == kind_id, Partner.active.is_(True)).order_by(Partner.name)))
    if kind is not None and kind.default_partner_id in ids:
        ids.remove(kind.default_partner_id)
        ids.insert(0, kind.default_partner_id)
    return ids


# --------------------------------------------------------------------------- kinds of help


@dataclass(frozen=True)
class KindData:
    """A kind of help on the menu, as the edit form shows it."""

    name: str
    dimension_codes: tuple[str, ...] = ()
    capital_codes: tuple[str, ...] = ()
    default_partner_id: int | None = None
    unit_cost_baht: int | None = None
    typical_days: int | None = None
    name_en: str | None = None
    description: str | None = None
    code: str | None = None
    active: bool = True
    id: int | None = None
    version: int | None = None


@dataclass(frozen=True)
class KindRow:
    """A kind of help for lists and pickers."""

    id: int
    name: str
    dimensions: str
    capitals: str
    default_partner: str
    default_partner_id: int | None
    unit_cost_baht: int | None
    typical_days: int | None
    active: bool
    offered_by: int = 0
    dimension_codes: tuple[str, ...] = field(default=())
    capital_codes: tuple[str, ...] = field(default=())


def list_kinds(session: Session, *, language: str = "th",
               active_only: bool = False) -> list[KindRow]:
    """Every kind of help by name, with readable dimensions, capitals and default agency."""
    dim_labels = {d.code: (d.label_th if language == "th" else d.label_en)
                  for d in session.scalars(select(Dimension).order_by(Dimension.sort_order))}
    cap_labels = {c.code: (c.label_th if language == "th" else c.label_en)
                  for c in session.scalars(select(Capital).order_by(Capital.sort_order))}
    dims: dict[int, list[str]] = {}
    for kid, code in session.execute(select(InterventionKindDimension.kind_id,
                                            InterventionKindDimension.dimension_code)):
        dims.setdefault(kid, []).append(code)
    caps: dict[int, list[str]] = {}
    for kid, code in session.execute(select(InterventionKindCapital.kind_id,
                                            InterventionKindCapital.capital_code)):
        caps.setdefault(kid, []).append(code)
    offered = dict(session.execute(select(PartnerOffering.kind_id, func.count())
                                   .group_by(PartnerOffering.kind_id)).all())
    partners = dict(session.execute(select(Partner.id, Partner.name)).all())
    query = select(InterventionKind).order_by(InterventionKind.name)
    if active_only:
        query = query.where(InterventionKind.active.is_(True))
    rows = []
    for k in session.scalars(query):
        d = sorted(dims.get(k.id, []), key=list(dim_labels).index)
        c = sorted(caps.get(k.id, []), key=list(cap_labels).index)
        name = k.name if language == "th" or not k.name_en else k.name_en
        rows.append(KindRow(k.id, name, ", ".join(dim_labels[x] for x in d),
                            ", ".join(cap_labels[x] for x in c),
                            partners.get(k.default_partner_id or 0, ""), k.default_partner_id,
                            k.unit_cost_baht, k.typical_days, k.active, offered.get(k.id, 0),
                            tuple(d), tuple(c)))
    return rows


def kind_data(session: Session, kind_id: int) -> KindData:
    """One kind of help as the edit form shows it."""
    k = session.get(InterventionKind, kind_id)
    if k is None:
        raise UserError(translate("partners", "The kind of help no longer exists."))
    dims = tuple(session.scalars(select(InterventionKindDimension.dimension_code).where(
        InterventionKindDimension.kind_id == kind_id)))
    caps = tuple(session.scalars(select(InterventionKindCapital.capital_code).where(
        InterventionKindCapital.kind_id == kind_id)))
    return KindData(k.name, dims, caps, k.default_partner_id, k.unit_cost_baht, k.typical_days,
                    k.name_en, k.description, k.code, k.active, k.id, k.version)


def save_kind(session: Session, actor: Actor, data: KindData) -> int:
    """Add or change a kind of help (its dimensions and capitals too)."""
    require(actor, Permission.EDIT_REFERENCE)
    name = _clean(data.name)
    if not name:
        raise UserError(translate("partners", "Give the name of the kind of help."))
    if data.unit_cost_baht is not None and data.unit_cost_baht < 0:
        raise UserError(translate("partners", "The unit cost cannot be negative."))
    if data.typical_days is not None and not 0 < data.typical_days <= 3650:
        raise UserError(translate("partners", "The typical duration is a number of days "
                                  "between 1 and 3,650."))
    known_dims = set(session.scalars(select(Dimension.code)))
    known_caps = set(session.scalars(select(Capital.code)))
    if not set(data.dimension_codes) <= known_dims or not set(data.capital_codes) <= known_caps:
        raise ValueError("unknown dimension or capital code")
    if not data.dimension_codes and not data.capital_codes:
        raise UserError(translate("partners", "Tick at least one dimension or capital that this "
                                  "help addresses."))
    if data.default_partner_id is not None and session.get(Partner, data.default_partner_id) is None:
        raise UserError(translate("partners", "The agency no longer exists."))
    same = select(InterventionKind.id).where(func.lower(InterventionKind.name) == name.lower())
    if data.id is not None:
        same = same.where(InterventionKind.id != data.id)
    if session.scalar(same) is not None:
        raise UserError(translate("partners", "A kind of help named {name} already exists.")
                        .format(name=name))
    values = {"name": name, "name_en": _clean(data.name_en),
              "description": (data.description or "").strip() or None,
              "code": _clean(data.code), "default_partner_id": data.default_partner_id,
              "unit_cost_baht": data.unit_cost_baht, "typical_days": data.typical_days,
              "active": data.active}
    if data.id is None:
        kind = InterventionKind(**values)
        session.add(kind)
        record_insert(session, actor, kind, reason="help menu")
    else:
        found = session.get(InterventionKind, data.id)
        if found is None:
            raise UserError(translate("partners", "The kind of help no longer exists."))
        kind = found
        if data.version is not None and kind.version != data.version:
            raise StaleDataError("kind changed")
        for key, value in values.items():
            setattr(kind, key, value)
        record_update(session, actor, kind, reason="help menu")
        session.flush()
    old_dims = set(session.scalars(select(InterventionKindDimension.dimension_code).where(
        InterventionKindDimension.kind_id == kind.id)))
    old_caps = set(session.scalars(select(InterventionKindCapital.capital_code).where(
        InterventionKindCapital.kind_id == kind.id)))
    if old_dims != set(data.dimension_codes):
        session.execute(delete(InterventionKindDimension).where(
            InterventionKindDimension.kind_id == kind.id))
        session.add_all(InterventionKindDimension(kind_id=kind.id, dimension_code=c)
                        for c in sorted(set(data.dimension_codes)))
        record(session, actor, table="intervention_kinds", record_id=kind.id, action="update",
               field="dimensions", old=",".join(sorted(old_dims)),
               new=",".join(sorted(set(data.dimension_codes))), reason="help menu")
    if old_caps != set(data.capital_codes):
        session.execute(delete(InterventionKindCapital).where(
            InterventionKindCapital.kind_id == kind.id))
        session.add_all(InterventionKindCapital(kind_id=kind.id, capital_code=c)
                        for c in sorted(set(data.capital_codes)))
        record(session, actor, table="intervention_kinds", record_id=kind.id, action="update",
               field="capitals", old=",".join(sorted(old_caps)),
               new=",".join(sorted(set(data.capital_codes))), reason="help menu")
    session.flush()
    return kind.id


def delete_kind(session: Session, actor: Actor, kind_id: int) -> None:
    """Remove a kind of help that was never used (a used one can only be made inactive)."""
    require(actor, Permission.EDIT_REFERENCE)
    kind = session.get(InterventionKind, kind_id)
    if kind is None:
        return
    used = session.scalar(select(func.count()).select_from(Intervention).where(
        Intervention.kind_id == kind_id))
    if used:
        raise UserError(translate(
            "partners", "{name} was given {count} time(s) and stays in their history: make it "
            "inactive instead of deleting it.").format(name=kind.name, count=used))
    record_delete(session, actor, kind, reason="help menu")
    session.delete(kind)
    session.flush()


# --------------------------------------------------------------------------- suggestion rules


@dataclass(frozen=True)
class RuleRow:
    """A เมนูแก้จน rule: what it reacts to, the kind it suggests, its weight."""

    id: int
    kind_id: int
    kind: str
    trigger: str  # "indicator", "dimension" or "capital"
    trigger_code: str  # indicator id, dimension code or capital code
    trigger_label: str
    weight: int
    active: bool


def list_rules(session: Session, *, language: str = "th") -> list[RuleRow]:
    """Every suggestion rule, by what triggers it, then by weight."""
    kinds = dict(session.execute(select(InterventionKind.id, InterventionKind.name)).all())
    dims = {d.code: (d.label_th if language == "th" else d.label_en)
            for d in session.scalars(select(Dimension))}
    caps = {c.code: (c.label_th if language == "th" else c.label_en)
            for c in session.scalars(select(Capital))}
    indicators = {i.id: (i.number, i.label_th) for i in session.scalars(select(Indicator))}
    rows = []
    for r in session.scalars(select(SuggestionRule)):
        if r.indicator_id is not None:
            number, label = indicators[r.indicator_id]
            trig, code = "indicator", str(r.indicator_id)
            text = translate("partners", "Indicator {number}: {label}").format(
                number=number, label=label)
            order: tuple[int, int | str] = (0, number)
        elif r.dimension_code is not None:
            trig, code = "dimension", r.dimension_code
            text = translate("partners", "Dimension: {label}").format(label=dims[code])
            order = (1, code)
        else:
            trig, code = "capital", r.capital_code or ""
            text = translate("partners", "Weak capital: {label}").format(label=caps.get(code, code))
            order = (2, code)
        rows.append((order, -r.weight, RuleRow(r.id, r.kind_id, kinds.get(r.kind_id, ""), trig,
                                               code, text, r.weight, r.active)))
    rows.sort(key=lambda t: (t[0][0], str(t[0][1]).zfill(4), t[1], t[2].kind))
    return [r for _o, _w, r in rows]


def save_rule(session: Session, actor: Actor, *, kind_id: int, trigger: str, trigger_code: str,
              weight: int = 1, active: bool = True, rule_id: int | None = None) -> int:
    """Add or change a suggestion rule (an administrator's edit of the help menu)."""
    require(actor, Permission.EDIT_REFERENCE)
    if not 1 <= weight <= 10:
        raise UserError(translate("partners", "The weight is a whole number from 1 to 10."))
    if session.get(InterventionKind, kind_id) is None:
        raise UserError(translate("partners", "The kind of help no longer exists."))
    values: dict[str, object] = {"kind_id": kind_id, "weight": weight, "active": active,
                                 "indicator_id": None, "dimension_code": None,
                                 "capital_code": None}
    if trigger == "indicator":
        if session.get(Indicator, int(trigger_code)) is None:
            raise ValueError("unknown indicator")
        values["indicator_id"] = int(trigger_code)
    elif trigger == "dimension":
        if session.get(Dimension, trigger_code) is None:
            raise ValueError("unknown dimension")
        values["dimension_code"] = trigger_code
    elif trigger == "capital":
        if session.get(Capital, trigger_code) is None:
            raise ValueError("unknown capital")
        values["capital_code"] = trigger_code
    else:
        raise ValueError(f"unknown trigger {trigger!r}")
    if rule_id is None:
        rule = SuggestionRule(**values)
        session.add(rule)
        record_insert(session, actor, rule, reason="help menu rules")
    else:
        found = session.get(SuggestionRule, rule_id)
        if found is None:
            raise UserError(translate("partners", "The rule no longer exists."))
        rule = found
        for key, value in values.items():
            setattr(rule, key, value)
        record_update(session, actor, rule, reason="help menu rules")
    session.flush()
    return rule.id


def delete_rule(session: Session, actor: Actor, rule_id: int) -> None:
    """Remove a suggestion rule."""
    require(actor, Permission.EDIT_REFERENCE)
    rule = session.get(SuggestionRule, rule_id)
    if rule is not None:
        record_delete(session, actor, rule, reason="help menu rules")
        session.delete(rule)
        session.flush()


def indicator_choices(session: Session) -> list[tuple[int, str]]:
    """(indicator id, "set number label") of the active sets, for the rule editor."""
    rows = session.execute(select(Indicator.id, IndicatorSet.code, Indicator.number,
                                  Indicator.label_th)
                           .join(IndicatorSet, IndicatorSet.id == Indicator.set_id)
                           .where(IndicatorSet.active.is_(True))
                           .order_by(IndicatorSet.code, Indicator.number))
    return [(iid, f"{code} {number}. {label}") for iid, code, number, label in rows]


def dimension_capital_labels(session: Session, *,
                             language: str = "th") -> tuple[dict[str, str], dict[str, str]]:
    """code → label of the dimensions and of the capitals, in their order."""
    dims = {d.code: (d.label_th if language == "th" else d.label_en)
            for d in session.scalars(select(Dimension).order_by(Dimension.sort_order))}
    caps = {c.code: (c.label_th if language == "th" else c.label_en)
            for c in session.scalars(select(Capital).order_by(Capital.sort_order))}
    return dims, caps
