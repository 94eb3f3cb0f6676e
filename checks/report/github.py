"""The report as GitHub Actions workflow commands: annotations on the run and its files.

Only counted findings become annotations, at most ``LIMIT`` per severity, so a first run on a
neglected profile does not bury the page; a closing notice says how many were left out (the
step summary, written by the command, lists them all). Values are escaped as the Actions
runner expects: ``%``, CR and LF in messages, and also ``:`` and ``,`` in properties; control
and bidirectional-control characters are shown as ``?``.
"""

from __future__ import annotations

from checks.model import Finding, Severity
from checks.report.summary import plural, summary_line
from checks.report.untrusted import visible
from checks.runner import Report

LIMIT = 10
_COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    # The runner prints annotations into the log, where an escape sequence or a right-to-left
    # override quoted from a README would repaint or reorder it: those are shown as `?`.
    return visible(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render(report: Report, *, limit: int = LIMIT) -> str:
    lines: list[str] = []
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        findings = [f for f in report.counted if f.severity == severity]
        lines += [_annotation(f, report) for f in findings[:limit]]
        if len(findings) > limit:
            count, word = plural(len(findings) - limit, str(severity)).split(" ", 1)
            lines.append(
                f"::notice title=portfolio check::{count} more {word} not shown as annotations; "
                "the job summary and the full report list them all"
            )
    lines.append(f"::notice title=portfolio check::{escape_data(summary_line(report))}")
    return "\n".join(lines) + "\n"


def _annotation(finding: Finding, report: Report) -> str:
    properties = []
    if report.local_files:
        # Anchored in the checkout, so GitHub shows it on the file in pull requests.
        path, line = report.anchor(finding)
        properties.append(f"file={escape_property(path)}")
        properties.append(f"line={line}")
    where = f"{finding.repo}: " if finding.repo and not report.local_files else ""
    properties.append(f"title={escape_property(f'{finding.rule_id} {finding.rule_name}')}")
    message = where + finding.message
    if finding.fix is not None:
        message += f"\nFix: {finding.fix.description}"
        if finding.fix.command:
            message += f"\n{finding.fix.command}"
    message += f"\n{finding.docs_url}"
    return f"::{_COMMANDS[finding.severity]} {','.join(properties)}::{escape_data(message)}"
