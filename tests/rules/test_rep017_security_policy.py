"""REP017 security-policy: showcase libraries say how to report vulnerabilities."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.repo.rep017_security_policy import RULE


@pytest.mark.parametrize(
    "fields",
    [
        {"files": ("setup.py", "SECURITY.md")},
        {"files": ("setup.py", ".github/", ".github/SECURITY.md")},
        {"files": ("setup.py",), "readme": "# x\n\n## Security\n\nMail me.\n"},
    ],
)
def test_passes(fields: dict) -> None:
    assert messages(RULE, repo_ctx(showcase=True, **fields)) == []


def test_only_showcase_libraries_are_checked() -> None:
    assert messages(RULE, repo_ctx(files=("setup.py",))) == []
    assert messages(RULE, repo_ctx(files=("app.py",), showcase=True)) == []


def test_showcase_library_without_policy() -> None:
    (problem,) = run(RULE, repo_ctx(files=("setup.py",), readme="# x\n", showcase=True))
    assert problem.message == (
        "`ml-utils` is a showcase library (it has a setup.py) with no security policy "
        "(SECURITY.md or a Security section in its README)"
    )
    assert problem.fix.safety is FixSafety.SAFE
    assert (
        "https://github.com/octo/ml-utils/security/advisories/new"
        in (problem.fix.creates["SECURITY.md"])
    )
