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


class BeDateEdit(QLineEdit):
    """Shows the date as ``15 มี.ค. 2569``; :meth:`date` is the CE date or None.

    ``state`` is ``empty``, ``valid`` or ``invalid`` (unreadable, only a year, in the future
    when ``allow_future`` is off, or empty when not ``optional``); an invalid field turns red.
    """

    dateChanged = Signal(object)  # dt.date | None

    def __init__(self, value: dt.date | None = None, parent: QWidget | None = None, *,
                 optional: bool = False, allow_future: bool = True) -> None:
        super().__init__(parent)
        self.optional = optional
        self.allow_future = allow_future
        self._date: dt.date | None = None
        self.state = "empty"
        self.setPlaceholderText(translate("BeDateEdit", "dd/mm/yyyy (BE)"))
        self.setMaximumWidth(170)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("00 ก.ย. 0000") + 24)
        self.editingFinished.connect(self.commit)
        self.setDate(value)

    def date(self) -> dt.date | None:
        """The date typed (read now, even before the field loses focus)."""
        self.commit()
        return self._date

    def is_valid(self) -> bool:
        """Empty and optional, or a readable date."""
        self.commit()
        return self.state != "invalid"

    def setDate(self, value: dt.date | None) -> None:
        """Show a date (None clears the field)."""
        self._date = value
        self.setText(format_date_be(value, style="short") if value else "")
        self._mark("valid" if value else "empty")
        self.dateChanged.emit(value)

    def commit(self) -> None:
        """Read what is typed now (also done when the field loses focus or Enter is pressed)."""
        text = self.text().strip()
        value: dt.date | None = None
        if text:
            result = parse_date(text, today=_FAR)
            ok = result.value is not None and result.precision == "day" and (
                self.allow_future or result.value <= dt.date.today())
            value = result.value if ok else None
            state = "valid" if ok else "invalid"
        else:
            state = "empty" if self.optional else "invalid"
        self._mark(state)
        if value != self._date:
            self._date = value
            self.dateChanged.emit(value)
        if value is not None and not self.hasFocus() \
                and self.text() != format_date_be(value, style="short"):
            self.setText(format_date_be(value, style="short"))

    def _mark(self, state: str) -> None:
        self.state = state
        self.setProperty("state", state)
        self.setStyleSheet("QLineEdit { border: 1px solid #c0392b; background: #fdecea; }"
                           if state == "invalid" else "")
        self.setToolTip(translate(
            "BeDateEdit", "Not a date: type e.g. 15/3/2569 or 15 มี.ค. 2569.") if state == "invalid"
            else translate("BeDateEdit", "A date in the Buddhist Era, e.g. 15/3/2569 or "
                                         "15 มี.ค. 2569. The up and down arrow keys change the day."))

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
        self.commit()
