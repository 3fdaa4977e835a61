"""เมนูแก้จน: kinds of help proposed for households from their failed indicators and weak capitals.

The rules are data (table ``suggestion_rules``, starter set in
``resources/reference/suggestion_rules.json``, editable on the partner agencies page): a rule
says "a failed indicator N, a failed dimension D, or a weak capital C suggests kind K with
weight W". A household's score for a kind is the sum of the weights of the rules that fire:

* an indicator rule fires for each unresolved problem recorded through that indicator;
* a dimension rule fires for each failed dimension (unresolved problem) of the household;
* a capital rule fires when the capital's score in the latest assessment is at or below
  ``weak_capital_max_score`` (help rules), weighted more for weaker scores
  (``weight × (threshold + 1 − score)``).

Kinds are ranked by score (ties by name), with the agencies that offer them (the kind's default
agency first) and the reasons, so a person can see why something is proposed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.help_status import DEAD_STATUSES, help_rules
from core.i18n import translate
from db.bulk import chunks
from db.models import (
    Capital,
    CapitalAssessment,
    CapitalScore,
    Dimension,
    HouseholdProblem,
    Indicator,
    Intervention,
    InterventionKind,
    Partner,
    PartnerOffering,
    SuggestionRule,
)


@dataclass
class Suggestion:
    """One proposed kind of help, for one household or a selection of households."""

    kind_id: int
    kind: str
    score: int
    households: int  # how many of the households the rules fired for
    reasons: list[str] = field(default_factory=list)
    partners: list[tuple[int, str]] = field(default_factory=list)
    unit_cost_baht: int | None = None
    default_partner_id: int | None = None
    already: int = 0  # households that already have this help (not declined or cancelled)


def suggest_help(session: Session, household_ids: Sequence[int], *, language: str = "th",
                 limit: int | None = 12) -> list[Suggestion]:
    """Ranked kinds of help for the households (one or many), with agencies and reasons."""
    ids = list(dict.fromkeys(household_ids))
    if not ids:
        return []
    rules = list(session.scalars(select(SuggestionRule).where(SuggestionRule.active.is_(True))))
    if not rules:
        return []
    threshold = help_rules(session).weak_capital_max_score
    dim_labels = {d.code: (d.label_th if language == "th" else d.label_en)
                  for d in session.scalars(select(Dimension))}
    cap_labels = {c.code: (c.label_th if language == "th" else c.label_en)
                  for c in session.scalars(select(Capital))}
    numbers = dict(session.execute(select(Indicator.id, Indicator.number)).all())

    # What each household has: failed indicators, failed dimensions, weak capitals.
    indicators: dict[int, set[int]] = {}
    dimensions: dict[int, set[str]] = {}
    capitals: dict[int, dict[str, int]] = {}
    already: dict[int, set[int]] = {}
    for part in chunks(ids):
        for hid, dim, ind in session.execute(
                select(HouseholdProblem.household_id, HouseholdProblem.dimension_code,
                       HouseholdProblem.indicator_id)
                .where(HouseholdProblem.household_id.in_(part),
                       HouseholdProblem.resolved_on.is_(None))):
            dimensions.setdefault(hid, set()).add(dim)
            if ind is not None:
                indicators.setdefault(hid, set()).add(ind)
        latest = (select(CapitalAssessment.household_id,
                         func.max(CapitalAssessment.round_no).label("round_no"))
                  .where(CapitalAssessment.household_id.in_(part))
                  .group_by(CapitalAssessment.household_id).subquery())
        for hid, cap, score in session.execute(
                select(CapitalAssessment.household_id, CapitalScore.capital_code,
                       CapitalScore.score)
                .join(latest, (CapitalAssessment.household_id == latest.c.household_id)
                      & (CapitalAssessment.round_no == latest.c.round_no))
                .join(CapitalScore, CapitalScore.assessment_id == CapitalAssessment.id)):
            if score <= threshold:
                capitals.setdefault(hid, {})[cap] = score
        for hid, kind_id in session.execute(
                select(Intervention.household_id, Intervention.kind_id)
                .where(Intervention.household_id.in_(part),
                       Intervention.status.not_in(DEAD_STATUSES))):
            already.setdefault(kind_id, set()).add(hid)

    scores: dict[int, int] = {}
    fired: dict[int, set[int]] = {}
    reasons: dict[int, dict[str, int]] = {}

    def fire(kind_id: int, hid: int, weight: int, reason: str) -> None:
        scores[kind_id] = scores.get(kind_id, 0) + weight
        fired.setdefault(kind_id, set()).add(hid)
        counted = reasons.setdefault(kind_id, {})
        counted[reason] = counted.get(reason, 0) + 1

    for rule in rules:
        for hid in ids:
            if rule.indicator_id is not None:
                if rule.indicator_id in indicators.get(hid, ()):
                    fire(rule.kind_id, hid, rule.weight, translate(
                        "suggestions", "indicator {number} failed").format(
                            number=numbers.get(rule.indicator_id, "?")))
            elif rule.dimension_code is not None:
                if rule.dimension_code in dimensions.get(hid, ()):
                    fire(rule.kind_id, hid, rule.weight, translate(
                        "suggestions", "{dimension} dimension failed").format(
                            dimension=dim_labels.get(rule.dimension_code, rule.dimension_code)))
            elif rule.capital_code is not None:
                weak = capitals.get(hid, {}).get(rule.capital_code)
                if weak is not None:
                    fire(rule.kind_id, hid, rule.weight * (threshold + 1 - weak), translate(
                        "suggestions", "weak {capital} ({score}/4)").format(
                            capital=cap_labels.get(rule.capital_code, rule.capital_code),
                            score=weak))
    if not scores:
        return []
    kinds = {k.id: k for k in session.scalars(select(InterventionKind).where(
        InterventionKind.id.in_(scores), InterventionKind.active.is_(True)))}
    offers: dict[int, list[tuple[int, str]]] = {}
    for kind_id, pid, name in session.execute(
            select(PartnerOffering.kind_id, Partner.id, func.coalesce(Partner.short_name,
                                                                        Partner.name))
            .join(Partner, Partner.id == PartnerOffering.partner_id)
            .where(PartnerOffering.kind_id.in_(list(kinds)), Partner.active.is_(True))
            .order_by(Partner.name)):
        offers.setdefault(kind_id, []).append((pid, name))
    result = []
    for kind_id, kind in kinds.items():
        partners = offers.get(kind_id, [])
        partners.sort(key=lambda p: p[0] != kind.default_partner_id)
        shown = sorted(reasons[kind_id].items(), key=lambda r: -r[1])
        texts = [text if n == 1 or len(ids) == 1 else f"{text} ×{n}" for text, n in shown]
        name = kind.name if language == "th" or not kind.name_en else kind.name_en
        result.append(Suggestion(kind_id, name, scores[kind_id], len(fired[kind_id]), texts,
                                 partners, kind.unit_cost_baht, kind.default_partner_id,
                                 len(already.get(kind_id, set()))))
    result.sort(key=lambda s: (-s.score, -s.households, s.kind))
    return result[:limit] if limit is not None else result
