"""Compare a run with an earlier JSON report: what is new, what is known, what got fixed.

Findings are matched by ``Finding.fingerprint`` (rule, repo, file and message, not the line),
so moving text around in a README does not make an old finding look new.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from pathlib import Path

from checks.report.json import REPORT_SCHEMA_VERSION
from checks.runner import FixedFinding, Report
from portfolio.errors import ConfigError


@dataclass(frozen=True)
class Baseline:
    """The counted findings of an earlier report, by fingerprint."""

    findings: dict[str, FixedFinding]
    source: str


def load_baseline(path: str | Path) -> Baseline:
    """Read a report written by ``portfolio check --format json``; errors name the file."""
    source = str(path)
    hint = "Make one with `portfolio check --format json --output baseline.json`."
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{source}: baseline report not found", hint=hint) from None
    except json.JSONDecodeError as exc:
        raise ConfigError(f"{source}:{exc.lineno}: not valid JSON ({exc.msg})", hint=hint) from None
    except RecursionError:  # thousands of nested `[`: the json module runs out of stack
        raise ConfigError(f"{source}: nested too deeply to be a report", hint=hint) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{source}: cannot read the baseline ({exc})") from None
    if not isinstance(data, dict) or not isinstance(data.get("findings"), list):
        raise ConfigError(f"{source}: not a JSON report of `portfolio check`", hint=hint)
    version = data.get("schema_version")
    if version != REPORT_SCHEMA_VERSION:
        raise ConfigError(
            f"{source}: schema_version: expected {REPORT_SCHEMA_VERSION}, got {version!r}",
            hint="Write a new baseline with this version of portfolio.",
        )
    findings: dict[str, FixedFinding] = {}
    for index, item in enumerate(data["findings"]):
        try:
            if item["inconclusive"] or item["ignored_reason"]:
                continue  # only real problems can be "fixed"
            findings[item["fingerprint"]] = FixedFinding(
                rule_id=item["rule_id"],
                message=item["message"],
                fingerprint=item["fingerprint"],
                repo=item.get("repo"),
                file=item.get("file"),
            )
        except (KeyError, TypeError):
            raise ConfigError(
                f"{source}: findings[{index}]: missing rule_id, message, fingerprint, "
                "inconclusive or ignored_reason",
                hint=hint,
            ) from None
    return Baseline(findings=findings, source=source)


def compare(report: Report, baseline: Baseline) -> Report:
    """``report`` with each finding marked ``new`` or ``known`` and ``fixed`` filled in."""
    current = {f.fingerprint for f in report.findings}
    marked = tuple(
        replace(f, baseline="known" if f.fingerprint in baseline.findings else "new")
        for f in report.findings
    )
    fixed = tuple(item for key, item in baseline.findings.items() if key not in current)
    return replace(report, findings=marked, fixed=fixed)
