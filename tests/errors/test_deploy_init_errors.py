"""`portfolio deploy` and `portfolio init` messages that no other test produced, word for word."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from portfolio import cli
from portfolio.deploy import deploy_site
from portfolio.errors import BuildError, UsageError
from portfolio.init import init_profile

SAMPLE = Path(__file__).resolve().parents[2] / "sample-profile"


def a_site(tmp_path: Path) -> Path:
    site = tmp_path / "site"
    site.mkdir()
    (site / "index.html").write_text("<p>hello</p>")
    return site


def a_repo(tmp_path: Path, origin: Path) -> Path:
    repo = tmp_path / "repo"
    subprocess.run(["git", "init", "-q", str(repo)], check=True)
    subprocess.run(["git", "-C", str(repo), "remote", "add", "origin", str(origin)], check=True)
    return repo


def test_deploy_into_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        deploy_site(a_site(tmp_path), repo_dir=tmp_path / "nowhere")
    assert info.value.message == f"{tmp_path / 'nowhere'}: no such folder"


def test_deploy_without_git_installed(tmp_path: Path, monkeypatch) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))  # no git to be found
    with pytest.raises(BuildError) as info:
        deploy_site(a_site(tmp_path), repo_dir=repo)
    assert info.value.message == "git is not installed; deploying needs it"
    assert info.value.exit_code == 1


def test_a_push_that_fails_names_the_git_command(tmp_path: Path) -> None:
    # `origin` points at a repository that does not exist: git refuses the push.
    repo = a_repo(tmp_path, tmp_path / "missing.git")
    with pytest.raises(BuildError) as info:
        deploy_site(a_site(tmp_path), repo_dir=repo)
    assert info.value.message.startswith("git push failed: ")
    assert "\n" not in info.value.message


def test_deploy_refuses_a_folder_build_did_not_write(tmp_path: Path, capsys) -> None:
    profile = tmp_path / "profile"
    shutil.copytree(SAMPLE, profile, ignore=shutil.ignore_patterns("output", ".cache"))
    foreign = a_site(tmp_path)
    code = cli.main(["deploy", str(profile), "-o", str(foreign), "--dry-run"])
    assert code == 2
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        f"error: {foreign}: not a site written by `portfolio build` (no .portfolio-build file)"
    )
    assert (foreign / "index.html").read_text() == "<p>hello</p>"


def test_init_on_a_file(tmp_path: Path, capsys) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("keep me")
    assert cli.main(["init", str(notes)]) == 2
    assert capsys.readouterr().err.splitlines()[0] == f"error: {notes}: exists and is not a folder"
    assert notes.read_text() == "keep me"


def test_init_with_a_login_the_snapshot_is_not_about(tmp_path: Path) -> None:
    shutil.copy(SAMPLE / "snapshot.json", tmp_path / "snapshot.json")
    with pytest.raises(UsageError) as info:
        init_profile(tmp_path, login="octocat")
    assert info.value.message == (
        f"{tmp_path / 'snapshot.json'}: is about `ines-okoro-ml`, not `octocat`"
    )
    assert not (tmp_path / "profile.yaml").exists()


def test_a_failed_git_command_is_described_by_its_fatal_line() -> None:
    from portfolio.deploy import git_error_line

    stderr = (
        "remote: Permission to octo/site.git denied.\n"
        "fatal: unable to access 'https://github.com/octo/site.git/': The requested URL "
        "returned error: 403\n"
        "Please make sure you have the correct access rights\n"
        "and the repository exists.\n"
    )
    assert git_error_line(stderr) == (
        "fatal: unable to access 'https://github.com/octo/site.git/': The requested URL "
        "returned error: 403"
    )
    assert git_error_line("warning: x\n\n") == "warning: x"
    assert git_error_line("") == "no details"
