"""Phrases and groupings that several report formats share, so they say the same thing."""

from __future__ import annotations

from collections.abc import Iterable

from checks.model import Finding, Severity
from checks.runner import Report
from checks.score import WEIGHTS


def plural(count: int, word: str) -> str:
    if word == "info":
        return f"{count} info"
    return f"{count} {word}" + ("" if count == 1 else "s")


def counts_line(findings: Iterable[Finding]) -> str:
    """E.g. ``2 errors, 1 warning, 0 info`` for the counted findings."""
    counted = [f for f in findings if f.counted]
    return ", ".join(
        plural(sum(1 for f in counted if f.severity == severity), str(severity))
        for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO)
    )


def summary_line(report: Report) -> str:
    """The one line that closes every human report."""
    parts = [counts_line(report.findings)]
    if report.inconclusive:
        parts.append(f"{len(report.inconclusive)} inconclusive")
    if report.ignored:
        parts.append(f"{len(report.ignored)} ignored")
    if report.fixed is not None:
        new = sum(1 for f in report.counted if f.baseline == "new")
        parts.append(f"{new} new, {len(report.fixed)} fixed since the baseline")
    score = report.scores.overall
    parts.append(f"score {score}/100" if score is not None else "no score (nothing decided)")
    return " · ".join(parts)


def impact(findings: Iterable[Finding]) -> int:
    """How much fixing these would raise the score: the sum of their weights."""
    return sum(WEIGHTS[f.severity] for f in findings if f.counted)


def by_repo(report: Report) -> dict[str | None, list[Finding]]:
    """Findings per target (``None`` = the profile), in report order, every repo present."""
    groups: dict[str | None, list[Finding]] = {}
    if report.kind == "profile":
        groups[None] = []
    for name in report.repos:
        groups[name] = []
    for finding in report.findings:
        groups.setdefault(finding.repo, []).append(finding)
    return groups


def location(finding: Finding) -> str | None:
    if finding.file is None:
        return None
    return f"{finding.file}:{finding.line}" if finding.line else finding.file
