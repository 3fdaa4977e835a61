"""Reference data from resources/: areas, indicators and their TPMAP dimensions, level bands."""

from __future__ import annotations

from sqlalchemy import func, select

from core import reference
from core.database import Database
from db.models import (
    CodeItem,
    Dimension,
    District,
    HistoryEntry,
    Indicator,
    IndicatorSet,
    InterventionKind,
    LevelBand,
    Partner,
    Province,
    Subdistrict,
)

TPMAP = {
    "health": [1, 4, 5, 7],
    "living": [8, 9, 10, 11],
    "education": [15, 16, 17, 19],
    "income": [20, 21, 22],
    "access": [27, 28],
}
COUNTED = (Province, District, Subdistrict, CodeItem, Dimension, IndicatorSet, Indicator,
           LevelBand, Partner, InterventionKind)


def count(database: Database, model: object) -> int:
    with database.begin() as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)  # type: ignore[arg-type]


def test_areas(database: Database) -> None:
    assert count(database, Province) == 77
    assert count(database, District) == 928
    assert count(database, Subdistrict) == 7436
    with database.begin() as s:
        muang = s.get_one(District, "5201")
        assert muang.name_th == "เมืองลำปาง"
        assert muang.province_code == "52"
        assert s.get_one(Province, "52").name_th == "ลำปาง"
        subs = list(s.scalars(select(Subdistrict.code).where(Subdistrict.district_code == "5201")))
    assert subs
    assert all(code.startswith("5201") and len(code) == 6 for code in subs)


def test_area_lists_without_a_database() -> None:
    assert len(reference.provinces()) == 77
    assert len(reference.districts()) == 928
    lampang = reference.find_district("5201")
    assert lampang is not None
    assert (lampang.name_th, lampang.parent) == ("เมืองลำปาง", "52")
    assert reference.find_district("9999") is None
    assert {d.code for d in reference.districts_of("52")} >= {"5201", "5202", "5205", "5206",
                                                                "5208", "5210", "5213"}


def test_indicator_set_and_tpmap_dimensions(database: Database) -> None:
    with database.begin() as s:
        sets = list(s.scalars(select(IndicatorSet)))
        assert len(sets) == 1
        assert (sets[0].year_from_be, sets[0].year_to_be) == (2560, 2564)
        rows = s.execute(select(Indicator.number, Indicator.group_no, Indicator.dimension_code)
                         .where(Indicator.set_id == sets[0].id).order_by(Indicator.number)).all()
        dims = {d.code: d.bit for d in s.scalars(select(Dimension))}
    assert [r.number for r in rows] == list(range(1, 32))
    mapped: dict[str, list[int]] = {}
    for number, _group, dim in rows:
        if dim is not None:
            mapped.setdefault(dim, []).append(number)
    assert mapped == TPMAP
    groups = {number: group for number, group, _dim in rows}
    assert {groups[n] for n in range(1, 8)} == {1}
    assert {groups[n] for n in range(8, 15)} == {2}
    assert {groups[n] for n in range(15, 20)} == {3}
    assert {groups[n] for n in range(20, 24)} == {4}
    assert {groups[n] for n in range(24, 32)} == {5}
    assert dims == {"health": 1, "living": 2, "education": 4, "income": 8, "access": 16}


def test_level_bands(database: Database) -> None:
    with database.begin() as s:
        bands = [(b.level, b.label_th, b.min_score, b.max_score)
                 for b in s.scalars(select(LevelBand).order_by(LevelBand.level))]
    assert bands == [
        (1, "อยู่ลำบาก", 1.0, 1.74),
        (2, "อยู่ยาก", 1.75, 2.49),
        (3, "อยู่พอได้", 2.5, 3.24),
        (4, "อยู่ดี", 3.25, 4.0),
    ]


def test_loading_twice_adds_nothing(database: Database) -> None:
    before = {m.__name__: count(database, m) for m in COUNTED}
    history_before = count(database, HistoryEntry)
    with database.begin() as s:
        assert reference.ensure_reference_data(s, database.system_actor()) == {}
    assert {m.__name__: count(database, m) for m in COUNTED} == before
    assert count(database, HistoryEntry) == history_before


def test_opening_again_adds_nothing(database: Database) -> None:
    from core.database import open_database

    before = {m.__name__: count(database, m) for m in COUNTED}
    again = open_database(database.url)
    try:
        assert {m.__name__: count(again, m) for m in COUNTED} == before
    finally:
        again.dispose()


def test_history_records_the_load(database: Database) -> None:
    with database.begin() as s:
        entries = {e.field: e for e in s.scalars(
            select(HistoryEntry).where(HistoryEntry.table_name == "reference"))}
    assert set(entries) == {"areas", "code_lists", "dimensions_capitals_levels",
                            "indicators:JPT2560", "partners_and_kinds", "suggestion_rules"}
    assert entries["areas"].new_value == str(77 + 928 + 7436)
    assert entries["indicators:JPT2560"].new_value == "31"
    assert all(e.action == "load" and e.username == "system" and e.user_id is not None
               for e in entries.values())


def test_code_labels(database: Database) -> None:
    with database.begin() as s:
        th = reference.code_labels(s, "verification_status")
        en = reference.code_labels(s, "verification_status", language="en")
    assert list(th) == list(en)
    assert th["pending"] == "รอสอบทาน"
    assert en["pending"] == "Pending verification"
    assert all(th[k] and en[k] for k in th)
