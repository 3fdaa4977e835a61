"""The app's version: the one in pyproject.toml (bundled into the frozen build), else the metadata."""

from __future__ import annotations

import tomllib
from functools import cache

from core.resources import app_dir

UNKNOWN_VERSION = "0+unknown"


@cache
def app_version() -> str:
    """The version string declared in pyproject.toml.

    From source and in the PyInstaller bundle pyproject.toml sits in ``app_dir()`` (the spec
    copies it); an installed wheel has no pyproject.toml but has package metadata.
    """
    pyproject = app_dir() / "pyproject.toml"
    if pyproject.is_file():
        with pyproject.open("rb") as f:
            return str(tomllib.load(f)["project"]["version"])
    from importlib import metadata

    try:
        return metadata.version("kaejon-desk")
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION
