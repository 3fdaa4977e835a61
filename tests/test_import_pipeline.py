"""The import use case end to end (core level): dry run, commit, re-import as a diff, undo,
excluded rows, the error workbook, remembered mappings and bad files.

Every expectation is what a careful human counts in the messy files of ``tests.messy_files``
(its ``expected`` dict, or the raw cells read back with openpyxl), never what the importer
itself says.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from sqlalchemy import func, select

from core import i18n
from core.database import Database
from core.errors import UserError
from core.history import record_insert, record_update
from core.i18n import translate
from core.importing.commit import undo_batch
from core.importing.plan import FieldChange
from core.importing.service import ImportResult, PreparedFile, prepare_file, run_import
from core.thai import is_valid_national_id
from db.models import (
    Base,
    Dimension,
    HistoryEntry,
    Household,
    HouseholdSource,
    ImportBatch,
    ImportMapping,
    ImportRow,
    Member,
    Subdistrict,
    Village,
    Visit,
)
from exports.import_errors import RejectedRow, write_error_workbook
from tests import messy_files as mf

TODAY = dt.date(2025, 6, 1)
LIST_SHEET = "รายชื่อ"
DIMENSIONS = ("health", "living", "education", "income", "access")  # TPMAP columns 15–19
SUB_CODES = {name: code for code, name in mf.SUBDISTRICTS.items()}
# The tables an import writes to and an undo must put back as they were.
RESTORED = ("villages", "households", "members", "household_sources", "household_problems")
PLAN_KIND = {  # the kind a careful human names → the importer's reason_kind
    "bad_checksum": "bad_id", "lost_digits": "bad_id", "outside_district": "outside_district",
    "duplicate_in_file": "duplicate_in_file", "no_id_no_name": "no_id_no_address",
}


# --------------------------------------------------------------------------- helpers


def table_counts(database: Database) -> dict[str, int]:
    """The number of rows of every table of the schema."""
    with database.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0
                for t in Base.metadata.sorted_tables}


def dump(database: Database, tables: tuple[str, ...] = RESTORED,
         skip: tuple[str, ...] = ("version",)) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of the tables, ordered by id (``version`` left out: an undo is a change)."""
    out: dict[str, list[tuple[Any, ...]]] = {}
    with database.read() as s:
        for name in tables:
            t = Base.metadata.tables[name]
            columns = [c for c in t.c if c.name not in skip]
            out[name] = [tuple(r) for r in s.execute(select(*columns).order_by(t.c.id))]
    return out


def prepare(database: Database, path: Path, **kw: Any) -> PreparedFile:
    with database.begin() as s:
        return prepare_file(s, path, **kw)


def do_import(database: Database, path: Path, **kw: Any) -> ImportResult:
    """prepare_file + run_import as the command line does (system user)."""
    prepare_kw = {k: kw.pop(k) for k in ("sheet", "source", "mapping_name") if k in kw}
    prepared = prepare(database, path, **prepare_kw)
    return run_import(database, prepared, actor=database.system_actor(), today=TODAY, **kw)


def undo(database: Database, batch_id: int) -> dict[str, int]:
    with database.begin() as s:
        return undo_batch(s, batch_id, database.system_actor())


def counts_of(result: ImportResult) -> dict[str, int]:
    return {k: v for k, v in result.counts().items() if k not in ("batch_id", "dry_run")}


def raw_row(raw: Any, batch: ImportBatch) -> dict[str, Any]:
    """An import row's stored values by header (stored as a list, with the headers kept once
    in the batch's mapping, or as a header → value object)."""
    value = json.loads(raw) if isinstance(raw, str) else raw
    if isinstance(value, dict):
        return value
    headers = (batch.mapping or {})["headers"]
    assert len(value) == len(headers)
    return dict(zip(headers, value, strict=True))


def same_value(stored: Any, cell: Any) -> bool:
    """A value kept in import_rows (JSON: text, number or ISO date) is the cell's value."""
    if cell is None or cell == "":
        return stored in (None, "")
    if isinstance(cell, dt.datetime):
        return stored in (cell.date().isoformat(), cell.isoformat(sep=" "), cell.isoformat())
    if isinstance(cell, int | float) and not isinstance(cell, bool):
        return stored is not None and float(stored) == float(cell)
    return bool(stored == cell)


def members_of_batch(session: Any, batch_id: int) -> set[int]:
    """The members the import rows of a batch point to."""
    return set(session.scalars(select(ImportRow.member_id).where(
        ImportRow.batch_id == batch_id, ImportRow.member_id.is_not(None))))


def clean(text: Any) -> str:
    return str(text).replace(mf.ZWSP, "").strip()


def sheet_rows(path: Path, sheet: str = LIST_SHEET) -> dict[int, list[Any]]:
    """The cells of every row as openpyxl reads them (Excel row number → values)."""
    wb = openpyxl.load_workbook(path)
    ws = wb[sheet]
    return {r: [c.value for c in row] for r, row in enumerate(ws.iter_rows(), start=1)}


