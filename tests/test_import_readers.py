"""Reading messy spreadsheets and CSV files: the right sheet, header row, row numbers, text."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from core.importing import readers
from core.importing.readers import (
    Cell,
    DataRow,
    ImportFileError,
    SkippedRow,
    data_rows,
    find_header_row,
)
from tests import messy_files as mf


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("messy")


@pytest.fixture(scope="module")
def tpmap(folder: Path) -> mf.MessyFile:
    return mf.tpmap_person_xlsx(folder)


@pytest.fixture(params=["auto_map", "built-in words"])
def header_words(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    """Find headers with core.importing.mapping.auto_map, and with the built-in words only."""
    if request.param != "auto_map":
        monkeypatch.setattr(readers, "_auto_map", lambda: None)
    return str(request.param)


def assert_table(table: readers.Table, expected: dict) -> None:
    assert table.sheet.name == expected["sheet"]
    assert table.header.index == expected["header_index"]
    assert table.header.header_rows == expected["header_rows"]
    assert table.header.index + table.header.header_rows == expected["header_row"]
    assert table.headers == expected["headers"]
    assert [r.number for r in table.data] == expected["data_rows"]
    assert dict(table.skipped) == expected["skipped"]
    assert len(table.data) == expected["rows_read"]


# --------------------------------------------------------------------------- TPMAP person list


def test_tpmap_list_is_found_behind_its_cover_sheet(tpmap: mf.MessyFile, header_words: str) -> None:
    table = readers.read_table(tpmap.path)
    assert_table(table, tpmap.expected)
    assert table.header.score > 10


def test_tpmap_rows_and_numbers_are_as_excel_shows_them(tpmap: mf.MessyFile) -> None:
    table = readers.read_table(tpmap.path)
    rows = {r.number: r.values for r in table.data}
    assert table.data[0].number == 4
    assert table.data[0].values[0] == 1  # ลำดับ 1 on Excel row 4
    # the header on row 3 and the title on row 1: rows[i] is Excel row i + 1
    assert table.sheet.rows[2][1] == "เลขประจำตัวประชาชน"
    assert table.sheet.rows[0][0] == mf.TPMAP_TITLE
    assert table.sheet.rows[0][1:] == [None] * 18  # the merged title: one cell, then empties
    assert table.sheet.rows[1] == [None] * 19
    # the faults are read as they are, for the normaliser to judge
    lost = next(n for n, kind in tpmap.expected["rejected"].items() if kind == "lost_digits")
    assert rows[lost][1] == 3520810000000.0
    assert rows[4][1] == float(tpmap.expected["ids"][4])  # an ID stored as a number
    assert isinstance(rows[5][6], dt.date)  # a real Excel date
    assert rows[7][3] == "  " + str(rows[7][3]).strip(" \u200b") + "\u200b "
    warning = next(iter(tpmap.expected["warnings"]))
    assert rows[warning][6] == "ไม่ทราบ"
    assert rows[8][1] == tpmap.expected["ids"][8].translate(mf.THAI_DIGITS)
    # the merged title is known for the combined header of read_table
    assert ((0, 0), (0, 18)) in table.sheet.merged


def test_row_numbers_match_excel_as_openpyxl_sees_it(tpmap: mf.MessyFile, folder: Path) -> None:
    """An independent check of the numbering: openpyxl counts rows as Excel does."""
    local = mf.local_xlsx(folder)
    for messy, sheet, column in ((tpmap, "รายชื่อ", 1), (local, "Sheet1", 3)):
        workbook = openpyxl.load_workbook(messy.path)
        ws = workbook[sheet]
        excel = {row[0].row: row[0].value for row in ws.iter_rows(min_col=column, max_col=column)
                 if row[0].value is not None}
        workbook.close()
        table = readers.read_table(messy.path)
        assert {r.number: r.values[column - 1] for r in table.data} == {
            n: v for n, v in excel.items() if n in messy.expected["data_rows"]}
        assert excel[messy.expected["header_row"]] == messy.expected["headers"][column - 1]


def test_tpmap_skipped_rows(tpmap: mf.MessyFile) -> None:
    table = readers.read_table(tpmap.path)
    reasons = [s.reason for s in table.skipped]
    assert reasons.count("total") == 1
    assert reasons.count("note") == 1
    total = next(s.number for s in table.skipped if s.reason == "total")
    assert table.sheet.rows[total - 1][0] == f"รวมทั้งสิ้น {tpmap.expected['rows_read']} คน"


def test_named_sheet_and_sheet_list(tpmap: mf.MessyFile) -> None:
    sheets = readers.list_sheets(tpmap.path)
    assert [s.name for s in sheets] == ["คำชี้แจง", "รายชื่อ", "สรุป"]
    listed = sheets[1]
    assert (listed.rows, listed.cols, listed.is_empty) == (45, 19, False)
    cover = readers.read_sheet(tpmap.path, "คำชี้แจง")
    assert cover.rows[0][0] == "คำชี้แจงการใช้ข้อมูล"
    with pytest.raises(ImportFileError, match=r"ไม่มีชีตนี้") as info:
        readers.read_sheet(tpmap.path, "ไม่มีชีตนี้")
    assert info.value.kind == "no_sheet"


def test_max_rows_reads_only_the_top(tpmap: mf.MessyFile) -> None:
    top = readers.read_sheet(tpmap.path, max_rows=5)
    assert top.name == "รายชื่อ"
    assert len(top.rows) == 5
    assert top.rows[3][0] == 1


def test_legacy_xls_reads_like_the_xlsx(folder: Path) -> None:
    xls = mf.legacy_xls(folder)
    assert xls.path.read_bytes()[:4] == b"\xd0\xcf\x11\xe0"
    table = readers.read_table(xls.path)
    assert_table(table, xls.expected)
    assert isinstance(table.data[1].values[6], dt.date)


def test_xlsx_saved_with_an_xls_name_is_read_by_its_content(tpmap: mf.MessyFile,
                                                            folder: Path) -> None:
    renamed = folder / "tpmap_named_xls.xls"
    renamed.write_bytes(tpmap.path.read_bytes())
    assert_table(readers.read_table(renamed), tpmap.expected)


# --------------------------------------------------------------------------- other layouts


def test_thaiqm_two_header_rows_below_a_title(folder: Path, header_words: str) -> None:
    thaiqm = mf.thaiqm_household_xlsx(folder, name=f"thaiqm_{header_words}.xlsx")
    table = readers.read_table(thaiqm.path)
    assert_table(table, thaiqm.expected)
    assert table.headers[7] == "ที่อยู่ / ตำบล"
    assert table.data[0].number == 4
    assert str(table.data[0].values[7]).startswith("ตำบล")


def test_thaiqm_header_without_merge_information(folder: Path, header_words: str) -> None:
    """find_header_row alone (no merged ranges, as for CSV) combines the rows the same way."""
    thaiqm = mf.thaiqm_household_xlsx(folder, name=f"thaiqm_plain_{header_words}.xlsx")
    raw = readers.read_sheet(thaiqm.path)
    guess = find_header_row(raw.rows)
    assert (guess.index, guess.header_rows) == (1, 2)
    assert guess.headers == thaiqm.expected["headers"]
    data, skipped = data_rows(raw.rows, guess.index, header_rows=guess.header_rows,
                              first_row_number=raw.first_row_number)
    assert [r.number for r in data] == thaiqm.expected["data_rows"]
    assert dict(skipped) == thaiqm.expected["skipped"]


def test_table_far_from_the_corner_keeps_excel_numbers(folder: Path, header_words: str) -> None:
    local = mf.local_xlsx(folder)
    table = readers.read_table(local.path)  # the hidden sheet before it is passed over
    assert_table(table, local.expected)
    assert table.data[0].values[2] == 1
    assert table.data[0].values[4] == mf.dashed(local.expected["ids"][5])


def test_ods(folder: Path, header_words: str) -> None:
    ods = mf.local_ods(folder)
    table = readers.read_table(ods.path)
    assert_table(table, ods.expected)
    assert isinstance(table.data[0].values[9], dt.date)


# --------------------------------------------------------------------------- CSV


@pytest.mark.parametrize(("encoding", "delimiter"), [
    ("cp874", ","), ("utf-8", ","), ("utf-8-sig", ","), ("cp874", ";"), ("utf-8-sig", "\t"),
])
def test_csv_encoding_and_delimiter(folder: Path, encoding: str, delimiter: str) -> None:
    sub = folder / f"csv_{encoding}_{ord(delimiter)}"
    sub.mkdir()
    jpt = mf.jpt_csv(sub, encoding, delimiter)
    data = jpt.path.read_bytes()
    if encoding == "cp874":
        with pytest.raises(UnicodeDecodeError):
            data.decode("utf-8")
    table = readers.read_table(jpt.path)
    assert table.sheet.encoding == encoding
    assert table.sheet.delimiter == delimiter
    assert_table(table, jpt.expected)
    first = table.data[0].values
    assert first[9] == jpt.expected["first_name"]
    assert first[4] in mf.SUBDISTRICTS.values()
    assert first[5] == "เมืองลำปาง"
    assert all(v is None or isinstance(v, str) for r in table.data for v in r.values)
    lost = next(iter(jpt.expected["rejected"]))
    assert dict((r.number, r.values[7]) for r in table.data)[lost] == "3.52081E+12"


def test_tab_separated_text_with_an_xls_name_is_read(folder: Path) -> None:
    export = mf.csv_renamed_xls(folder)
    table = readers.read_table(export.path)
    assert table.sheet.delimiter == "\t"
    assert [r.number for r in table.data] == export.expected["data_rows"]


def test_csv_with_ragged_lines_is_padded(folder: Path) -> None:
    path = folder / "ragged.csv"
    path.write_text("ชื่อ,นามสกุล,เลขบัตร\nสมชาย,ใจดี\nมาลี,มีสุข,1234,extra\n\n", encoding="utf-8")
    raw = readers.read_sheet(path)
    assert raw.rows == [["ชื่อ", "นามสกุล", "เลขบัตร", None], ["สมชาย", "ใจดี", None, None],
                        ["มาลี", "มีสุข", "1234", "extra"]]


# --------------------------------------------------------------------------- bad files


@pytest.fixture(scope="module")
def bad(folder: Path) -> dict[str, mf.MessyFile]:
    sub = folder / "bad"
    sub.mkdir()
    return mf.bad_files(sub)


@pytest.mark.parametrize("name", [
    "empty", "pdf", "docx", "truncated", "text", "html", "empty_sheets", "missing",
    "encrypted", "encrypted_xls", "docx_as_ole",
])
def test_bad_file_gives_one_clear_sentence(bad: dict[str, mf.MessyFile], name: str) -> None:
    from core import i18n

    i18n.set_language("en")  # the sentence checks below are about the English source text
    bad_file = bad[name]
    for read in (readers.read_sheet, readers.list_sheets, readers.read_table):
        if read is readers.list_sheets and name == "empty_sheets":
            assert all(s.is_empty for s in readers.list_sheets(bad_file.path))
            continue
        with pytest.raises(ImportFileError) as info:
            read(bad_file.path)
        assert info.value.kind == bad_file.expected["error"]
        message = str(info.value)
        assert bad_file.path.name in message
        assert message.endswith(".")
        assert "\n" not in message
        for word in ("Traceback", "Error", "calamine", "Zip", "EOCD", "errno", "0x"):
            assert word not in message


def test_encrypted_xlsx_is_an_ole_file_with_an_encrypted_package(
        bad: dict[str, mf.MessyFile]) -> None:
    data = bad["encrypted"].path.read_bytes()
    assert data[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
    assert "EncryptedPackage".encode("utf-16-le") in data
    renamed = bad["encrypted"].path.with_name("renamed_encrypted.xls")
    renamed.write_bytes(data)
    with pytest.raises(ImportFileError) as info:
        readers.read_sheet(renamed)
    assert info.value.kind == "encrypted"


def test_folder_and_empty_sheet_chosen_by_name(folder: Path, bad: dict[str, mf.MessyFile]
                                               ) -> None:
    with pytest.raises(ImportFileError) as info:
        readers.read_sheet(folder)
    assert info.value.kind == "wrong_kind"
    with pytest.raises(ImportFileError) as info:
        readers.read_sheet(bad["empty_sheets"].path, "Sheet2")
    assert info.value.kind == "no_data"


def test_empty_csv_and_csv_of_empty_fields(folder: Path) -> None:
    path = folder / "blank.csv"
    path.write_text(",,,\r\n,,,\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError) as info:
        readers.read_sheet(path)
    assert info.value.kind == "no_data"


# --------------------------------------------------------------------------- finding the table


TITLE = "รายชื่อครัวเรือนเป้าหมาย จังหวัดลำปาง อำเภอเมืองลำปาง ตำบลหัวเวียง"


def test_header_below_a_long_preamble(header_words: str) -> None:
    rows: list[list[Cell]] = [[TITLE, None, None, None]]
    rows += [[None] * 4 for _ in range(3)]
    rows += [["ข้อมูล ณ วันที่ 1 ต.ค. 2567", None, None, None]]
    rows += [[None, "จำนวน", 3, None]]
    rows += [[None] * 4 for _ in range(3)]
    rows += [["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่"]]
    rows += [[1, "นายสมชาย ใจดี", "3520100000001", "12/3"], [2, "นางมาลี ใจดี", None, "12/3"]]
    guess = find_header_row(rows)
    assert (guess.index, guess.header_rows) == (9, 1)
    assert guess.headers == ["ลำดับ", "ชื่อ-สกุล", "เลขบัตรประชาชน", "บ้านเลขที่"]
    body = data_rows(rows, guess.index)
    assert body.data == [DataRow(11, rows[10]), DataRow(12, rows[11])]
    assert body.skipped == []


def test_header_beyond_the_scan_is_not_found() -> None:
    rows: list[list[Cell]] = [[f"ข้อความ {i}", None] for i in range(20)]
    rows.append(["ชื่อ", "นามสกุล"])
    assert find_header_row(rows).score == 0
    assert find_header_row(rows, scan=25).index == 20


def test_leading_empty_rows_do_not_count_against_the_scan(folder: Path) -> None:
    rows: list[list[Cell]] = [[None, None, None] for _ in range(40)]
    rows += [[None, "ชื่อ", "นามสกุล"], [None, "สมชาย", "ใจดี"]]
    assert find_header_row(rows).index == 40
    workbook = openpyxl.Workbook()
    workbook.active.title = "ปก"
    workbook.active["A1"] = "รายงาน"
    sheet = workbook.create_sheet("ลึก")
    for r, row in enumerate(rows, start=1):
        for c, v in enumerate(row, start=1):
            if v is not None:
                sheet.cell(r, c, v)
    path = folder / "deep.xlsx"
    workbook.save(path)
    table = readers.read_table(path)
    assert table.sheet.name == "ลึก"
    assert table.data == [DataRow(42, [None, "สมชาย", "ใจดี"])]


def test_no_recognisable_header_takes_the_first_row_with_two_cells() -> None:
    rows: list[list[Cell]] = [["A title", None], ["foo", "bar"], [1, 2]]
    guess = find_header_row(rows)
    assert (guess.index, guess.score, guess.headers) == (1, 0.0, ["foo", "bar"])


def test_sub_headers_under_merged_group_cells(header_words: str) -> None:
    rows: list[list[Cell]] = [
        [TITLE, None, None, None, None],
        ["ลำดับ", "ชื่อ-สกุล", "ที่อยู่", None, None],
        [None, None, "บ้านเลขที่", "หมู่ที่", "ตำบล"],
        [1, "นายสมชาย ใจดี", "12/3", 4, "หัวเวียง"],
    ]
    guess = find_header_row(rows)
    assert (guess.index, guess.header_rows) == (1, 2)
    assert guess.headers == ["ลำดับ", "ชื่อ-สกุล", "ที่อยู่ / บ้านเลขที่", "ที่อยู่ / หมู่ที่",
                             "ที่อยู่ / ตำบล"]
    assert data_rows(rows, 1, header_rows=2).data == [DataRow(4, rows[3])]


def test_a_form_line_above_the_header_is_not_a_group_header(header_words: str) -> None:
    rows: list[list[Cell]] = [
        ["อำเภอ:", "เมืองลำปาง", "จังหวัด:", "ลำปาง"],
        ["ลำดับ", "ชื่อ-สกุล", "บ้านเลขที่", "หมู่ที่"],
        [1, "นายสมชาย ใจดี", "12/3", 4],
    ]
    guess = find_header_row(rows)
    assert (guess.index, guess.header_rows) == (1, 1)


def test_three_header_rows(header_words: str) -> None:
    rows: list[list[Cell]] = [
        ["ข้อมูลครัวเรือน", None, None, "สภาพปัญหา", None],
        ["ลำดับ", "ที่อยู่", None, "ด้านสุขภาพ", "ด้านรายได้"],
        [None, "บ้านเลขที่", "หมู่ที่", None, None],
        [1, "12/3", 4, "✓", None],
    ]
    guess = find_header_row(rows)
    assert (guess.index, guess.header_rows) == (0, 3)
    assert guess.headers == ["ข้อมูลครัวเรือน / ลำดับ", "ข้อมูลครัวเรือน / ที่อยู่ / บ้านเลขที่",
                             "ข้อมูลครัวเรือน / ที่อยู่ / หมู่ที่", "สภาพปัญหา / ด้านสุขภาพ",
                             "สภาพปัญหา / ด้านรายได้"]


def test_totals_notes_and_blank_rows_are_skipped_with_a_reason() -> None:
    header: list[Cell] = ["ลำดับ", "เลขประจำตัวประชาชน", "ชื่อ", "นามสกุล", "หมู่ที่"]
    rows: list[list[Cell]] = [
        header,
        [1, "3520100000001", "รวมใจ", "ใจดี", 4],  # a first name that starts with รวม
        [2, None, "ที่มาลัย", "ใจดี", 4],  # and one that starts with ที่มา
        [None, " ", "\u200b", None, None],
        [3, None, None, None, None],  # a pre-numbered, empty row of a form
        ["หมายเหตุ: ข้อมูลจาก อบต.", None, None, None, None],
        [4, "3520100000002", "สมชาย", None, None],
        header,  # the header again, as on every printed page
        [5, "รวม", 2, None, None],  # a total after the sequence column
        ["Total", None, 5, None, None],
        ["ยอดรวม 5 คน", None, None, None, None],
        [None, None, "ผู้จัดทำ นางสาวมาลี", None, None],
        [None, "ลงชื่อ..........................", None, None, None],
        [None, None, None, "ตรวจสอบแล้วถูกต้อง", None],  # a lone cell after the table
        [None, None, None, None, None],
    ]
    body = data_rows(rows, 0, first_row_number=3)
    assert [r.number for r in body.data] == [4, 5, 9]
    assert body.skipped == [
        SkippedRow(6, "blank"), SkippedRow(7, "blank"), SkippedRow(8, "note"),
        SkippedRow(10, "repeated_header"), SkippedRow(11, "total"), SkippedRow(12, "total"),
        SkippedRow(13, "total"), SkippedRow(14, "note"), SkippedRow(15, "note"),
        SkippedRow(16, "note"),
    ]


def test_a_lone_value_inside_the_table_is_data() -> None:
    rows: list[list[Cell]] = [["ลำดับ", "ชื่อ", "นามสกุล", "หมู่ที่"], [1, "สมชาย", None, None],
                                [2, "มาลี", "ใจดี", 4]]
    assert [r.number for r in data_rows(rows, 0).data] == [2, 3]


@pytest.mark.parametrize("numbering", [
    [1, 2, 3, 4, 5], ["(1)", "(2)", "(3)", "(4)", "(5)"], ["๑", "๒", "๓", "๔", "๕"],
    [None, 2.0, 3.0, 4.0, 5.0],
])
def test_a_row_numbering_the_columns_is_not_data(numbering: list[Cell]) -> None:
    rows: list[list[Cell]] = [["ลำดับ", "ชื่อ", "นามสกุล", "หมู่ที่", "ตำบล"], numbering,
                              [1, "สมชาย", "ใจดี", 4, "สวนดอก"], [2, "มาลี", "ใจดี", 3, "ชมพู"]]
    body = data_rows(rows, 0)
    assert body.skipped == [SkippedRow(2, "column_numbers")]
    assert [r.number for r in body.data] == [3, 4]


def test_a_first_data_row_is_not_taken_for_column_numbers() -> None:
    rows: list[list[Cell]] = [["ลำดับ", "หมู่ที่", "บ้านเลขที่"], [1, 2, 3], [2, 5, 9]]
    assert [r.number for r in data_rows(rows, 0).data] == [2, 3]


def test_utf16_unicode_text_from_excel(folder: Path) -> None:
    path = folder / "unicode.txt"
    path.write_bytes("ชื่อ\tนามสกุล\r\nสมชาย\tใจดี\r\n".encode("utf-16"))
    raw = readers.read_sheet(path)
    assert (raw.encoding, raw.delimiter) == ("utf-16", "\t")
    assert raw.rows == [["ชื่อ", "นามสกุล"], ["สมชาย", "ใจดี"]]
