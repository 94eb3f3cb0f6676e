"""REP005 license-detectable: GitHub's NOASSERTION means an unrecognised licence text."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.rules.repo.rep005_license_detectable import RULE


def test_passes_for_identified_or_absent_licences() -> None:
    assert messages(RULE, repo_ctx(license="MIT", files=("LICENSE",))) == []
    assert messages(RULE, repo_ctx(license=None)) == []


def test_noassertion_names_the_file() -> None:
    (problem,) = run(RULE, repo_ctx(license="NOASSERTION", files=("LICENSE.md", "README.md")))
    assert problem.message == (
        "GitHub cannot identify LICENSE.md of `ml-utils`: it is not the standard text of a "
        "known licence"
    )
    assert problem.file == "LICENSE.md"


def test_noassertion_without_a_visible_file() -> None:
    assert messages(RULE, repo_ctx(license="NOASSERTION")) == [
        "GitHub cannot identify the licence of `ml-utils`: it is not the standard text of a "
        "known licence"
    ]