def human_birth(value: Any) -> dt.date | None:
    """The birth date a person reads in the cell (BE unless it is plainly CE)."""
    if isinstance(value, dt.datetime):
        d = value.date()
        return d.replace(year=d.year - 543) if d.year > 2400 else d
    if isinstance(value, str) and (m := re.fullmatch(r"(\d\d)/(\d\d)/(\d{4})", value)):
        return dt.date(int(m[3]) - 543, int(m[2]), int(m[1]))
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return dt.date.fromisoformat(value)
    return None


def human_households(path: Path, expected: dict[str, Any]) -> dict[Any, list[int]]:
    """The accepted rows of a TPMAP file grouped into households as a person would:
    by house code, else by house number + หมู่ + subdistrict."""
    rows = sheet_rows(path)
    groups: dict[Any, list[int]] = {}
    for r in expected["data_rows"]:
        if r in expected["rejected"]:
            continue
        v = rows[r]
        sub = SUB_CODES[re.sub(r"^(ตำบล|ต\.)", "", v[9])]
        moo = int(re.sub(r"\D", "", str(v[8])))
        key = v[12] or (sub, moo, str(v[7]))
        groups.setdefault(key, []).append(r)
    return groups


def expected_reason(kind: str, row: int, rows: dict[int, list[Any]],
                    ids: dict[int, str]) -> str:
    """The reason text the user must see for a rejected row, in the current language."""
    if kind == "bad_checksum":
        return translate("import", "the check digit of the ID is wrong (a typing mistake?)")
    if kind == "lost_digits":
        return translate(
            "import", "the ID was stored as a number in scientific notation and lost digits; "
            "format the column as text and export again")
    if kind == "outside_district":
        return translate(
            "import", "The address is outside {district} district; the whole household is "
            "left out.").format(district=mf.DISTRICT_NAME)
    if kind == "duplicate_in_file":
        pid = re.sub(r"\D", "", str(rows[row][1]))
        first = min(r for r, i in ids.items() if i == pid)
        return translate("import", "The national ID already appears in row {row} of this "
                         "file.").format(row=first)
    assert kind == "no_id_no_name"
    return translate("import", "The row has no valid national ID and no name with an address.")


def rewrite_list(source: Path, target: Path,
                 edit: Callable[[dict[int, list[Any]]], list[list[Any] | None]]) -> Path:
    """A modified copy of a TPMAP list: ``edit`` gets the data rows (Excel number → values,
    from row 4) and returns the new rows from row 4 on; number formats of the ID and birth
    date columns are kept as Excel had them."""
    wb = openpyxl.load_workbook(source)
    ws = wb[LIST_SHEET]
    formats = {}
    body: dict[int, list[Any]] = {}
    for r, row in enumerate(ws.iter_rows(min_row=4), start=4):
        body[r] = [c.value for c in row]
        formats[r] = [c.number_format for c in row]
    new_rows = edit(body)
    out = openpyxl.Workbook()
    sheet = out.active
    assert sheet is not None
    sheet.title = LIST_SHEET
    sheet["A1"] = mf.TPMAP_TITLE
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(mf.TPMAP_HEADERS))
    for c, text in enumerate(mf.TPMAP_HEADERS, start=1):
        sheet.cell(3, c, text)
    by_values = {id(v): formats[r] for r, v in body.items()}
    for r, values in enumerate(new_rows, start=4):
        if values is None:
            continue
        fmt = by_values.get(id(values))
        for c, value in enumerate(values, start=1):
            if value is not None:
                cell = sheet.cell(r, c, value)
                if fmt is not None:
                    cell.number_format = fmt[c - 1]
    out.save(target)
    return target


# --------------------------------------------------------------------------- files


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("import_pipeline")


@pytest.fixture(scope="module")
def tpmap(folder: Path) -> mf.MessyFile:
    return mf.tpmap_person_xlsx(folder)


