"""Smoke test of a build (``kaejon --smoke-test``): show the main window, visit every page, close.

packaging/smoke.py runs the frozen executable this way. The check is real: every page is
shown and painted, the application font must resolve to the bundled Sarabun, and the process
exits with status 0 only when all of that worked and the window closed. One line starting
with ``KAEJON-SMOKE-OK`` is printed (and written to ``smoke.txt`` in the screenshot folder,
because a windowed Windows executable has no standard output).
"""

from __future__ import annotations

import sys
import time
import traceback
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication

from core.resources import is_frozen
from core.version import app_version
from ui.main_window import MainWindow
from ui.operations import wait_for_background_jobs
from ui.theme import FONT_FAMILY

SMOKE_MARK = "KAEJON-SMOKE-OK"
SMOKE_FAILED = "KAEJON-SMOKE-FAILED"
# pythainlp's newmm dictionary must be in the build: the Thai PDF line breaker needs it.
WORD_BREAK_SAMPLE = "ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจน"
WORD_BREAK_EXPECTED = ["ศูนย์อำนวยการ", "ขับเคลื่อน", "การ", "แก้ไขปัญหา", "ความยากจน"]


def schedule_smoke_test(app: QApplication, window: MainWindow, *, screenshots: Path | None,
                        started: float) -> None:
    """Run the check once the event loop is up; it ends the loop with the exit status."""
    QTimer.singleShot(0, lambda: _run(app, window, screenshots, started))


def _report(line: str, screenshots: Path | None) -> None:
    print(line, flush=True)  # does nothing when there is no console
    if screenshots is not None:
        screenshots.mkdir(parents=True, exist_ok=True)
        (screenshots / "smoke.txt").write_text(line + "\n", encoding="utf-8")


def _run(app: QApplication, window: MainWindow, screenshots: Path | None, started: float) -> None:
    try:
        resolved = QFontInfo(app.font()).family()
        if resolved != FONT_FAMILY:
            raise RuntimeError(f"the application font is {resolved!r}, not the bundled {FONT_FAMILY}")
        words = _thai_words(WORD_BREAK_SAMPLE)
        if words != WORD_BREAK_EXPECTED:
            raise RuntimeError(f"Thai word breaking gave {words}")
        pages = window.sidebar.count()
        for row in range(pages):
            window.sidebar.setCurrentRow(row)
            app.processEvents()
            wait_for_background_jobs()  # the overview counts in the background: draw its charts
            app.processEvents()
            image = window.grab()
            if image.isNull():
                raise RuntimeError(f"page {row + 1} did not paint")
            if screenshots is not None:
                screenshots.mkdir(parents=True, exist_ok=True)
                if not image.save(str(screenshots / f"page-{row + 1}.png")):
                    raise RuntimeError(f"could not save the screenshot of page {row + 1}")
        window.sidebar.setCurrentRow(0)
        app.processEvents()
        if not window.close():
            raise RuntimeError("the main window refused to close")
        line = (f"{SMOKE_MARK} version={app_version()} frozen={int(is_frozen())} pages={pages} "
                f"font={resolved} thai_words={len(words)} utf8={sys.flags.utf8_mode} "
                f"seconds={time.perf_counter() - started:.2f}")
        _report(line, screenshots)
        app.exit(0)
    except Exception:
        details = traceback.format_exc()
        print(details, file=sys.stderr)
        _report(f"{SMOKE_FAILED} {details.strip().splitlines()[-1]}", screenshots)
        app.exit(1)


def _thai_words(text: str) -> list[str]:
    from pythainlp.tokenize import word_tokenize

    return list(word_tokenize(text, engine="newmm"))
