"""The schema of the whole domain as SQLAlchemy 2 typed models."""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with a fixed constraint naming convention (stable migrations)."""

    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[Any]: JSON}


class Versioned:
    """Optimistic locking: a stale edit raises StaleDataError instead of overwriting."""

    version: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("1"))

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def _created() -> Mapped[dt.datetime]:
    return mapped_column(DateTime, nullable=False, server_default=text("CURRENT_TIMESTAMP"))


# --------------------------------------------------------------------------- areas


class Province(Base):
    """จังหวัด, DOPA code CC."""

    __tablename__ = "provinces"
    code: Mapped[str] = mapped_column(String(2), primary_key=True)
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))


class District(Base):
    """อำเภอ/เขต, DOPA code CCAA."""

    __tablename__ = "districts"
    code: Mapped[str] = mapped_column(String(4), primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"), index=True)
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(5))


class Subdistrict(Base):
    """ตำบล/แขวง, DOPA code CCAATT."""

    __tablename__ = "subdistricts"
    code: Mapped[str] = mapped_column(String(6), primary_key=True)
    district_code: Mapped[str] = mapped_column(ForeignKey("districts.code"), index=True)
    name_th: Mapped[str] = mapped_column(String(100))
    name_en: Mapped[str] = mapped_column(String(100))
    postal_code: Mapped[str | None] = mapped_column(String(5))


class Village(Versioned, Base):
    """หมู่บ้าน (หมู่ที่) or municipal community (ชุมชน), code CCAATTMM."""

    __tablename__ = "villages"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(8), unique=True)
    subdistrict_code: Mapped[str] = mapped_column(ForeignKey("subdistricts.code"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(String(150))
    kind: Mapped[str] = mapped_column(String(12), server_default="moo")
    is_municipal: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))


# --------------------------------------------------------------------------- office, users


class OfficeProfile(Versioned, Base):
    """The district office that owns this database (one row)."""

    __tablename__ = "office_profile"
    id: Mapped[int] = mapped_column(primary_key=True)
    province_code: Mapped[str] = mapped_column(ForeignKey("provinces.code"))
    district_code: Mapped[str] = mapped_column(ForeignKey("districts.code"))
    office_name: Mapped[str] = mapped_column(String(200))
    office_address: Mapped[str | None] = mapped_column(Text)
    phone: Mapped[str | None] = mapped_column(String(50))
    letter_prefix: Mapped[str | None] = mapped_column(String(30))
    chief_name: Mapped[str | None] = mapped_column(String(150))
    chief_position: Mapped[str | None] = mapped_column(String(150))
    officer_name: Mapped[str | None] = mapped_column(String(150))
    officer_position: Mapped[str | None] = mapped_column(String(150))
    created_at: Mapped[dt.datetime] = _created()


class User(Versioned, Base):
    """A person (or the built-in system account) who acts on the data."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    full_name: Mapped[str] = mapped_column(String(150))
    position: Mapped[str | None] = mapped_column(String(150))
    role: Mapped[str] = mapped_column(String(12))
    password_hash: Mapped[str | None] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    is_system: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    created_at: Mapped[dt.datetime] = _created()


class UserSubdistrict(Base):
    """Subdistricts whose households an officer may edit."""

    __tablename__ = "user_subdistricts"
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), primary_key=True)
    subdistrict_code: Mapped[str] = mapped_column(ForeignKey("subdistricts.code"), primary_key=True)


class AppSetting(Base):
    """Office-wide settings stored with the data (key → JSON value)."""

    __tablename__ = "app_settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[Any] = mapped_column(JSON)


# --------------------------------------------------------------------------- reference data


