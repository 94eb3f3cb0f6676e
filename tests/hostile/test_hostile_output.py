"""Output safety: where the commands write, what they refuse to overwrite, what a failure
leaves behind, and that a planted token shows up in no file any command writes.

tests/site/test_site_build.py covers the library side (build_site on a foreign folder, a
failed build); here the same promises hold through the command line, for more kinds of
output path, and for `check --output` and `init` too.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hostile_kit import copy_sample, run_cli, tree

TOKEN = "ghp_PLANTEDhostileSUITEtoken0123456789abcd"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("built")
    run = run_cli("build", copy_sample(tmp), "-o", tmp / "site")
    assert run.code == 0, run.printed
    return tmp / "site"


def _foreign(tmp: Path) -> Path:
    folder = tmp / "mine"
    folder.mkdir()
    (folder / "thesis.tex").write_text("precious")
    return folder


def _hidden_only(tmp: Path) -> Path:
    folder = tmp / "repo"
    (folder / ".git").mkdir(parents=True)
    (folder / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    return folder


def _a_file(tmp: Path) -> Path:
    path = tmp / "notes.txt"
    path.write_text("keep me")
    return path


def _symlink_to_folder(tmp: Path) -> Path:
    target = tmp / "elsewhere"
    target.mkdir()
    (target / "index.html").write_text("someone else's site")
    os.symlink(target, tmp / "link")
    return tmp / "link"


def _under_a_file(tmp: Path) -> Path:
    return _a_file(tmp) / "site"


@pytest.mark.parametrize(
    ("make_output", "expected"),
    [
        (_foreign, "not made by `portfolio build`"),
        (_hidden_only, "not made by `portfolio build`"),
        (_a_file, "exists and is not a folder"),
        (_symlink_to_folder, "exists and is not a folder"),
        (_under_a_file, "cannot create the site here"),
        (lambda tmp: tmp / "profile", "not made by `portfolio build`"),  # the profile itself
        (lambda tmp: tmp, "not made by `portfolio build`"),  # the folder holding the profile
        (lambda tmp: tmp / "profile" / "content", "not made by `portfolio build`"),
    ],
    ids=[
        "foreign",
        "only-dot-git",
        "a-file",
        "symlink",
        "under-a-file",
        "profile",
        "parent",
        "content",
    ],
)
def test_build_refuses_outputs_that_are_not_its_own(tmp_path: Path, make_output, expected) -> None:
    profile = copy_sample(tmp_path)
    output = make_output(tmp_path)
    before = tree(tmp_path)
    run = run_cli("build", profile, "-o", output)
    assert run.code == 2, run.printed
    assert "Traceback" not in run.printed
    assert run.err.startswith("error: ") and expected in run.err.splitlines()[0], run.err
    assert tree(tmp_path) == before, "a file changed, appeared or vanished"


BROKEN_TEMPLATES = {
    "syntax-error": "{% extends 'base.html' %}{% block content %}{% for x in %}{% endblock %}",
    "undefined-call": "{% extends 'base.html' %}{% block content %}{{ nope() }}{% endblock %}",
    "missing-include": "{% extends 'base.html' %}{% block content %}"
    "{% include '../../../../etc/hostname' %}{% endblock %}",
    "unknown-filter": "{% extends 'base.html' %}{% block content %}"
    "{{ 'x' | no_such_filter }}{% endblock %}",
}


@pytest.mark.parametrize("template", list(BROKEN_TEMPLATES.values()), ids=list(BROKEN_TEMPLATES))
def test_a_failed_build_leaves_the_previous_site_byte_identical(
    tmp_path: Path, built: Path, template: str
) -> None:
    profile = copy_sample(tmp_path)
    site = tmp_path / "site"
    shutil.copytree(built, site)
    (profile / "templates").mkdir()
    (profile / "templates" / "cv.html").write_text(template)
    before = tree(tmp_path)
    run = run_cli("build", profile, "-o", site)
    assert run.code == 1, run.printed
    assert "Traceback" not in run.printed
    first = run.err.splitlines()[0]
    assert first.startswith("error: the site was not built"), run.err
    # Nothing at all changed: the caches a build learns from are in the user cache folder.
    assert tree(tmp_path) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize(
    ("make_output", "expected"),
    [
        (lambda tmp: tmp / "reports", "is a folder; give the report a file name"),
        (lambda tmp: _a_file(tmp) / "report.md", "cannot write the report"),
    ],
    ids=["a-folder", "under-a-file"],
)
def test_check_output_that_cannot_be_written_is_a_clean_error(tmp_path, make_output, expected):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "old.md").write_text("kept")
    profile = copy_sample(tmp_path)
    output = make_output(tmp_path)
    before = tree(tmp_path)
    run = run_cli("check", profile, "-o", output)
    assert run.code == 2, run.printed
    assert "Traceback" not in run.printed
    assert run.err.startswith(f"error: --output {output}: {expected}"), run.err
    assert tree(tmp_path) == before


def test_init_under_a_file_is_a_clean_error(tmp_path: Path) -> None:
    path = _a_file(tmp_path) / "new-profile"
    run = run_cli("init", path)
    assert run.code == 2 and "Traceback" not in run.printed, run.printed
    assert "cannot write it" in run.err
    assert (tmp_path / "notes.txt").read_text() == "keep me"


# --- the planted token (tests/test_token_never_leaks.py runs every command once, with a mocked
# GitHub; here: every report format into files, the job summary, --debug, and a failed build).


def test_a_planted_token_is_in_no_file_any_command_writes(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("GH_TOKEN", TOKEN)
    monkeypatch.setenv("PORTFOLIO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(tmp_path / "step-summary.md"))
    monkeypatch.chdir(tmp_path)
    profile = copy_sample(tmp_path)
    runs = [
        *[
            ("check", profile, "--format", fmt, "-o", tmp_path / "reports" / f"r.{fmt}")
            for fmt in ("text", "json", "markdown", "sarif", "github")
        ],
        ("check", profile, "--format", "github"),  # appends the to-do list to the job summary
        ("check", profile, "--debug", "--format", "markdown"),
        ("build", profile, "-o", tmp_path / "site", "--debug"),
        ("deploy", profile, "-o", tmp_path / "site", "--dry-run"),
        ("init", tmp_path / "new-profile"),
        ("check", tmp_path / "no-such-profile"),
    ]
    printed = []
    for argv in runs:
        run = run_cli(*argv)
        assert "Traceback" not in run.printed, argv
        printed.append(run.printed)
    assert (tmp_path / "step-summary.md").stat().st_size > 0
    assert len(list((tmp_path / "reports").iterdir())) == 5
    assert (tmp_path / "site" / "index.html").is_file()
    leaks = [
        str(p) for p in tmp_path.rglob("*") if p.is_file() and TOKEN.encode() in p.read_bytes()
    ]
    assert leaks == []
    assert not any(TOKEN in text for text in printed)
