"""Scores from 0 to 100 for the profile, each repository and overall, from the findings.

The formula (documented for users in docs/check.md#scores):

* A target (the profile or one repository) starts at 100. Each rule that failed there
  takes away a share of what is left, by its worst finding: error 25 %, warning 10 %,
  info 2 %. Score = 100 × 0.75^errors × 0.90^warnings × 0.98^infos, counting rules (a rule
  with five findings counts once), rounded half up.
* The share does not depend on how many rules ran: rules that do not apply to a target (ML
  rules on a web app) pass silently, and must not dilute what the failing ones say.
* Rules that could not decide (inconclusive) and findings ignored with a reason are left out.
  A target where no rule could decide has no score (``None``).
* Overall = the weighted mean of the target scores: the profile weighs 3, each showcase
  repository 2, every other repository 1. Forks, archived and template repositories get no
  score (the runner leaves them out): they are not presented as the user's work.

Nothing here looks at stars, age or contributors: a score only moves when the user fixes
something.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from checks.model import Finding, Severity

KEPT = {Severity.ERROR: 0.75, Severity.WARNING: 0.90, Severity.INFO: 0.98}
"""What a failed rule leaves of the score, by the severity of its worst finding."""
WEIGHTS = {Severity.ERROR: 25, Severity.WARNING: 10, Severity.INFO: 2}
"""The same in percent taken away; reports use it to order work by impact."""
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
    score = 100.0
    for rule_id in decided:
        worst = max(
            (f.severity for f in findings if f.rule_id == rule_id and f.counted), default=None
        )
        if worst is not None:
            score *= KEPT[worst]
    return _round(score)


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
