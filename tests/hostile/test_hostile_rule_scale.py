"""Rules walk a README's sections; a hostile README has tens of thousands of them. A rule must
stay linear in their number (RDM005, RDM007 and ML004 once compared every install, usage or
results section with every section: minutes for such a README)."""

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


SECTIONS = "".join(
    f"## {heading}\n\nSome words.\n\n### Details\n\nMore.\n\n"
    for heading in ("Usage", "Installation", "Results")
)


@pytest.mark.parametrize("rule_id", sorted(r for r in RULES if r.startswith(("RDM", "ML"))))
def test_tens_of_thousands_of_usage_install_and_results_sections_finish(rule_id: str) -> None:
    findings(rule_id, "# big\n\n" + SECTIONS * 20_000)  # the hang guard fails a hang


def test_rdm007_still_sees_code_nested_under_a_usage_section() -> None:
    nested = "# t\n\n## Usage\n\nText.\n\n### Example\n\n```bash\nt run\n```\n\n## Other\n"
    assert findings("RDM007", nested) == []
    none = "# t\n\n## Usage\n\nText.\n\n### Example\n\nMore text.\n\n## Other\n"
    assert len(findings("RDM007", none)) == 1
    two = "# t\n\n## Usage\n\nText.\n\n## Usage again\n\n### Deeper\n\n```bash\nt run\n```\n"
    assert findings("RDM007", two) == []


def test_one_pass_groups_equal_the_per_section_walk() -> None:
    from checks.readme import analyze_readme
    from checks.readme_for import with_subsections
    from checks.section_groups import with_nested

    text = (
        "Intro.\n\n# T\n\n## Install\n\n### Pip\n\n#### Extra\n\n### Source\n\n## Usage\n\n"
        "### Usage again\n\n## Results\n\n# Second title\n\n### Deep first\n\n## Back\n"
    )
    analysis = analyze_readme(text)
    for chosen in (analysis.sections, analysis.sections[::2], analysis.sections[::-1]):
        expected = [with_subsections(analysis, section) for section in chosen]
        assert with_nested(analysis, chosen) == expected