@pytest.fixture(scope="module")
def edited(folder: Path, tpmap: mf.MessyFile) -> tuple[Path, dict[str, Any]]:
    """The TPMAP list a year later: one person's last name changed, a child added to one
    household, one household gone, and a person without an ID whose name is that of a person
    already listed in the same หมู่, at another house number."""
    rows = sheet_rows(tpmap.path)
    groups = human_households(tpmap.path, tpmap.expected)
    by_row = {r: key for key, rs in groups.items() for r in rs}
    renamed = 32  # the spouse in the household of rows 31–34
    grown = 35  # the household of rows 35–38 gets a child
    dropped = [39, 40]  # a whole household
    namesake_of = 41  # its name comes back at another house number, without an ID
    assert by_row[31] == by_row[renamed]
    assert by_row[grown] == by_row[38]
    assert groups[by_row[dropped[0]]] == dropped
    assert rows[renamed][13] != "เจ้าบ้าน"
    new_last = "ศรีสุข"
    assert rows[renamed][4] != new_last
    rng = random.Random(99)
    known = set(tpmap.expected["ids"].values())
    new_id = next(i for i in iter(lambda: mf.make_id(rng, "1"), None) if i not in known)
    house_nos = {str(v[7]) for v in rows.values() if v and v[7] is not None}
    other_house = next(str(n) for n in range(900, 999) if str(n) not in house_nos)

    def edit(body: dict[int, list[Any]]) -> list[list[Any] | None]:
        out: list[list[Any] | None] = []
        for r in range(4, max(body) + 1):
            v = body[r]
            if r in dropped:
                continue
            if r == renamed:
                v[4] = new_last  # in place: the row keeps its number formats
            out.append(v if any(x is not None for x in v) else None)
            if r == 38:
                g = body[grown]
                out.append([999, new_id, "เด็กหญิง", "ปิยะดา", g[4], "หญิง", "01/02/2560", g[7],
                            g[8], g[9], g[10], g[11], g[12], "บุตร", None, None, None, None, None])
            if r == namesake_of:
                n = body[namesake_of]
                out.append([1000, None, n[2], n[3], n[4], n[5], None, other_house, n[8], n[9],
                            n[10], n[11], None, "เจ้าบ้าน", "✓", None, None, None, None])
        return out

    path = rewrite_list(tpmap.path, tpmap.path.with_name("tpmap_2568_edited.xlsx"), edit)
    info = {"renamed_id": tpmap.expected["ids"][renamed], "old_last": rows[renamed][4],
            "new_last": new_last, "new_id": new_id, "grown_id": tpmap.expected["ids"][grown],
            "dropped_id": tpmap.expected["ids"][dropped[0]],
            "namesake": (rows[namesake_of][3], rows[namesake_of][4]),
            "new_rows": {"child": 39, "namesake": 41}}
    return path, info


# --------------------------------------------------------------------------- TPMAP: dry run


def test_tpmap_dry_run_counts_what_a_person_counts_and_writes_nothing(
        database: Database, tpmap: mf.MessyFile) -> None:
    e = tpmap.expected
    before = table_counts(database)
    prepared = prepare(database, tpmap.path)
    assert prepared.source == "tpmap"
    assert prepared.sheet == e["sheet"]
    assert [r for r, _ in prepared.rows] == e["data_rows"]
    result = run_import(database, prepared, actor=database.system_actor(), dry_run=True,
                        today=TODAY)
    assert result.batch_id is None
    assert result.dry_run is True
    accepted = e["rows_read"] - len(e["rejected"])
    assert counts_of(result) == {
        "rows_read": e["rows_read"], "members_new": accepted, "members_updated": 0,
        "unchanged": 0, "rejected": len(e["rejected"]), "review": 0,
        "households_new": e["households"], "households_updated": 0,
        "households_disappeared": 0}
    assert accepted == e["members"]
    plan = result.plan
    assert [r.row for r in plan.rows] == e["data_rows"]
    rows = sheet_rows(tpmap.path)
    rejected = {r.row: (r.reason_kind, r.reason) for r in plan.rejected()}
    assert rejected == {row: (PLAN_KIND[kind], expected_reason(kind, row, rows, e["ids"]))
                        for row, kind in e["rejected"].items()}
    # the reasons are shown in Thai (the default language), not in the English source text
    assert i18n.language() == "th"
    assert all(re.search("[\u0e00-\u0e7f]", reason or "") for _, reason in rejected.values())
    warned = {r.row: r.warnings for r in plan.rows if r.warnings}
    assert set(warned) == set(e["warnings"])
    for row in warned:
        assert warned[row] == [translate("import", "could not read the date “{text}”").format(
            text=rows[row][6])]
        assert next(r for r in plan.rows if r.row == row).outcome == "new"  # not rejected
    assert table_counts(database) == before


# --------------------------------------------------------------------------- TPMAP: commit


