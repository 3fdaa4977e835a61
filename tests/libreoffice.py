"""LibreOffice as a real client of the workbooks we write: headless conversion with a private profile."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

from core.resources import resource_path


def libreoffice_required() -> bool:
    """CI sets KAEJON_REQUIRE_LIBREOFFICE=1: the Excel tests then fail instead of skipping
    when LibreOffice (the real client that recalculates the returns) is missing."""
    return os.environ.get("KAEJON_REQUIRE_LIBREOFFICE") == "1"


def soffice() -> str:
    """The soffice binary, or skip (fail under KAEJON_REQUIRE_LIBREOFFICE=1)."""
    found = shutil.which("soffice") or shutil.which("libreoffice")
    if found is None:
        if libreoffice_required():
            pytest.fail("KAEJON_REQUIRE_LIBREOFFICE=1 but LibreOffice (soffice) is not installed",
                        pytrace=False)
        pytest.skip("LibreOffice (soffice) not installed")
    return found


def _fontconfig(folder: Path) -> Path:
    """A fontconfig file that adds the bundled Sarabun to the system fonts."""
    conf = folder / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        '<include ignore_missing="yes">/etc/fonts/fonts.conf</include>'
        f'<dir>{resource_path("fonts")}</dir><cachedir>{folder / "cache"}</cachedir>'
        '</fontconfig>', encoding="utf-8")
    return conf


def convert(source: Path, to: str, out_dir: Path, *, timeout: float = 240) -> Path:
    """``soffice --headless --convert-to TO`` (recalculating formulas on the way); the result."""
    return convert_all([source], to, out_dir, timeout=timeout)[0]


def convert_all(sources: list[Path], to: str, out_dir: Path, *, timeout: float = 300) -> list[Path]:
    """Convert several files in one LibreOffice run (it starts slowly); the results in order."""
    binary = soffice()
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="kaejon-lo-") as profile:
        env = {**os.environ, "FONTCONFIG_FILE": str(_fontconfig(Path(profile))),
               "HOME": profile}
        proc = subprocess.run(
            [binary, f"-env:UserInstallation=file://{profile}/user", "--headless",
             "--norestore", "--convert-to", to, "--outdir", str(out_dir), *map(str, sources)],
            capture_output=True, text=True, timeout=timeout, env=env, check=False)
    targets = [out_dir / f"{source.stem}.{to.split(':')[0]}" for source in sources]
    missing = [t.name for t in targets if not t.exists()]
    if proc.returncode != 0 or missing:
        raise AssertionError(f"LibreOffice could not convert {missing}: "
                             f"{proc.stdout}\n{proc.stderr}")
    return targets
