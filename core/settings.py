"""Per-user preferences (language, last database) in a JSON file in the user's data folder."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, fields
from pathlib import Path

from db.engine import data_dir


@dataclass
class UserSettings:
    """What the app remembers for this computer user."""

    language: str = "th"
    last_database: str | None = None


def settings_path() -> Path:
    """The settings file."""
    return data_dir() / "settings.json"


def load_settings() -> UserSettings:
    """The saved settings (defaults when the file is missing or unreadable)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return UserSettings()
    known = {f.name for f in fields(UserSettings)}
    return UserSettings(**{k: v for k, v in data.items() if k in known})


def save_settings(settings: UserSettings) -> None:
    """Write the settings atomically."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(asdict(settings), ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(tmp, path)
