"""Helpers for case-work tests: synthetic people with valid IDs and small households."""

from __future__ import annotations

import itertools
import random

from sqlalchemy import select

from core.case import CaseData, MemberData, create_case
from core.database import Database
from core.thai import national_id_check_digit
from db.models import Subdistrict, Village

_rng = random.Random(20261203)
_serial = itertools.count(1)


def new_national_id() -> str:
    """A synthetic 13-digit ID with a correct check digit (never a real person's)."""
    first12 = "1" + f"{_rng.randrange(10**11):011d}"
    return first12 + str(national_id_check_digit(first12))


def member(key: int, first: str, last: str = "ทดสอบ", *, head: bool = False,
           national_id: str | None = "auto", **values: object) -> MemberData:
    nid = new_national_id() if national_id == "auto" else national_id
    return MemberData(key=key, first_name=first, last_name=last, is_head=head,
                      title="นาย" if head else "นาง", national_id=nid,
                      relation="head" if head else "spouse",
                      no_id_reason=None if nid else "ไม่มีบัตร", **values)  # type: ignore[arg-type]


def first_village(database: Database, district: str = "5201") -> tuple[str, int]:
    """A subdistrict of the district and a village in it (made when there is none)."""
    with database.begin() as s:
        code = s.scalars(select(Subdistrict.code).where(Subdistrict.district_code == district)
                         .order_by(Subdistrict.code)).first()
        assert code is not None
        village = s.scalars(select(Village).where(Village.subdistrict_code == code)
                            .order_by(Village.number)).first()
        if village is None:
            village = Village(code=f"{code}01", subdistrict_code=code, number=1,
                              name="บ้านทดสอบ", kind="moo")
            s.add(village)
            s.flush()
        return code, village.id


def make_household(database: Database, *, head: str = "สมชาย", last: str = "ใจดี",
                   house_no: str | None = None, members: int = 2) -> CaseData:
    """A household of ``members`` people saved through the real service."""
    sub, village = first_village(database)
    people = [member(-1, head, last, head=True)]
    people += [member(-(i + 2), f"สมาชิก{i + 1}", last) for i in range(members - 1)]
    case = CaseData(id=None, version=None, subdistrict_code=sub, village_id=village,
                    house_no=house_no or f"{next(_serial)}/1", members=tuple(people))
    return create_case(database, database.default_actor(), case).case
