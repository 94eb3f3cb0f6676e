"""A token planted in GITHUB_TOKEN / GH_TOKEN never shows in any output of any command.

Every subcommand the parser knows is run (so commands added later are covered without editing
this file), on success and failure paths, with GitHub mocked; stdout, stderr and every file
written (snapshot, HTTP cache, site, reports) are scanned for the token.
"""

from __future__ import annotations

import argparse
import shutil
import signal
import sys
import time
from pathlib import Path

import pytest
import responses

from portfolio import cli

sys.path.insert(0, str(Path(__file__).parent / "github"))
from payloads import API, FakeGitHub, FakeRepo, standard_files

TOKEN = "ghp_PLANTEDtokenMUSTneverAPPEAR1234567890"
SAMPLE = Path(__file__).resolve().parent.parent / "sample-profile"
LOGIN = "ines-okoro-ml"  # the sample profile's user, so `build --refresh` can fetch it
MISSING = "{tmp}/no-such-folder"

# How to run each command for real. A command without a recipe still runs with --help and on
# a folder that does not exist. `serve` only runs its failure path: a real server never ends.
RECIPES: dict[str, list[list[str]]] = {
    "fetch": [
        ["fetch", LOGIN, "-o", "{tmp}/fetched/snapshot.json"],
        ["fetch", LOGIN, "-o", "{tmp}/fetched/snapshot.json"],  # warm, from the cache
        ["fetch", LOGIN, "--no-token", "-o", "{tmp}/anon/snapshot.json"],
    ],
    "check": [
        ["check", "{profile}"],
        ["check", "{profile}", "--format", "json"],
        ["check", "--user", LOGIN],  # fetches through the mocked API
        ["check", "{profile}", "--refresh"],  # re-fetches the folder's snapshot
    ],
    "rules": [["rules"], ["rules", "REP001"]],
    "init": [["init", "{tmp}/new-profile", "--login", LOGIN]],
    "build": [["build", "{profile}", "-o", "{tmp}/site", "--refresh"]],
    "serve": [["serve", MISSING]],
    "deploy": [["deploy", "{profile}", "-o", "{tmp}/site", "--dry-run"]],
}


def command_names() -> list[str]:
    parser = cli.build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return sorted(action.choices)
    return []


class _TooSlow(Exception):
    pass


def _alarm(_signum, _frame):
    raise _TooSlow


def run_cli(argv: list[str], capsys) -> tuple[int, str]:
    """Run ``portfolio ARGV`` in-process; return its exit code and everything it printed."""
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(120)  # a command that blocks must not hang the suite
    try:
        code = cli.main(argv)
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    out = capsys.readouterr()
    return code, out.out + out.err


def scan_files(root: Path) -> list[str]:
    leaks = []
    for path in root.rglob("*"):
        if path.is_file() and TOKEN.encode() in path.read_bytes():
            leaks.append(str(path))
    return leaks


@pytest.fixture
def workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("GITHUB_TOKEN", TOKEN)
    monkeypatch.setenv("GH_TOKEN", TOKEN)
    monkeypatch.setenv("CI", "true")
    monkeypatch.setenv("PORTFOLIO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.chdir(tmp_path)
    profile = tmp_path / "profile"
    shutil.copytree(SAMPLE, profile, ignore=shutil.ignore_patterns("output", ".cache"))
    return tmp_path, profile


def expand(argv: list[str], tmp: Path, profile: Path) -> list[str]:
    return [a.format(tmp=tmp, profile=profile) for a in argv]


def fake_github() -> FakeGitHub:
    repos = [FakeRepo(f"project-{i}", files=standard_files(f"project-{i}")) for i in range(3)]
    return FakeGitHub(LOGIN, repos, pinned=(f"{LOGIN}/project-0",))


@pytest.mark.parametrize("name", command_names())
def test_no_command_shows_the_token(name, workspace, capsys) -> None:
    tmp, profile = workspace
    fake = fake_github()
    runs = [[name, "--help"], [name, MISSING], *RECIPES.get(name, [])]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        for argv in runs:
            code, printed = run_cli(expand(argv, tmp, profile), capsys)
            assert TOKEN not in printed, f"`portfolio {' '.join(argv)}` printed the token"
            assert "Traceback" not in printed, printed
            assert isinstance(code, int)
    assert scan_files(tmp) == []
    if name == "fetch":
        # The recipes really talked to (the mocked) GitHub with the token, and wrote files.
        assert any(h.get("Authorization") == f"token {TOKEN}" for _m, _u, h in fake.calls)
        assert (tmp / "fetched" / "snapshot.json").exists()
        assert any((tmp / "cache").rglob("*.json"))


@pytest.mark.parametrize(
    ("status", "headers", "body", "expected"),
    [
        (401, {}, {"message": "Bad credentials"}, "rejected the token in GITHUB_TOKEN"),
        (
            403,
            {
                "X-RateLimit-Remaining": "0",
                "X-RateLimit-Limit": "5000",
                "X-RateLimit-Reset": str(int(time.time()) + 3600),
            },
            {"message": "API rate limit exceeded for user ID 583231."},
            "rate limit",
        ),
    ],
)
def test_failures_do_not_show_the_token(workspace, capsys, status, headers, body, expected) -> None:
    tmp, profile = workspace
    runs = [
        ["fetch", LOGIN, "-o", "{tmp}/fetched/snapshot.json", "--max-wait", "0"],
        ["fetch", LOGIN, "-o", "{tmp}/fetched/snapshot.json", "--debug"],
        ["build", "{profile}", "-o", "{tmp}/site", "--refresh"],
    ]
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        rsps.get(f"{API}/users/{LOGIN}", status=status, json=body, headers=headers)
        for argv in runs:
            try:
                code, printed = run_cli(expand(argv, tmp, profile), capsys)
            except Exception as exc:  # --debug re-raises: its text must be clean too
                code, printed = 1, f"{exc!r} {exc} {getattr(exc, 'hint', '')}"
            assert TOKEN not in printed
            assert code != 0
            if "--debug" not in argv:
                assert expected in printed
    assert scan_files(tmp) == []
    assert not (tmp / "fetched" / "snapshot.json").exists()
