"""REP006 repo-readme: a README exists; the fix creates a filled-in skeleton."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.repo.rep006_readme import RULE


def test_passes_with_a_readme() -> None:
    assert messages(RULE, repo_ctx(readme="# ml-utils\n")) == []


def test_missing_readme_creates_a_skeleton() -> None:
    ctx = repo_ctx(language="Python", description="Small tools for embeddings.")
    (problem,) = run(RULE, ctx)
    assert problem.message == "`ml-utils` has no README"
    assert problem.fix.safety is FixSafety.SAFE
    text = problem.fix.creates["README.md"]
    assert text.startswith("# ml-utils\n\nSmall tools for embeddings.\n")
    assert "pip install git+https://github.com/octo/ml-utils" in text


def test_empty_repo_is_left_to_prf017_and_unknown_readme_is_inconclusive() -> None:
    assert messages(RULE, repo_ctx(is_empty=True)) == []
    (problem,) = run(RULE, repo_ctx(unknown=("readme",)))
    assert problem.inconclusive
