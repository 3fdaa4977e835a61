"""A headline figure with its label (used on the overview)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget


class StatCard(QFrame):
    """A large number above a short label."""

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StatCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        self.value_label = QLabel("–")
        self.value_label.setObjectName("StatValue")
        self.value_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.caption = QLabel(label)
        self.caption.setObjectName("StatCaption")
        self.caption.setWordWrap(True)
        layout.addWidget(self.value_label)
        layout.addWidget(self.caption)

    def set_value(self, value: int | str) -> None:
        """Show a number (with thousands separators) or a text."""
        self.value_label.setText(f"{value:,}" if isinstance(value, int) else value)

    def value_text(self) -> str:
        """The figure as shown."""
        return self.value_label.text()
