"""Bar charts of the dashboard (Qt Charts), clickable, in Sarabun; and a clickable figure card.

All Qt Charts code of the app lives in this module, so that a move to Qt Graphs (which needs
Qt Quick) touches this file only. A chart is drawn from a plain :class:`core.dashboard.Chart`;
a click on a bar emits the :class:`core.dashboard.Bar` behind it.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QHorizontalStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMargins, QRectF, QSizeF, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QImage, QMouseEvent, QPainter
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QToolTip, QWidget

from core.dashboard import Bar, Chart
from widgets.stat_card import StatCard

# Colours by series key; the others take the palette in order.
COLOURS = {
    "pending": "#b8c4c9", "confirmed": "#2f7a8f", "not_eligible": "#e0a458",
    "not_found": "#b5651d", "ended": "#6b6b6b", "duplicate": "#a593c2",
    "open": "#4a90c2", "overdue": "#d64541", "done": "#3c9d5d",
    "before": "#9fb3bd", "after": "#2f7a8f", "failed": "#c0504d",
}
PALETTE = ("#2f7a8f", "#e0a458", "#3c9d5d", "#a593c2", "#d64541", "#6b6b6b")
ROW_HEIGHT = 26  # pixels per category of a horizontal chart


def _font(size: float, *, bold: bool = False) -> QFont:
    font = QFont(QApplication.font().family())
    font.setPointSizeF(size)
    font.setBold(bold)
    return font


class BarChartView(QChartView):
    """One dashboard chart: horizontal bars (stacked or side by side) or grouped columns."""

    bar_clicked = Signal(object)  # core.dashboard.Bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.data: Chart | None = None
        self.sets: list[QBarSet] = []
        self.setChart(QChart())

    def show_chart(self, data: Chart) -> None:
        """Draw ``data`` (replaces what was drawn)."""
        self.data = data
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setTitle(data.title)
        chart.setTitleFont(_font(12, bold=True))
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(6)
        columns = data.key == "levels"  # before/after side by side reads best upright
        series: QBarSeries | QHorizontalBarSeries | QHorizontalStackedBarSeries
        if columns:
            series = QBarSeries()
        elif data.stacked and len(data.series) > 1:
            series = QHorizontalStackedBarSeries()
        else:
            series = QHorizontalBarSeries()
        self.sets = []
        # Qt Charts lists horizontal categories from the bottom; the data's first goes on top.
        order = list(range(len(data.categories)))
        if not columns:
            order.reverse()
        for n, s in enumerate(data.series):
            bar_set = QBarSet(s.label)
            bar_set.append([float(s.bars[i].count) for i in order])
            bar_set.setColor(QColor(COLOURS.get(s.key, PALETTE[n % len(PALETTE)])))
            bar_set.setBorderColor(QColor("white"))
            bar_set.setLabelFont(_font(8.5))
            bar_set.setLabelColor(QColor("#1b2b31"))
            bar_set.clicked.connect(lambda index, n=n: self._clicked(n, index))
            bar_set.hovered.connect(lambda on, index, n=n: self._hovered(on, n, index))
            series.append(bar_set)
            self.sets.append(bar_set)
        series.setBarWidth(0.75)
        if not (data.stacked and len(data.series) > 1):
            series.setLabelsVisible(True)
            series.setLabelsPosition(QBarSeries.LabelsPosition.LabelsOutsideEnd)
            series.setLabelsFormat("@value")
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([data.categories[i] for i in order])
        categories.setLabelsFont(_font(9.5))
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setLabelsFont(_font(8.5))
        top = max((sum(s.bars[i].count for s in data.series) if data.stacked
                   else max((s.bars[i].count for s in data.series), default=0)
                   for i in range(len(data.categories))), default=0)
        values.setRange(0, max(4.0, top * 1.15))  # whole numbers on the axis, even when empty
        values.applyNiceNumbers()
        values.setTitleText(data.unit)
        values.setTitleFont(_font(8.5))
        if columns:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        else:
            chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
            chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        series.attachAxis(values)
        legend = chart.legend()
        legend.setVisible(len(data.series) > 1)
        legend.setFont(_font(9))
        legend.setAlignment(Qt.AlignmentFlag.AlignBottom)
        old = self.chart()
        self.setChart(chart)
        if old is not None:
            old.deleteLater()
        rows = len(data.categories) * (len(data.series) if columns or not data.stacked else 1)
        height = 300 if columns else max(220, 110 + rows * ROW_HEIGHT
                                         + (30 if legend.isVisible() else 0))
        self.setFixedHeight(height)

    def bar(self, series: int, category: int) -> Bar | None:
        """The data behind a bar (data order: category 0 is the first of ``Chart.categories``)."""
        if self.data is None:
            return None
        try:
            return self.data.series[series].bars[category]
        except IndexError:
            return None

    def _data_index(self, index: int) -> int:
        if self.data is None or self.data.key == "levels":
            return index
        return len(self.data.categories) - 1 - index

    def _clicked(self, series: int, index: int) -> None:
        bar = self.bar(series, self._data_index(index))
        if bar is not None:
            self.bar_clicked.emit(bar)

    def click_bar(self, series: int, category: int) -> None:
        """What a click on a bar does (tests; ``category`` in data order)."""
        self.sets[series].clicked.emit(self._data_index(category))

    def _hovered(self, on: bool, series: int, index: int) -> None:
        if not on or self.data is None:
            QToolTip.hideText()
            return
        bar = self.bar(series, self._data_index(index))
        if bar is not None:
            QToolTip.showText(QCursor.pos(), f"{bar.selection.label}: {bar.count:,} "
                                             f"{self.data.unit}", self)

    def png(self, width: int = 0, height: int = 0) -> bytes:
        """The chart as PNG (at its size on screen, or at ``width`` × ``height``), drawn from
        its scene, so that a chart never shown has its final layout too."""
        width, height = width or self.width(), height or self.height()
        chart = self.chart()
        chart.resize(QSizeF(width, height))
        scene = chart.scene()
        scene.setSceneRect(QRectF(0, 0, width, height))
        image = QImage(width * 2, height * 2, QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(2)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, width, height), QRectF(0, 0, width, height))
        painter.end()
        if (width, height) != (self.width(), self.height()):  # back to the size on screen
            chart.resize(QSizeF(self.viewport().size()))
            scene.setSceneRect(QRectF(0, 0, self.viewport().width(), self.viewport().height()))
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        image.save(buffer, "PNG")  # type: ignore[call-overload]
        buffer.close()
        return bytes(data.data())


class FigureCard(StatCard):
    """A headline figure that opens its households when clicked, with an optional detail."""

    clicked = Signal()

    def __init__(self, label: str, parent: QWidget | None = None) -> None:
        super().__init__(label, parent)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.detail = QLabel()
        self.detail.setObjectName("StatDetail")
        self.detail.setStyleSheet("color: #7a8b92;")
        self.detail.setVisible(False)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.detail)

    def set_figure(self, text: str, label: str, detail: str = "") -> None:
        """Show the figure, its label and, below them, a detail ("of 1,234 open referrals")."""
        self.set_value(text)
        self.caption.setText(label)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)
