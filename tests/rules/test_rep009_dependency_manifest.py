"""REP009 dependency-manifest: the manifest the language expects; notebooks count as Python."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.repo.rep009_dependency_manifest import RULE


@pytest.mark.parametrize(
    ("language", "paths"),
    [
        ("Python", ("requirements-dev.txt",)),
        ("Python", ("environment.yml",)),
        ("Jupyter Notebook", ("analysis.ipynb", "pyproject.toml")),
        ("TypeScript", ("package.json",)),
        ("Rust", ("Cargo.toml",)),
        ("C#", ("Tool.csproj",)),
        ("Brainfuck", ("main.bf",)),  # no convention we know: skipped
        (None, ("notes.md",)),
    ],
)
def test_passes(language: str | None, paths: tuple[str, ...]) -> None:
    assert messages(RULE, repo_ctx(language=language, files=paths)) == []


def test_notebooks_without_a_manifest() -> None:
    (problem,) = run(RULE, repo_ctx(language="Jupyter Notebook", files=("analysis.ipynb",)))
    assert problem.message == (
        "`ml-utils` is a Jupyter notebook (Python) project with no dependency manifest at its "
        "root (looked for pyproject.toml, requirements.txt, setup.py, setup.cfg)"
    )
    assert problem.fix.description.startswith("Create requirements.txt at the root of `ml-utils`")


def test_go_fix_names_the_module_path() -> None:
    (problem,) = run(RULE, repo_ctx(language="Go", files=("main.go",)))
    assert "go mod init github.com/octo/ml-utils" in problem.fix.description


def test_unknown_files_are_inconclusive() -> None:
    (problem,) = run(RULE, repo_ctx(language="Go", unknown=("files",)))
    assert problem.inconclusive


@pytest.mark.parametrize(
    ("paths", "named"),
    [
        (("model.py", "Dockerfile"), "the Dockerfile"),
        # hardmaru/write-rnn-tensorflow: ML005 is satisfied by docker/, this rule is not.
        (("model.py", "docker/", "docker/Dockerfile"), "docker/"),
    ],
)
def test_a_dockerfile_is_named_but_does_not_count(paths: tuple[str, ...], named: str) -> None:
    (problem,) = run(RULE, repo_ctx(language="Python", files=paths))
    assert problem.message.endswith(
        f"(looked for pyproject.toml, requirements.txt, setup.py, setup.cfg; {named} installs "
        "them inside its image, but not for people who run the code without Docker)"
    )
