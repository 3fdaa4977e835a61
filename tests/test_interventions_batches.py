"""Referral batches: numbered letters per agency, finding them by number, keying the reply back,
and the agency view changing with it; the ``referrals`` command."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

import main
from core.database import Database
from core.errors import UserError
from core.interventions import (
    ReferralChange,
    agency_summary,
    assign_help,
    batch_candidates,
    create_batch,
    find_batch,
    key_batch_replies,
    list_batches,
    list_referrals,
)
from core.office import update_office
from db.models import Household, Intervention, OfficeProfile, ReferralBatch
from tests.help_fixtures import actor, kind_id, make_households, partner_id

TODAY = dt.date(2026, 3, 2)
LETTER = dt.date(2026, 2, 16)


def set_prefix(database: Database, prefix: str) -> None:
    with database.begin() as s:
        office = s.scalars(select(OfficeProfile)).one()
        update_office(s, actor(database), office.id, office.version, letter_prefix=prefix)


def assigned(database: Database, count: int, agency: str, kind: str = "house_repair",
             start: int = 1) -> list[int]:
    ids = make_households(database, count, start=start)
    with database.begin() as s:
        return list(assign_help(s, actor(database), ids, kind_id=kind_id(s, kind),
                                partner_id=partner_id(s, agency), planned_on=dt.date(2026, 3, 31),
                                today=dt.date(2026, 2, 1)).intervention_ids)


def test_batch_numbers_and_finding_them(database: Database) -> None:
    me = actor(database)
    pao = assigned(database, 4, "pao")
    cdd = assigned(database, 2, "district_cdd", kind="occupation_training", start=10)
    with database.begin() as s:
        first = create_batch(s, me, partner_id(s, "pao"), letter_date=LETTER, today=TODAY)
    assert first.number == "ศจพ.อ.5201/2569/0001"  # no letter prefix set: the centre's name
    set_prefix(database, "ลป 0018.1")
    with database.begin() as s:
        second = create_batch(s, me, partner_id(s, "district_cdd"), intervention_ids=cdd[:1],
                              letter_date=LETTER, today=TODAY)
        third = create_batch(s, me, partner_id(s, "district_cdd"), letter_date=LETTER,
                             today=TODAY)
    assert (second.number, third.number) == ("ลป 0018.1/2569/0001", "ลป 0018.1/2569/0002")
    assert (first.referrals, second.referrals, third.referrals) == (4, 1, 1)
    with database.read() as s:
        items = s.scalars(select(Intervention).where(Intervention.id.in_(pao))).all()
        assert {(i.status, i.referred_on, i.batch_id) for i in items} == {
            ("referred", LETTER, first.id)}
        assert {h.help_status for h in s.scalars(select(Household))} == {"in_progress"}
        # Finding a batch as typed from the reply: spaces, Thai digits, only the running number.
        assert find_batch(s, "ลป0018.1/๒๕๖๙/๐๐๐๒") == third.id
        assert find_batch(s, " ศจพ.อ.5201/2569/0001 ") == first.id
        assert find_batch(s, "2") == third.id
        assert find_batch(s, "0018.1/2569/0001") == second.id
        assert find_batch(s, "9999") is None
        assert find_batch(s, "") is None
        assert [b.number for b in list_batches(s, partner_id=partner_id(s, "district_cdd"))] == [
            third.number, second.number]
        assert batch_candidates(s, partner_id(s, "pao")) == []
    with database.begin() as s:
        with pytest.raises(UserError):  # nothing left to send to this agency
            create_batch(s, me, partner_id(s, "pao"), today=TODAY)
        with pytest.raises(UserError):  # a referral of another agency
            create_batch(s, me, partner_id(s, "pao"), intervention_ids=cdd, today=TODAY)


def test_keying_the_reply_of_two_agencies_changes_the_agency_view(database: Database) -> None:
    me = actor(database)
    pao = assigned(database, 3, "pao")
    nfe = assigned(database, 2, "district_nfe", kind="adult_literacy", start=20)
    with database.begin() as s:
        b1 = create_batch(s, me, partner_id(s, "pao"), letter_date=LETTER, today=TODAY)
        b2 = create_batch(s, me, partner_id(s, "district_nfe"), letter_date=LETTER, today=TODAY)
        before = {r.partner_id: r for r in agency_summary(s, today=TODAY)}
    assert before[b1.partner_id].open == 3
    assert before[b1.partner_id].done == 0
    reply = dt.date(2026, 2, 26)
    with database.begin() as s:
        changed = key_batch_replies(s, me, find_batch(s, b1.number) or 0, [
            ReferralChange(pao[0], "done", reply, outcome="ซ่อมหลังคาเสร็จ", actual_satang=1_950_000),
            ReferralChange(pao[1], "declined", reply, outcome="เกินงบประมาณ"),
            ReferralChange(pao[2], "accepted", reply),
        ], replied_on=reply, today=TODAY)
        assert changed == 3
        assert key_batch_replies(s, me, b2.id, [
            ReferralChange(nfe[0], "in_progress", reply), ReferralChange(nfe[1], "done", reply,
                                                                         actual_satang=100_000)],
            replied_on=reply, today=TODAY) == 2
    with database.read() as s:
        after = {r.partner_id: r for r in agency_summary(s, today=TODAY)}
        batches = {b.id: b for b in list_batches(s)}
        statuses = {i.id: i.status for i in s.scalars(select(Intervention))}
        help_of = {i.id: s.get_one(Household, i.household_id).help_status
                   for i in s.scalars(select(Intervention))}
    pao_row = after[b1.partner_id]
    assert (pao_row.open, pao_row.done, pao_row.declined) == (1, 1, 1)
    assert pao_row.median_days_to_done == (reply - LETTER).days
    assert (pao_row.spent_satang, pao_row.planned_satang) == (1_950_000, 2 * 2_000_000)
    assert (after[b2.partner_id].open, after[b2.partner_id].done) == (1, 1)
    assert [statuses[i] for i in pao] == ["done", "declined", "accepted"]
    assert [help_of[i] for i in pao] == ["helped", "target", "in_progress"]
    assert (batches[b1.id].status, batches[b1.id].replied_on, batches[b1.id].open) == (
        "replied", reply, 1)
    # The last open referral of the first letter is done: the batch is closed.
    with database.begin() as s:
        key_batch_replies(s, me, b1.id, [ReferralChange(pao[2], "done", TODAY)], today=TODAY)
        assert s.get_one(ReferralBatch, b1.id).status == "closed"
        with pytest.raises(UserError):  # a referral of the other letter
            key_batch_replies(s, me, b1.id, [ReferralChange(nfe[0], "done", TODAY)], today=TODAY)
    # All or nothing: one bad line keys nothing.
    with database.begin() as s:
        open_one = nfe[0]
    with pytest.raises(UserError), database.begin() as s:
        key_batch_replies(s, me, b2.id, [ReferralChange(open_one, "done", TODAY),
                                         ReferralChange(nfe[1], "planned", TODAY)], today=TODAY)
    with database.read() as s:
        assert s.get_one(Intervention, open_one).status == "in_progress"
        rows, total = list_referrals(s, batch_id=b2.id, today=TODAY)
        assert total == 2
        assert {r.batch_number for r in rows} == {b2.number}


# --------------------------------------------------------------------------- CLI


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_referrals_command(capsys: pytest.CaptureFixture[str], database: Database) -> None:
    me = actor(database)
    pao = assigned(database, 3, "pao")
    assigned(database, 1, "district_nfe", kind="adult_literacy", start=20)
    with database.begin() as s:
        for item in s.scalars(select(Intervention)):  # the command runs on the real today
            item.planned_on = dt.date.today() + dt.timedelta(days=30)
        s.get_one(Intervention, pao[2]).planned_on = dt.date(2020, 1, 1)  # long overdue
        from core.interventions import change_referral

        change_referral(s, me, ReferralChange(pao[0], "done", TODAY, actual_satang=1_234_550),
                        today=TODAY)
    db = str(database.url.render_as_string(hide_password=False))
    code, out, err = run(capsys, "referrals", "--db", db, "--json")
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert len(rows) == 4
    done = next(r for r in rows if r["id"] == pao[0])
    assert done["status"] == "done"
    assert done["done_on"] == TODAY.isoformat()
    assert (done["planned_baht"], done["actual_baht"]) == (20000.0, 12345.5)
    assert done["kind"] == "ซ่อมแซม/ปรับปรุงที่อยู่อาศัย"
    assert done["house_code"].count("-") == 2
    assert set(done) >= {"household_id", "head", "kind", "agency", "status", "planned_on",
                         "done_on", "planned_baht", "actual_baht"}

    def ids(*args: str) -> set[int]:
        code, out, err = run(capsys, "referrals", "--db", db, "--json", *args)
        assert (code, err) == (0, "")
        return {r["id"] for r in json.loads(out)}

    assert ids("--status", "done") == {pao[0]}
    assert ids("--status", "overdue") == {pao[2]}
    assert ids("--status", "open", "--agency", "pao") == {pao[1], pao[2]}
    assert ids("--agency", "อบจ.") == set(pao)
    code, out, err = run(capsys, "referrals", "--db", db, "--agency", "ไม่มีหน่วยงานนี้")
    assert code == 1
    assert out == ""
    assert err.startswith("kaejon: ")
    assert err.count("\n") == 1
    code, out, err = run(capsys, "referrals", "--db", db, "--status", "open")
    assert code == 0
    assert out.splitlines()[-1].startswith("3 ")


def test_a_cancelled_letter_leaves_nothing(database: Database) -> None:
    from core.errors import Cancelled

    me = actor(database)
    assigned(database, 3, "pao")
    seen: list[tuple[int, int]] = []

    def stop(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(Cancelled), database.begin() as s:
        create_batch(s, me, partner_id(s, "pao"), today=TODAY, progress=stop)
    assert seen == [(0, 3)]
    with database.read() as s:
        assert s.scalars(select(ReferralBatch)).all() == []
        assert {i.status for i in s.scalars(select(Intervention))} == {"planned"}
