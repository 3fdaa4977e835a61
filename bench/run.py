"""Benchmarks on a demo database of N households: ``python bench/run.py --households N --json OUT``.

Not part of the tests. Builds (and caches, by N, seed and schema) the demo database, then
measures. Later features add their keys to ``MEASUREMENTS``.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import Qt  # noqa: E402

from core.database import open_database  # noqa: E402
from core.demo import generate_demo  # noqa: E402
from db.migrate import head_revision  # noqa: E402

CACHE = Path(__file__).resolve().parent / ".cache"
STARTUP_MARK = "KAEJON-MAIN-WINDOW-SHOWN"


def build_database(households: int, seed: int) -> tuple[Path, float]:
    """The cached demo database for (N, seed, schema) and the seconds its generation took."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"demo-{households}-s{seed}-{head_revision()}.db"
    meta = path.with_suffix(".json")
    if path.exists() and meta.exists():
        return path, float(json.loads(meta.read_text())["demo_s"])
    partial = path.with_suffix(".partial.db")
    for p in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        p.unlink(missing_ok=True)
    started = time.perf_counter()
    database = open_database(partial, create=True)
    try:
        generate_demo(database, households=households, seed=seed)
    finally:
        database.dispose()
    seconds = time.perf_counter() - started
    partial.replace(path)
    meta.write_text(json.dumps({"demo_s": seconds}))
    return path, seconds


def startup_seconds(db: Path, runs: int = 3) -> float:
    """Process start to main window shown (offscreen), best of ``runs``."""
    best = float("inf")
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAEJON_EXIT_AFTER_SHOW": "1",
               "KAEJON_DATA_DIR": home}
        # An installed program starts from compiled bytecode (the frozen build holds it; pip
        # writes it): a machine that forbids writing it would time the compiler instead.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        for _ in range(runs):
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db)],
                                  env=env, capture_output=True, text=True, timeout=300, check=False)
            elapsed = time.perf_counter() - started
            if STARTUP_MARK not in proc.stdout:
                raise RuntimeError(f"the main window did not open:\n{proc.stderr[-2000:]}")
            best = min(best, elapsed)
    return best


def _best_ms(fn: Callable[[], object], runs: int = 3,
             settle: Callable[[], object] | None = None) -> float:
    """The fastest of ``runs`` calls; ``settle`` (not timed) runs after each call."""
    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - started)
        if settle is not None:
            settle()
    return best * 1000


def household_list_ms(db: Path) -> float:
    """All household ids in the default order plus the rows of the first page, best of 3."""
    from core.households import household_ids, household_rows

    database = open_database(db)
    try:
        def first_page() -> None:
            with database.read() as s:
                ids = household_ids(s)
                household_rows(s, ids[:200])
        return _best_ms(first_page)
    finally:
        database.dispose()


def household_search_ms(db: Path) -> float:
    """A Thai name search of 5 letters (ids in list order plus the first page), best of 3."""
    from core.households import HouseholdFilter, household_ids, household_rows

    database = open_database(db)
    try:
        def search() -> None:
            with database.read() as s:
                ids = household_ids(s, HouseholdFilter(text="สมศรี"))
                household_rows(s, ids[:200])
        return _best_ms(search)
    finally:
        database.dispose()


class _ListPage:
    """The household page in an offscreen window, measured as the user feels it: from the
    action to the first rows' text drawn."""

    def __init__(self, db: Path) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        from ui.theme import apply_theme

        self.app = QApplication.instance() or QApplication([])
        apply_theme(self.app)  # type: ignore[arg-type]
        self.database = open_database(db)

    def open_page(self) -> object:
        from ui.pages.households import HouseholdsPage

        page = HouseholdsPage(self.database)
        page.resize(1280, 760)
        page.show()
        page.refresh()
        self.draw(page)
        return page

    def draw(self, page: object) -> None:
        """Ask for every visible row's text, as painting the table does."""
        model = page.model  # type: ignore[attr-defined]
        for row in range(min(40, model.rowCount())):
            for col in range(model.columnCount()):
                model.index(row, col).data()
        self.app.processEvents()

    def complete(self, page: object) -> float:
        """Wait (processing events) until the rest of the list has arrived; seconds waited."""
        model = page.model  # type: ignore[attr-defined]
        started = time.perf_counter()
        while not model.complete:
            self.app.processEvents()
            time.sleep(0.002)
        return time.perf_counter() - started

    def close(self) -> None:
        self.database.dispose()


