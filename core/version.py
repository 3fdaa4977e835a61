"""The app's version, from the installed package metadata or from pyproject.toml."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path


@cache
def app_version() -> str:
    """The version string declared in pyproject.toml."""
    pyproject = Path(__file__).resolve().parent.parent / "pyproject.toml"
    if pyproject.exists():
        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    from importlib import metadata

    try:
        return metadata.version("kaejon-desk")
    except metadata.PackageNotFoundError:
        return "0+unknown"

