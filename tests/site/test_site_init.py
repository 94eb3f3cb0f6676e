"""`portfolio init`: a working profile folder and Pages workflow, never overwriting a file."""

from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from sample_site import SAMPLE

from portfolio import cli
from portfolio.init import WORKFLOW_PATH, init_profile
from portfolio.profile import load_profile
from portfolio.site.build import build_site


def test_init_from_a_snapshot_gives_a_profile_that_builds(tmp_path: Path) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    shutil.copy(SAMPLE / "snapshot.json", folder / "snapshot.json")
    result = init_profile(folder)
    assert result.prefilled_from == "snapshot.json"
    assert result.login == "ines-okoro-ml"
    profile = load_profile(folder)
    assert profile.person.name == "Ines Okoro"
    assert profile.site.base_url == "https://ines-okoro-ml.github.io"
    assert profile.links.linkedin == "https://www.linkedin.com/in/ines-okoro-ml"
    assert profile.projects.mode == "pinned"
    built = build_site(folder)
    assert built.pages > 5


def test_the_workflow_fetches_checks_builds_and_deploys_to_pages(tmp_path: Path) -> None:
    init_profile(tmp_path, login="octocat")
    workflow = yaml.safe_load((tmp_path / WORKFLOW_PATH).read_text())
    triggers = workflow[True]  # YAML 1.1 reads the key `on` as true
    assert set(triggers) == {"push", "schedule", "workflow_dispatch"}
    assert workflow["permissions"] == {"contents": "read", "pages": "write", "id-token": "write"}
    steps = workflow["jobs"]["build"]["steps"]
    runs = [step.get("run", "") for step in steps]
    uses = [step.get("uses", "") for step in steps]
    fetch = next(step for step in steps if "portfolio fetch" in step.get("run", ""))
    assert fetch["run"] == "portfolio fetch octocat -o ./snapshot.json"
    assert fetch["env"] == {"GITHUB_TOKEN": "${{ secrets.GITHUB_TOKEN }}"}
    assert any(run.startswith("portfolio check") for run in runs)
    build = next(run for run in runs if run.startswith("portfolio build"))
    assert '--base-url "${{ steps.pages.outputs.base_url }}"' in build
    assert "actions/upload-pages-artifact@v3" in uses
    deploy = workflow["jobs"]["deploy"]
    assert deploy["needs"] == "build"
    assert deploy["steps"][0]["uses"] == "actions/deploy-pages@v4"


def test_without_a_login_the_workflow_uses_the_repository_owner(tmp_path: Path) -> None:
    init_profile(tmp_path)
    text = (tmp_path / WORKFLOW_PATH).read_text()
    assert "portfolio fetch ${{ github.repository_owner }} -o ./snapshot.json" in text


def test_init_never_overwrites_a_file(tmp_path: Path, capsys) -> None:
    (tmp_path / "profile.yaml").write_text("schema: portfolio/v1\n# mine\n")
    assert cli.main(["init", str(tmp_path), "--login", "octocat"]) == 0
    out = capsys.readouterr().out
    assert (tmp_path / "profile.yaml").read_text() == "schema: portfolio/v1\n# mine\n"
    assert "kept  " in out and "profile.yaml (it exists already)" in out
    assert f"wrote {tmp_path / WORKFLOW_PATH}" in out
    assert "Next: portfolio fetch octocat" in out


def test_init_keeps_build_output_and_cache_out_of_git(tmp_path: Path) -> None:
    init_profile(tmp_path, login="octocat")
    ignored = (tmp_path / ".gitignore").read_text().split()
    assert "output/" in ignored and ".cache/" in ignored
    (tmp_path / ".gitignore").write_text("mine\n")
    init_profile(tmp_path, login="octocat")
    assert (tmp_path / ".gitignore").read_text() == "mine\n"
