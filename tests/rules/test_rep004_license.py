"""REP004 repo-license: detected SPDX id, licence file at the root, or README licence section."""

from __future__ import annotations

import pytest
from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.repo.rep004_license import RULE
from portfolio.snapshot import FileEntry


@pytest.mark.parametrize(
    "fields",
    [
        {"license": "MIT"},
        {"license": "NOASSERTION"},  # REP005's business
        {"files": ("LICENSE.txt",)},
        {"files": ("LICENCE",)},
        {"files": ("COPYING",)},
        # Theano's LICENSE.txt links doc/LICENSE.txt.
        {"files": (FileEntry("LICENSE.txt", "symlink"), FileEntry("doc/LICENSE.txt", "file"))},
        {"files": ("README.md",), "readme": "# x\n\n## Licence\n\nMIT\n"},
        {"readme": readme("x\n=\n\nLicense\n-------\n\nBSD\n", path="README.rst", fmt="rst")},
        {"is_empty": True},
    ],
)
def test_passes(fields: dict) -> None:
    assert messages(RULE, repo_ctx(**fields)) == []


def test_fails_without_any_licence() -> None:
    ctx = repo_ctx(files=("README.md", "docs/", "docs/LICENSE"), readme="# x\n\n## Usage\n")
    (problem,) = run(RULE, ctx)
    assert problem.message == (
        "`ml-utils` has no licence: no LICENSE file at its root and no licence section in "
        "its README"
    )
    assert "github.com/octo/ml-utils" in problem.fix.description
    assert not problem.inconclusive


def test_inconclusive_when_data_is_missing() -> None:
    (problem,) = run(RULE, repo_ctx(make_repo(unknown=("license", "files"))))
    assert problem.inconclusive
    assert problem.message == (
        "cannot tell whether `ml-utils` has a licence: license, files unknown (fetch again)"
    )


def test_the_profile_readme_repo_is_skipped() -> None:
    assert messages(RULE, repo_ctx(name="octo", files=("README.md",), readme="# Hi\n")) == []
