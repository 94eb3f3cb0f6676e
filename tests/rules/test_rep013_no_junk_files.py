"""REP013 no-junk-files: caches, environments and OS clutter, one finding per kind."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.rules.repo.rep013_no_junk_files import RULE


def test_clean_tree_passes() -> None:
    paths = ("src/", "src/env.py", "environment.yml", ".gitignore", "node_docs/")
    assert messages(RULE, repo_ctx(files=paths)) == []


def test_junk_is_reported_once_per_kind() -> None:
    paths = (".DS_Store", "src/", "src/.DS_Store", "src/__pycache__/",
             "src/__pycache__/a.cpython-312.pyc", "env/", "env/pyvenv.cfg")  # fmt: skip
    problems = run(RULE, repo_ctx(files=paths))
    assert [(p.message, p.file) for p in problems] == [
        (
            "`ml-utils` has .DS_Store committed (and 1 more place): macOS folder metadata",
            ".DS_Store",
        ),
        ("`ml-utils` has src/__pycache__/ committed: Python bytecode caches", "src/__pycache__"),
        ("`ml-utils` has env/ committed: a Python virtual environment", "env"),
    ]
    assert problems[1].fix.description.startswith(
        'Run `git rm -r --cached "src/__pycache__" && echo "__pycache__/" >> .gitignore`'
    )


def test_junk_in_several_places_gets_one_command_for_all() -> None:
    paths = ("a/", "a/.DS_Store", "b/", "b/.DS_Store", "c/", "c/.DS_Store")
    (problem,) = run(RULE, repo_ctx(files=paths))
    assert problem.message == (
        "`ml-utils` has a/.DS_Store committed (and 2 more places): macOS folder metadata"
    )
    assert problem.fix.description.startswith(
        "Run `git ls-files -z -- '.DS_Store' '*/.DS_Store' | xargs -0 git rm --cached && "
        'echo ".DS_Store" >> .gitignore`'
    )


def test_folders_in_several_places_use_folder_pathspecs() -> None:
    paths = ("a/", "a/__pycache__/", "b/", "b/__pycache__/")
    (problem,) = run(RULE, repo_ctx(files=paths))
    assert "git ls-files -z -- '__pycache__/*' '*/__pycache__/*' | xargs -0 git rm --cached" in (
        problem.fix.description
    )


def test_editor_files_under_a_test_folder_are_fixtures() -> None:
    # bat checks that it skips `test.rs~`; a .DS_Store or a cache under tests/ is still junk.
    paths = ("tests/", "tests/examples/", "tests/examples/test.json~", "tests/syntax/a.swp",
             "tests/.DS_Store", "notes.md~")  # fmt: skip
    assert [p.file for p in run(RULE, repo_ctx(files=paths))] == ["tests/.DS_Store", "notes.md~"]
