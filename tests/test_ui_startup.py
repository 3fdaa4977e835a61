"""The real program starts, shows its main window and exits cleanly (a separate process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.database import Database
from ui.app import STARTUP_MARK

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.gui


def test_main_py_opens_the_window_on_a_database(sqlite_database: Database, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "KAEJON_EXIT_AFTER_SHOW": "1",
           "KAEJON_DATA_DIR": str(tmp_path / "home")}
    proc = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", sqlite_database.label],
                          env=env, capture_output=True, text=True, timeout=120, check=False)
    assert proc.returncode == 0, proc.stderr
    assert STARTUP_MARK in proc.stdout
    assert "Traceback" not in proc.stderr
