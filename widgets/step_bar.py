"""A row of numbered steps with the current one highlighted (for wizards)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

_STYLE = """
QFrame#StepBar { background: #f4f8f9; border: 1px solid #d5dee2; border-radius: 6px; }
QLabel[step="todo"] { color: #7a8d95; }
QLabel[step="done"] { color: #2f7a8f; }
QLabel[step="current"] { color: white; background: #2f7a8f; border-radius: 4px; font-weight: bold; }
QLabel#StepArrow { color: #9fb1b8; }
"""


class StepBar(QFrame):
    """``1 File › 2 Sheet › …``: where the user is in a sequence of steps."""

    def __init__(self, titles: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepBar")
        self.setStyleSheet(_STYLE)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        self.labels: list[QLabel] = []
        for i, title in enumerate(titles):
            if i:
                arrow = QLabel("›")
                arrow.setObjectName("StepArrow")
                layout.addWidget(arrow)
            label = QLabel(f"{i + 1}  {title}")
            label.setContentsMargins(10, 4, 10, 4)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.labels.append(label)
            layout.addWidget(label)
        layout.addStretch(1)
        self.current = -1
        self.set_current(0)

    def set_current(self, index: int) -> None:
        """Highlight step ``index``; the steps before it show as done."""
        self.current = index
        for i, label in enumerate(self.labels):
            label.setProperty("step", "done" if i < index else "current" if i == index else "todo")
            label.style().unpolish(label)
            label.style().polish(label)
