"""Households made for the help tests: confirmed (or not), with failed indicators and capitals."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.database import Database
from core.history import Actor
from db.models import (
    CapitalAssessment,
    CapitalScore,
    Household,
    HouseholdProblem,
    Indicator,
    IndicatorSet,
    InterventionKind,
    Member,
    Partner,
    Village,
)

CAPITALS = ("human", "physical", "financial", "natural", "social")


def indicator_id(s: Session, number: int) -> int:
    """The id of a จปฐ. 2560 indicator by its number."""
    return s.scalars(select(Indicator.id).join(IndicatorSet).where(
        IndicatorSet.code == "JPT2560", Indicator.number == number)).one()


def kind_id(s: Session, code: str) -> int:
    return s.scalars(select(InterventionKind.id).where(InterventionKind.code == code)).one()


def partner_id(s: Session, code: str) -> int:
    return s.scalars(select(Partner.id).where(Partner.code == code)).one()


def village(s: Session) -> int:
    found = s.scalar(select(Village.id).where(Village.code == "52010101"))
    if found is not None:
        return found
    v = Village(code="52010101", subdistrict_code="520101", number=1, name="บ้านทดสอบ")
    s.add(v)
    s.flush()
    return v.id


def make_households(database: Database, count: int, *, status: str = "confirmed",
                    indicators: Sequence[int] = (8,), scores: Sequence[int] | None = None,
                    start: int = 1) -> list[int]:
    """``count`` households with a head, problems through the given indicators and, with
    ``scores``, a first capital assessment."""
    ids = []
    with database.begin() as s:
        vid = village(s)
        dims = {n: s.scalars(select(Indicator.dimension_code).where(
            Indicator.id == indicator_id(s, n))).one() for n in indicators}
        for n in range(start, start + count):
            hh = Household(subdistrict_code="520101", village_id=vid,
                           house_code=f"5201{n:06d}1", house_no=str(n),
                           verification_status=status, head_name=f"นายทดสอบ ที่{n}",
                           member_count=1,
                           help_status="target" if status == "confirmed" else None)
            s.add(hh)
            s.flush()
            s.add(Member(household_id=hh.id, title="นาย", first_name="ทดสอบ",
                         last_name=f"ที่{n}", is_head=True))
            for number in indicators:
                s.add(HouseholdProblem(household_id=hh.id, dimension_code=dims[number],
                                       indicator_id=indicator_id(s, number), survey_year_be=2567))
            if scores is not None:
                assess(s, hh.id, 1, scores)
            ids.append(hh.id)
    return ids


def assess(s: Session, household_id: int, round_no: int, scores: Sequence[int]) -> None:
    """A capital assessment round with the level computed from the mean (bands of levels.json)."""
    mean = sum(scores) / len(scores)
    level = 1 if mean < 1.75 else 2 if mean < 2.5 else 3 if mean < 3.25 else 4
    a = CapitalAssessment(household_id=household_id, round_no=round_no, mean_score=mean,
                          level=level)
    s.add(a)
    s.flush()
    for cap, score in zip(CAPITALS, scores, strict=True):
        s.add(CapitalScore(assessment_id=a.id, capital_code=cap, score=score))


def actor(database: Database) -> Actor:
    return database.default_actor()
