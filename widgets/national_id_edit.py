"""A national-ID field: formats X-XXXX-XXXXX-XX-X as you type and checks the check digit."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from core.thai import clean_national_id, format_national_id, is_valid_national_id

translate = QCoreApplication.translate


class NationalIdEdit(QLineEdit):
    """Digits only (Thai digits and dashes are accepted); ``state`` is empty, partial, valid or
    invalid, shown by a style property so the field turns green or red as the user types."""

    stateChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText("X-XXXX-XXXXX-XX-X")
        self.setMaxLength(17)
        self.state = "empty"
        self.textEdited.connect(self._reformat)
        self.textChanged.connect(lambda _t: self._update_state())

    def digits(self) -> str:
        """The 13 (or fewer) digits typed."""
        return clean_national_id(self.text())

    def set_digits(self, digits: str | None) -> None:
        """Show a stored ID."""
        self.setText(format_national_id(digits) if digits else "")

    def _reformat(self, text: str) -> None:
        digits = clean_national_id(text)[:13]
        # X-XXXX-XXXXX-XX-X as far as typed; the cursor stays after the same digit
        cuts = (1, 5, 10, 12)
        shown = "".join(("-" if i in cuts else "") + d for i, d in enumerate(digits))
        if shown != text:
            before = len(clean_national_id(text[:self.cursorPosition()]))
            self.setText(shown)
            self.setCursorPosition(self._position_after_digit(shown, before))

    @staticmethod
    def _position_after_digit(shown: str, digits: int) -> int:
        """The cursor position just after the ``digits``-th digit of ``shown``."""
        if digits <= 0:
            return 0
        count = 0
        for position, ch in enumerate(shown, start=1):
            count += ch.isdigit()
            if count >= digits:
                return position
        return len(shown)

    def _update_state(self) -> None:
        digits = self.digits()
        if not digits:
            state = "empty"
        elif len(digits) < 13:
            state = "partial"
        else:
            state = "valid" if is_valid_national_id(digits) else "invalid"
        if state != self.state:
            self.state = state
            self.setProperty("state", state)
            self.style().unpolish(self)
            self.style().polish(self)
            self.setToolTip({
                "invalid": translate("NationalIdEdit", "The check digit is wrong: check the "
                                                       "number against the ID card."),
                "valid": translate("NationalIdEdit", "The number is valid."),
            }.get(state, ""))
            self.stateChanged.emit(state)