class CodeItem(Base):
    """One entry of an editable code list (titles, relations, statuses, welfare types…)."""

    __tablename__ = "code_items"
    __table_args__ = (UniqueConstraint("list_name", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    list_name: Mapped[str] = mapped_column(String(40), index=True)
    code: Mapped[str] = mapped_column(String(40))
    label_th: Mapped[str] = mapped_column(String(200))
    label_en: Mapped[str] = mapped_column(String(200))
    sort_order: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    extra: Mapped[dict[str, Any] | None] = mapped_column(JSON)


class Dimension(Base):
    """One of the 5 TPMAP dimensions; ``bit`` is its flag in households.failed_dimension_mask."""

    __tablename__ = "dimensions"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_th: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    bit: Mapped[int] = mapped_column(Integer, unique=True)
    sort_order: Mapped[int] = mapped_column(Integer)


class IndicatorSet(Base):
    """A versioned set of จปฐ. indicators (2560–64, 2566–70…)."""

    __tablename__ = "indicator_sets"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    name_th: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str] = mapped_column(String(200))
    year_from_be: Mapped[int] = mapped_column(Integer)
    year_to_be: Mapped[int] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class Indicator(Base):
    """One indicator of a set, keyed by (set, number), mapped to a TPMAP dimension or none."""

    __tablename__ = "indicators"
    __table_args__ = (UniqueConstraint("set_id", "number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    set_id: Mapped[int] = mapped_column(ForeignKey("indicator_sets.id"))
    number: Mapped[int] = mapped_column(Integer)
    group_no: Mapped[int] = mapped_column(Integer)
    group_th: Mapped[str] = mapped_column(String(100))
    label_th: Mapped[str] = mapped_column(Text)
    dimension_code: Mapped[str | None] = mapped_column(ForeignKey("dimensions.code"))
    unit: Mapped[str] = mapped_column(String(12), server_default="household")
    label_source: Mapped[str | None] = mapped_column(String(20))


class Capital(Base):
    """One of the 5 livelihood capitals (ทุน 5 ด้าน)."""

    __tablename__ = "capitals"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    label_th: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str] = mapped_column(String(100))
    sort_order: Mapped[int] = mapped_column(Integer)


class CapitalComponent(Base):
    """A component of a capital, shown as guidance when scoring."""

    __tablename__ = "capital_components"
    __table_args__ = (UniqueConstraint("capital_code", "code"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    capital_code: Mapped[str] = mapped_column(ForeignKey("capitals.code"))
    code: Mapped[str] = mapped_column(String(30))
    label_th: Mapped[str] = mapped_column(String(150))
    label_en: Mapped[str] = mapped_column(String(150))
    sort_order: Mapped[int] = mapped_column(Integer)


class LevelBand(Base):
    """Household level (อยู่ลำบาก … อยู่ดี) by the mean capital score."""

    __tablename__ = "level_bands"
    level: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    label_th: Mapped[str] = mapped_column(String(50))
    label_en: Mapped[str] = mapped_column(String(50))
    min_score: Mapped[float] = mapped_column(Float)
    max_score: Mapped[float] = mapped_column(Float)


# --------------------------------------------------------------------------- partners, help menu


class Partner(Versioned, Base):
    """An MOU partner agency."""

    __tablename__ = "partners"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    short_name: Mapped[str | None] = mapped_column(String(80))
    kind: Mapped[str] = mapped_column(String(20))
    level: Mapped[str] = mapped_column(String(20))
    # ตำแหน่งผู้รับหนังสือ: the position a letter is addressed to (เรียน …), not a person.
    addressee: Mapped[str | None] = mapped_column(String(200))
    contact_person: Mapped[str | None] = mapped_column(String(150))
    phone: Mapped[str | None] = mapped_column(String(50))
    email: Mapped[str | None] = mapped_column(String(150))
    address: Mapped[str | None] = mapped_column(Text)
    mou_date: Mapped[dt.date | None] = mapped_column(Date)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))
    notes: Mapped[str | None] = mapped_column(Text)


class InterventionKind(Versioned, Base):
    """A kind of help on the menu (training, house repair, allowance enrolment…)."""

    __tablename__ = "intervention_kinds"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200))
    name_en: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    default_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    unit_cost_baht: Mapped[int | None] = mapped_column(Integer)
    typical_days: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


class PartnerOffering(Base):
    """Which kinds of help a partner offers."""

    __tablename__ = "partner_offerings"
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), primary_key=True
    )
    kind_id: Mapped[int] = mapped_column(
        ForeignKey("intervention_kinds.id", ondelete="CASCADE"), primary_key=True
    )


class InterventionKindDimension(Base):
    """The dimensions a kind of help addresses."""

    __tablename__ = "intervention_kind_dimensions"
    kind_id: Mapped[int] = mapped_column(
        ForeignKey("intervention_kinds.id", ondelete="CASCADE"), primary_key=True
    )
    dimension_code: Mapped[str] = mapped_column(ForeignKey("dimensions.code"), primary_key=True)


class InterventionKindCapital(Base):
    """The capitals a kind of help strengthens."""

    __tablename__ = "intervention_kind_capitals"
    kind_id: Mapped[int] = mapped_column(
        ForeignKey("intervention_kinds.id", ondelete="CASCADE"), primary_key=True
    )
    capital_code: Mapped[str] = mapped_column(ForeignKey("capitals.code"), primary_key=True)


