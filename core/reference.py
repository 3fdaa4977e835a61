"""Reference data (areas, code lists, indicators, capitals, levels, partners, help kinds) from resources/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from typing import Any

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from core.history import Actor, record, record_update
from core.resources import resource_path
from db.models import (
    AppSetting,
    Capital,
    CapitalComponent,
    CodeItem,
    Dimension,
    District,
    Indicator,
    IndicatorSet,
    InterventionKind,
    InterventionKindCapital,
    InterventionKindDimension,
    LevelBand,
    OfficeProfile,
    Partner,
    PartnerOffering,
    Province,
    Subdistrict,
    SuggestionRule,
)


def _load(*parts: str) -> Any:
    with resource_path(*parts).open(encoding="utf-8") as f:
        return json.load(f)


@dataclass(frozen=True)
class Area:
    """A province, district or subdistrict as shipped (used before any database exists)."""

    code: str
    name_th: str
    name_en: str
    parent: str | None


@cache
def provinces() -> tuple[Area, ...]:
    """All 77 provinces, by Thai name."""
    rows = _load("areas", "provinces.json")
    areas = (Area(f"{r['provinceCode']:02d}", r["provinceNameTh"], r["provinceNameEn"], None)
             for r in rows)
    return tuple(sorted(areas, key=lambda a: a.name_th))


@cache
def districts() -> tuple[Area, ...]:
    """All districts, in code order."""
    rows = _load("areas", "districts.json")
    return tuple(
        Area(f"{r['districtCode']:04d}", r["districtNameTh"], r["districtNameEn"],
             f"{r['provinceCode']:02d}")
        for r in sorted(rows, key=lambda r: r["districtCode"])
    )


def require_district(session: Session | None, code: str) -> None:
    """Refuse an unknown district code with a message that says what to give."""
    known = (session.get(District, code) is not None) if session is not None else (
        find_district(code) is not None)
    if not known:
        from core.errors import UserError
        from core.i18n import translate

        raise UserError(translate(
            "errors", "Unknown district code {code}: give the 4-digit DOPA code, e.g. 5201."
        ).format(code=code))


def districts_of(province_code: str) -> list[Area]:
    """The districts of one province."""
    return [d for d in districts() if d.parent == province_code]


def find_district(code: str) -> Area | None:
    """A district by its 4-digit code."""
    return next((d for d in districts() if d.code == code), None)


def _load_areas(session: Session) -> int:
    provs = _load("areas", "provinces.json")
    dists = _load("areas", "districts.json")
    subs = _load("areas", "subdistricts.json")
    session.execute(insert(Province), [
        {"code": f"{r['provinceCode']:02d}", "name_th": r["provinceNameTh"],
         "name_en": r["provinceNameEn"]} for r in provs])
    session.execute(insert(District), [
        {"code": f"{r['districtCode']:04d}", "province_code": f"{r['provinceCode']:02d}",
         "name_th": r["districtNameTh"], "name_en": r["districtNameEn"],
         "postal_code": str(r["postalCode"]) if r.get("postalCode") else None}
        for r in dists])
    session.execute(insert(Subdistrict), [
        {"code": f"{r['subdistrictCode']:06d}", "district_code": f"{r['districtCode']:04d}",
         "name_th": r["subdistrictNameTh"], "name_en": r["subdistrictNameEn"],
         "postal_code": str(r["postalCode"]) if r.get("postalCode") else None}
        for r in subs])
    return len(provs) + len(dists) + len(subs)


def _load_code_lists(session: Session) -> int:
    """Every code list of resources/ that the database lacks (a newer app brings new lists)."""
    lists = _load("reference", "code_lists.json")
    present = set(session.scalars(select(CodeItem.list_name).distinct()))
    rows = []
    for list_name, items in lists.items():
        if list_name in present:
            continue
        for order, item in enumerate(items, start=1):
            extra = {k: v for k, v in item.items() if k not in ("code", "th", "en")}
            rows.append({"list_name": list_name, "code": item["code"], "label_th": item["th"],
                         "label_en": item["en"], "sort_order": order,
                         "extra": extra or None})
    if rows:
        session.execute(insert(CodeItem), rows)
    return len(rows)


def _load_dimensions_capitals_levels(session: Session) -> int:
    dims = _load("reference", "dimensions.json")
    session.execute(insert(Dimension), [
        {"code": d["code"], "label_th": d["th"], "label_en": d["en"], "bit": d["bit"],
         "sort_order": d["sort"]} for d in dims])
    caps = _load("reference", "capitals.json")
    session.execute(insert(Capital), [
        {"code": c["code"], "label_th": c["th"], "label_en": c["en"], "sort_order": c["sort"]}
        for c in caps])
    comps = [{"capital_code": c["code"], "code": p["code"], "label_th": p["th"],
              "label_en": p["en"], "sort_order": i}
             for c in caps for i, p in enumerate(c["components"], start=1)]
    session.execute(insert(CapitalComponent), comps)
    levels = _load("reference", "levels.json")
    session.execute(insert(LevelBand), [
        {"level": lv["level"], "label_th": lv["th"], "label_en": lv["en"],
         "min_score": lv["min"], "max_score": lv["max"]} for lv in levels])
    return len(dims) + len(caps) + len(comps) + len(levels)


def _load_indicator_set(session: Session, name: str) -> int:
    data = _load("reference", name)
    groups = {g["no"]: g["th"] for g in data["groups"]}
    ind_set = IndicatorSet(code=data["code"], name_th=data["name_th"], name_en=data["name_en"],
                           year_from_be=data["year_from_be"], year_to_be=data["year_to_be"])
    session.add(ind_set)
    session.flush()
    session.execute(insert(Indicator), [
        {"set_id": ind_set.id, "number": i["number"], "group_no": i["group"],
         "group_th": groups[i["group"]], "label_th": i["th"], "dimension_code": i["dimension"],
         "unit": i.get("unit", "household"), "label_source": i.get("label_source")}
        for i in data["indicators"]])
    return len(data["indicators"])


def _load_partners_and_kinds(session: Session) -> int:
    partners = _load("reference", "partners.json")
    kinds = _load("reference", "intervention_kinds.json")
    partner_ids: dict[str, int] = {}
    for p in partners:
        obj = Partner(code=p["code"], name=p["name"], short_name=p.get("short_name"),
                      kind=p["kind"], level=p["level"])  # addressee: fill_partner_addressees
        session.add(obj)
        session.flush()
        partner_ids[p["code"]] = obj.id
    kind_ids: dict[str, int] = {}
    for k in kinds:
        kind = InterventionKind(
            code=k["code"], name=k["name"], name_en=k.get("en"),
            default_partner_id=partner_ids.get(k.get("default_partner", "")),
            unit_cost_baht=k.get("unit_cost"), typical_days=k.get("typical_days"))
        session.add(kind)
        session.flush()
        kind_ids[k["code"]] = kind.id
        for d in k.get("dimensions", []):
            session.add(InterventionKindDimension(kind_id=kind.id, dimension_code=d))
        for c in k.get("capitals", []):
            session.add(InterventionKindCapital(kind_id=kind.id, capital_code=c))
    for p in partners:
        for code in p.get("offers", []):
            session.add(PartnerOffering(partner_id=partner_ids[p["code"]], kind_id=kind_ids[code]))
    return len(partners) + len(kinds)


def _load_suggestion_rules(session: Session) -> int:
    """The starter เมนูแก้จน rules (failed indicator, dimension or weak capital → kind of help)."""
    kinds = dict(session.execute(select(InterventionKind.code, InterventionKind.id)).all())
    indicators = {(code, number): iid for iid, code, number in session.execute(
        select(Indicator.id, IndicatorSet.code, Indicator.number)
        .join(IndicatorSet, IndicatorSet.id == Indicator.set_id))}
    rows = []
    for r in _load("reference", "suggestion_rules.json"):
        kind = kinds.get(r["kind"])
        indicator = indicators.get((r.get("indicator_set"), r.get("indicator")))
        if kind is None or ("indicator" in r and indicator is None):
            continue  # an administrator removed the kind (or the set): skip its rules
        rows.append({"kind_id": kind, "indicator_id": indicator,
                     "dimension_code": r.get("dimension"), "capital_code": r.get("capital"),
                     "weight": r.get("weight", 1)})
    if rows:
        session.execute(insert(SuggestionRule), rows)
    session.add(AppSetting(key=SUGGESTION_RULES_SETTING, value=True))
    session.flush()
    return len(rows)


INDICATOR_SETS = ("indicators_jpt2560.json",)
SUGGESTION_RULES_SETTING = "suggestion_rules_loaded"  # once: an administrator may delete rules


def ensure_reference_data(session: Session, actor: Actor | None = None) -> dict[str, int]:
    """Load each reference dataset that the database does not hold yet; return what was loaded."""
    loaded: dict[str, int] = {}

    def empty(model: Any) -> bool:
        return not session.scalar(select(func.count()).select_from(model))

    if empty(Province):
        loaded["areas"] = _load_areas(session)
    if count := _load_code_lists(session):
        loaded["code_lists"] = count
    if empty(Dimension):
        loaded["dimensions_capitals_levels"] = _load_dimensions_capitals_levels(session)
    for name in INDICATOR_SETS:
        code = _load("reference", name)["code"]
        if session.scalar(select(IndicatorSet.id).where(IndicatorSet.code == code)) is None:
            loaded[f"indicators:{code}"] = _load_indicator_set(session, name)
    if empty(Partner) and empty(InterventionKind):
        loaded["partners_and_kinds"] = _load_partners_and_kinds(session)
    if session.get(AppSetting, SUGGESTION_RULES_SETTING) is None:
        loaded["suggestion_rules"] = _load_suggestion_rules(session)
    fill_partner_addressees(session, actor)
    if actor is not None:
        for dataset, count in loaded.items():
            record(session, actor, table="reference", record_id=0, action="load",
                   field=dataset, new=count, reason="reference data from resources/")
    return loaded


# --------------------------------------------------------------------------- addressees


@cache
def _builtin_addressees() -> dict[str, tuple[str, str]]:
    """Built-in agency code → (its shipped name, its addressee with {province}/{district}/{town})."""
    return {p["code"]: (p["name"], p["addressee"])
            for p in _load("reference", "partners.json") if p.get("addressee")}


def own_district_deputy(district: str) -> str:
    """Who a letter to the office's own ที่ว่าการอำเภอ goes to: not the นายอำเภอ who signs it.

    The most senior ปลัดอำเภอ runs the district office's sections for the chief; an office that
    sends these to a section head types that position on the agency instead.
    """
    return f"ปลัดอำเภอผู้เป็นหัวหน้าประจำอำเภอ{district}"


# A name's first word → the usual title of who heads it (for agencies an office added).
_TITLE_BY_NAME = (
    ("องค์การบริหารส่วน", "นายก"), ("มหาวิทยาลัย", "อธิการบดี"), ("โรงพยาบาล", "ผู้อำนวยการ"),
    ("โรงเรียน", "ผู้อำนวยการ"), ("วิทยาลัย", "ผู้อำนวยการ"), ("ศูนย์", "ผู้อำนวยการ"),
    ("สถาบัน", "ผู้อำนวยการ"), ("ธนาคาร", "ผู้จัดการ"), ("สหกรณ์", "ผู้จัดการ"),
    ("บริษัท", "กรรมการผู้จัดการ"),
)


def default_addressee(code: str | None, name: str, *, province: str, district: str) -> str:
    """The position a letter to an agency goes to when the office has not typed one.

    A built-in agency still under its shipped name takes its shipped title, with the office's
    province or district (นายกองค์การบริหารส่วนจังหวัดลำปาง, ผู้อำนวยการโรงพยาบาลเถิน); any other
    agency a title read from its name (ผู้อำนวยการ for a โรงพยาบาล, นายก for an อบต. …).
    """
    name = " ".join(name.split())
    builtin = _builtin_addressees().get(code or "")
    if builtin is not None and builtin[0] == name:
        # {town}: the district, or the province for its อำเภอเมือง (โรงพยาบาลลำปาง, not เมืองลำปาง).
        town = province if district.startswith("เมือง") and province else district
        return builtin[1].format(province=province, district=district, town=town)
    if name.startswith("ที่ว่าการอำเภอ"):
        other = name.removeprefix("ที่ว่าการอำเภอ").strip()
        return f"นายอำเภอ{other}" if other and other != district else own_district_deputy(district)
    if name.startswith("เทศบาล"):
        return "นายกเทศมนตรี" + name.removeprefix("เทศบาล")
    for prefix, title in _TITLE_BY_NAME:
        if name.startswith(prefix):
            return title + name
    return f"หัวหน้า{name}"


def letter_addressee(addressee: str | None, code: str | None, name: str, *, province: str,
                     district: str, signer: str) -> str:
    """เรียน … of a letter: the agency's addressee, else its default; never the signer."""
    text = " ".join((addressee or "").split()) or default_addressee(
        code, name, province=province, district=district)
    if _same_position(text, signer):
        # Addressed to the position that signs it (the office's own district office, say).
        text = own_district_deputy(district)
        if _same_position(text, signer):
            text = f"หัวหน้าฝ่ายบริหารงานปกครองอำเภอ{district}"
    return text


