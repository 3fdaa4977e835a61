"""Translations for text produced outside Qt (errors, command line), from the same .ts files.

The UI loads the compiled ``.qm`` files with ``QTranslator``; code that must not import Qt
marks its text with :func:`translate` (``pyside6-lupdate`` collects those calls) and gets the
translation from the ``.ts`` XML here, so one catalogue serves both faces of the app.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET
from functools import cache

from core.resources import resource_path

LANGUAGES = ("th", "en")
_language = os.environ.get("KAEJON_LANG", "th") if os.environ.get("KAEJON_LANG") in LANGUAGES else "th"


def set_language(code: str) -> None:
    """Choose the language of messages (``th`` or ``en``)."""
    global _language
    if code not in LANGUAGES:
        raise ValueError(f"unsupported language {code!r}")
    _language = code


def language() -> str:
    """The current language code."""
    return _language


@cache
def _catalogue(code: str) -> dict[tuple[str, str], str]:
    path = resource_path("i18n", f"kaejon_{code}.ts")
    if not path.exists():
        return {}
    result: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete"):
                continue
            if node.text:
                result[(name, source)] = node.text
    return result


def translate(context: str, text: str) -> str:
    """The text in the current language (the English source when no translation exists)."""
    if _language == "en":
        return text
    return _catalogue(_language).get((context, text), text)
