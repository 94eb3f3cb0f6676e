"""REP016 contributing-guide: showcase libraries say how to contribute."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.repo.rep016_contributing_guide import RULE


@pytest.mark.parametrize(
    "fields",
    [
        {"files": ("setup.py", "CONTRIBUTING.md")},
        {"files": ("setup.py", ".github/", ".github/CONTRIBUTING.md")},
        {"files": ("setup.py",), "readme": "# x\n\n## Development\n\nRun tox.\n"},
    ],
)
def test_passes(fields: dict) -> None:
    assert messages(RULE, repo_ctx(showcase=True, **fields)) == []


def test_only_showcase_libraries_are_checked() -> None:
    assert messages(RULE, repo_ctx(files=("setup.py",))) == []
    assert messages(RULE, repo_ctx(files=("app.py",), showcase=True)) == []


def test_showcase_library_without_guide() -> None:
    (problem,) = run(RULE, repo_ctx(files=("setup.py",), readme="# x\n", showcase=True))
    assert problem.message == (
        "`ml-utils` is a showcase library (it has a setup.py) with no CONTRIBUTING file and "
        "no contributing section in its README"
    )
    assert problem.fix.safety is FixSafety.SAFE
    assert "https://github.com/octo/ml-utils/issues" in problem.fix.creates["CONTRIBUTING.md"]
