"""A date field in the Buddhist Era: type 13/04/2546, 13 เม.ย. 2546 or 2546-04-13."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from core.importing.normalize import parse_date
from core.thai import format_date_be

translate = QCoreApplication.translate


class BeDateEdit(QLineEdit):
    """Reads what the user typed when they leave the field and shows it as 13 เม.ย. 2546.

    Thai month names, short or long, BE or CE years and Thai digits are understood. An
    unreadable text turns the field red (``state`` = ``invalid``) and :meth:`date` returns None.
    """

    dateChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None, *, allow_future: bool = False) -> None:
        super().__init__(parent)
        self.allow_future = allow_future
        self._date: dt.date | None = None
        self.state = "empty"
        self.setPlaceholderText(translate("BeDateEdit", "dd/mm/yyyy (BE)"))
        self.editingFinished.connect(self.commit)

    def date(self) -> dt.date | None:
        """The date shown (None when empty or unreadable)."""
        return self._date

    def set_date(self, value: dt.date | None) -> None:
        """Show a date (or nothing)."""
        self._date = value
        self.setText(format_date_be(value, style="short") if value else "")
        self._set_state("valid" if value else "empty")

    def commit(self) -> None:
        """Read the text now (also called when the field loses focus or Enter is pressed)."""
        text = self.text().strip()
        if not text:
            value = None
            state = "empty"
        else:
            result = parse_date(text)
            value = result.value
            state = "valid" if value is not None else "invalid"
            if value is not None and not self.allow_future and value > dt.date.today():
                value, state = None, "invalid"
        changed = value != self._date
        self._date = value
        if value is not None:
            self.setText(format_date_be(value, style="short"))
        self._set_state(state)
        if changed:
            self.dateChanged.emit(value)

    def _set_state(self, state: str) -> None:
        self.state = state
        self.setProperty("state", state)
        self.style().unpolish(self)
        self.style().polish(self)
        self.setToolTip(translate("BeDateEdit", "Not a date: type e.g. 13/04/2546 or "
                                                "13 เม.ย. 2546.") if state == "invalid" else "")
