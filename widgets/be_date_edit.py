"""A date field in the Buddhist Era: type 15/3/2569, 15 มี.ค. 69 or ๑๕/๓/๒๕๖๙; ↑/↓ change the day."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from core.importing.normalize import parse_date
from core.thai import format_date_be

translate = QCoreApplication.translate
_FAR = dt.date(2299, 12, 31)  # planned dates lie in the future: read any year up to here


class BEDateEdit(QLineEdit):
    """Shows ``dd/mm/yyyy`` in BE; ``date()`` is the CE date or None (empty or unreadable)."""

    dateChanged = Signal(object)  # dt.date | None

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 optional: bool = False) -> None:
        super().__init__(parent)
        self.optional = optional
        self._date: dt.date | None = None
        self.setPlaceholderText(translate("BEDateEdit", "dd/mm/yyyy (BE)"))
        self.setToolTip(translate(
            "BEDateEdit", "A date in the Buddhist Era, e.g. 15/3/2569 or 15 มี.ค. 2569. "
            "The up and down arrow keys change the day."))
        self.setMaximumWidth(150)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00/00/0000") + 24)
        self.editingFinished.connect(self._read)
        self.setDate(value)

    def date(self) -> dt.date | None:
        """The date typed (read now, even before the field loses focus)."""
        self._read()
        return self._date

    def is_valid(self) -> bool:
        """Empty and optional, or a readable date."""
        text = self.text().strip()
        return (not text and self.optional) or (bool(text) and self.date() is not None)

    def setDate(self, value: dt.date | None) -> None:
        """Show a date (None clears the field)."""
        self._date = value
        self.setText(format_date_be(value, style="numeric") if value else "")
        self._mark(True)
        self.dateChanged.emit(value)

    def _read(self) -> None:
        text = self.text().strip()
        value: dt.date | None = None
        ok = True
        if text:
            result = parse_date(text, today=_FAR)
            ok = result.value is not None and result.precision == "day"
            value = result.value if ok else None
        else:
            ok = self.optional
        self._mark(ok)
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)
        if ok and value is not None and self.text() != format_date_be(value, style="numeric") \
                and not self.hasFocus():
            self.setText(format_date_be(value, style="numeric"))

    def _mark(self, ok: bool) -> None:
        self.setStyleSheet("" if ok else "QLineEdit { border: 1px solid #c0392b; "
                           "background: #fdecea; }")
        self.setProperty("invalid", not ok)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Up/Down: one day later/earlier; Page Up/Down: one month."""
        steps = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1, Qt.Key.Key_PageUp: 30,
                 Qt.Key.Key_PageDown: -30}
        step = steps.get(Qt.Key(event.key()))
        if step is not None:
            current = self.date() or dt.date.today()
            self.setDate(current + dt.timedelta(days=step))
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._read()