SHORT_AND_LONG_NAMES = ("สมศรี", "สม", "ส", "บุญ", "ใจดี")


def list_measurements(db: Path) -> dict[str, object]:
    """list_first_page_ms, search_name_ms (the slowest of 1- to 5-letter Thai terms),
    search_id_ms (a whole and a partial national ID), search_name_whole_list_ms (typing to every
    match listed and counted, for each term), sort_column_ms (the slowest column) and
    open_household_ms, each the best of 3 after a warm-up."""
    from sqlalchemy import select

    from core.households import COLUMNS
    from db.models import Member

    lp = _ListPage(db)
    try:
        pages: list[Any] = []
        first_page = _best_ms(lambda: pages.append(lp.open_page()),
                              settle=lambda: lp.complete(pages[-1]))
        page: Any = lp.open_page()
        lp.complete(page)

        def search(term: str) -> Callable[[], None]:
            def run() -> None:
                page.search.setText(term)
                page.apply_filter()  # what the pause after typing triggers
                lp.draw(page)
            return run

        def settle() -> None:
            lp.complete(page)

        def whole_list_ms(term: str) -> float:
            """Typing to every match listed and counted (the rest arrives in the background)."""
            started = time.perf_counter()
            search(term)()
            lp.complete(page)
            return round((time.perf_counter() - started) * 1000, 1)

        names = {term: round(_best_ms(search(term), settle=settle), 1)
                 for term in SHORT_AND_LONG_NAMES}
        whole = {term: whole_list_ms(term) for term in SHORT_AND_LONG_NAMES}
        with lp.database.read() as s:
            nid = s.scalar(select(Member.national_id).where(Member.national_id.is_not(None))
                           .order_by(Member.id.desc()).limit(1)) or ""
        ids = {"whole": round(_best_ms(search(nid), settle=settle), 1),
               "dashed": round(_best_ms(search(f"{nid[0]}-{nid[1:5]}-{nid[5:10]}"),
                                        settle=settle), 1)}
        page.search.setText("")
        page.apply_filter()
        settle()
        sorts = {}
        for column, (name, key) in enumerate(COLUMNS):
            if key is None:
                continue

            def sort(column: int = column) -> None:
                page.model.sort(column, Qt.SortOrder.DescendingOrder)
                lp.draw(page)
            sorts[name] = round(_best_ms(sort, settle=settle), 1)
        from ui.household_editor import HouseholdEditor

        hid = page.model.household_id(0)

        def open_household() -> None:
            editor = HouseholdEditor(lp.database, lp.database.default_actor(), hid)
            editor.show()
            lp.app.processEvents()
            editor.hide()
            editor.deleteLater()
        open_ms = _best_ms(open_household)
        return {
            "list_first_page_ms": round(first_page, 1),
            "search_name_ms": max(names.values()), "search_name_terms_ms": names,
            "search_name_whole_list_ms": whole,
            "search_id_ms": max(ids.values()), "search_id_terms_ms": ids,
            "sort_column_ms": max(sorts.values()), "sort_columns_ms": sorts,
            "open_household_ms": round(open_ms, 1),
        }
    finally:
        lp.close()


