"""PRF009 profile-readme-exists: the LOGIN/LOGIN README."""

from __future__ import annotations

from builders import make_repo, make_snapshot, messages, profile_ctx, run

from checks.model import FixSafety
from checks.rules.profile.prf009_profile_readme_exists import RULE


def test_passes() -> None:
    assert messages(RULE, profile_ctx(make_snapshot(profile_readme="# Hi, I'm Octo\n"))) == []


def test_no_profile_repo() -> None:
    (problem,) = run(RULE, profile_ctx(make_snapshot()))
    assert problem.message == "you have no profile README (no repository `octo/octo`)"
    assert problem.fix.command == "gh repo create octo --public --add-readme"


def test_profile_repo_without_readme() -> None:
    (problem,) = run(RULE, profile_ctx(make_snapshot(repos=(make_repo(name="octo"),))))
    assert problem.message == "you have no profile README (`octo/octo` has no README)"
    assert problem.fix.safety is FixSafety.DISPLAY_ONLY


def test_unknown_is_inconclusive() -> None:
    (problem,) = run(RULE, profile_ctx(make_snapshot(unknown=("profile_readme",))))
    assert problem.inconclusive
