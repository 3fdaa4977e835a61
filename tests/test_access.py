"""Roles through the core services: each role does exactly what it may; a refusal changes nothing."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.access import PermissionDenied, masks_ids, shown_id
from core.case import load_case, save_case
from core.database import Database
from core.documents import read_document
from core.errors import UserError
from core.history import Actor, system_actor
from core.households import export_household_rows
from core.importing.service import prepare_file, run_import
from core.interventions import assign_help, assign_preview
from core.merge import merge_households
from core.office import update_office
from core.partners import PartnerData, save_partner
from core.returns.figures import district_return
from core.returns.model import Period
from core.undo import undo_last_change
from core.users import (
    AuthenticationError,
    add_user,
    change_password,
    has_users,
    list_users,
    reset_password,
    set_idle_minutes,
    sign_in,
    unmask_household,
    update_user,
)
from core.verification import VisitInput, change_status, record_visit
from db.models import (
    AuditEntry,
    HistoryEntry,
    Household,
    Intervention,
    OfficeProfile,
    Partner,
    Village,
)
from tests import messy_files as mf
from tests.case_helpers import member, new_national_id
from tests.help_fixtures import kind_id

PASSWORD = "ลับมาก-2569"
HOME, OTHER, ELSEWHERE = "520101", "520102", "520103"  # the officer has HOME and OTHER


def _village(database: Database, sub: str) -> int:
    with database.begin() as s:
        found = s.scalar(select(Village.id).where(Village.subdistrict_code == sub))
        if found is not None:
            return found
        v = Village(code=f"{sub}01", subdistrict_code=sub, number=1, name="บ้านทดสอบ", kind="moo")
        s.add(v)
        s.flush()
        return v.id


def _household(database: Database, actor: Actor, sub: str, house_no: str) -> int:
    from core.case import CaseData

    case = CaseData(id=None, version=None, subdistrict_code=sub,
                    village_id=_village(database, sub), house_no=house_no,
                    members=(member(-1, "สมชาย", "ใจดี", head=True),
                             member(-2, "สมหญิง", "ใจดี")))
    saved = save_case(database, actor, case, case)
    assert saved.case.id is not None
    return saved.case.id


class Staff:
    def __init__(self, database: Database) -> None:
        with database.begin() as s:
            self.admin = add_user(s, system_actor(s), username="somchai", full_name="สมชาย ใจดี",
                                  role="admin", password=PASSWORD)
            self.officer = add_user(s, self.admin, username="malee", full_name="มาลี ศรีสุข",
                                    role="officer", password=PASSWORD,
                                    subdistricts=[HOME, OTHER])
            self.viewer = add_user(s, self.admin, username="prasert", full_name="ประเสริฐ ดูดี",
                                   role="viewer", password=PASSWORD)
        self.home = _household(database, self.admin, HOME, "1/1")
        self.other = _household(database, self.admin, OTHER, "2/1")
        self.elsewhere = _household(database, self.admin, ELSEWHERE, "3/1")


@pytest.fixture
def staff(database: Database) -> Staff:
    return Staff(database)


def _history(database: Database) -> int:
    with database.read() as s:
        return s.scalar(select(func.count()).select_from(HistoryEntry)) or 0


def _renamed(database: Database, household_id: int) -> tuple[object, object]:
    with database.read() as s:
        case = load_case(s, household_id)
    return case, replace(case, house_no="99/9")


def test_the_first_user_must_be_an_admin_and_the_next_need_an_admin(database: Database) -> None:
    with database.begin() as s:
        assert not has_users(s)
        with pytest.raises(Exception, match=r"ผู้ดูแลระบบ|administrator"):
            add_user(s, system_actor(s), username="a", full_name="A", role="officer",
                     password=PASSWORD)
    staff = Staff(database)
    with database.begin() as s:
        assert has_users(s)
        for who in (staff.officer, staff.viewer):
            with pytest.raises(PermissionDenied):
                add_user(s, who, username="x", full_name="X", role="viewer", password=PASSWORD)
    with database.read() as s:
        rows = {r.username: r for r in list_users(s)}
    assert rows["malee"].subdistricts == (HOME, OTHER)
    assert rows["malee"].role == "officer"
    assert rows["prasert"].role == "viewer"
    assert "x" not in rows


def test_officer_edits_only_households_of_their_subdistricts(database: Database,
                                                             staff: Staff) -> None:
    original, edited = _renamed(database, staff.home)
    save_case(database, staff.officer, original, edited)  # type: ignore[arg-type]
    original, edited = _renamed(database, staff.other)
    save_case(database, staff.officer, original, edited)  # type: ignore[arg-type]
    before = _history(database)
    original, edited = _renamed(database, staff.elsewhere)
    with pytest.raises(PermissionDenied, match="malee"):
        save_case(database, staff.officer, original, edited)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        change_status(database, staff.officer, staff.elsewhere, "not_found", reason=None)
    with pytest.raises(PermissionDenied):
        record_visit(database, staff.officer, staff.elsewhere,
                     VisitInput(visited_on=dt.date.today(), result="confirmed"))
    with pytest.raises(PermissionDenied):  # adding a household elsewhere
        _household(database, staff.officer, ELSEWHERE, "4/1")
    with pytest.raises(PermissionDenied):  # one household out of area refuses the whole merge
        merge_households(database, staff.officer, staff.home, staff.elsewhere, reason="ซ้ำ")
    with pytest.raises(PermissionDenied):
        undo_last_change(database, staff.officer, staff.elsewhere)
    with database.begin() as s, pytest.raises(PermissionDenied):
        assign_help(s, staff.officer, [staff.home, staff.elsewhere],
                    kind_id=kind_id(s, "occupation_training"))
    assert _history(database) == before
    with database.read() as s:
        assert s.get_one(Household, staff.elsewhere).house_no == "3/1"
        assert s.get_one(Household, staff.elsewhere).verification_status == "pending"
        count = s.scalar(select(func.count()).select_from(Household))
    assert count == 3
    record_visit(database, staff.officer, staff.home,
                 VisitInput(visited_on=dt.date.today(), result="confirmed"))
    undo_last_change(database, staff.officer, staff.home)


def test_an_officers_help_for_a_selection_leaves_out_households_elsewhere(
        database: Database, staff: Staff) -> None:
    """An officer selects across the district list: the preview says which households are
    outside their subdistricts, and assigning gives the help to the others only."""
    for hid in (staff.home, staff.elsewhere):
        record_visit(database, staff.admin, hid,
                     VisitInput(visited_on=dt.date.today(), result="confirmed"))
    with database.begin() as s:
        kind = kind_id(s, "occupation_training")
        preview = assign_preview(s, [staff.home, staff.elsewhere], kind, staff.officer)
        assert (preview.eligible, preview.skipped["outside"]) == ([staff.home], [staff.elsewhere])
        assert "อยู่นอกตำบลที่ท่านแก้ไขได้ 1 ครัวเรือน" in preview.describe()
        assert assign_preview(s, [staff.home, staff.elsewhere], kind, staff.admin).eligible == [
            staff.home, staff.elsewhere]
        result = assign_help(s, staff.officer, [staff.home, staff.elsewhere], kind_id=kind,
                             skip_ineligible=True)
    assert (result.households, result.skipped) == (1, {"outside": [staff.elsewhere]})
    with database.read() as s:
        assert s.scalars(select(Intervention.household_id)).all() == [staff.home]
    with database.begin() as s, pytest.raises(PermissionDenied):  # a viewer: nothing at all
        assign_help(s, staff.viewer, [staff.home], kind_id=kind, skip_ineligible=True)
    with database.begin() as s, pytest.raises(UserError):  # no household of theirs left
        assign_help(s, staff.officer, [staff.elsewhere], kind_id=kind, skip_ineligible=True)


def test_viewer_changes_nothing_and_sees_masked_ids(database: Database, staff: Staff) -> None:
    before = _history(database)
    original, edited = _renamed(database, staff.home)
    with pytest.raises(PermissionDenied, match="prasert"):
        save_case(database, staff.viewer, original, edited)  # type: ignore[arg-type]
    with pytest.raises(PermissionDenied):
        change_status(database, staff.viewer, staff.home, "not_found", reason=None)
    with pytest.raises(PermissionDenied):
        undo_last_change(database, staff.viewer, staff.home)
    with database.read() as s, pytest.raises(PermissionDenied):
        list(export_household_rows(s, staff.viewer, [staff.home]))
    with pytest.raises(PermissionDenied):
        read_document(database, "summary", str(staff.home), actor=staff.viewer)
    with database.read() as s, pytest.raises(PermissionDenied):
        district_return(s, period=Period.of(dt.date.today()), actor=staff.viewer)
    assert _history(database) == before
    assert masks_ids(staff.viewer)
    assert not masks_ids(staff.officer)
    assert shown_id(staff.viewer, "3520100012341") == "3-XXXX-XXXXX-XX-1"
    assert shown_id(staff.officer, "3520100012341") == "3-5201-00012-34-1"
    with database.begin() as s:  # asking to see the IDs is allowed, and logged
        unmask_household(s, staff.viewer, staff.home)
    with database.read() as s:
        last = s.scalars(select(AuditEntry).order_by(AuditEntry.id.desc())).first()
    assert last is not None
    assert (last.action, last.username) == ("unmask", "prasert")
    assert last.target == f"household:{staff.home}"


def test_officer_and_admin_export_print_and_read_returns(database: Database,
                                                         staff: Staff) -> None:
    for who in (staff.officer, staff.admin):
        with database.read() as s:
            assert len(list(export_household_rows(s, who, [staff.home, staff.elsewhere]))) == 2
            district_return(s, period=Period.of(dt.date.today()), actor=who, full_ids=True)
        read_document(database, "summary", str(staff.elsewhere), actor=who, full_ids=True)


def test_only_an_admin_changes_reference_data_office_and_users(database: Database,
                                                               staff: Staff) -> None:
    before = _history(database)
    with database.read() as s:
        office = s.scalars(select(OfficeProfile)).one()
        partners = s.scalar(select(func.count()).select_from(Partner))
    for who in (staff.officer, staff.viewer):
        with database.begin() as s, pytest.raises(PermissionDenied):
            save_partner(s, who, PartnerData(name="หน่วยใหม่", kind="government",
                                             level="province"))
        with database.begin() as s, pytest.raises(PermissionDenied):
            update_office(s, who, office.id, office.version, office_name="เปลี่ยน")
        with database.begin() as s, pytest.raises(PermissionDenied):
            update_user(s, who, "prasert", role="admin")
        with database.begin() as s, pytest.raises(PermissionDenied):
            reset_password(s, who, "somchai", "ใหม่ใหม่ใหม่ใหม่")
        with database.begin() as s, pytest.raises(PermissionDenied):
            set_idle_minutes(s, who, 1)
    assert _history(database) == before
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Partner)) == partners
        assert s.scalars(select(OfficeProfile)).one().office_name == office.office_name
    with database.begin() as s:
        save_partner(s, staff.admin, PartnerData(name="หน่วยใหม่", kind="government",
                                                 level="province"))
        update_user(s, staff.admin, "prasert", role="officer", subdistricts=[ELSEWHERE])
    assert sign_in(database, "prasert", PASSWORD).subdistricts == frozenset({ELSEWHERE})


def test_import_needs_an_officer_or_admin(database: Database, staff: Staff,
                                          tmp_path: Path) -> None:
    path = mf.tpmap_person_xlsx(tmp_path).path
    with database.begin() as s:
        prepared = prepare_file(s, path)
    with pytest.raises(PermissionDenied):
        run_import(database, prepared, actor=staff.viewer)
    with database.read() as s:
        assert s.scalar(select(func.count()).select_from(Household)) == 3
    result = run_import(database, prepared, actor=staff.officer)
    assert result.batch_id is not None


def test_sign_in_password_change_reset_disable(database: Database, staff: Staff) -> None:
    actor = sign_in(database, "malee", PASSWORD)
    assert (actor.role, actor.subdistricts) == ("officer", frozenset({HOME, OTHER}))
    with pytest.raises(AuthenticationError):
        sign_in(database, "malee", "wrong-password")
    with pytest.raises(AuthenticationError):
        sign_in(database, "nobody", PASSWORD)
    with pytest.raises(AuthenticationError):
        sign_in(database, "system", "")
    with database.begin() as s, pytest.raises(AuthenticationError):
        change_password(s, actor, "wrong-password", "ใหม่ใหม่ใหม่ใหม่")
    with database.begin() as s:
        change_password(s, actor, PASSWORD, "รหัสใหม่ของมาลี")
    sign_in(database, "malee", "รหัสใหม่ของมาลี")
    with database.begin() as s:
        reset_password(s, staff.admin, "malee", "รีเซ็ตแล้ว123")
        update_user(s, staff.admin, "malee", active=False)
    with pytest.raises(AuthenticationError):
        sign_in(database, "malee", "รีเซ็ตแล้ว123")
    with database.read() as s:  # disabled, but the account (and what it did) stays
        actions = [a for (a,) in s.execute(select(AuditEntry.action).order_by(AuditEntry.id))]
        assert {r.username: r.active for r in list_users(s)}["malee"] is False
    assert actions.count("sign_in_failed") == 4  # the wrong one, nobody, system, disabled
    assert {"user_add", "sign_in", "password_change", "password_reset",
            "user_disable"} <= set(actions)
    with database.begin() as s, pytest.raises(Exception, match="somchai"):
        update_user(s, staff.admin, "somchai", active=False)  # the last administrator


def test_history_shows_a_viewer_masked_ids(database: Database, staff: Staff) -> None:
    from core.history_log import HistoryFilter, history_lines

    with database.read() as s:
        case = load_case(s, staff.home)
    head = case.members[0]
    new_id = new_national_id()
    edited = replace(case, members=(replace(head, national_id=new_id), *case.members[1:]))
    save_case(database, staff.admin, case, edited)
    with database.read() as s:
        full = history_lines(s, HistoryFilter(household_id=staff.home))
        masked = history_lines(s, HistoryFilter(household_id=staff.home), mask_ids=True)
    changed = [(f.new, m.new, m.old) for f, m in zip(full, masked, strict=True)
               if f.new == new_id]
    assert changed
    assert changed[0][1] == f"{new_id[0]}-XXXX-XXXXX-XX-{new_id[12]}"
    assert "XXXX" in changed[0][2]


def test_an_officers_letter_takes_the_referrals_of_their_subdistricts(database: Database,
                                                                      staff: Staff) -> None:
    from core.interventions import create_batch
    from tests.help_fixtures import partner_id

    with database.begin() as s:
        for hid in (staff.home, staff.elsewhere):
            hh = s.get_one(Household, hid)
            hh.verification_status, hh.help_status = "confirmed", "target"
    with database.begin() as s:
        agency = partner_id(s, "pao")
        ids = assign_help(s, staff.admin, [staff.home, staff.elsewhere],
                          kind_id=kind_id(s, "house_repair"), partner_id=agency,
                          planned_on=dt.date.today() + dt.timedelta(days=30)).intervention_ids
    with database.begin() as s, pytest.raises(PermissionDenied):
        create_batch(s, staff.officer, agency, intervention_ids=ids)
    with database.begin() as s:
        batch = create_batch(s, staff.officer, agency)
    with database.read() as s:
        in_letter = set(s.scalars(select(Intervention.household_id)
                                  .where(Intervention.batch_id == batch.id)))
    assert in_letter == {staff.home}
