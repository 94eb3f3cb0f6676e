"""REP015 repo-gitignore: a .gitignore at the root; the safe fix writes one for the language."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.repo.rep015_gitignore import RULE


def test_passes_or_skips() -> None:
    assert messages(RULE, repo_ctx(language="Python", files=(".gitignore", "a.py"))) == []
    assert messages(RULE, repo_ctx(language=None, files=("notes.md",))) == []
    assert messages(RULE, repo_ctx(language="Python", is_empty=True)) == []


def test_missing_gitignore_for_notebooks_gets_the_python_template() -> None:
    ctx = repo_ctx(language="Jupyter Notebook", files=("a.ipynb", "sub/", "sub/.gitignore"))
    (problem,) = run(RULE, ctx)
    assert problem.message == "`ml-utils` has no .gitignore"
    assert problem.fix.safety is FixSafety.SAFE
    content = problem.fix.creates[".gitignore"]
    assert content.startswith("# Python\n")
    assert ".ipynb_checkpoints/\n" in content and ".env\n" in content


def test_unknown_files_are_inconclusive() -> None:
    (problem,) = run(RULE, repo_ctx(language="Go", unknown=("files",)))
    assert problem.inconclusive