def test_tpmap_commit_writes_exactly_the_households_a_person_sees(
        database: Database, tpmap: mf.MessyFile) -> None:
    e = tpmap.expected
    before = table_counts(database)
    actor = database.system_actor()
    result = do_import(database, tpmap.path)
    batch_id = result.batch_id
    assert batch_id is not None
    assert result.dry_run is False
    after = table_counts(database)
    groups = human_households(tpmap.path, e)
    rows = sheet_rows(tpmap.path)
    assert len(groups) == e["households"]
    assert after["households"] - before["households"] == e["households"]
    assert after["members"] - before["members"] == e["members"]
    assert after["household_sources"] - before["household_sources"] == e["households"]
    assert after["import_batches"] - before["import_batches"] == 1
    assert after["import_rows"] - before["import_rows"] == e["rows_read"]

    with database.read() as s:
        bits = {code: bit for code, bit in s.execute(select(Dimension.code, Dimension.bit))}
        new_villages = {(sub, moo) for key, rs in groups.items()
                        for sub, moo in [(SUB_CODES[re.sub(r"^(ตำบล|ต\.)", "", rows[rs[0]][9])],
                                          int(re.sub(r"\D", "", str(rows[rs[0]][8]))))]}
        assert after["villages"] - before["villages"] == len(new_villages)
        household_ids = set()
        for key, group in groups.items():
            head_row = next((r for r in group if rows[r][13] == "เจ้าบ้าน"), group[0])
            head = s.scalars(select(Member).where(
                Member.national_id == e["ids"][head_row])).one()
            hh = s.get_one(Household, head.household_id)
            household_ids.add(hh.id)
            members = s.scalars(select(Member).where(Member.household_id == hh.id)
                                .order_by(Member.id)).all()
            assert len(members) == len(group) == hh.member_count
            assert {m.national_id for m in members} == {e["ids"].get(r) for r in group}
            assert [m.id for m in members if m.is_head] == [head.id]
            assert head.relation == "head"
            v = rows[head_row]
            title = v[2] or ""
            assert hh.head_name == f"{title}{clean(v[3])} {clean(v[4])}"
            marked = {DIMENSIONS[i] for r in group for i in range(5) if rows[r][14 + i] is not None}
            mask = 0
            for dim in marked:
                mask |= bits[dim]
            assert hh.failed_dimension_mask == mask, key
            sub = SUB_CODES[re.sub(r"^(ตำบล|ต\.)", "", v[9])]
            moo = int(re.sub(r"\D", "", str(v[8])))
            village = s.get_one(Village, hh.village_id)
            assert (village.code, village.subdistrict_code, village.number) == (
                f"{sub}{moo:02d}", sub, moo)
            assert hh.subdistrict_code == sub
            assert hh.house_code == (v[12] or None)
            assert hh.house_no == str(v[7])
            assert hh.in_tpmap is True
            assert hh.in_thaiqm is False
            for m in members:
                row = next(r for r in group if e["ids"].get(r) == m.national_id)
                assert m.birth_date == human_birth(rows[row][6]), row
                if m.national_id is not None:
                    assert is_valid_national_id(m.national_id)
                else:
                    assert clean(rows[row][3]) == m.first_name
        # nobody in the database comes from a rejected row
        assert household_ids == set(s.scalars(select(Household.id)))
        all_ids = set(s.scalars(select(Member.national_id)))
        assert all_ids == {e["ids"].get(r) for rs in groups.values() for r in rs}

        # history: one insert per new household, stamped with the batch; its members are
        # recorded with it (and each in import_rows below)
        inserted = set(s.scalars(select(HistoryEntry.record_id).where(
            HistoryEntry.batch_id == batch_id, HistoryEntry.action == "insert",
            HistoryEntry.table_name == "households")))
        assert inserted == household_ids
        sources = s.scalars(select(HouseholdSource)).all()
        assert {(x.household_id, x.source_code, x.batch_id, x.last_batch_id,
                 x.missing_since_batch_id) for x in sources} == {
            (hid, "tpmap", batch_id, batch_id, None) for hid in household_ids}

        # one import row per data row, with its outcome and the row as read
        import_rows = {r.row_number: r for r in s.scalars(select(ImportRow).where(
            ImportRow.batch_id == batch_id))}
        assert sorted(import_rows) == e["data_rows"]
        batch = s.get_one(ImportBatch, batch_id)
        raws = {n: raw_row(ir.raw, batch) for n, ir in import_rows.items()}
        for number, ir in import_rows.items():
            assert list(raws[number]) == mf.TPMAP_HEADERS
            if number in e["rejected"]:
                assert (ir.action, ir.household_id, ir.member_id) == ("rejected", None, None)
                assert ir.messages
                assert ir.messages[0] == expected_reason(
                    e["rejected"][number], number, rows, e["ids"])
            else:
                assert ir.action == "new"
                member = s.get_one(Member, ir.member_id)
                assert member.household_id == ir.household_id
                assert member.national_id == e["ids"].get(number)
        assert members_of_batch(s, batch_id) == set(s.scalars(select(Member.id)))
        for number, raw in raws.items():  # every cell as the file had it
            for header, stored, cell in zip(mf.TPMAP_HEADERS, raw.values(), rows[number],
                                            strict=True):
                assert same_value(stored, cell), (number, header, stored, cell)
        assert float(raws[4]["เลขประจำตัวประชาชน"]) == int(e["ids"][4])  # a number, in full
        assert raws[8]["เลขประจำตัวประชาชน"] == e["ids"][8].translate(mf.THAI_DIGITS)
        assert raws[7]["ชื่อ"] == rows[7][3]  # stray spaces and the zero-width space kept
        warned = next(iter(e["warnings"]))
        assert raws[warned]["วันเดือนปีเกิด"] == "ไม่ทราบ"
        assert import_rows[warned].messages == [translate(
            "import", "could not read the date “{text}”").format(text="ไม่ทราบ")]
        lost = next(r for r, k in e["rejected"].items() if k == "lost_digits")
        assert float(raws[lost]["เลขประจำตัวประชาชน"]) == 3.52081e12

        assert batch.file_name == tpmap.path.name
        assert batch.file_sha256 == hashlib.sha256(tpmap.path.read_bytes()).hexdigest()
        assert batch.sheet_name == e["sheet"]
        assert (batch.source_code, batch.status, batch.user_id) == (
            "tpmap", "committed", actor.user_id)
        assert (batch.rows_read, batch.rows_new, batch.rows_updated, batch.rows_unchanged,
                batch.rows_rejected) == (e["rows_read"], e["members"], 0, 0, len(e["rejected"]))
        assert batch.summary == counts_of(result)
        assert batch.finished_at is not None
        assert batch.undone_at is None


