"""The office profile, the history of changes, and optimistic locking."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.database import Database, open_database
from core.errors import ConflictError, UserError
from core.history import Actor, actor_for, record_delete, record_insert, record_update
from core.office import OfficeSetup, create_office, office_district_name, update_office
from db.models import HistoryEntry, Household, OfficeProfile, User


@pytest.fixture
def bare_database(db_url: str) -> Iterator[Database]:
    """An open database before the first-run set-up (no office yet)."""
    db = open_database(db_url)
    yield db
    db.dispose()


def history(session: Session, table: str, record_id: int | None = None) -> list[HistoryEntry]:
    stmt = select(HistoryEntry).where(HistoryEntry.table_name == table)
    if record_id is not None:
        stmt = stmt.where(HistoryEntry.record_id == record_id)
    return list(session.scalars(stmt.order_by(HistoryEntry.id)))


def test_create_office_writes_profile_and_history(bare_database: Database) -> None:
    db = bare_database
    assert db.office() is None
    actor = db.system_actor()
    with db.begin() as s:
        created = create_office(s, actor, OfficeSetup(
            district_code="5201", officer_name="นางสาวทดสอบ ระบบ", officer_position="นักพัฒนาชุมชน"))
        office_id = created.id
    office = db.office()
    assert office is not None
    assert office.id == office_id
    assert (office.province_code, office.district_code) == ("52", "5201")
    assert office.office_name == "ศูนย์อำนวยการขับเคลื่อนการแก้ไขปัญหาความยากจน อำเภอเมืองลำปาง"
    assert office.chief_position == "นายอำเภอเมืองลำปาง"
    assert office.version == 1
    with db.begin() as s:
        assert office_district_name(s) == "เมืองลำปาง"
        [entry] = history(s, "office_profile", office_id)
        assert (entry.action, entry.user_id, entry.username) == ("insert", actor.user_id, "system")
        assert entry.reason == "office set-up"
        admin = s.scalars(select(User).where(User.username == "admin")).one()
        assert (admin.role, admin.full_name, admin.is_system) == ("admin", "นางสาวทดสอบ ระบบ", False)
        [admin_entry] = history(s, "users", admin.id)
        assert admin_entry.action == "insert"


def test_a_typed_office_name_is_kept(bare_database: Database) -> None:
    actor = bare_database.system_actor()
    with bare_database.begin() as s:
        create_office(s, actor, OfficeSetup(district_code="5208", office_name="  ศจพ.อ.เถิน  "))
    office = bare_database.office()
    assert office is not None
    assert office.office_name == "ศจพ.อ.เถิน"
    assert office.district_code == "5208"


def test_the_office_is_set_up_only_once(database: Database) -> None:
    actor = database.system_actor()
    with pytest.raises(UserError), database.begin() as s:
        create_office(s, actor, OfficeSetup(district_code="5208"))
    office = database.office()
    assert office is not None
    assert office.district_code == "5201"
    with database.begin() as s:
        assert len(list(s.scalars(select(OfficeProfile)))) == 1


def test_an_unknown_district_is_refused(bare_database: Database) -> None:
    actor = bare_database.system_actor()
    with pytest.raises(UserError, match="9999"), bare_database.begin() as s:
        create_office(s, actor, OfficeSetup(district_code="9999"))
    assert bare_database.office() is None
    with bare_database.begin() as s:
        assert history(s, "office_profile") == []
        assert s.scalar(select(User.id).where(User.username == "admin")) is None


def test_update_office_records_each_changed_field(database: Database) -> None:
    office = database.office()
    assert office is not None
    actor = database.system_actor()
    with database.begin() as s:
        update_office(s, actor, office.id, office.version, chief_name="นายใหม่ ใจดี",
                      phone="054-000000", officer_name=office.officer_name)
    with database.begin() as s:
        changed = {e.field: (e.old_value, e.new_value)
                   for e in history(s, "office_profile", office.id) if e.action == "update"}
        fresh = s.get_one(OfficeProfile, office.id)
        assert fresh.version == office.version + 1
    assert changed == {"chief_name": (None, "นายใหม่ ใจดี"), "phone": (None, "054-000000")}


def test_update_office_with_a_stale_version_is_a_conflict(database: Database) -> None:
    office = database.office()
    assert office is not None
    actor = database.system_actor()
    with database.begin() as s:
        update_office(s, actor, office.id, office.version, phone="1")
    with pytest.raises(ConflictError), database.begin() as s:
        update_office(s, actor, office.id, office.version, phone="2")
    fresh = database.office()
    assert fresh is not None
    assert fresh.phone == "1"


def test_update_office_refuses_other_fields(database: Database) -> None:
    office = database.office()
    assert office is not None
    with pytest.raises(ValueError, match="district_code"), database.begin() as s:
        update_office(s, database.system_actor(), office.id, office.version, district_code="5208")


# --------------------------------------------------------------------------- history helpers


def new_household(session: Session, actor: Actor, **fields: object) -> Household:
    hh = Household(subdistrict_code="520101", **fields)
    session.add(hh)
    record_insert(session, actor, hh)
    return hh


def test_record_update_writes_one_entry_per_changed_field(database: Database) -> None:
    actor = database.system_actor()
    with database.begin() as s:
        hh_id = new_household(s, actor, house_no="12", phone=None, in_tpmap=False).id
    with database.begin() as s:
        hh = s.get_one(Household, hh_id)
        hh.house_no = "12/1"
        hh.phone = "081-234-5678"
        hh.in_tpmap = True
        hh.road = None  # unchanged (was None)
        assert record_update(s, actor, hh, reason="แก้ไขตามการสอบทาน") == 3
    with database.begin() as s:
        entries = history(s, "households", hh_id)
    assert [e.action for e in entries] == ["insert", "update", "update", "update"]
    updates = {e.field: (e.old_value, e.new_value) for e in entries[1:]}
    assert updates == {"house_no": ("12", "12/1"), "phone": (None, "081-234-5678"),
                       "in_tpmap": ("0", "1")}
    assert {e.reason for e in entries[1:]} == {"แก้ไขตามการสอบทาน"}
    assert {e.username for e in entries} == {"system"}


def test_record_update_without_changes_writes_nothing(database: Database) -> None:
    actor = database.system_actor()
    with database.begin() as s:
        hh_id = new_household(s, actor, house_no="5").id
    with database.begin() as s:
        hh = s.get_one(Household, hh_id)
        hh.house_no = "5"
        assert record_update(s, actor, hh) == 0


def test_record_delete_and_named_actor(database: Database) -> None:
    with database.begin() as s:
        actor = actor_for(s, "admin")
        hh_id = new_household(s, actor).id
    with database.begin() as s:
        hh = s.get_one(Household, hh_id)
        record_delete(s, actor, hh, reason="ซ้ำ")
        s.delete(hh)
    with database.begin() as s:
        entries = history(s, "households", hh_id)
        assert s.get(Household, hh_id) is None
    assert [(e.action, e.username, e.reason) for e in entries] == [
        ("insert", "admin", None), ("delete", "admin", "ซ้ำ")]


def test_a_failed_action_writes_no_history(database: Database) -> None:
    actor = database.system_actor()
    def cancelled_action() -> None:
        with database.begin() as s:
            new_household(s, actor)
            raise RuntimeError("user pressed cancel")

    with pytest.raises(RuntimeError):
        cancelled_action()
    with database.begin() as s:
        assert history(s, "households") == []


# --------------------------------------------------------------------------- optimistic locking


def test_two_editors_of_one_household_conflict(database: Database) -> None:
    """Each editor loads the case in one action and saves it in another, as the forms do."""
    actor = database.system_actor()
    with database.begin() as s:
        hh_id = new_household(s, actor, house_no="1").id
    with database.begin() as s:
        mine = s.get_one(Household, hh_id)
    with database.begin() as s:
        theirs = s.get_one(Household, hh_id)
    assert mine.version == theirs.version == 1

    def save(household: Household, house_no: str) -> None:
        with database.begin() as s:
            s.add(household)
            household.house_no = house_no
            record_update(s, actor, household)

    save(theirs, "1/1")
    with pytest.raises(ConflictError):
        save(mine, "1/2")

    with database.begin() as s:
        final = s.get_one(Household, hh_id)
        assert (final.house_no, final.version) == ("1/1", 2)
        # The losing save wrote no history either.
        assert [e.new_value for e in history(s, "households", hh_id) if e.action == "update"] == ["1/1"]


def test_two_open_sessions_conflict(database: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two transactions hold the same household at once.

    PostgreSQL: both read, the first commit wins and the second finds no row with the version
    it loaded: a conflict. SQLite allows one writer: write transactions begin IMMEDIATE, so
    the second one waits for the lock (busy timeout) and then gets the "busy, try again"
    message without having changed anything.
    """
    import db.engine

    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 200)  # new connections wait 0.2 s
    actor = database.system_actor()
    with database.begin() as s:
        hh_id = new_household(s, actor, house_no="1").id
    sqlite = database.engine.dialect.name == "sqlite"
    second = database.begin()
    with database.begin() as s1:
        a = s1.get_one(Household, hh_id)
        a.house_no = "1/1"
        if sqlite:
            with pytest.raises(UserError), second as s2:
                s2.get_one(Household, hh_id)
        else:
            s2 = second.__enter__()
            b = s2.get_one(Household, hh_id)
            b.house_no = "1/2"
    if not sqlite:
        with pytest.raises(ConflictError):
            second.__exit__(None, None, None)
    with database.begin() as s:
        final = s.get_one(Household, hh_id)
        assert (final.house_no, final.version) == ("1/1", 2)