class SuggestionRule(Base):
    """เมนูแก้จน rule: a failed indicator, dimension or weak capital suggests a kind of help."""

    __tablename__ = "suggestion_rules"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind_id: Mapped[int] = mapped_column(ForeignKey("intervention_kinds.id", ondelete="CASCADE"))
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id"))
    dimension_code: Mapped[str | None] = mapped_column(ForeignKey("dimensions.code"))
    capital_code: Mapped[str | None] = mapped_column(ForeignKey("capitals.code"))
    weight: Mapped[int] = mapped_column(Integer, server_default=text("1"))
    active: Mapped[bool] = mapped_column(Boolean, server_default=text("true"))


# --------------------------------------------------------------------------- imports


class ImportBatch(Base):
    """One import of one file: what was read, what it changed, by whom."""

    __tablename__ = "import_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    source_code: Mapped[str] = mapped_column(String(20))
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str | None] = mapped_column(String(64))
    sheet_name: Mapped[str | None] = mapped_column(String(100))
    list_year_be: Mapped[int | None] = mapped_column(Integer)
    survey_year_be: Mapped[int | None] = mapped_column(Integer)
    mapping: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(20))
    started_at: Mapped[dt.datetime] = _created()
    finished_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    rows_read: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_new: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_updated: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_unchanged: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    rows_rejected: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    summary: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    notes: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class ImportMapping(Versioned, Base):
    """A remembered column mapping for files of one source and header layout."""

    __tablename__ = "import_mappings"
    __table_args__ = (UniqueConstraint("source_code", "header_signature"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    source_code: Mapped[str] = mapped_column(String(20))
    name: Mapped[str] = mapped_column(String(150))
    header_signature: Mapped[str] = mapped_column(String(64))
    mapping: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = _created()


class ImportRow(Base):
    """A source row as read, and what the import did with it (nothing is lost)."""

    __tablename__ = "import_rows"
    id: Mapped[int] = mapped_column(primary_key=True)
    batch_id: Mapped[int] = mapped_column(
        ForeignKey("import_batches.id", ondelete="CASCADE"), index=True
    )
    row_number: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="SET NULL"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    raw: Mapped[dict[str, Any]] = mapped_column(JSON)
    messages: Mapped[list[Any] | None] = mapped_column(JSON)


# --------------------------------------------------------------------------- households


class Household(Versioned, Base):
    """A household case. Summary columns (head, counts, mask, level) are kept by core."""

    __tablename__ = "households"
    __table_args__ = (
        Index("ix_households_area", "subdistrict_code", "village_id"),
        Index("ix_households_status", "verification_status", "help_status"),
        # The household list: not-merged households in house-code or head-name order.
        Index("ix_households_list_house_code", "merged_into_id", "house_code"),
        Index("ix_households_list_head_sort", "merged_into_id", "head_sort"),
        # The other sortable columns: the ids come back in index order (no sort of 300,000
        # rows); villages, subdistricts and statuses are then ordered by their buckets.
        Index("ix_households_list_village", "merged_into_id", "village_id"),
        Index("ix_households_list_subdistrict", "merged_into_id", "subdistrict_code"),
        Index("ix_households_list_members", "merged_into_id", "member_count"),
        Index("ix_households_list_level", "merged_into_id", "level"),
        Index("ix_households_list_verification", "merged_into_id", "verification_status"),
        Index("ix_households_list_help", "merged_into_id", "help_status"),
        Index("ix_households_list_last_visit", "merged_into_id", "last_visit_on"),
        # The overview's one scan (core.dashboard): every column it groups by or filters on,
        # covered.
        Index("ix_households_dashboard", "merged_into_id", "subdistrict_code",
              "verification_status", "help_status", "failed_dimension_mask", "level",
              "list_year_mask"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    house_code: Mapped[str | None] = mapped_column(String(11), index=True)
    house_no: Mapped[str | None] = mapped_column(String(30), index=True)
    village_id: Mapped[int | None] = mapped_column(ForeignKey("villages.id"), index=True)
    subdistrict_code: Mapped[str] = mapped_column(ForeignKey("subdistricts.code"))
    alley: Mapped[str | None] = mapped_column(String(100))
    road: Mapped[str | None] = mapped_column(String(100))
    is_municipal: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    phone: Mapped[str | None] = mapped_column(String(50))
    farmer_book_no: Mapped[str | None] = mapped_column(String(30))
    has_welfare_card: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    in_tpmap: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    in_thaiqm: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    case_source: Mapped[str | None] = mapped_column(String(30))
    verification_status: Mapped[str] = mapped_column(String(20), server_default="pending")
    help_status: Mapped[str | None] = mapped_column(String(20))
    stage: Mapped[str | None] = mapped_column(String(20))
    head_name: Mapped[str | None] = mapped_column(String(250), index=True)
    # The head's first and last name as a key that sorts in Thai dictionary order as plain
    # code points (core.thai.thai_sort_key; "C" on PostgreSQL, which would collate it again).
    head_sort: Mapped[str | None] = mapped_column(
        String(250).with_variant(String(250, collation="C"), "postgresql"))
    member_count: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    failed_dimension_mask: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    # The list years of its household_sources rows, bit (year BE - 2560) for 2560-2590
    # (core.summaries: kept there, and how to filter by it).
    list_year_mask: Mapped[int] = mapped_column(Integer, server_default=text("0"))
    level: Mapped[int | None] = mapped_column(Integer, index=True)
    last_visit_on: Mapped[dt.date | None] = mapped_column(Date)
    responsible_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    merged_into_id: Mapped[int | None] = mapped_column(ForeignKey("households.id"))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))

    members: Mapped[list[Member]] = relationship(
        back_populates="household", cascade="all, delete-orphan", order_by="Member.id"
    )


class Member(Versioned, Base):
    """A person of a household."""

    __tablename__ = "members"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    national_id: Mapped[str | None] = mapped_column(String(13), index=True)
    no_id_reason: Mapped[str | None] = mapped_column(String(150))
    title: Mapped[str | None] = mapped_column(String(40))
    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str | None] = mapped_column(String(100))
    sex: Mapped[str | None] = mapped_column(String(1))
    birth_date: Mapped[dt.date | None] = mapped_column(Date)
    birth_date_precision: Mapped[str] = mapped_column(String(5), server_default="day")
    relation: Mapped[str | None] = mapped_column(String(30))
    is_head: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    living_status: Mapped[str | None] = mapped_column(String(30))
    health_status: Mapped[str | None] = mapped_column(String(30))
    disability: Mapped[str | None] = mapped_column(String(30))
    education: Mapped[str | None] = mapped_column(String(30))
    work_status: Mapped[str | None] = mapped_column(String(30))
    occupation: Mapped[str | None] = mapped_column(String(100))
    income_baht_year: Mapped[int | None] = mapped_column(Integer)
    thai_literacy: Mapped[bool | None] = mapped_column(Boolean)
    phone: Mapped[str | None] = mapped_column(String(50))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()
    updated_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    household: Mapped[Household] = relationship(back_populates="members")

    __table_args__ = (
        # A search of one or two letters (too short for the trigram index) scans these narrow
        # covering indexes instead of the member rows.
        Index("ix_members_first_name", "first_name", "household_id"),
        Index("ix_members_last_name", "last_name", "household_id"),
    )


class MemberWelfare(Base):
    """A welfare benefit a member receives (code list ``welfare_type``)."""

    __tablename__ = "member_welfare"
    member_id: Mapped[int] = mapped_column(
        ForeignKey("members.id", ondelete="CASCADE"), primary_key=True
    )
    welfare_code: Mapped[str] = mapped_column(String(40), primary_key=True)


class HouseholdSource(Base):
    """A list the household came from: source system, list year and survey year."""

    __tablename__ = "household_sources"
    __table_args__ = (UniqueConstraint("household_id", "source_code", "list_year_be"),
                      Index("ix_household_sources_list_year", "list_year_be"))
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    source_code: Mapped[str] = mapped_column(String(20), index=True)
    list_year_be: Mapped[int | None] = mapped_column(Integer)
    survey_year_be: Mapped[int | None] = mapped_column(Integer)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    # The last import of this source that listed the household, and the import that no
    # longer did (the household "disappeared" from the list: flagged, never deleted).
    last_batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    missing_since_batch_id: Mapped[int | None] = mapped_column(
        ForeignKey("import_batches.id"), index=True
    )


class HouseholdProblem(Base):
    """A failed dimension, optionally through one indicator, for one survey year."""

    __tablename__ = "household_problems"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="CASCADE"))
    dimension_code: Mapped[str] = mapped_column(ForeignKey("dimensions.code"), index=True)
    indicator_id: Mapped[int | None] = mapped_column(ForeignKey("indicators.id"))
    survey_year_be: Mapped[int | None] = mapped_column(Integer)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    resolved_on: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = _created()