def test_reimport_of_the_same_file_changes_nothing(database: Database,
                                                   tpmap: mf.MessyFile) -> None:
    e = tpmap.expected
    do_import(database, tpmap.path)
    before = dump(database)
    counts = table_counts(database)
    again = do_import(database, tpmap.path)
    assert counts_of(again) == {
        "rows_read": e["rows_read"], "members_new": 0, "members_updated": 0,
        "unchanged": e["members"], "rejected": len(e["rejected"]), "review": 0,
        "households_new": 0, "households_updated": 0, "households_disappeared": 0}
    assert {r.outcome for r in again.plan.rows if r.row not in e["rejected"]} == {"unchanged"}
    assert all(not h.changes for h in again.plan.households)
    after = dump(database)
    for table in ("villages", "households", "members", "household_problems"):
        assert after[table] == before[table], table
    # the households are stamped as listed by the second import too, nothing else
    assert len(after["household_sources"]) == len(before["household_sources"])
    with database.read() as s:
        assert set(s.scalars(select(HouseholdSource.last_batch_id))) == {again.batch_id}
    grown = table_counts(database)
    assert {t: grown[t] - counts[t] for t in grown if grown[t] != counts[t]} == {
        "import_batches": 1, "import_rows": e["rows_read"],
        "history": e["households"] + 1,  # last_batch_id of each source, and the import
        # the import, and on SQLite the backup taken before it
        "audit_log": 2 if database.file is not None else 1}


def test_reimport_of_an_edited_file_is_a_diff(database: Database, tpmap: mf.MessyFile,
                                              edited: tuple[Path, dict[str, Any]]) -> None:
    path, info = edited
    e = tpmap.expected
    first = do_import(database, tpmap.path)
    with database.read() as s:
        renamed = s.scalars(select(Member).where(Member.national_id == info["renamed_id"])).one()
        grown = s.scalars(select(Member).where(Member.national_id == info["grown_id"])).one()
        dropped = s.scalars(select(Member).where(Member.national_id == info["dropped_id"])).one()
        grown_count = s.get_one(Household, grown.household_id).member_count
        dropped_count = s.get_one(Household, dropped.household_id).member_count
    before = table_counts(database)

    dry = do_import(database, path, dry_run=True)
    assert table_counts(database) == before
    expected_counts = {
        "rows_read": e["rows_read"], "members_new": 1, "members_updated": 1,
        "unchanged": e["members"] - dropped_count - 1, "rejected": len(e["rejected"]),
        "review": 1, "households_new": 0, "households_updated": 2, "households_disappeared": 1}
    assert counts_of(dry) == expected_counts
    changes = [c for h in dry.plan.households if h.outcome != "review" for c in h.changes]
    assert [(c.table, c.record_id, c.field, c.old, c.new) for c in changes] == [
        ("members", renamed.id, "last_name", info["old_last"], info["new_last"])]
    assert isinstance(changes[0], FieldChange)
    assert "last_name" in changes[0].label
    assert [d.household_id for d in dry.plan.disappeared] == [dropped.household_id]
    outcomes = {r.row: r.outcome for r in dry.plan.rows}
    assert outcomes[info["new_rows"]["child"]] == "new"
    assert outcomes[info["new_rows"]["namesake"]] == "review"
    review = next(r for r in dry.plan.rows if r.outcome == "review")
    assert review.reason
    assert info["namesake"][0] in review.reason

    result = do_import(database, path)
    assert counts_of(result) == expected_counts
    after = table_counts(database)
    assert after["households"] == before["households"]  # nothing deleted, the namesake not added
    assert after["members"] == before["members"] + 1
    with database.read() as s:
        member = s.get_one(Member, renamed.id)
        assert member.last_name == info["new_last"]
        assert member.household_id == renamed.household_id
        child = s.scalars(select(Member).where(Member.national_id == info["new_id"])).one()
        assert child.household_id == grown.household_id
        assert child.birth_date == dt.date(2017, 2, 1)
        assert s.get_one(Household, grown.household_id).member_count == grown_count + 1
        gone = s.get_one(Household, dropped.household_id)  # still there
        assert gone.member_count == dropped_count
        source = s.scalars(select(HouseholdSource).where(
            HouseholdSource.household_id == gone.id)).one()
        assert (source.missing_since_batch_id, source.last_batch_id) == (
            result.batch_id, first.batch_id)
        flagged = set(s.scalars(select(HouseholdSource.household_id).where(
            HouseholdSource.missing_since_batch_id.is_not(None))))
        assert flagged == {gone.id}
        # the namesake was never merged into anyone
        first_name, last_name = info["namesake"]
        assert s.scalar(select(func.count()).select_from(Member).where(
            Member.first_name == first_name, Member.last_name == last_name)) == 1
        review_row = s.scalars(select(ImportRow).where(
            ImportRow.batch_id == result.batch_id,
            ImportRow.row_number == info["new_rows"]["namesake"])).one()
        assert (review_row.action, review_row.household_id, review_row.member_id) == (
            "review", None, None)
        update = s.scalars(select(HistoryEntry).where(
            HistoryEntry.batch_id == result.batch_id, HistoryEntry.table_name == "members",
            HistoryEntry.action == "update")).one()
        assert (update.record_id, update.field, update.old_value, update.new_value) == (
            renamed.id, "last_name", info["old_last"], info["new_last"])


