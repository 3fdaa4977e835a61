"""A compact row of figures, each a number over a short caption (counts of a job's outcome)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout, QWidget

_STYLE = """
QFrame#Figure { background: white; border: 1px solid #d5dee2; border-radius: 6px; }
QFrame#Figure[tone="bad"] { border-color: #e2b4b0; background: #fdf4f3; }
QFrame#Figure[tone="warn"] { border-color: #ecd39c; background: #fffaf0; }
QLabel#FigureValue { font-size: 15pt; font-weight: bold; color: #1f4e5f; padding-bottom: 2px; }
QLabel#FigureCaption { font-size: 10pt; color: #48606a; padding-bottom: 3px; }
"""


class FigureStrip(QWidget):
    """Figures side by side, addressed by key; :meth:`add_gap` separates groups."""

    PADDING = 6

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(_STYLE)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.frames: dict[str, QFrame] = {}

    def add(self, key: str, caption: str, *, tone: str = "") -> None:
        """Add a figure at the end of the row (``tone``: ``bad`` or ``warn`` to stand out)."""
        frame = QFrame(self)
        frame.setObjectName("Figure")
        if tone:
            frame.setProperty("tone", tone)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(self.PADDING, 4, self.PADDING, 5)
        layout.setSpacing(0)
        value = QLabel("–")
        value.setObjectName("FigureValue")
        text = QLabel(caption)
        text.setObjectName("FigureCaption")
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(value)
        layout.addWidget(text, 1)
        # Space in proportion to the captions, so that a caption wraps only when the row is
        # too narrow for all of them (equal tiles would break the long ones first).
        text.ensurePolished()  # the caption's own (smaller) font from the style sheet
        width = text.fontMetrics().horizontalAdvance(caption) + 2 * self.PADDING + 12
        # never narrower than its longest word (Thai, written without spaces, never wraps)
        longest = max((text.fontMetrics().horizontalAdvance(w) for w in caption.split()),
                      default=0)
        text.setMinimumWidth(longest + 4)
        self.row.addWidget(frame, width)
        self.values[key] = value
        self.captions[key] = text
        self.frames[key] = frame

    def add_gap(self, width: int = 8) -> None:
        """Space between two groups of figures."""
        self.row.addSpacing(width)

    def set_value(self, key: str, value: int | str) -> None:
        """Show a number (with thousands separators) or a text."""
        self.values[key].setText(f"{value:,}" if isinstance(value, int) else value)

    def set_values(self, values: dict[str, int]) -> None:
        """Show every figure whose key is in ``values``."""
        for key, value in values.items():
            if key in self.values:
                self.set_value(key, value)

    def value_text(self, key: str) -> str:
        """A figure as shown."""
        return self.values[key].text()
