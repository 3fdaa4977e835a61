"""One referral: record its status with the date, the outcome and money; attach evidence."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.i18n import language
from core.interventions import (
    LADDER,
    ReferralChange,
    ReferralRow,
    add_attachment,
    allowed_next,
    attachment_content,
    change_referral,
    edit_intervention,
    format_baht,
    list_attachments,
    parse_baht,
    partner_choices,
    referral_events,
)
from core.reference import code_labels
from core.thai import format_date_be
from ui import prompts
from ui.operations import Op
from widgets.be_date_edit import BeDateEdit

translate = QCoreApplication.translate
ALL_STATUSES = (*LADDER, "declined", "cancelled")


def open_file(path: Path) -> None:
    """Open a file with the program the computer uses for it (tests replace this)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def status_labels(database: Database) -> dict[str, str]:
    """Referral status code → label in the interface language."""
    with database.read() as s:
        return code_labels(s, "referral_status", language=language())


class ReferralDialog(QDialog):
    """Status (forward moves need no reason; others do), date, outcome, actual amount."""

    def __init__(self, database: Database, actor: Actor, row: ReferralRow,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.actor, self.row = database, actor, row
        self.saved = False
        self.opened: Path | None = None
        self.setWindowTitle(translate("ReferralDialog", "Referral"))
        self.resize(660, 700)
        labels = status_labels(database)
        layout = QVBoxLayout(self)
        title = QLabel(f"{row.kind} · {row.partner or '-'}")
        title.setObjectName("NoticeTitle")
        title.setWordWrap(True)
        layout.addWidget(title)
        facts = translate("ReferralDialog", "{code} · {head} · {village}\nNow: {status} · planned "
                          "by {planned} · budget {budget} baht").format(
            code=row.house_code, head=row.head_name, village=row.village,
            status=row.status_label, planned=format_date_be(row.planned_on, style="short") or "-",
            budget=format_baht(row.planned_satang) or "-")
        if row.overdue:
            facts += " · " + translate("ReferralDialog", "overdue {days} days").format(
                days=row.days_late)
        info = QLabel(facts)
        info.setWordWrap(True)
        layout.addWidget(info)

        form = QFormLayout()
        self.status = QComboBox()
        self.status.addItem(labels.get(row.status, row.status), row.status)
        nxt = allowed_next(row.status)
        for code in nxt:
            self.status.addItem(labels.get(code, code), code)
        others = [c for c in ALL_STATUSES if c != row.status and c not in nxt]
        if others:
            self.status.insertSeparator(self.status.count())
            for code in others:
                self.status.addItem(translate("ReferralDialog", "{status} (needs a reason)")
                                    .format(status=labels.get(code, code)), code)
        if nxt:
            self.status.setCurrentIndex(1)
        form.addRow(translate("ReferralDialog", "&Status"), self.status)
        self.on = BeDateEdit(dt.date.today())
        form.addRow(translate("ReferralDialog", "&Date"), self.on)
        self.outcome = QPlainTextEdit(row.outcome)
        self.outcome.setTabChangesFocus(True)
        self.outcome.setMaximumHeight(70)
        form.addRow(translate("ReferralDialog", "&Outcome"), self.outcome)
        self.actual = QLineEdit(format_baht(row.actual_satang))
        self.actual.setMaximumWidth(180)
        self.actual.setPlaceholderText(translate("ReferralDialog", "baht"))
        form.addRow(translate("ReferralDialog", "&Actual amount (baht)"), self.actual)
        self.reason = QLineEdit()
        form.addRow(translate("ReferralDialog", "&Reason"), self.reason)
        layout.addLayout(form)

        plan = QFormLayout()
        plan_title = QLabel(translate("ReferralDialog", "The plan"))
        plan_title.setObjectName("NoticeTitle")
        layout.addWidget(plan_title)
        self.partner = QComboBox()
        self.partner.addItem(translate("ReferralDialog", "(no agency)"), None)
        with database.read() as s:
            for pid, name in partner_choices(s, active_only=False):
                self.partner.addItem(name, pid)
        self.partner.setCurrentIndex(max(0, self.partner.findData(row.partner_id)))
        plan.addRow(translate("ReferralDialog", "A&gency"), self.partner)
        self.planned = BeDateEdit(row.planned_on, optional=True)
        plan.addRow(translate("ReferralDialog", "&Planned by"), self.planned)
        self.budget = QLineEdit(format_baht(row.planned_satang))
        self.budget.setMaximumWidth(180)
        plan.addRow(translate("ReferralDialog", "&Budget (baht)"), self.budget)
        self.notes = QLineEdit(row.notes)
        plan.addRow(translate("ReferralDialog", "&Notes"), self.notes)
        layout.addLayout(plan)

        layout.addWidget(QLabel(translate("ReferralDialog", "Evidence (photos, signed receipts)")))
        evidence = QHBoxLayout()
        self.attachments = QListWidget()
        self.attachments.setMaximumHeight(90)
        self.attachments.itemActivated.connect(self.open_attachment)
        evidence.addWidget(self.attachments, 1)
        self.attach = QPushButton(translate("ReferralDialog", "Attach files…"))
        self.attach.clicked.connect(self.choose_files)
        evidence.addWidget(self.attach)
        layout.addLayout(evidence)
        layout.addWidget(QLabel(translate("ReferralDialog", "What happened so far")))
        self.events = QListWidget()
        self.events.setMaximumHeight(110)
        layout.addWidget(self.events)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("ReferralDialog", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("ReferralDialog", "Close"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        QShortcut(QKeySequence("Ctrl+S"), self, self.submit)
        self._load_lists()
        self.status.setFocus()

    def _load_lists(self) -> None:
        with self.database.read() as s:
            files = list_attachments(s, self.row.id)
            events = referral_events(s, self.row.id, language=language())
        self.attachments.clear()
        for a in files:
            item = QListWidgetItem(f"{a.file_name} · {a.size_bytes / 1024:,.0f} KB"
                                   + (f" · {a.caption}" if a.caption else ""))
            item.setData(Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(translate("ReferralDialog", "Double-click or Enter to open"))
            self.attachments.addItem(item)
        if not files:
            self.attachments.addItem(translate("ReferralDialog", "No evidence attached yet."))
        self.events.clear()
        for at_utc, old, new, who, why in events:
            at = at_utc.replace(tzinfo=dt.UTC).astimezone()  # stored in UTC, shown local
            text = f"{format_date_be(at.date(), style='short')} {at:%H:%M} · "
            text += f"{old} → {new}" if old else new
            if who:
                text += f" · {who}"
            if why:
                text += f" · {why}"
            self.events.addItem(text)

    def open_attachment(self, item: QListWidgetItem) -> None:
        """Show an attachment with the program the computer uses for its type."""
        aid = item.data(Qt.ItemDataRole.UserRole)
        if aid is None:
            return
        try:
            with self.database.read() as s:
                name, content = attachment_content(s, int(aid))
            folder = Path(tempfile.mkdtemp(prefix="kaejon-evidence-"))
            path = folder / name
            path.write_bytes(content)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        except OSError as e:
            prompts.show_user_error(self, str(e))
            return
        self.opened = path
        open_file(path)

    def choose_files(self) -> None:
        """Pick photos or scans and keep them with the referral (each file at once)."""
        paths = prompts.choose_open_files(self, translate("ReferralDialog", "Attach evidence"),
                                          translate("ReferralDialog",
                                                    "Photos and scans (*.jpg *.jpeg *.png "
                                                    "*.gif *.webp *.tif *.tiff *.pdf)"))
        self.attach_files([Path(p) for p in paths])

    def attach_files(self, paths: list[Path]) -> None:
        """Attach files (a refused file is explained; the others are kept)."""
        problems = []
        for path in paths:
            try:
                content = path.read_bytes()
                with self.database.begin() as s:
                    add_attachment(s, self.actor, self.row.id, file_name=path.name,
                                   content=content)
            except UserError as e:
                problems.append(str(e))
            except OSError as e:
                problems.append(translate("ReferralDialog", "Cannot read {name}: {error}")
                                .format(name=path.name, error=e.strerror or e))
        self._load_lists()
        self.saved = self.saved or len(problems) < len(paths)
        if problems:
            prompts.show_user_error(self, "\n".join(problems))

    def change(self) -> ReferralChange | None:
        """The change the form describes (None after telling the user what is missing)."""
        on = self.on.date()
        if on is None:
            prompts.show_user_error(self, translate(
                "ReferralDialog", "Give the date in the Buddhist Era, e.g. 15/3/2569."))
            self.on.setFocus()
            return None
        try:
            actual = parse_baht(self.actual.text())
        except UserError as e:
            prompts.show_user_error(self, str(e))
            self.actual.setFocus()
            return None
        return ReferralChange(self.row.id, self.status.currentData(), on,
                              outcome=self.outcome.toPlainText(), actual_satang=actual,
                              reason=self.reason.text(), version=self.row.version)

    def plan(self) -> tuple[int | None, dt.date | None, int | None, str] | None:
        """(agency, planned date, budget, notes) as the form says (None: told the user)."""
        if not self.planned.is_valid():
            prompts.show_user_error(self, translate(
                "ReferralDialog", "Give the date in the Buddhist Era, e.g. 15/3/2569."))
            self.planned.setFocus()
            return None
        try:
            budget = parse_baht(self.budget.text())
        except UserError as e:
            prompts.show_user_error(self, str(e))
            self.budget.setFocus()
            return None
        return self.partner.currentData(), self.planned.date(), budget, self.notes.text().strip()

    def submit(self) -> None:
        """Save in the background; close when saved."""
        change = self.change()
        plan = self.plan() if change is not None else None
        if change is None or plan is None:
            return
        row = self.row
        replan = plan != (row.partner_id, row.planned_on, row.planned_satang, row.notes)
        database, actor = self.database, self.actor

        def work(_progress: object) -> None:
            with database.begin() as s:  # the plan and the status in one transaction
                item = change_referral(s, actor, change)
                if replan:
                    partner, planned, budget, notes = plan
                    edit_intervention(s, actor, row.id, version=item.version,
                                      partner_id=partner, planned_on=planned,
                                      planned_satang=budget, notes=notes)

        def done(_result: None) -> None:
            self.saved = True
            self.accept()

        Op(self, work).success(done).run_in_background()
