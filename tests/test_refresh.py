"""`--refresh` of check and build: fetch the folder's snapshot again, for the login it names."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import pytest
import responses

from portfolio import cli
from portfolio.snapshot import load_snapshot

sys.path.insert(0, str(Path(__file__).parent / "github"))
from payloads import FakeGitHub, FakeRepo, standard_files

SAMPLE = Path(__file__).resolve().parent.parent / "sample-profile"
LOGIN = "ines-okoro-ml"


@pytest.fixture
def profile(tmp_path, monkeypatch) -> Path:
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.delenv("GH_TOKEN", raising=False)
    monkeypatch.setenv("PORTFOLIO_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "profile"
    shutil.copytree(SAMPLE, folder, ignore=shutil.ignore_patterns("output", ".cache"))
    return folder


def test_check_refresh_fetches_the_named_login_and_saves_the_snapshot(profile, capsys) -> None:
    # The repositories the sample's check configuration names, with fresh content.
    names = ["tabcheck", "label-noise-tabular", "churn-explainer"]
    fake = FakeGitHub(LOGIN, [FakeRepo(n, files=standard_files(n)) for n in names])
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        code = cli.main(["check", str(profile), "--refresh", "--format", "json"])
    assert code in (0, 1)
    urls = [url for _method, url, _headers in fake.calls]
    assert urls[0].replace(":443", "").startswith(f"https://api.github.com/users/{LOGIN}")
    assert not any("/user/" in url or url.endswith("/user") for url in urls)
    # The folder's snapshot was replaced by the fresh one, and the report is about it.
    assert sorted(r.name for r in load_snapshot(profile).repos) == sorted(names)
    report = json.loads(capsys.readouterr().out)
    repos_reported = {f["repo"] for f in report["findings"] if f["repo"]}
    assert repos_reported <= {f"{LOGIN}/{n}" for n in names}


def test_check_refresh_without_a_snapshot_says_how_to_fetch(tmp_path, capsys) -> None:
    (tmp_path / "empty").mkdir()
    assert cli.main(["check", str(tmp_path / "empty"), "--refresh"]) == 2
    err = capsys.readouterr().err
    assert "--refresh needs a snapshot to know whose profile to fetch" in err
    assert "portfolio fetch LOGIN" in err


def test_check_refresh_goes_with_a_profile_folder_only(capsys) -> None:
    assert cli.main(["check", "--repo", ".", "--refresh"]) == 2
    assert "--refresh re-fetches a profile folder's snapshot" in capsys.readouterr().err
