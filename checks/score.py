"""Scores from 0 to 100 for the profile, each repository and overall, from the findings.

The formula (documented for users in docs/check.md#scores):

* Each rule that ran on a target (the profile or one repository) and could decide is worth
  10 points. A rule that failed loses the weight of its worst finding there: error 10,
  warning 5, info 1. Score = 100 × points kept ÷ points possible, rounded to the nearest
  whole number.
* Rules that could not decide (inconclusive) and findings ignored with a reason are left out
  of both sides: they neither cost points nor count as possible points.
* Overall = the weighted mean of the target scores: the profile weighs 3, each showcase
  repository 2, every other repository 1.

Nothing here looks at stars, age or contributors: a score only moves when the user fixes
something.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from checks.model import Finding, Severity

RULE_POINTS = 10
WEIGHTS = {Severity.ERROR: 10, Severity.WARNING: 5, Severity.INFO: 1}
PROFILE_WEIGHT = 3
SHOWCASE_WEIGHT = 2
OTHER_WEIGHT = 1


@dataclass(frozen=True)
class Scores:
    """``None`` where nothing could be decided (no rule ran, or all were inconclusive)."""

    overall: int | None = None
    profile: int | None = None
    repos: Mapping[str, int | None] = field(default_factory=dict)
    """``owner/name`` -> score, in the order the repositories were checked."""


def score_target(rules_run: Iterable[str], findings: Iterable[Finding]) -> int | None:
    """The score of one target from the ids of the rules run on it and its findings."""
    findings = list(findings)
    undecided = {
        rule_id
        for rule_id in {f.rule_id for f in findings}
        if not any(f.counted for f in findings if f.rule_id == rule_id)
    }
    decided = [rule_id for rule_id in dict.fromkeys(rules_run) if rule_id not in undecided]
    if not decided:
        return None
    lost = 0
    for rule_id in decided:
        weights = [WEIGHTS[f.severity] for f in findings if f.rule_id == rule_id and f.counted]
        lost += max(weights, default=0)
    possible = RULE_POINTS * len(decided)
    return _round(100 * (possible - lost) / possible)


def compute_scores(
    findings: Iterable[Finding],
    rules_run: Mapping[str | None, Iterable[str]],
    showcase: frozenset[str] = frozenset(),
) -> Scores:
    """Scores for every target in ``rules_run`` (``None`` is the profile, else ``owner/name``)."""
    findings = list(findings)
    profile = None
    repos: dict[str, int | None] = {}
    weighted: list[tuple[int, int]] = []
    for target, rule_ids in rules_run.items():
        score = score_target(rule_ids, [f for f in findings if f.repo == target])
        if target is None:
            profile = score
            weight = PROFILE_WEIGHT
        else:
            repos[target] = score
            weight = SHOWCASE_WEIGHT if target in showcase else OTHER_WEIGHT
        if score is not None:
            weighted.append((score, weight))
    overall = None
    if weighted:
        overall = _round(sum(s * w for s, w in weighted) / sum(w for _, w in weighted))
    return Scores(overall=overall, profile=profile, repos=repos)


def _round(value: float) -> int:
    # Half up, as people expect from a percentage (Python's round() rounds half to even).
    return int(value + 0.5)