def _same_position(a: str, b: str) -> bool:
    return "".join(a.split()) == "".join(b.split())


def fill_partner_addressees(session: Session, actor: Actor | None = None) -> int:
    """Give each built-in agency without an addressee its default title (never overwrites one).

    Runs when a database opens and when the office is set up: the titles need the office's
    province and district, so a database without an office profile is left for later.
    """
    office = session.scalars(select(OfficeProfile)).first()
    if office is None:
        return 0
    builtin = _builtin_addressees()
    partners = [p for p in session.scalars(select(Partner).where(
        Partner.code.in_(builtin), or_(Partner.addressee.is_(None), Partner.addressee == "")))]
    if not partners:
        return 0
    province = session.get(Province, office.province_code)
    district = session.get(District, office.district_code)
    for p in partners:
        p.addressee = default_addressee(
            p.code, p.name, province=province.name_th if province else "",
            district=district.name_th if district else "")
        if actor is not None:
            record_update(session, actor, p, reason="reference data from resources/")
    session.flush()
    return len(partners)


def code_labels(session: Session, list_name: str, *, language: str = "th") -> dict[str, str]:
    """code → label for one code list, in list order."""
    rows = session.execute(
        select(CodeItem.code, CodeItem.label_th, CodeItem.label_en)
        .where(CodeItem.list_name == list_name)
        .order_by(CodeItem.sort_order)
    )
    return {code: (th if language == "th" else en) for code, th, en in rows}
