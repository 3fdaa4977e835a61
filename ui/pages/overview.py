"""ภาพรวม: where the district stands, at a glance: headline figures and charts, each clickable.

The figures are counted off the GUI thread (``ui.operations.Op``; only plain data comes back)
and requests are coalesced: while a count runs, any number of new requests make one more count
when it ends. A click on a figure or a bar asks the main window to open the household list
narrowed to exactly those households (:data:`OverviewPage.open_households`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from core.dashboard import (
    Dashboard,
    DashboardChoices,
    DashboardFilter,
    Selection,
    count_dashboard,
    dashboard_choices,
)
from core.database import Database
from core.errors import UserError
from core.i18n import language
from core.office import office_summary
from ui import prompts
from ui.operations import Op, Progress
from ui.pages.base import Page
from widgets.charts import BarChartView, FigureCard
from widgets.choice_combo import replace_choices

translate = QCoreApplication.translate

HEADLINES = ("households", "verified", "confirmed", "in_progress", "helped", "graduated",
             "overdue", "spent")
CHARTS = ("verification", "help", "dimensions", "levels", "agencies")
PDF_CHART_WIDTH = 640  # pixels of a chart drawn for the PDF: Sarabun about 9 pt on paper


@dataclasses.dataclass(frozen=True)
class Counted:
    """What one background count brings back (plain data)."""

    dashboard: Dashboard
    choices: DashboardChoices
    office_name: str


class OverviewPage(Page):
    """Headline figures, five charts, filters, PDF and PNG export."""

    open_households = Signal(object)  # core.dashboard.Selection
    refreshed = Signal()  # the figures on screen are new

    def __init__(self, database: Database, parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Overview"), parent)
        self.dashboard: Dashboard | None = None
        self.office_name = ""
        self._running = False
        self._pending = False

        tools = QHBoxLayout()
        self.subdistrict = self._combo(translate("OverviewPage", "All subdistricts"))
        self.list_year = self._combo(translate("OverviewPage", "All list years"))
        self.period = self._combo(translate("OverviewPage", "Help: any time"))
        self.period.setToolTip(translate(
            "OverviewPage", "A fiscal year narrows the help figures (referrals and baht) to help "
                            "planned in that year; household statuses are as they are today."))
        for combo in (self.subdistrict, self.list_year, self.period):
            tools.addWidget(combo)
        self.status = QLabel()
        self.status.setObjectName("OverviewStatus")
        tools.addWidget(self.status, 1)
        self.pdf_button = QPushButton(translate("OverviewPage", "Export PDF…"))
        self.pdf_button.clicked.connect(lambda _c=False: self.export_pdf())
        self.png_button = QPushButton(translate("OverviewPage", "Save chart as PNG"))
        self.png_menu = QMenu(self.png_button)
        self.png_button.setMenu(self.png_menu)
        tools.addWidget(self.pdf_button)
        tools.addWidget(self.png_button)
        self.layout_.addLayout(tools)

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        body.setSpacing(12)
        cards = QGridLayout()
        cards.setSpacing(10)
        self.cards: dict[str, FigureCard] = {}
        captions = {  # the real captions come with the figures (core.dashboard)
            "households": translate("OverviewPage", "Households on the lists"),
            "verified": translate("OverviewPage", "Verified"),
            "confirmed": translate("OverviewPage", "Confirmed targets"),
            "in_progress": translate("OverviewPage", "Help in progress"),
            "helped": translate("OverviewPage", "Helped or self-resolved"),
            "graduated": translate("OverviewPage", "Out of poverty"),
            "overdue": translate("OverviewPage", "Overdue referrals"),
            "spent": translate("OverviewPage", "Baht spent"),
        }
        for i, key in enumerate(HEADLINES):
            card = FigureCard(captions[key])
            card.setToolTip(translate("OverviewPage", "Click to list these households"))
            card.clicked.connect(lambda key=key: self.open_figure(key))
            self.cards[key] = card
            cards.addWidget(card, i // 4, i % 4)
        body.addLayout(cards)
        self.charts: dict[str, BarChartView] = {}
        for key in CHARTS:
            view = BarChartView()
            view.setFrameShape(QFrame.Shape.NoFrame)
            view.bar_clicked.connect(lambda bar: self.open_households.emit(bar.selection))
            self.charts[key] = view
        # The subdistricts across the whole width (its legend has six statuses), then pairs.
        body.addWidget(self.charts["verification"])
        for pair in (("help", "dimensions"), ("levels", "agencies")):
            row = QHBoxLayout()
            row.setSpacing(10)
            for key in pair:
                row.addWidget(self.charts[key], 1, Qt.AlignmentFlag.AlignTop)
            body.addLayout(row)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)
        self._enable_exports()

    def _combo(self, everything: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMaximumWidth(230)
        combo.currentIndexChanged.connect(lambda _index: self.request_refresh())
        return combo

    # ----------------------------------------------------------------- counting

    def scope(self) -> DashboardFilter:
        """The filter the combos describe."""
        return DashboardFilter(subdistrict_code=self.subdistrict.currentData(),
                               list_year_be=self.list_year.currentData(),
                               fiscal_year_be=self.period.currentData())

    def refresh(self) -> None:
        """Count again (in the background)."""
        self.request_refresh()

    def refresh_if_shown(self) -> None:
        """After a change elsewhere: count again now if the page is on screen (else the next
        time it is shown)."""
        if self.isVisible():
            self.request_refresh()

    def request_refresh(self) -> None:
        """Ask for new figures; while a count runs, requests wait and make one more count."""
        if self._running:
            self._pending = True
            return
        self._start()

    def is_counting(self) -> bool:
        """Whether a count is under way (or asked for)."""
        return self._running or self._pending

    def _start(self) -> None:
        self._running, self._pending = True, False
        database, scope, lang = self.database, self.scope(), language()
        self.status.setText(translate("OverviewPage", "Counting…"))

        def job(_progress: Progress) -> Counted:
            with database.read() as s:
                office = office_summary(s)
                return Counted(count_dashboard(s, scope, language=lang),
                               dashboard_choices(s, language=lang),
                               office.office_name if office else "")

        Op(self, job).success(self._counted).failure(self._count_failed).run_in_background()

    def _counted(self, counted: Counted) -> None:
        if not shiboken6.isValid(self):
            return  # the window closed while counting
        self._running = False
        if self._pending:  # something changed meanwhile: show these, count once more
            self._start()
        self.show_dashboard(counted)

    def _count_failed(self, error: BaseException) -> None:
        if not shiboken6.isValid(self):
            return
        self._running = False
        if self._pending:
            self._start()
            return
        if isinstance(error, UserError):
            self.status.setText(str(error))
        else:
            self.status.setText("")
            sys.excepthook(type(error), error, error.__traceback__)

    def show_dashboard(self, counted: Counted) -> None:
        """Put new figures on the cards and charts."""
        self._fill_choices(counted.choices)
        dashboard = counted.dashboard
        self.dashboard = dashboard
        self.office_name = counted.office_name
        for headline in dashboard.headlines:
            card = self.cards.get(headline.key)
            if card is not None:
                card.set_figure(headline.text, headline.label, headline.detail)
        for chart in dashboard.charts:
            view = self.charts.get(chart.key)
            if view is not None:
                view.show_chart(chart)
        self.png_menu.clear()
        for chart in dashboard.charts:
            action = self.png_menu.addAction(chart.title)
            action.triggered.connect(lambda _c=False, key=chart.key: self.export_png(key))
        if not self.is_counting():
            self.status.setText(translate("OverviewPage", "Counted at {time}").format(
                time=dt.datetime.now().strftime("%H:%M")))
        self._enable_exports()
        self.refreshed.emit()

    def _fill_choices(self, choices: DashboardChoices) -> None:
        for combo, options in ((self.subdistrict, choices.subdistricts),
                               (self.list_year, choices.list_years),
                               (self.period, choices.fiscal_years)):
            replace_choices(combo, ((option.label, option.value) for option in options))

    def _enable_exports(self) -> None:
        self.pdf_button.setEnabled(self.dashboard is not None)
        self.png_button.setEnabled(self.dashboard is not None)

    # ----------------------------------------------------------------- click-through

    def open_figure(self, key: str) -> Selection | None:
        """A headline card was clicked: list its households."""
        if self.dashboard is None:
            return None
        selection = self.dashboard.headline(key).selection
        self.open_households.emit(selection)
        return selection

    # ----------------------------------------------------------------- export

    def chart_pictures(self) -> dict[str, bytes]:
        """Every chart as PNG, drawn at the PDF's width."""
        return {key: view.png(PDF_CHART_WIDTH, view.height())
                for key, view in self.charts.items() if view.data is not None}

    def export_png(self, key: str, target: str | None = None) -> Path | None:
        """Save one chart as a PNG picture."""
        view = self.charts[key]
        if view.data is None:
            return None
        suggested = f"chart-{key}-{dt.date.today():%Y%m%d}.png"
        path = prompts.save_path(
            self, target, translate("OverviewPage", "Save the chart as a picture"), suggested,
            translate("OverviewPage", "PNG picture (*.png)"), ".png")
        if path is None:
            return None
        data = view.png()
        try:
            from core.files import write_atomically

            write_atomically(path, data)
        except OSError as e:
            prompts.show_user_error(self, translate(
                "OverviewPage", "The picture could not be saved to {path}: {error}").format(
                path=path, error=e.strerror or e))
            return None
        return path

    def export_pdf(self, target: str | None = None,
                   done: Callable[[Path], None] | None = None) -> Op[Path] | None:
        """Write the dashboard as shown (filters, figures, charts) to a PDF, in the background."""
        if self.dashboard is None:
            return None
        suggested = f"dashboard-{dt.date.today():%Y%m%d}.pdf"
        path = prompts.save_path(
            self, target, translate("OverviewPage", "Export the overview as PDF"), suggested,
            translate("OverviewPage", "PDF document (*.pdf)"), ".pdf")
        if path is None:
            return None
        dashboard, pictures, office = self.dashboard, self.chart_pictures(), self.office_name
        title = translate("OverviewPage", "Poverty alleviation at a glance")

        def job(_progress: Progress) -> Path:
            from exports.pdf.dashboard import print_dashboard  # reportlab: only now

            print_dashboard(dashboard, pictures, path, office_name=office, title=title)
            return path

        op = Op(self, job, label=translate("OverviewPage", "Writing the PDF…"))
        op.success(done or (lambda written: prompts.show_info(self, translate(
            "OverviewPage", "The overview was written to {path}.").format(path=written))))
        op.run_in_background()
        return op
