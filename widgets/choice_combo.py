"""Filter combo boxes whose first item means "all": refilling the choices after it."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox


def replace_choices(combo: QComboBox, choices: Iterable[tuple[str, Any]]) -> None:
    """Put ``choices`` (label, value) after the combo's first item, keeping the current value
    selected when it is still offered (else the first item), without emitting signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    try:
        while combo.count() > 1:
            combo.removeItem(1)
        for label, value in choices:
            combo.addItem(label, value)
        found = combo.findData(current) if current is not None else -1
        combo.setCurrentIndex(max(found, 0))
    finally:
        combo.blockSignals(False)
