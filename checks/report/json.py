"""The machine-readable report; its format is versioned and described in docs/report.schema.json.

``REPORT_SCHEMA_VERSION`` changes only when a field changes meaning or disappears; new fields
may appear without a change, so readers must ignore keys they do not know.
"""

from __future__ import annotations

import json
from typing import Any

from checks.model import Finding, Severity
from checks.runner import Report

REPORT_SCHEMA_VERSION = 1


def render(report: Report) -> str:
    return json.dumps(to_data(report), indent=2, ensure_ascii=False) + "\n"


def to_data(report: Report) -> dict[str, Any]:
    """The report as plain JSON data (what ``render`` prints)."""
    return {
        "schema_version": REPORT_SCHEMA_VERSION,
        "tool": {"name": "portfolio-kit", "version": report.tool_version},
        "kind": report.kind,
        "subject": report.subject,
        "showcase": sorted(report.showcase),
        "scores": {
            "overall": report.scores.overall,
            "profile": report.scores.profile,
            "repos": dict(report.scores.repos),
        },
        "summary": {
            "error": report.count(Severity.ERROR),
            "warning": report.count(Severity.WARNING),
            "info": report.count(Severity.INFO),
            "inconclusive": len(report.inconclusive),
            "ignored": len(report.ignored),
        },
        "rules_run": list(report.rules_run),
        "findings": [finding_data(f) for f in report.findings],
        "fixed": None
        if report.fixed is None
        else [
            {
                "rule_id": f.rule_id,
                "repo": f.repo,
                "file": f.file,
                "message": f.message,
                "fingerprint": f.fingerprint,
            }
            for f in report.fixed
        ],
    }


def finding_data(finding: Finding) -> dict[str, Any]:
    fix = None
    if finding.fix is not None:
        fix = {
            "description": finding.fix.description,
            "safety": str(finding.fix.safety),
            "command": finding.fix.command,
            "creates": sorted(finding.fix.creates),
            "api": finding.fix.api.describe() if finding.fix.api else None,
        }
    return {
        "rule_id": finding.rule_id,
        "rule_name": finding.rule_name,
        "severity": str(finding.severity),
        "target": str(finding.target),
        "repo": finding.repo,
        "file": finding.file,
        "line": finding.line,
        "message": finding.message,
        "fix": fix,
        "docs_url": finding.docs_url,
        "inconclusive": finding.inconclusive,
        "ignored_reason": finding.ignored_reason,
        "baseline": finding.baseline,
        "fingerprint": finding.fingerprint,
    }
