"""Qt translations: Thai by default, English selectable (the same catalogue core uses)."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from core import i18n
from core.resources import resource_path

_installed: list[QTranslator] = []


def install_translators(app: QApplication, language: str) -> None:
    """Load the app's and Qt's own translations for ``language`` (``th`` or ``en``)."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    i18n.set_language(language)
    QLocale.setDefault(QLocale(QLocale.Language.Thai if language == "th" else QLocale.Language.English,
                               QLocale.Country.Thailand))
    if language == "en":
        return
    ours = QTranslator(app)
    if ours.load(str(resource_path("i18n", f"kaejon_{language}.qm"))):
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