def test_reimport_with_a_new_phone_number_updates_that_member_only(
        database: Database, tmp_path: Path) -> None:
    thaiqm = mf.thaiqm_household_xlsx(tmp_path)
    e = thaiqm.expected
    first = do_import(database, thaiqm.path)
    wb = openpyxl.load_workbook(thaiqm.path)
    ws = wb["ThaiQM"]
    row = e["data_rows"][0]
    old_phone = ws.cell(row, 4).value
    ws.cell(row, 4, "089-999-9999")  # typed with dashes this time
    edited = tmp_path / "ThaiQM_ลำปาง_แก้ไข.xlsx"
    wb.save(edited)
    with database.read() as s:
        member = s.scalars(select(Member).where(Member.national_id == e["ids"][row])).one()
    result = do_import(database, edited)
    accepted = e["rows_read"] - len(e["rejected"])
    assert counts_of(result) == {
        "rows_read": e["rows_read"], "members_new": 0, "members_updated": 1,
        "unchanged": accepted - 1, "rejected": len(e["rejected"]), "review": 0,
        "households_new": 0, "households_updated": 1, "households_disappeared": 0}
    assert [(c.table, c.record_id, c.field, c.old, c.new)
            for h in result.plan.households for c in h.changes] == [
        ("members", member.id, "phone", old_phone, "0899999999")]
    assert {r.row: r.outcome for r in result.plan.rows if r.outcome == "updated"} == {
        row: "updated"}
    with database.read() as s:
        assert s.get_one(Member, member.id).phone == "0899999999"
        assert s.scalar(select(func.count()).select_from(Household)) == e["households"]
        history = s.scalars(select(HistoryEntry).where(
            HistoryEntry.batch_id == result.batch_id, HistoryEntry.table_name == "members")).one()
    assert (history.action, history.field, history.old_value, history.new_value) == (
        "update", "phone", old_phone, "0899999999")
    assert first.batch_id != result.batch_id


# --------------------------------------------------------------------------- other kinds of file


OTHER_FILES: dict[str, Callable[[Path], mf.MessyFile]] = {
    "thaiqm": mf.thaiqm_household_xlsx,
    "jpt_cp874": lambda folder: mf.jpt_csv(folder, "cp874"),
    "jpt_utf8_bom": lambda folder: mf.jpt_csv(folder, "utf-8-sig"),
    "local_ods": mf.local_ods,
    "legacy_xls": mf.legacy_xls,
}


@pytest.mark.parametrize("kind", list(OTHER_FILES))
def test_other_lists_import_with_the_expected_counts(database: Database, kind: str,
                                                     tmp_path: Path) -> None:
    messy = OTHER_FILES[kind](tmp_path)
    e = messy.expected
    before = table_counts(database)
    result = do_import(database, messy.path)
    accepted = e["rows_read"] - len(e["rejected"])
    assert accepted == e["members"]
    assert counts_of(result) == {
        "rows_read": e["rows_read"], "members_new": e["members"], "members_updated": 0,
        "unchanged": 0, "rejected": len(e["rejected"]), "review": 0,
        "households_new": e["households"], "households_updated": 0,
        "households_disappeared": 0}
    assert {r.row: r.reason_kind for r in result.plan.rejected()} == {
        row: PLAN_KIND[k] for row, k in e["rejected"].items()}
    assert {r.row for r in result.plan.rows if r.warnings} == set(e["warnings"])
    after = table_counts(database)
    assert after["households"] - before["households"] == e["households"]
    assert after["members"] - before["members"] == e["members"]
    with database.read() as s:
        ids = set(s.scalars(select(Member.national_id)))
        assert ids == {e["ids"].get(r) for r in e["data_rows"] if r not in e["rejected"]}
        if kind == "thaiqm":  # one row per household: the head is its only member
            households = s.scalars(select(Household)).all()
            assert {(h.member_count, h.in_thaiqm, h.in_tpmap) for h in households} == {
                (1, True, False)}
            assert all(m.is_head for m in s.scalars(select(Member)))


# --------------------------------------------------------------------------- undo


