"""The report as SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

Every result has a location, because code scanning drops results without one: a finding
without a file is anchored at line 1 of the README it concerns. For a local checkout the path
is relative to the checkout (``%SRCROOT%``); for a snapshot it is the file's URL on GitHub.
``partialFingerprints`` come from ``Finding.fingerprint`` (no line numbers), so a finding keeps
its identity across runs and code scanning does not reopen it as new.
"""

from __future__ import annotations

import json
from typing import Any

from checks.docs import doc_sections, rule_markdown
from checks.model import Finding, Rule, Severity
from checks.runner import Report

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://github.com/portfolio-kit/portfolio-kit"
FINGERPRINT_KEY = "portfolioCheckFinding/v1"
_LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def render(report: Report) -> str:
    return json.dumps(to_sarif(report), indent=2, ensure_ascii=False) + "\n"


def to_sarif(report: Report) -> dict[str, Any]:
    rules = list(report.rules)
    known = {rule.id for rule in rules}
    # A finding from a rule that is not in report.rules (a hand-built report) still needs one.
    for finding in report.findings:
        if finding.rule_id not in known:
            known.add(finding.rule_id)
            rules.append(_stand_in(finding))
    index = {rule.id: position for position, rule in enumerate(rules)}
    return {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "portfolio-check",
                        "version": report.tool_version,
                        "informationUri": INFORMATION_URI,
                        "rules": [_descriptor(rule) for rule in rules],
                    }
                },
                "results": [_result(f, index[f.rule_id], report) for f in report.findings],
                "columnKind": "unicodeCodePoints",
            }
        ],
    }


def _descriptor(rule: Rule) -> dict[str, Any]:
    sections = doc_sections(rule.doc)
    text = "\n\n".join(f"{name}:\n{body}" for name, body in sections.items()) or rule.summary
    return {
        "id": rule.id,
        "name": rule.name,
        "shortDescription": {"text": rule.summary},
        "fullDescription": {"text": sections.get("What it does", rule.summary)},
        "help": {"text": text, "markdown": rule_markdown(rule, heading="##")},
        "helpUri": rule.docs_url,
        "defaultConfiguration": {"level": _LEVELS[rule.severity]},
        "properties": {"tags": ["portfolio", str(rule.target)]},
    }


def _stand_in(finding: Finding) -> Rule:
    return Rule(
        id=finding.rule_id,
        name=finding.rule_name,
        target=finding.target,
        severity=finding.severity,
        check=lambda _ctx: (),
        doc=finding.rule_name,
    )


def _result(finding: Finding, rule_index: int, report: Report) -> dict[str, Any]:
    message = finding.message
    if finding.fix is not None:
        message += f"\n\nHow to fix: {finding.fix.description}"
        if finding.fix.command:
            message += f"\n\n    {finding.fix.command}"
    result: dict[str, Any] = {
        "ruleId": finding.rule_id,
        "ruleIndex": rule_index,
        "message": {"text": message},
        "locations": [_location(finding, report)],
        "partialFingerprints": {FINGERPRINT_KEY: finding.fingerprint},
        "properties": {
            "target": str(finding.target),
            "repo": finding.repo,
            "inconclusive": finding.inconclusive,
        },
    }
    if finding.inconclusive:
        # SARIF's word for "evaluated, but could not decide"; its level must then be "none".
        result["kind"] = "open"
        result["level"] = "none"
    else:
        result["kind"] = "fail"
        result["level"] = _LEVELS[finding.severity]
    if finding.ignored_reason:
        result["suppressions"] = [
            {"kind": "external", "status": "accepted", "justification": finding.ignored_reason}
        ]
    if finding.fix is not None:
        result["properties"]["fixSafety"] = str(finding.fix.safety)
        if finding.fix.command:
            result["properties"]["fixCommand"] = finding.fix.command
    return result


def _location(finding: Finding, report: Report) -> dict[str, Any]:
    path, line = report.anchor(finding)
    if report.local_files:
        artifact = {"uri": path, "uriBaseId": "%SRCROOT%"}
    else:
        repo = finding.repo or f"{report.subject}/{report.subject}"  # the profile README repo
        artifact = {"uri": f"https://github.com/{repo}/blob/HEAD/{path}"}
    return {"physicalLocation": {"artifactLocation": artifact, "region": {"startLine": line}}}
