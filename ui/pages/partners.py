"""หน่วยงานภาคี: the MOU partner agencies, the kinds of help on the menu, and the menu's rules."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from core.access import Permission, can
from core.database import Database
from core.errors import UserError
from core.history import Actor
from core.i18n import language
from core.interventions import format_baht, parse_baht, partner_choices
from core.partners import (
    KindData,
    KindRow,
    PartnerData,
    PartnerRow,
    RuleRow,
    delete_kind,
    delete_rule,
    dimension_capital_labels,
    indicator_choices,
    kind_data,
    list_kinds,
    list_partners,
    list_rules,
    partner_data,
    partner_default_addressee,
    save_kind,
    save_partner,
    save_rule,
)
from core.reference import code_labels
from ui import prompts
from ui.pages.base import Page
from ui.pages.help_page import TableModel, _table
from widgets.be_date_edit import BeDateEdit

translate = QCoreApplication.translate


def load_partner_rows(database: Database) -> list[PartnerRow]:
    """Partners with labels in the interface language."""
    with database.read() as s:
        return list_partners(s, language=language())


def _yes(value: bool) -> str:
    return translate("PartnersPage", "yes") if value else translate("PartnersPage", "no")


class PartnerTableModel(TableModel):
    """The agencies table."""

    def __init__(self, rows: list[PartnerRow] | None = None) -> None:
        super().__init__([
            (translate("PartnersPage", "Agency"), lambda r: r.name),
            (translate("PartnersPage", "Short name"), lambda r: r.short_name),
            (translate("PartnersPage", "Kind"), lambda r: r.kind),
            (translate("PartnersPage", "Level"), lambda r: r.level),
            (translate("PartnersPage", "Kinds of help"), lambda r: r.offers),
            (translate("PartnersPage", "Contact"), lambda r: " ".join(
                x for x in (r.contact_person, r.phone) if x)),
            (translate("PartnersPage", "Active"), lambda r: _yes(r.active)),
        ], right=(4,))
        self.rows = rows or []


class PartnerDialog(QDialog):
    """Every field of an agency and the kinds of help it offers."""

    def __init__(self, database: Database, data: PartnerData | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self.data = data
        self.setWindowTitle(translate("PartnersPage", "Agency") if data is None else data.name)
        self.resize(720, 640)
        with database.read() as s:
            kinds = code_labels(s, "partner_kind", language=language())
            levels = code_labels(s, "partner_level", language=language())
            help_kinds = list_kinds(s, language=language())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(data.name if data else "")
        form.addRow(translate("PartnersPage", "&Name"), self.name)
        self.short_name = QLineEdit(data.short_name or "" if data else "")
        form.addRow(translate("PartnersPage", "S&hort name"), self.short_name)
        self.kind = QComboBox()
        for code, label in kinds.items():
            self.kind.addItem(label, code)
        self.level = QComboBox()
        for code, label in levels.items():
            self.level.addItem(label, code)
        if data:
            self.kind.setCurrentIndex(max(0, self.kind.findData(data.kind)))
            self.level.setCurrentIndex(max(0, self.level.findData(data.level)))
        form.addRow(translate("PartnersPage", "&Kind"), self.kind)
        form.addRow(translate("PartnersPage", "&Level"), self.level)
        self.addressee = QLineEdit(data.addressee or "" if data else "")
        self.addressee.setToolTip(translate(
            "PartnersPage", "The position a referral letter to this agency is addressed to "
            "(เรียน …), as in Thai official letters: a position, not a person's name."))
        form.addRow(translate("PartnersPage", "Add&ressee (position)"), self.addressee)
        self.name.editingFinished.connect(self._show_default_addressee)
        self._show_default_addressee()
        self.contact = QLineEdit(data.contact_person or "" if data else "")
        form.addRow(translate("PartnersPage", "&Contact person"), self.contact)
        self.phone = QLineEdit(data.phone or "" if data else "")
        form.addRow(translate("PartnersPage", "&Phone"), self.phone)
        self.email = QLineEdit(data.email or "" if data else "")
        form.addRow(translate("PartnersPage", "&E-mail"), self.email)
        self.address = QPlainTextEdit(data.address or "" if data else "")
        self.address.setTabChangesFocus(True)
        self.address.setMaximumHeight(60)
        form.addRow(translate("PartnersPage", "&Address"), self.address)
        self.mou = BeDateEdit(data.mou_date if data else None, optional=True)
        form.addRow(translate("PartnersPage", "&MOU signed on"), self.mou)
        self.active = QCheckBox(translate("PartnersPage", "Active (can receive referrals)"))
        self.active.setChecked(data.active if data else True)
        form.addRow("", self.active)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("PartnersPage", "Kinds of help this agency offers "
                                          "(Space ticks)")))
        self.offers = QListWidget()
        offered = set(data.offered_kind_ids) if data else set()
        for k in help_kinds:
            item = QListWidgetItem(k.name)
            item.setData(Qt.ItemDataRole.UserRole, k.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if k.id in offered
                               else Qt.CheckState.Unchecked)
            self.offers.addItem(item)
        layout.addWidget(self.offers, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("PartnersPage", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PartnersPage", "Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.saved_id: int | None = None

    def _show_default_addressee(self) -> None:
        # Empty, the letter goes to the default title: the placeholder says which one.
        with self.database.read() as s:
            default = partner_default_addressee(s, self.data.code if self.data else None,
                                                self.name.text())
        self.addressee.setPlaceholderText(
            translate("PartnersPage", "Empty: letters go to {position}").format(position=default)
            if default else translate("PartnersPage", "e.g. {example}").format(
                example="ผู้อำนวยการโรงพยาบาลเถิน"))

    def value(self) -> PartnerData:
        """The agency as the form describes it."""
        offered = tuple(self.offers.item(i).data(Qt.ItemDataRole.UserRole)
                        for i in range(self.offers.count())
                        if self.offers.item(i).checkState() == Qt.CheckState.Checked)
        return PartnerData(
            name=self.name.text(), kind=self.kind.currentData(), level=self.level.currentData(),
            short_name=self.short_name.text(), code=self.data.code if self.data else None,
            addressee=self.addressee.text(),
            contact_person=self.contact.text(), phone=self.phone.text(),
            email=self.email.text(), address=self.address.toPlainText(),
            mou_date=self.mou.date(), active=self.active.isChecked(),
            notes=self.data.notes if self.data else None, offered_kind_ids=offered,
            id=self.data.id if self.data else None,
            version=self.data.version if self.data else None)

    def submit(self) -> None:
        """Save (one transaction, with history); a problem is explained and the form stays."""
        if not self.mou.is_valid():
            prompts.show_user_error(self, translate(
                "PartnersPage", "Give the MOU date in the Buddhist Era, e.g. 15/3/2569, or "
                "leave it empty."))
            return
        try:
            with self.database.begin() as s:
                self.saved_id = save_partner(s, prompts_actor(self), self.value())
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self.accept()


def prompts_actor(widget: QWidget) -> Actor:
    """Who acts: the page's actor (set on the dialog's parent chain)."""
    w: QWidget | None = widget
    while w is not None:
        actor = getattr(w, "actor", None)
        if isinstance(actor, Actor):
            return actor
        w = w.parentWidget()
    raise RuntimeError("no actor on the widget chain")


class KindDialog(QDialog):
    """A kind of help: name, dimensions, capitals, default agency, unit cost, duration."""

    def __init__(self, database: Database, data: KindData | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.data = database, data
        self.setWindowTitle(translate("PartnersPage", "Kind of help"))
        self.resize(620, 520)
        with database.read() as s:
            partners = partner_choices(s, active_only=False)
            dims, caps = _dimension_capital_labels(s)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(data.name if data else "")
        form.addRow(translate("PartnersPage", "&Name"), self.name)
        self.name_en = QLineEdit(data.name_en or "" if data else "")
        form.addRow(translate("PartnersPage", "Name in &English"), self.name_en)
        self.description = QPlainTextEdit(data.description or "" if data else "")
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(60)
        form.addRow(translate("PartnersPage", "&Description"), self.description)
        grid = QGridLayout()
        self.dims: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(dims.items()):
            box = QCheckBox(label)
            box.setChecked(bool(data) and code in data.dimension_codes)  # type: ignore[union-attr]
            self.dims[code] = box
            grid.addWidget(box, 0, i)
        self.caps: dict[str, QCheckBox] = {}
        for i, (code, label) in enumerate(caps.items()):
            box = QCheckBox(label)
            box.setChecked(bool(data) and code in data.capital_codes)  # type: ignore[union-attr]
            self.caps[code] = box
            grid.addWidget(box, 1, i)
        holder = QWidget()
        holder.setLayout(grid)
        form.addRow(translate("PartnersPage", "Dimensions\nand capitals"), holder)
        self.partner = QComboBox()
        self.partner.addItem(translate("PartnersPage", "(none)"), None)
        for pid, name in partners:
            self.partner.addItem(name, pid)
        if data and data.default_partner_id is not None:
            self.partner.setCurrentIndex(max(0, self.partner.findData(data.default_partner_id)))
        form.addRow(translate("PartnersPage", "Default &agency"), self.partner)
        self.cost = QLineEdit(format_baht(data.unit_cost_baht * 100)
                              if data and data.unit_cost_baht is not None else "")
        self.cost.setMaximumWidth(160)
        form.addRow(translate("PartnersPage", "&Unit cost (baht)"), self.cost)
        self.days = QSpinBox()
        self.days.setRange(0, 3650)
        self.days.setSpecialValueText(translate("PartnersPage", "(not set)"))
        self.days.setSuffix(translate("PartnersPage", " days"))
        self.days.setValue(data.typical_days or 0 if data else 30)
        form.addRow(translate("PartnersPage", "&Typical duration"), self.days)
        self.active = QCheckBox(translate("PartnersPage", "On the menu (can be assigned)"))
        self.active.setChecked(data.active if data else True)
        form.addRow("", self.active)
        layout.addLayout(form)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("PartnersPage", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PartnersPage", "Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def submit(self) -> None:
        """Save the kind (one transaction, with history)."""
        try:
            satang = parse_baht(self.cost.text())
            if satang is not None and satang % 100:
                raise UserError(translate("PartnersPage", "Give the unit cost in whole baht."))
            data = KindData(
                name=self.name.text(),
                dimension_codes=tuple(c for c, b in self.dims.items() if b.isChecked()),
                capital_codes=tuple(c for c, b in self.caps.items() if b.isChecked()),
                default_partner_id=self.partner.currentData(),
                unit_cost_baht=satang // 100 if satang is not None else None,
                typical_days=self.days.value() or None, name_en=self.name_en.text(),
                description=self.description.toPlainText(),
                code=self.data.code if self.data else None, active=self.active.isChecked(),
                id=self.data.id if self.data else None,
                version=self.data.version if self.data else None)
            with self.database.begin() as s:
                save_kind(s, prompts_actor(self), data)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self.accept()


def _dimension_capital_labels(s: Any) -> tuple[dict[str, str], dict[str, str]]:
    return dimension_capital_labels(s, language=language())


class RuleDialog(QDialog):
    """A help-menu rule: a failed indicator, a failed dimension or a weak capital → a kind."""

    def __init__(self, database: Database, rule: RuleRow | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.database, self.rule = database, rule
        self.setWindowTitle(translate("PartnersPage", "Help menu rule"))
        self.resize(640, 260)
        with database.read() as s:
            self.indicators = indicator_choices(s)
            self.dims, self.caps = _dimension_capital_labels(s)
            kinds = list_kinds(s, language=language())
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.trigger = QComboBox()
        self.trigger.addItem(translate("PartnersPage", "A failed indicator"), "indicator")
        self.trigger.addItem(translate("PartnersPage", "A failed dimension"), "dimension")
        self.trigger.addItem(translate("PartnersPage", "A weak capital"), "capital")
        self.trigger.currentIndexChanged.connect(lambda _i: self._fill_codes())
        form.addRow(translate("PartnersPage", "&When"), self.trigger)
        self.code = QComboBox()
        form.addRow(translate("PartnersPage", "&Which"), self.code)
        self.kind = QComboBox()
        for k in kinds:
            self.kind.addItem(k.name, k.id)
        form.addRow(translate("PartnersPage", "&Suggest"), self.kind)
        self.weight = QSpinBox()
        self.weight.setRange(1, 10)
        self.weight.setValue(rule.weight if rule else 2)
        form.addRow(translate("PartnersPage", "Wei&ght (1–10)"), self.weight)
        self.active = QCheckBox(translate("PartnersPage", "In use"))
        self.active.setChecked(rule.active if rule else True)
        form.addRow("", self.active)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(
            translate("PartnersPage", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("PartnersPage", "Cancel"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        if rule:
            self.trigger.setCurrentIndex(max(0, self.trigger.findData(rule.trigger)))
            self.kind.setCurrentIndex(max(0, self.kind.findData(rule.kind_id)))
        self._fill_codes()
        if rule:
            self.code.setCurrentIndex(max(0, self.code.findData(rule.trigger_code)))

    def _fill_codes(self) -> None:
        self.code.clear()
        trigger = self.trigger.currentData()
        if trigger == "indicator":
            for iid, label in self.indicators:
                self.code.addItem(label, str(iid))
        else:
            for code, label in (self.dims if trigger == "dimension" else self.caps).items():
                self.code.addItem(label, code)

    def submit(self) -> None:
        """Save the rule (with history)."""
        try:
            with self.database.begin() as s:
                save_rule(s, prompts_actor(self), kind_id=self.kind.currentData(),
                          trigger=self.trigger.currentData(), trigger_code=self.code.currentData(),
                          weight=self.weight.value(), active=self.active.isChecked(),
                          rule_id=self.rule.id if self.rule else None)
        except UserError as e:
            prompts.show_user_error(self, str(e))
            return
        self.accept()


def _tab(view: QTableView, buttons: list[tuple[str, Callable[[], None]]],
         note: str = "") -> tuple[QWidget, list[QPushButton]]:
    tab = QWidget()
    layout = QVBoxLayout(tab)
    if note:
        label = QLabel(note)
        label.setWordWrap(True)
        layout.addWidget(label)
    layout.addWidget(view, 1)
    bar = QHBoxLayout()
    made = []
    for text, slot in buttons:
        button = QPushButton(text)
        button.clicked.connect(slot)
        bar.addWidget(button)
        made.append(button)
    bar.addStretch(1)
    layout.addLayout(bar)
    return tab, made


class PartnersPage(Page):
    """Agencies, kinds of help, and the help menu's rules, all editable."""

    def __init__(self, database: Database, actor: Actor | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(database, translate("MainWindow", "Partner agencies"), parent)
        self.actor = actor or database.default_actor()
        self.tabs = QTabWidget()
        self.layout_.addWidget(self.tabs, 1)

        self.model = PartnerTableModel()
        self.table = _table(self.model, (330, 130, 150, 110, 100, 220))
        self.table.doubleClicked.connect(lambda _i: self.edit_partner())
        self.table.activated.connect(lambda _i: self.edit_partner())
        tab, agency_buttons = _tab(self.table, [
            (translate("PartnersPage", "Add an agency…"), self.add_partner),
            (translate("PartnersPage", "Edit…"), self.edit_partner)])
        self.tabs.addTab(tab, translate("PartnersPage", "&Agencies"))

        self.kinds = TableModel([
            (translate("PartnersPage", "Kind of help"), lambda k: k.name),
            (translate("PartnersPage", "Dimensions"), lambda k: k.dimensions),
            (translate("PartnersPage", "Capitals"), lambda k: k.capitals),
            (translate("PartnersPage", "Default agency"), lambda k: k.default_partner),
            (translate("PartnersPage", "Unit cost (baht)"), lambda k: format_baht(
                k.unit_cost_baht * 100) if k.unit_cost_baht is not None else ""),
            (translate("PartnersPage", "Typical days"), lambda k: k.typical_days or ""),
            (translate("PartnersPage", "Offered by"), lambda k: k.offered_by),
            (translate("PartnersPage", "On the menu"), lambda k: _yes(k.active)),
        ], right=(4, 5, 6))
        self.kind_view = _table(self.kinds, (330, 150, 200, 220, 110, 90, 80))
        self.kind_view.doubleClicked.connect(lambda _i: self.edit_kind())
        self.kind_view.activated.connect(lambda _i: self.edit_kind())
        tab, kind_buttons = _tab(self.kind_view, [
            (translate("PartnersPage", "Add a kind of help…"), self.add_kind),
            (translate("PartnersPage", "Edit…"), self.edit_kind),
            (translate("PartnersPage", "Delete"), self.remove_kind)])
        self.tabs.addTab(tab, translate("PartnersPage", "&Kinds of help"))

        self.rules = TableModel([
            (translate("PartnersPage", "When"), lambda r: r.trigger_label),
            (translate("PartnersPage", "Suggest"), lambda r: r.kind),
            (translate("PartnersPage", "Weight"), lambda r: r.weight),
            (translate("PartnersPage", "In use"), lambda r: _yes(r.active)),
        ], right=(2,))
        self.rule_view = _table(self.rules, (520, 330, 70))
        self.rule_view.doubleClicked.connect(lambda _i: self.edit_rule())
        self.rule_view.activated.connect(lambda _i: self.edit_rule())
        tab, rule_buttons = _tab(self.rule_view, [(translate("PartnersPage", "Add a rule…"), self.add_rule),
                                       (translate("PartnersPage", "Edit…"), self.edit_rule),
                                       (translate("PartnersPage", "Delete"), self.remove_rule)],
                      translate("PartnersPage", "The help menu (เมนูแก้จน) adds up the weights of the "
                        "rules that apply to a household and proposes the kinds of help with "
                        "the highest score. A weak capital counts more the lower its score."))
        self.tabs.addTab(tab, translate("PartnersPage", "Help menu &rules"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        self.can_edit = can(self.actor, Permission.EDIT_REFERENCE)  # administrators
        for button in (*agency_buttons, *kind_buttons, *rule_buttons):
            button.setVisible(self.can_edit)

    def refresh(self) -> None:
        """Reload the tab on screen."""
        index = self.tabs.currentIndex()
        if index == 0:
            self.model.set_rows(load_partner_rows(self.database))
        elif index == 1:
            with self.database.read() as s:
                self.kinds.set_rows(list_kinds(s, language=language()))
        else:
            with self.database.read() as s:
                self.rules.set_rows(list_rules(s, language=language()))

    def _selected(self, view: QTableView, model: TableModel) -> Any:
        index = view.currentIndex()
        row = model.row_at(index.row()) if index.isValid() else None
        if row is None:
            prompts.show_info(self, translate("PartnersPage", "Select a row first."))
        return row

    def _run(self, dialog: QDialog) -> None:
        if prompts.run_dialog(dialog):
            self.refresh()

    def add_partner(self) -> None:
        """A new agency."""
        self._run(PartnerDialog(self.database, None, self))

    def edit_partner(self) -> None:
        """Edit the selected agency."""
        row: PartnerRow | None = self._selected(self.table, self.model)
        if row is not None:
            with self.database.read() as s:
                data = partner_data(s, row.id)
            self._run(PartnerDialog(self.database, data, self))

    def add_kind(self) -> None:
        """A new kind of help."""
        self._run(KindDialog(self.database, None, self))

    def edit_kind(self) -> None:
        """Edit the selected kind of help."""
        row: KindRow | None = self._selected(self.kind_view, self.kinds)
        if row is not None:
            with self.database.read() as s:
                data = kind_data(s, row.id)
            self._run(KindDialog(self.database, data, self))

    def remove_kind(self) -> None:
        """Delete a kind of help that was never given."""
        row: KindRow | None = self._selected(self.kind_view, self.kinds)
        if row is None or not prompts.confirm(self, translate(
                "PartnersPage", "Delete {name} from the help menu?").format(name=row.name)):
            return
        try:
            with self.database.begin() as s:
                delete_kind(s, self.actor, row.id)
        except UserError as e:
            prompts.show_user_error(self, str(e))
        self.refresh()

    def add_rule(self) -> None:
        """A new help-menu rule."""
        self._run(RuleDialog(self.database, None, self))

    def edit_rule(self) -> None:
        """Edit the selected rule."""
        row: RuleRow | None = self._selected(self.rule_view, self.rules)
        if row is not None:
            self._run(RuleDialog(self.database, row, self))

    def remove_rule(self) -> None:
        """Delete the selected rule."""
        row: RuleRow | None = self._selected(self.rule_view, self.rules)
        if row is None or not prompts.confirm(self, translate(
                "PartnersPage", "Delete the rule “{rule}”?").format(rule=row.trigger_label)):
            return
        with self.database.begin() as s:
            delete_rule(s, self.actor, row.id)
        self.refresh()