def dashboard_measurements(db: Path) -> dict[str, object]:
    """dashboard_refresh_ms: the overview page offscreen, from asking for new figures (what a
    change or a filter does) to the figures and charts drawn, best of 3 after a warm-up; the
    same narrowed to a subdistrict, a list year and a fiscal year; and dashboard_click_ms, a
    headline figure clicked to the household list showing its households."""
    lp = _ListPage(db)
    try:
        from ui.pages.households import HouseholdsPage
        from ui.pages.overview import OverviewPage

        page = OverviewPage(lp.database)
        page.resize(1280, 900)
        page.show()

        def refresh() -> None:
            page.request_refresh()
            while page.is_counting():
                lp.app.processEvents()
                time.sleep(0.001)
            page.grab()  # drawn, as the user sees it

        refresh()  # warm-up; also fills the filters
        results: dict[str, object] = {"dashboard_refresh_ms": round(_best_ms(refresh), 1)}
        narrowed = {}
        for name, combo in (("subdistrict", page.subdistrict), ("list_year", page.list_year),
                            ("fiscal_year", page.period)):
            if combo.count() > 1:
                combo.blockSignals(True)
                combo.setCurrentIndex(1)
                combo.blockSignals(False)
                narrowed[name] = round(_best_ms(refresh), 1)
                combo.blockSignals(True)
                combo.setCurrentIndex(0)
                combo.blockSignals(False)
        results["dashboard_refresh_filtered_ms"] = narrowed
        households = HouseholdsPage(lp.database)
        households.resize(1280, 760)
        households.show()
        refresh()

        def click() -> None:
            assert page.dashboard is not None
            households.show_selection(page.dashboard.headline("verified").selection)
            lp.draw(households)
        results["dashboard_click_ms"] = round(_best_ms(click), 1)
        results["dashboard_click_rows"] = households.model.rowCount()
        return results
    finally:
        lp.close()


def return_seconds(db: Path) -> float:
    """The standard return (figures counted, workbook written with the household list), best of 3."""
    from core.returns.model import Period
    from ui.returns_jobs import make_standard

    database = open_database(db)
    try:
        actor = database.system_actor()
        return _best_ms(lambda: make_standard(database, period=Period(2569, 9), actor=actor)) / 1000
    finally:
        database.dispose()


def pdf_verification_500_s(db: Path) -> float:
    """A 500-household verification batch (households of several villages, in village order):
    read from the database, laid out, shaped and written as one PDF."""
    from sqlalchemy import select

    from core.documents import load_verification
    from db.models import Household
    from exports.pdf import render_document

    database = open_database(db)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            started = time.perf_counter()
            with database.read() as s:
                ids = list(s.scalars(select(Household.id)
                                     .order_by(Household.village_id, Household.id).limit(500)))
                batch = load_verification(s, household_ids=ids)
            render_document(batch, Path(tmp) / "verification.pdf")
            return time.perf_counter() - started
    finally:
        database.dispose()


def return_30k_seconds(_db: Path) -> float:
    """The standard return of a 30,000-household district (the issue's bound: 10 s)."""
    path, _seconds = build_database(30_000, 7)
    return return_seconds(path)


MEASUREMENTS: dict[str, Callable[[Path], float]] = {
    "startup_s": startup_seconds,
    "household_list_ms": household_list_ms,
    "household_search_ms": household_search_ms,
    "return_s": return_seconds,
    "return_30k_s": return_30k_seconds,
    "pdf_verification_500_s": pdf_verification_500_s,
}

IMPORT_CHILD = r"""
import json, resource, sys, time
sys.path.insert(0, sys.argv[1])
from pathlib import Path
mode, db, file = sys.argv[2], sys.argv[3], Path(sys.argv[4])
if mode != "floor":
    # What the window has done before the user imports: modules loaded, database open.
    from core.database import open_database
    from core.importing.service import prepare_file, run_import
    database = open_database(db)
    actor = database.system_actor()
started = time.perf_counter()
if mode == "floor":
    # The floor: calamine reading every cell + raw sqlite3 executemany of the same rows.
    import sqlite3
    from python_calamine import CalamineWorkbook
    rows = CalamineWorkbook.from_path(str(file)).get_sheet_by_index(0).to_python()
    width = max(len(r) for r in rows)
    con = sqlite3.connect(db)
    con.execute("CREATE TABLE t (" + ", ".join(f"c{i}" for i in range(width)) + ")")
    with con:
        con.executemany("INSERT INTO t VALUES (" + ", ".join("?" * width) + ")",
                        [[str(v) if v != "" else None for v in r] + [None] * (width - len(r))
                         for r in rows])
    con.close()
    counts = {"rows": len(rows)}
else:
    with database.read() as s:
        prepared = prepare_file(s, file, source="tpmap")
    result = run_import(database, prepared, actor=actor, list_year_be=2567)
    counts = result.counts()
    database.dispose()
seconds = time.perf_counter() - started
peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak_mb, "counts": counts}))
"""