class CapitalAssessment(Versioned, Base):
    """A scoring of the 5 capitals in one round; ``level`` is computed from the mean."""

    __tablename__ = "capital_assessments"
    __table_args__ = (UniqueConstraint("household_id", "round_no"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(ForeignKey("households.id", ondelete="CASCADE"))
    round_no: Mapped[int] = mapped_column(Integer)
    assessed_on: Mapped[dt.date | None] = mapped_column(Date)
    assessor: Mapped[str | None] = mapped_column(String(150))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    mean_score: Mapped[float] = mapped_column(Float)
    level: Mapped[int] = mapped_column(Integer)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()


class CapitalScore(Base):
    """The score 1–4 of one capital in one assessment."""

    __tablename__ = "capital_scores"
    assessment_id: Mapped[int] = mapped_column(
        ForeignKey("capital_assessments.id", ondelete="CASCADE"), primary_key=True
    )
    capital_code: Mapped[str] = mapped_column(ForeignKey("capitals.code"), primary_key=True)
    score: Mapped[int] = mapped_column(Integer)


class Visit(Versioned, Base):
    """A field verification visit (การสอบทาน)."""

    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    visited_on: Mapped[dt.date] = mapped_column(Date)
    team_names: Mapped[str | None] = mapped_column(Text)
    team_partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    team_phone: Mapped[str | None] = mapped_column(String(50))
    informant: Mapped[str | None] = mapped_column(String(150))
    findings: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class StatusChange(Base):
    """A change of a household's verification or help status or stage: who, when, why."""

    __tablename__ = "status_changes"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    changed_at: Mapped[dt.datetime] = _created()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"))


# --------------------------------------------------------------------------- interventions


class ReferralBatch(Versioned, Base):
    """Referrals sent to one agency under one letter number."""

    __tablename__ = "referral_batches"
    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    partner_id: Mapped[int] = mapped_column(ForeignKey("partners.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), server_default="open")
    created_on: Mapped[dt.date] = mapped_column(Date)
    letter_date: Mapped[dt.date | None] = mapped_column(Date)
    replied_on: Mapped[dt.date | None] = mapped_column(Date)
    notes: Mapped[str | None] = mapped_column(Text)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class Intervention(Versioned, Base):
    """Help given or referred to a household or member, tracked to its end."""

    __tablename__ = "interventions"
    __table_args__ = (
        Index("ix_interventions_partner_status", "partner_id", "status"),
        Index("ix_interventions_status_planned", "status", "planned_on"),
        # Covers the per-agency view (core.interventions.agency_summary).
        Index("ix_interventions_agency_view", "partner_id", "status", "planned_on",
              "household_id", "planned_satang", "actual_satang", "referred_on",
              "finished_on", "created_at"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id", ondelete="SET NULL"))
    kind_id: Mapped[int] = mapped_column(ForeignKey("intervention_kinds.id"))
    partner_id: Mapped[int | None] = mapped_column(ForeignKey("partners.id"))
    dimension_code: Mapped[str | None] = mapped_column(ForeignKey("dimensions.code"))
    capital_code: Mapped[str | None] = mapped_column(ForeignKey("capitals.code"))
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("referral_batches.id"), index=True)
    status: Mapped[str] = mapped_column(String(20), server_default="planned")
    planned_on: Mapped[dt.date | None] = mapped_column(Date)
    referred_on: Mapped[dt.date | None] = mapped_column(Date)
    accepted_on: Mapped[dt.date | None] = mapped_column(Date)
    started_on: Mapped[dt.date | None] = mapped_column(Date)
    finished_on: Mapped[dt.date | None] = mapped_column(Date)
    planned_satang: Mapped[int | None] = mapped_column(Integer)
    actual_satang: Mapped[int | None] = mapped_column(Integer)
    outcome: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class InterventionEvent(Base):
    """A status change of an intervention: who, when, why."""

    __tablename__ = "intervention_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    intervention_id: Mapped[int] = mapped_column(
        ForeignKey("interventions.id", ondelete="CASCADE"), index=True
    )
    old_status: Mapped[str | None] = mapped_column(String(20))
    new_status: Mapped[str] = mapped_column(String(20))
    at: Mapped[dt.datetime] = _created()
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)


class Attachment(Base):
    """A photo or scan kept with the database (the bytes live in attachment_contents)."""

    __tablename__ = "attachments"
    id: Mapped[int] = mapped_column(primary_key=True)
    household_id: Mapped[int | None] = mapped_column(
        ForeignKey("households.id", ondelete="CASCADE"), index=True
    )
    intervention_id: Mapped[int | None] = mapped_column(
        ForeignKey("interventions.id", ondelete="CASCADE"), index=True
    )
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"))
    file_name: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100))
    size_bytes: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64))
    caption: Mapped[str | None] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = _created()
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


