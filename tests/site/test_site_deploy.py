"""`portfolio deploy`: the site becomes the gh-pages branch; the user's checkout never changes."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from sample_site import copy_sample

from portfolio import cli
from portfolio.deploy import cname_for, deploy_site
from portfolio.errors import UsageError
from portfolio.site.build import build_site

IDENTITY = ["-c", "user.name=Test", "-c", "user.email=test@example.org"]


def git(repo: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(repo), *IDENTITY, *args], capture_output=True, text=True, check=True
    ).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A user's repository holding the sample profile, with a bare `origin` and local edits."""
    origin = tmp_path / "origin.git"
    subprocess.run(["git", "init", "-q", "--bare", str(origin)], check=True)
    work = tmp_path / "work"
    work.mkdir()
    git(work, "init", "-q", "-b", "main")
    profile = copy_sample(work)
    git(work, "add", ".")
    git(work, "commit", "-q", "-m", "profile")
    git(work, "remote", "add", "origin", str(origin))
    (profile / "profile.yaml").write_text(
        (profile / "profile.yaml").read_text() + "\n# an edit not committed yet\n"
    )
    (work / "notes.txt").write_text("untracked")
    git(work, "add", "notes.txt")  # staged: the deploy must not touch the index either
    return work


def test_deploy_publishes_the_site_and_leaves_the_checkout_alone(repo: Path, capsys) -> None:
    profile = repo / "profile"
    build_site(profile)
    status_before = git(repo, "status", "--porcelain")
    head_before = git(repo, "rev-parse", "HEAD")

    assert cli.main(["deploy", str(profile)]) == 0
    out = capsys.readouterr().out
    assert "Pushed `gh-pages` to `origin`" in out

    origin = repo.parent / "origin.git"
    files = git(origin, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    assert "index.html" in files and "projects/tabcheck/index.html" in files
    assert ".nojekyll" in files
    assert ".portfolio-build" not in files
    assert "CNAME" not in files  # the sample is published at ines-okoro-ml.github.io
    assert git(repo, "status", "--porcelain") == status_before
    assert git(repo, "rev-parse", "HEAD") == head_before
    assert git(repo, "branch", "--show-current").strip() == "main"


def test_a_second_deploy_of_the_same_site_adds_no_commit(repo: Path) -> None:
    profile = repo / "profile"
    build_site(profile)
    first = deploy_site(profile / "output", repo_dir=repo)
    second = deploy_site(profile / "output", repo_dir=repo)
    assert first.changed and first.commit
    assert not second.changed and second.commit is None
    assert git(repo, "rev-list", "--count", "gh-pages").strip() == "1"


def test_dry_run_lists_the_files_and_changes_nothing(repo: Path, capsys) -> None:
    profile = repo / "profile"
    build_site(profile)
    assert cli.main(["deploy", str(profile), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "Dry run: would publish" in out and "  index.html" in out
    assert git(repo, "branch", "--list", "gh-pages") == ""
    origin = repo.parent / "origin.git"
    assert git(origin, "branch", "--list") == ""


def test_a_custom_domain_gets_a_cname(repo: Path) -> None:
    profile = repo / "profile"
    build_site(profile)
    result = deploy_site(
        profile / "output", repo_dir=repo, base_url="https://ines.example.org/", remote=None
    )
    assert result.cname == "ines.example.org"
    assert git(repo, "show", "gh-pages:CNAME") == "ines.example.org\n"


@pytest.mark.parametrize(
    ("url", "cname"),
    [
        ("https://ines-okoro-ml.github.io", None),
        ("https://ines-okoro-ml.github.io/portfolio/", None),
        ("https://www.Example.org/me", "www.example.org"),
        (None, None),
    ],
)
def test_cname_only_for_a_custom_domain(url, cname) -> None:
    assert cname_for(url) == cname


def test_deploy_without_a_built_site_says_to_build_first(repo: Path) -> None:
    with pytest.raises(UsageError, match="no built site here"):
        deploy_site(repo / "profile" / "output", repo_dir=repo)


def test_deploy_names_a_missing_remote(repo: Path) -> None:
    build_site(repo / "profile")
    with pytest.raises(UsageError, match="no remote called `upstream`"):
        deploy_site(repo / "profile" / "output", repo_dir=repo, remote="upstream")
