"""Safe fixes: templates, the plan, the diff, and the promise never to overwrite a file."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from checks.fixes import (
    PlannedFile,
    ci_workflow,
    citation_cff,
    create_new_file,
    fixes_diff,
    gitignore,
    plan_fixes,
    readme_skeleton,
    write_fixes,
)
from checks.model import Finding, Fix, FixSafety, Severity, Target
from portfolio.snapshot import FileEntry, Repo, User

REPO = Repo(
    name="tabcheck",
    owner="octo",
    description="Checks tabular data for label noise.",
    language="Python",
    license="MIT",
    files=(FileEntry("pyproject.toml", "file"),),
)


def finding(creates: dict[str, str], safety=FixSafety.SAFE, **kw) -> Finding:
    return Finding(
        "REP904",
        "repo-gitignore",
        Severity.INFO,
        Target.REPO,
        "m",
        fix=Fix("Add it.", safety, creates=creates),
        repo="octo/tabcheck",
        **kw,
    )


def test_never_overwrites_an_existing_file(tmp_path: Path) -> None:
    existing = tmp_path / ".gitignore"
    existing.write_bytes(b"mine\r\n")
    plan = plan_fixes(
        [finding({".gitignore": "theirs\n", "CITATION.cff": "cff-version: 1.2.0\n"})], tmp_path
    )
    assert [(p.path, p.exists) for p in plan] == [(".gitignore", True), ("CITATION.cff", False)]
    created, kept = write_fixes(plan, tmp_path)
    assert (created, kept) == (["CITATION.cff"], [".gitignore"])
    assert existing.read_bytes() == b"mine\r\n"
    assert (tmp_path / "CITATION.cff").read_text() == "cff-version: 1.2.0\n"


def test_a_file_that_appears_after_planning_is_still_not_overwritten(tmp_path: Path) -> None:
    plan = plan_fixes([finding({"docs/NOTES.md": "new\n"})], tmp_path)
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "NOTES.md").write_text("written meanwhile\n")
    assert write_fixes(plan, tmp_path) == ([], ["docs/NOTES.md"])
    assert (tmp_path / "docs" / "NOTES.md").read_text() == "written meanwhile\n"
    assert sorted(p.name for p in (tmp_path / "docs").iterdir()) == ["NOTES.md"]  # no temp left


def test_create_new_file_refuses_existing(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    assert create_new_file(target, "one") is True
    assert create_new_file(target, "two") is False
    assert target.read_text() == "one"


def test_only_safe_counted_fixes_are_planned(tmp_path: Path) -> None:
    findings = [
        finding({"a": "1"}, FixSafety.UNSAFE),
        finding({"b": "2"}, ignored_reason="not here"),
        finding({"c": "3"}, inconclusive=True),
        finding({"d": "4"}),
        finding({"d": "5"}),
    ]
    assert plan_fixes(findings, tmp_path) == [PlannedFile("d", "4", "REP904", False)]


@pytest.mark.parametrize("path", ["../outside", "/etc/passwd", "a/../../b", "a\\b"])
def test_paths_outside_the_repo_are_a_rule_bug(tmp_path: Path, path: str) -> None:
    with pytest.raises(ValueError, match="outside the repository"):
        plan_fixes([finding({path: "x"})], tmp_path)


def test_diff_shows_new_files_only(tmp_path: Path) -> None:
    (tmp_path / "old").write_text("x")
    plan = plan_fixes([finding({"old": "y\n", "new.txt": "line 1\nline 2\n"})], tmp_path)
    assert fixes_diff(plan) == ("--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1,2 @@\n+line 1\n+line 2\n")


def test_readme_skeleton_is_filled_with_what_is_known() -> None:
    text = readme_skeleton(REPO)
    assert text.startswith("# tabcheck\n\nChecks tabular data for label noise.\n")
    assert "```bash\npip install git+https://github.com/octo/tabcheck\n```" in text
    assert "MIT; see [LICENSE](LICENSE)." in text
    bare = readme_skeleton(Repo(name="x", owner="octo"))
    assert "git clone https://github.com/octo/x.git" in bare
    assert "TODO: choose a licence" in bare


def test_citation_cff_is_valid_yaml_with_the_author() -> None:
    data = yaml.safe_load(citation_cff(REPO, User(login="octo", name='Ada "A." Lovelace')))
    assert data["cff-version"] == "1.2.0"
    assert data["title"] == "tabcheck"
    assert data["authors"] == [{"given-names": 'Ada "A."', "family-names": "Lovelace"}]
    assert data["repository-code"] == "https://github.com/octo/tabcheck"
    assert data["license"] == "MIT"
    assert yaml.safe_load(citation_cff(Repo(name="x", owner="octo")))["authors"] == [
        {"alias": "octo"}
    ]


def test_gitignore_per_language() -> None:
    assert "__pycache__/" in gitignore("Jupyter Notebook")
    assert "node_modules/" in gitignore("TypeScript")
    assert "/target/" in gitignore("Rust")
    assert ".env" in gitignore(None) and ".DS_Store" in gitignore(None)


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("Python", "pip install -e '.[test]'"),
        ("JavaScript", "npm test"),
        ("Go", "go test ./..."),
        ("Rust", "cargo test"),
        (None, "make test"),
    ],
)
def test_ci_workflow_is_valid_yaml_per_language(language: str | None, expected: str) -> None:
    text = ci_workflow(Repo(name="x", owner="o", language=language, files=REPO.files))
    workflow = yaml.safe_load(text)
    steps = workflow["jobs"]["test"]["steps"]
    assert steps[0] == {"uses": "actions/checkout@v4"}
    assert expected in text
