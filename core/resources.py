"""The one place that knows where the app's bundled files live (source tree or frozen build).

From source, the app's folder is the repository root (found from this file, never from the
current directory). In a PyInstaller build it is ``sys._MEIPASS`` (the bundle's ``_internal``
folder), which holds the same layout: ``resources/``, ``pyproject.toml`` and, beside the
frozen ``db`` package, ``db/migrations`` (packaging/kaejon.spec copies them there).
Everything the app writes goes to the user's data folder instead (db.engine.data_dir).
"""

from __future__ import annotations

import sys
from pathlib import Path

# The folders under resources/ that the app loads at run time; packaging/kaejon.spec bundles
# each one (tests/test_packaging.py checks both lists against the code).
RESOURCE_FOLDERS = ("fonts", "i18n", "reference", "areas", "icons")


def is_frozen() -> bool:
    """Whether the app runs from a PyInstaller bundle."""
    return bool(getattr(sys, "frozen", False)) and hasattr(sys, "_MEIPASS")


def app_dir() -> Path:
    """The folder holding the app's own files: the bundle when frozen, else the source tree."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle).resolve()
    return Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The ``resources/`` folder, also inside a PyInstaller bundle."""
    return app_dir() / "resources"


def resource_path(*parts: str) -> Path:
    """A file under ``resources/`` (an absolute path)."""
    return resources_dir().joinpath(*parts)
