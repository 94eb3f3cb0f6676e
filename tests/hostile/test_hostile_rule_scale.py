"""Rules walk a README's sections; a hostile README has tens of thousands of them. A rule must
stay linear in their number (RDM007 once compared every usage section with every section)."""

from __future__ import annotations

import dataclasses

import pytest
from hostile_kit import SAMPLE, hang_guard

from checks.config import CheckConfig
from checks.rules import RULES
from checks.runner import run_checks
from portfolio.snapshot import Readme, load_snapshot

SNAPSHOT = load_snapshot(SAMPLE)


def findings(rule_id: str, text: str) -> list[str]:
    repo = dataclasses.replace(SNAPSHOT.repos[0], readme=Readme("README.md", "markdown", text))
    snapshot = dataclasses.replace(SNAPSHOT, repos=(repo,))
    config = CheckConfig(select=frozenset({rule_id}))
    with hang_guard():
        report = run_checks(snapshot, config=config, rules=RULES)
    return [f.message for f in report.findings if f.rule_id == rule_id and not f.inconclusive]


@pytest.mark.parametrize("rule_id", sorted(r for r in RULES if r.startswith(("RDM", "ML"))))
def test_fifty_thousand_usage_sections_finish(rule_id: str) -> None:
    text = "# big\n\n" + "## Usage\n\nRun the tool on a file.\n\n### Details\n\nMore.\n\n" * 50_000
    findings(rule_id, text)  # the hang guard fails a rule that does not finish


def test_rdm007_still_sees_code_nested_under_a_usage_section() -> None:
    nested = "# t\n\n## Usage\n\nText.\n\n### Example\n\n```bash\nt run\n```\n\n## Other\n"
    assert findings("RDM007", nested) == []
    none = "# t\n\n## Usage\n\nText.\n\n### Example\n\nMore text.\n\n## Other\n"
    assert len(findings("RDM007", none)) == 1
    two = "# t\n\n## Usage\n\nText.\n\n## Usage again\n\n### Deeper\n\n```bash\nt run\n```\n"
    assert findings("RDM007", two) == []
