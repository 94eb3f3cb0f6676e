"""The report for a person at a terminal: the profile, then each repository, then a summary."""

from __future__ import annotations

import textwrap

from checks.model import Finding, Severity
from checks.report.summary import by_repo, location, summary_line
from checks.report.untrusted import one_line
from checks.runner import Report

_COLOURS = {
    Severity.ERROR: "\033[1;31m",
    Severity.WARNING: "\033[33m",
    Severity.INFO: "\033[36m",
}
_DIM = "\033[2m"
_BOLD = "\033[1m"
_RESET = "\033[0m"
_INDENT = " " * 11
WIDTH = 100
"""Messages and fixes wrap at this many columns; commands never wrap."""


def render(report: Report, *, color: bool = False) -> str:
    """Plain text; ANSI colours only when ``color`` (the command passes it for a terminal)."""

    def paint(code: str, text: str) -> str:
        return f"{code}{text}{_RESET}" if color else text

    lines: list[str] = []
    clean: list[str] = []
    for target, findings in by_repo(report).items():
        shown = [f for f in findings if not f.inconclusive or f.ignored_reason]
        title = _title(report, target)
        if not shown:
            clean.append(title if target is not None else "the profile")
            continue
        lines.append(paint(_BOLD, title) + _score(report, target))
        for finding in shown:
            lines.extend(_finding_lines(finding, paint))
        lines.append("")
    if clean:
        lines.append(paint(_DIM, "No findings: " + ", ".join(clean)))
        lines.append("")
    if report.inconclusive:
        lines.append(paint(_BOLD, "Could not decide (data missing, not counted):"))
        for finding in report.inconclusive:
            where = _safe(finding.repo or "profile")
            lines.append(f"  {finding.rule_id} {where}: {_safe(finding.message)}")
        lines.append("")
    if report.fixed:
        lines.append(paint(_BOLD, f"Fixed since the baseline ({len(report.fixed)}):"))
        for fixed in report.fixed:
            where = _safe(fixed.repo or "profile")
            lines.append(f"  {fixed.rule_id} {where}: {_safe(fixed.message)}")
        lines.append("")
    lines.append(summary_line(report))
    return "\n".join(lines) + "\n"


def _title(report: Report, target: str | None) -> str:
    # Names come from the snapshot too: a repository name is text its owner chose.
    if target is None:
        return f"Profile of {_safe(report.subject)}"
    return f"{_safe(target)} (showcase)" if target in report.showcase else _safe(target)


def _score(report: Report, target: str | None) -> str:
    score = report.scores.profile if target is None else report.scores.repos.get(target)
    return f" · score {score}/100" if score is not None else ""


def _finding_lines(finding: Finding, paint) -> list[str]:
    if finding.ignored_reason:
        label = paint(_DIM, "ignored".ljust(9))
    else:
        label = paint(_COLOURS[finding.severity], str(finding.severity).ljust(9))
    head = f"  {label}{finding.rule_id} {finding.rule_name}"
    if finding.baseline == "new":
        head += " [new]"
    where = location(finding)
    message = _safe(finding.message) + (f" ({_safe(where)})" if where else "")
    lines = [head, *_wrap(message)]
    if finding.ignored_reason:
        lines += _wrap(f"ignored: {_safe(finding.ignored_reason)}")
    elif finding.fix is not None:
        lines += _wrap(f"fix: {_safe(finding.fix.description)}")
        if finding.fix.command:
            # Never wrapped: it is meant to be copied whole.
            lines.append(f"{_INDENT}  $ {_safe(finding.fix.command)}")
        if finding.fix.api is not None:
            lines += _wrap(f"or let --apply do it: {_safe(finding.fix.api.describe())}")
    return lines


def _wrap(text: str) -> list[str]:
    return textwrap.wrap(
        text,
        width=WIDTH,
        initial_indent=_INDENT,
        subsequent_indent=_INDENT + "  ",
        break_long_words=False,
        break_on_hyphens=False,
    )


def _safe(text: str) -> str:
    """One line with no control or bidirectional-control characters: messages quote READMEs
    and profile fields, and an escape sequence in them must not repaint the user's terminal,
    nor a right-to-left override make ``evil<U+202E>gnp.exe`` read as a picture's name."""
    return one_line(text)
