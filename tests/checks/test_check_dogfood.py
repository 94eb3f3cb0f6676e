"""We follow our own advice: this project's checkout passes `portfolio check --repo .`."""

from __future__ import annotations

from pathlib import Path

from checks.audit import CheckRequest, run_check

ROOT = Path(__file__).resolve().parent.parent.parent


def test_this_checkout_passes_at_the_default_fail_on() -> None:
    outcome = run_check(CheckRequest(repo_path=str(ROOT), format="text"))
    assert outcome.exit_code == 0, outcome.output
    assert outcome.report.subject == "portfolio-kit/portfolio-kit"
