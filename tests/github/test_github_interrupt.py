"""Ctrl-C during `portfolio fetch`: a real SIGINT to a real process leaves nothing half-done.

The process (``fake_github_cli.py``) runs the real command line against the simulated GitHub
and stalls on a chosen request; the test interrupts it there and checks: exit code 130, one
line on stderr, the previous snapshot.json byte for byte, no temporary file in the output
folder or the cache, and a re-run that does not ask again for what was already answered.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

HERE = Path(__file__).resolve().parent
DRIVER = HERE / "fake_github_cli.py"
SAMPLE = HERE.parents[1] / "sample-profile" / "snapshot.json"
TOKEN = "ghp_TESTtokenNOTrealIIIIIIIIIIIIIIIIIIIIX"
INTERRUPTED = "interrupted: nothing was half-written; run the command again to finish.\n"

pytestmark = pytest.mark.skipif(os.name != "posix", reason="sends a POSIX signal")


def start(tmp_path: Path, name: str, stall_on: str, stall_at: int, repos: int, token: str):
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_TOKEN", "GH_TOKEN")}
    env.update(PORTFOLIO_CACHE_DIR=str(tmp_path / "cache"), CI="true")
    if token:
        env["GITHUB_TOKEN"] = token
    marker = tmp_path / f"{name}.stalled"
    command = [
        sys.executable,
        str(DRIVER),
        str(tmp_path / f"{name}.json"),
        stall_on,
        str(stall_at),
        str(marker),
        str(repos),
        "--",
        "fetch",
        "octo-ml",
        "-o",
        str(tmp_path / "profile" / "snapshot.json"),
    ]
    process = subprocess.Popen(
        command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    return process, marker


def interrupt_when_stalled(process: subprocess.Popen, marker: Path) -> tuple[int, str, str]:
    deadline = time.monotonic() + 60
    while not marker.exists():
        if process.poll() is not None or time.monotonic() > deadline:
            out, err = process.communicate()
            pytest.fail(f"the fetch never reached the stall point: {process.returncode} {err}")
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=60)
    return process.returncode, out, err


def finish(process: subprocess.Popen) -> tuple[int, str, str]:
    out, err = process.communicate(timeout=120)
    return process.returncode, out, err


def record(tmp_path: Path, name: str) -> dict:
    return json.loads((tmp_path / f"{name}.json").read_text())


def assert_nothing_half_written(tmp_path: Path, previous: bytes) -> None:
    profile = tmp_path / "profile"
    assert (profile / "snapshot.json").read_bytes() == previous
    assert [p.name for p in profile.iterdir()] == ["snapshot.json"]
    cache_files = list((tmp_path / "cache").rglob("*"))
    assert not [p for p in cache_files if p.name.endswith(".tmp")]
    for path in cache_files:
        if path.is_file():
            json.loads(path.read_text())  # every entry whole


@pytest.fixture
def previous(tmp_path) -> bytes:
    """An existing snapshot.json (another user's, so nothing in it can be reused)."""
    (tmp_path / "profile").mkdir()
    shutil.copyfile(SAMPLE, tmp_path / "profile" / "snapshot.json")
    return SAMPLE.read_bytes()


def test_sigint_without_a_token_leaves_no_partial_file_and_the_rerun_resumes(
    tmp_path, previous
) -> None:
    # Stall on the fourth repository's tree: three trees and READMEs are in the cache by then.
    process, marker = start(tmp_path, "first", "project-03/git/trees", 1, repos=5, token="")
    code, out, err = interrupt_when_stalled(process, marker)
    assert code == 130
    assert err == INTERRUPTED and out == ""
    assert_nothing_half_written(tmp_path, previous)

    process, _marker = start(tmp_path, "again", "", 0, repos=5, token="")
    code, out, err = finish(process)
    assert (code, err) == (0, "")
    assert out.startswith("Fetched octo-ml: 5 repositories -> ")
    trees = [
        urlsplit(c["url"]).path for c in record(tmp_path, "again")["calls"] if "/trees/" in c["url"]
    ]
    assert trees == [f"/repos/octo-ml/project-0{i}/git/trees/main" for i in (3, 4)]
    snapshot = json.loads((tmp_path / "profile" / "snapshot.json").read_text())
    assert [r["name"] for r in snapshot["repos"]] == [f"project-0{i}" for i in range(5)]
    assert not list(tmp_path.rglob("*.tmp"))


def test_sigint_with_a_token_between_graphql_batches_and_the_rerun_resumes(
    tmp_path, previous
) -> None:
    # 30 repositories: two GraphQL batches (25 + 5); stall on the second one.
    process, marker = start(tmp_path, "first", "/graphql", 2, repos=30, token=TOKEN)
    code, out, err = interrupt_when_stalled(process, marker)
    assert code == 130
    assert err == INTERRUPTED and out == ""
    assert TOKEN not in err
    assert_nothing_half_written(tmp_path, previous)
    assert not any(TOKEN in p.read_text() for p in (tmp_path / "cache").rglob("*.json"))

    process, _marker = start(tmp_path, "again", "", 0, repos=30, token=TOKEN)
    code, out, err = finish(process)
    assert (code, err) == (0, "")
    queries = record(tmp_path, "again")["graphql"]
    asked = [
        v for q in queries for k, v in q["variables"].items() if k[0] == "n" and k[1:].isdigit()
    ]
    assert asked == [f"project-{i:02}" for i in range(25, 30)]
    assert len(queries) == 1 and "pinnedItems" in queries[0]["query"]
    snapshot = json.loads((tmp_path / "profile" / "snapshot.json").read_text())
    assert len(snapshot["repos"]) == 30 and snapshot["pinned"] == ["octo-ml/project-01"]