def _import_child(mode: str, db: Path, file: Path) -> dict[str, object]:
    proc = subprocess.run([sys.executable, "-c", IMPORT_CHILD, str(ROOT), mode, str(db),
                           str(file)], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        raise RuntimeError(proc.stderr[-3000:])
    return dict(json.loads(proc.stdout.strip().splitlines()[-1]))


def import_measurements(demo_db: Path, rows: int) -> dict[str, object]:
    """Import a ``rows``-row, 19-column person list: against the floor, into an empty office
    database and into the demo database of N households."""
    sys.path.insert(0, str(ROOT / "tests"))
    import messy_files

    from core.database import open_database
    from core.office import OfficeSetup, create_office

    big = CACHE / f"persons-{rows}.xlsx"
    if not big.exists():
        messy_files.big_person_xlsx(big.with_suffix(".partial.xlsx"), rows)
        big.with_suffix(".partial.xlsx").replace(big)
    out: dict[str, object] = {"import_rows": rows}
    with tempfile.TemporaryDirectory() as tmp:
        floor = _import_child("floor", Path(tmp) / "floor.db", big)
        empty = Path(tmp) / "office.db"
        database = open_database(empty, create=True)
        with database.begin() as s:
            create_office(s, database.system_actor(), OfficeSetup("5201"))
        database.dispose()
        fresh = _import_child("import", empty, big)
        loaded = Path(tmp) / "loaded.db"
        shutil.copy(demo_db, loaded)
        into = _import_child("import", loaded, big)
    floor_s = float(floor["seconds"])  # type: ignore[arg-type]
    fresh_s = float(fresh["seconds"])  # type: ignore[arg-type]
    out.update({
        "import_floor_s": round(floor_s, 2),
        "import_s": round(fresh_s, 2),
        "import_ratio_to_floor": round(fresh_s / floor_s, 2),
        "import_peak_mb": round(float(fresh["peak_mb"]), 0),  # type: ignore[arg-type]
        "import_counts": fresh["counts"],
        "import_into_demo_s": round(float(into["seconds"]), 2),  # type: ignore[arg-type]
        "import_into_demo_peak_mb": round(float(into["peak_mb"]), 0),  # type: ignore[arg-type]
        "import_into_demo_counts": into["counts"],
    })
    return out


def main() -> int:
    """Run the benchmarks and write the JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--households", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the timings here")
    parser.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    parser.add_argument("--import-rows", type=int, default=100_000,
                        help="rows of the person list for the import timings (0: skip)")
    parser.add_argument("--only", action="append", metavar="KEY",
                        help="measure only this key (repeatable): a MEASUREMENTS key, or "
                             "list, dashboard or import for those groups")
    args = parser.parse_args()
    if args.fresh:
        shutil.rmtree(CACHE, ignore_errors=True)
    db, demo_s = build_database(args.households, args.seed)
    results: dict[str, object] = {
        "households": args.households,
        "demo_s": round(demo_s, 2),
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count()},
    }
    only = set(args.only or ())
    if "dashboard_refresh_ms" in only or "dashboard_click_ms" in only:
        only.add("dashboard")

    def wanted(key: str) -> bool:
        return not only or key in only

    for key, measure in MEASUREMENTS.items():
        if wanted(key):
            results[key] = round(measure(db), 3)
    if wanted("list"):
        results.update(list_measurements(db))
    if wanted("dashboard"):
        results.update(dashboard_measurements(db))
    if args.import_rows and wanted("import"):
        results.update(import_measurements(db, args.import_rows))
    text = json.dumps(results, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
