"""``python main.py print …``: every document from the command line, and its Thai errors."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest

from tests.pdf_helpers import needs_poppler, page_count, text_of
from tests.test_cli import ROOT, assert_one_line_error, demo_file, run

pytestmark = needs_poppler
__all__ = ["demo_file"]  # the fixture, shared with test_cli


def _one(db: Path, sql: str) -> str:
    with closing(sqlite3.connect(db)) as con:
        return str(con.execute(sql).fetchone()[0])


def biggest_village(db: Path) -> str:
    return _one(db, "SELECT v.code FROM villages v JOIN households h ON h.village_id = v.id "
                    "GROUP BY v.code ORDER BY count(*) DESC, v.code LIMIT 1")


def test_print_every_document(capsys: pytest.CaptureFixture[str], demo_file: Path,
                              tmp_path: Path) -> None:
    village = biggest_village(demo_file)
    number = _one(demo_file, "SELECT number FROM referral_batches ORDER BY id LIMIT 1")
    batch_id = _one(demo_file, "SELECT id FROM referral_batches ORDER BY id LIMIT 1")
    household = _one(demo_file, "SELECT id FROM households ORDER BY id LIMIT 1")
    head = _one(demo_file, f"SELECT head_name FROM households WHERE id = {household}")
    cases = [
        (["verification", "--village", village], "แบบสอบทานข้อมูลครัวเรือนเป้าหมาย"),
        (["register", "--village", village], "ทะเบียนครัวเรือนเป้าหมายรายหมู่บ้าน"),
        (["referral", "--batch", number], f"เลขที่ส่งต่อ {number}"),
        (["referral", "--batch", batch_id], f"เลขที่ส่งต่อ {number}"),
        (["summary", "--household", household], head),
    ]
    for n, (args, expected) in enumerate(cases):
        out = tmp_path / f"doc{n}.pdf"
        code, stdout, err = run(capsys, "print", *args, "--db", str(demo_file), "--out", str(out))
        assert (code, err) == (0, ""), err
        pages = page_count(out)
        assert stdout.strip() == f"เขียนเอกสาร {pages} หน้าลงใน {out} แล้ว"
        assert expected in text_of(out)


def test_print_options_thai_digits_and_full_ids(capsys: pytest.CaptureFixture[str],
                                                demo_file: Path, tmp_path: Path) -> None:
    village = biggest_village(demo_file)
    pid = _one(demo_file, "SELECT m.national_id FROM members m JOIN households h "
                          "ON h.id = m.household_id JOIN villages v ON v.id = h.village_id "
                          f"WHERE v.code = '{village}' AND m.is_head AND m.national_id IS NOT NULL "
                          "LIMIT 1")
    out = tmp_path / "full.pdf"
    code, _, err = run(capsys, "print", "register", "--db", str(demo_file), "--village", village,
                       "--out", str(out), "--full-ids", "--thai-digits")
    assert code == 0, err
    text = text_of(out)
    from core.thai import format_national_id, to_thai_digits

    assert to_thai_digits(format_national_id(pid)) in text
    assert "หน้า ๑ จาก" in text


@pytest.mark.parametrize(("args", "message"), [
    (["register", "--village", "52019999"], "ไม่มีหมู่บ้านรหัส 52019999"),
    (["register"], "โปรดระบุ --village"),
    (["referral", "--batch", "ไม่มี"], "ไม่มีชุดส่งต่อ ไม่มี"),
    (["summary", "--household", "abc"], "โปรดระบุรหัสครัวเรือนตามที่แสดงในรายการ"),
    (["summary", "--household", "99999"], "ไม่มีครัวเรือนรหัส 99999"),
    (["summary", "--household", "5201-999999-9"], "ไม่มีครัวเรือนรหัส 5201-999999-9"),
])
def test_print_errors_are_one_thai_line(capsys: pytest.CaptureFixture[str], demo_file: Path,
                                        tmp_path: Path, args: list[str], message: str) -> None:
    out = tmp_path / "x.pdf"
    err = assert_one_line_error(*run(capsys, "print", *args, "--db", str(demo_file),
                                     "--out", str(out)))
    assert message in err
    assert not out.exists()


def test_a_summary_is_printed_by_the_house_code_the_list_shows(
        capsys: pytest.CaptureFixture[str], demo_file: Path, tmp_path: Path) -> None:
    from core.thai import format_house_code

    with closing(sqlite3.connect(demo_file)) as con:
        hid, code, head = con.execute("SELECT id, house_code, head_name FROM households "
                                      "WHERE house_code IS NOT NULL ORDER BY id LIMIT 1").fetchone()
    shown = format_house_code(code)
    assert "-" in shown
    for key in (shown, code, str(hid)):
        out = tmp_path / f"summary-{key}.pdf"
        code_, _, err = run(capsys, "print", "summary", "--db", str(demo_file), "--household",
                            key, "--out", str(out))
        assert (code_, err) == (0, "")
        assert head.split()[-1] in text_of(out)


def test_print_refuses_a_bad_output_path(capsys: pytest.CaptureFixture[str], demo_file: Path,
                                         tmp_path: Path) -> None:
    village = biggest_village(demo_file)
    err = assert_one_line_error(*run(capsys, "print", "register", "--db", str(demo_file),
                                     "--village", village, "--out", str(tmp_path / "x.txt")))
    assert ".pdf" in err
    err = assert_one_line_error(*run(capsys, "print", "register", "--db", str(demo_file),
                                     "--village", village,
                                     "--out", str(tmp_path / "nowhere" / "x.pdf")))
    assert "ไม่มีโฟลเดอร์" in err


def test_print_runs_without_qt(demo_file: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.pdf"
    argv = ["print", "register", "--db", str(demo_file), "--village",
            biggest_village(demo_file), "--out", str(out)]
    code = (f"import sys, main; rc = main.main({argv!r}); "
            "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported'; "
            "sys.exit(rc)")
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                          text=True, check=False)
    assert proc.returncode == 0, proc.stderr
    assert page_count(out) >= 1