class AttachmentContent(Base):
    """The bytes of an attachment, apart so that listing attachments stays light."""

    __tablename__ = "attachment_contents"
    attachment_id: Mapped[int] = mapped_column(
        ForeignKey("attachments.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)


# --------------------------------------------------------------------------- returns to the province


class ReturnSnapshot(Base):
    """A return marked as submitted: its figures and file frozen, who and when, for which month."""

    __tablename__ = "return_snapshots"
    __table_args__ = (Index("ix_return_snapshots_period", "period", "submitted_at"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    period: Mapped[str] = mapped_column(String(7))  # YYYY-MM, Buddhist Era
    kind: Mapped[str] = mapped_column(String(12))  # standard | template | province
    district_code: Mapped[str | None] = mapped_column(String(4))
    template_name: Mapped[str | None] = mapped_column(String(150))
    file_name: Mapped[str] = mapped_column(String(260))
    file_sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    full_ids: Mapped[bool] = mapped_column(Boolean, server_default=text("false"))
    figures: Mapped[dict[str, Any]] = mapped_column(JSON)
    submitted_at: Mapped[dt.datetime] = mapped_column(DateTime)
    submitted_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    submitted_by: Mapped[str] = mapped_column(String(60))
    notes: Mapped[str | None] = mapped_column(Text)


class ReturnSnapshotFile(Base):
    """The exact bytes of a submitted return, apart so that listing snapshots stays light."""

    __tablename__ = "return_snapshot_files"
    snapshot_id: Mapped[int] = mapped_column(
        ForeignKey("return_snapshots.id", ondelete="CASCADE"), primary_key=True
    )
    content: Mapped[bytes] = mapped_column(LargeBinary)


class ReturnTemplateMapping(Versioned, Base):
    """Where each figure goes in a province's own template (found again by its signature)."""

    __tablename__ = "return_template_mappings"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(150), unique=True)
    signature: Mapped[str] = mapped_column(String(64), index=True)
    template_file_name: Mapped[str | None] = mapped_column(String(260))
    entries: Mapped[list[Any]] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = _created()
    updated_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))


# --------------------------------------------------------------------------- history, audit


class ChangeSet(Base):
    """One saved change to a case (an edit, a visit, a merge, an undo…): the unit of undo."""

    __tablename__ = "change_sets"
    __table_args__ = (Index("ix_change_sets_household", "household_id", "id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(60))
    # No foreign key: a change stays in the log when its household is merged or removed.
    household_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))
    summary: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    undoes_id: Mapped[int | None] = mapped_column(ForeignKey("change_sets.id"))
    undone_by_id: Mapped[int | None] = mapped_column(ForeignKey("change_sets.id"))


class HistoryEntry(Base):
    """One change to one record (and field): who, when, old, new, why."""

    __tablename__ = "history"
    __table_args__ = (
        Index("ix_history_record", "table_name", "record_id"),
        Index("ix_history_household", "household_id", "id"),
    )
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(60))
    table_name: Mapped[str] = mapped_column(String(40))
    record_id: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(60))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    reason: Mapped[str | None] = mapped_column(Text)
    batch_id: Mapped[int | None] = mapped_column(ForeignKey("import_batches.id"))
    # The case the record belongs to (a household, or its member, visit, problem…), so that a
    # household's history is one indexed query; no foreign key, history outlives records.
    household_id: Mapped[int | None] = mapped_column(Integer)
    change_id: Mapped[int | None] = mapped_column(ForeignKey("change_sets.id"), index=True)


class AuditEntry(Base):
    """A hash-chained record of sign-ins, exports, prints, unmasking and admin actions."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"))
    username: Mapped[str] = mapped_column(String(60))
    action: Mapped[str] = mapped_column(String(40), index=True)
    target: Mapped[str | None] = mapped_column(Text)
    detail: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64))
