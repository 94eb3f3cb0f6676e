"""`portfolio fetch`: help, summary line, what it says is missing, exit codes."""

from __future__ import annotations

import json

import pytest
import responses
from payloads import API, FakeGitHub, FakeRepo, standard_files

from portfolio import cli
from portfolio.snapshot import load_snapshot

TOKEN = "ghp_TESTtokenNOTrealCCCCCCCCCCCCCCCCCCCCX"
LOGIN = "octo-ml"


@pytest.fixture
def env(tmp_path, monkeypatch):
    monkeypatch.setenv("PORTFOLIO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CI", "true")
    monkeypatch.delenv("GITHUB_TOKEN", raising=False)
    monkeypatch.delenv("GH_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)
    return monkeypatch


def fake() -> FakeGitHub:
    repos = [FakeRepo(f"project-{i}", files=standard_files(f"p{i}")) for i in range(4)]
    return FakeGitHub(LOGIN, repos, pinned=(f"{LOGIN}/project-1",))


def test_help_documents_token_cache_max_wait_and_refresh(capsys) -> None:
    with pytest.raises(SystemExit):
        cli.main(["fetch", "--help"])
    text = capsys.readouterr().out
    for needle in ("GITHUB_TOKEN", "GH_TOKEN", "60 requests an hour", "PORTFOLIO_CACHE_DIR"):
        assert needle in text
    for option in ("--max-wait", "--refresh", "--cache-dir", "--no-token", "-o FILE"):
        assert option in text
    assert "portfolio fetch octocat" in text  # examples


def test_fetch_with_token_prints_one_summary_line(env, tmp_path, capsys) -> None:
    env.setenv("GITHUB_TOKEN", TOKEN)
    github = fake()
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        github.install(rsps)
        assert cli.main(["fetch", LOGIN]) == 0
        first = capsys.readouterr()
        assert cli.main(["fetch", LOGIN]) == 0
        second = capsys.readouterr()
    assert first.out == (
        f"Fetched {LOGIN}: 4 repositories -> snapshot.json. 4 requests, rate-limit cost 4; "
        "4,997 of 5,000 left this hour (resets "
        + first.out.split("(resets ")[1].split(")")[0]
        + ").\n"
    )
    assert first.err == ""  # no progress bar in CI
    assert "3 requests, 3 unchanged (304), 4 repositories unchanged since the last snapshot, " in (
        second.out
    )
    assert "rate-limit cost 0" in second.out
    snapshot = load_snapshot(tmp_path / "snapshot.json")
    assert snapshot.pinned == (f"{LOGIN}/project-1",)
    assert list((tmp_path / "cache").rglob("*.json"))


def test_fetch_without_token_says_what_is_unknown(env, tmp_path, capsys) -> None:
    env.setenv("GITHUB_TOKEN", TOKEN)
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        github = fake()
        github.install(rsps)
        assert cli.main(["fetch", LOGIN, "--no-token", "-o", "out/snap.json"]) == 0
    out = capsys.readouterr().out
    assert not any("Authorization" in headers for _m, _u, headers in github.calls)
    assert "Fetched octo-ml: 4 repositories -> out/snap.json. 11 requests, rate-limit cost 7" in out
    assert (
        "Not fetched (recorded as unknown): pinned repositories (GitHub shows them only to a "
        "token); language breakdown of 4 repositories; latest release of 4 repositories.\n"
    ) in out
    assert "Set GITHUB_TOKEN" in out
    data = json.loads((tmp_path / "out" / "snap.json").read_text())
    assert data["unknown"] == ["pinned"] and data["authenticated"] is False


def test_unknown_user_exits_2_with_one_line(env, capsys) -> None:
    with responses.RequestsMock() as rsps:
        rsps.get(f"{API}/users/nobody-here", status=404, json={"message": "Not Found"})
        assert cli.main(["fetch", "nobody-here"]) == 2
    err = capsys.readouterr().err
    assert err.splitlines()[0] == "error: GitHub has no user called 'nobody-here' (404 Not Found)"
    assert "Traceback" not in err


def test_bad_token_exits_2_and_names_the_variable(env, tmp_path, capsys) -> None:
    env.setenv("GH_TOKEN", TOKEN)
    (tmp_path / "snapshot.json").write_text("previous")
    with responses.RequestsMock() as rsps:
        rsps.get(f"{API}/users/{LOGIN}", status=401, json={"message": "Bad credentials"})
        assert cli.main(["fetch", LOGIN]) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: GitHub rejected the token in GH_TOKEN (401 Bad credentials)\n")
    assert "--no-token" in err
    assert TOKEN not in err
    assert (tmp_path / "snapshot.json").read_text() == "previous"


def test_output_that_is_a_folder_is_a_usage_error(env, tmp_path, capsys) -> None:
    (tmp_path / "site").mkdir()
    with responses.RequestsMock():
        assert cli.main(["fetch", LOGIN, "-o", "site"]) == 2
    assert "site is a folder" in capsys.readouterr().err


def test_negative_max_wait_is_a_usage_error(env, capsys) -> None:
    with responses.RequestsMock():
        assert cli.main(["fetch", LOGIN, "--max-wait", "-5"]) == 2
    assert "--max-wait -5: give a number of seconds, 0 or more" in capsys.readouterr().err