def test_undo_puts_back_exactly_what_was_there(database: Database, tpmap: mf.MessyFile,
                                               edited: tuple[Path, dict[str, Any]]) -> None:
    path, info = edited
    empty = dump(database)
    empty_counts = table_counts(database)
    first = do_import(database, tpmap.path)
    assert first.batch_id is not None
    after_first = dump(database)
    second = do_import(database, path)
    assert second.batch_id is not None
    assert dump(database) != after_first

    # the earlier import cannot be undone while the later one builds on it
    with database.read() as s:
        renamed = s.scalars(select(Member).where(Member.national_id == info["renamed_id"])).one()
    frozen = dump(database)
    with pytest.raises(UserError) as refused:
        undo(database, first.batch_id)
    message = str(refused.value)
    assert f"{translate('import', 'member')} {renamed.id} (system, " in message
    assert str(first.batch_id) in message
    assert dump(database) == frozen

    done = undo(database, second.batch_id)
    # removed: the child; restored: the last name, the disappearance flag and the
    # last_batch_id of every household source the second list stamped again
    assert {k: done[k] for k in ("removed", "restored")} == {
        "removed": 1, "restored": 1 + 1 + tpmap.expected["households"] - 1}
    assert (done["households_removed"], done["members_removed"]) == (0, 1)
    assert dump(database) == after_first
    with pytest.raises(UserError, match=str(second.batch_id)):
        undo(database, second.batch_id)  # already undone

    # with the later import undone, the first one can go too
    undo(database, first.batch_id)
    assert dump(database) == empty
    grown = table_counts(database)
    assert {t: grown[t] for t in RESTORED} == {t: empty_counts[t] for t in RESTORED}
    with database.read() as s:
        assert [b.status for b in s.scalars(select(ImportBatch).order_by(ImportBatch.id))] == [
            "undone", "undone"]


def test_undo_of_a_first_import_leaves_the_database_as_before(database: Database,
                                                              tpmap: mf.MessyFile) -> None:
    before = dump(database)
    counts = table_counts(database)
    result = do_import(database, tpmap.path)
    assert result.batch_id is not None
    done = undo(database, result.batch_id)
    assert done["restored"] == 0
    assert done["removed"] >= tpmap.expected["households"]
    assert dump(database) == before  # the villages it created are gone too
    after = table_counts(database)
    # what stays: the batch (marked undone), its rows as read, the history and the mapping
    assert {t for t in after if after[t] != counts[t]} == {
        "import_batches", "import_rows", "history", "import_mappings",
        "audit_log", "app_settings"}  # the audit entries (and the chain's head)
    with database.read() as s:
        batch = s.get_one(ImportBatch, result.batch_id)
        assert batch.status == "undone"
        assert batch.undone_at is not None
        assert set(s.scalars(select(ImportRow.household_id))) == {None}


def test_undo_is_refused_after_a_later_edit(database: Database, tpmap: mf.MessyFile) -> None:
    result = do_import(database, tpmap.path)
    assert result.batch_id is not None
    actor = database.system_actor()
    with database.begin() as s:
        member = s.scalars(select(Member).where(
            Member.national_id == tpmap.expected["ids"][5])).one()
        member.phone = "0812345678"
        assert record_update(s, actor, member, reason="โทรแจ้ง") == 1
        member_id = member.id
    frozen = dump(database)
    with pytest.raises(UserError) as refused:
        undo(database, result.batch_id)
    assert f"{translate('import', 'member')} {member_id} (system, " in str(refused.value)
    assert dump(database) == frozen


def test_undo_is_refused_after_a_visit(database: Database, tpmap: mf.MessyFile) -> None:
    result = do_import(database, tpmap.path)
    assert result.batch_id is not None
    actor = database.system_actor()
    with database.begin() as s:
        household_id = s.scalars(select(Member.household_id).where(
            Member.national_id == tpmap.expected["ids"][4])).one()
        visit = Visit(household_id=household_id, visited_on=dt.date(2025, 7, 1), result="found")
        s.add(visit)
        record_insert(s, actor, visit)
        visit_id = visit.id
    frozen = dump(database)
    with pytest.raises(UserError) as refused:
        undo(database, result.batch_id)
    assert f"{translate('import', 'visit')} {visit_id}" in str(refused.value)
    assert dump(database) == frozen


# --------------------------------------------------------------------------- excluded rows


def test_rows_left_out_by_the_user_are_rejected(database: Database,
                                                tpmap: mf.MessyFile) -> None:
    e = tpmap.expected
    head, spouse = 4, 5  # the first household: head on row 4, spouse on row 5
    prepared = prepare(database, tpmap.path)
    result = run_import(database, prepared, actor=database.system_actor(), today=TODAY,
                        excluded_rows=frozenset({head}))
    counts = counts_of(result)
    assert (counts["rejected"], counts["members_new"], counts["households_new"]) == (
        len(e["rejected"]) + 1, e["members"] - 1, e["households"])
    left_out = next(r for r in result.plan.rows if r.row == head)
    assert (left_out.outcome, left_out.reason_kind, left_out.reason) == (
        "rejected", "excluded", translate("import", "Left out by the user."))
    with database.read() as s:
        assert s.scalars(select(Member).where(Member.national_id == e["ids"][head])).all() == []
        # without the row marked เจ้าบ้าน the first remaining row is the head
        new_head = s.scalars(select(Member).where(Member.national_id == e["ids"][spouse])).one()
        assert new_head.is_head
        hh = s.get_one(Household, new_head.household_id)
        assert hh.member_count == 2
        assert hh.head_name is not None
        assert hh.head_name.endswith(new_head.last_name or "")
        assert hh.head_name.startswith(f"{new_head.title}{new_head.first_name}")


# --------------------------------------------------------------------------- error workbook


def test_error_workbook_lists_exactly_the_rejected_rows(database: Database, tpmap: mf.MessyFile,
                                                        tmp_path: Path) -> None:
    e = tpmap.expected
    result = do_import(database, tpmap.path, dry_run=True)
    plan = result.plan
    out = write_error_workbook(
        tmp_path / "errors.xlsx", headers=plan.headers, source_name=tpmap.path.name,
        rows=[RejectedRow(r.row, plan.persons[r.row].values, r.reason or "")
              for r in plan.rejected()])
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    table = [[c.value for c in row] for row in ws.iter_rows()]
    assert table[0][0] == tpmap.path.name
    assert table[1] == ["แถวที่", *mf.TPMAP_HEADERS, "เหตุผลที่ไม่นำเข้า"]
    body = table[2:]
    assert [r[0] for r in body] == sorted(e["rejected"])
    original = sheet_rows(tpmap.path)
    for r in body:
        number = r[0]
        assert r[1:-1] == original[number], number  # the cells as the file had them
        assert r[-1] == expected_reason(e["rejected"][number], number, original, e["ids"])
        assert re.search("[\u0e00-\u0e7f]", r[-1])


# --------------------------------------------------------------------------- mapping memory


def test_the_mapping_is_remembered_for_the_same_header_layout(
        database: Database, tpmap: mf.MessyFile, tmp_path: Path) -> None:
    prepared = prepare(database, tpmap.path)
    assert prepared.saved_mapping is None
    auto = dict(prepared.mapping)
    relation = next(i for i, f in auto.items() if f == "relation")
    changed = {i: f for i, f in auto.items() if i != relation}
    run_import(database, prepared, actor=database.system_actor(), today=TODAY, mapping=changed)
    with database.read() as s:
        saved = s.scalars(select(ImportMapping)).one()
        assert (saved.source_code, saved.header_signature, saved.name) == (
            "tpmap", prepared.signature, tpmap.path.name)
        assert saved.mapping["columns"] == {str(k): v for k, v in changed.items()}
    # another list of the same layout (other people, other file name) reuses it
    other = mf.tpmap_person_xlsx(tmp_path, seed=7, cover=False, name="tpmap_อีกไฟล์.xlsx")
    again = prepare(database, other.path)
    assert again.signature == prepared.signature
    assert again.saved_mapping == tpmap.path.name
    assert again.mapping == changed
    # a layout never seen gets the automatic mapping
    thaiqm = mf.thaiqm_household_xlsx(tmp_path)
    assert prepare(database, thaiqm.path).saved_mapping is None
    # and a dry run does not remember anything
    run_import(database, again, actor=database.system_actor(), today=TODAY, mapping=auto,
               dry_run=True)
    with database.read() as s:
        assert s.scalars(select(ImportMapping)).one().mapping["columns"] == {
            str(k): v for k, v in changed.items()}


# --------------------------------------------------------------------------- bad files


def test_bad_files_raise_a_user_error_and_change_nothing(sqlite_database: Database,
                                                         tmp_path: Path) -> None:
    files = mf.bad_files(tmp_path)
    before = table_counts(sqlite_database)
    for name, bad in files.items():
        with pytest.raises(UserError) as raised:
            prepare(sqlite_database, bad.path)
        assert getattr(raised.value, "kind", None) == bad.expected["error"], name
        assert str(raised.value).count("\n") == 0
    assert table_counts(sqlite_database) == before


def test_a_similar_name_without_id_goes_to_review(database: Database, tmp_path: Path) -> None:
    """A person without an ID whose name differs by one letter from someone in the same
    village (another spelling, a typo) is not added silently: a person decides."""
    tpmap = mf.tpmap_person_xlsx(tmp_path)
    do_import(database, tpmap.path, source="tpmap", list_year_be=2567)
    with database.read() as s:
        first, last, sub, moo, house_no = s.execute(
            select(Member.first_name, Member.last_name, Household.subdistrict_code,
                   Village.number, Household.house_no)
            .join(Household, Household.id == Member.household_id)
            .join(Village, Village.id == Household.village_id)
            .where(Member.last_name.is_not(None)).order_by(Member.id)).first()
        sub_name = s.scalar(select(Subdistrict.name_th).where(Subdistrict.code == sub))
    typo = last[:-1] + ("ก" if last[-1] != "ก" else "ข")  # one letter off
    stranger = "ประยุทธ์ทองคำ"  # nobody of that name lives there
    path = tmp_path / "walk_in.csv"
    path.write_text(
        "ชื่อ,นามสกุล,บ้านเลขที่,หมู่ที่,ตำบล\n"
        f"{first},{typo},{house_no}9,{moo},{sub_name}\n"
        f"{stranger},ศรีสุข,{house_no}8,{moo},{sub_name}\n", encoding="utf-8")
    result = do_import(database, path, source="local", dry_run=True)
    outcomes = [r.outcome for r in result.plan.rows]
    assert outcomes == ["review", "new"]
    assert house_no in (result.plan.rows[0].reason or "")
