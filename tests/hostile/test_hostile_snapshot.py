"""Broken and hostile snapshot.json files (and the other JSON/TOML files the check reads)
through `portfolio check` and `portfolio build`.

The library-level messages are tested in tests/test_snapshot.py; here every case goes through
both commands: exit code 2, one error line naming the file (and the line or field path), no
traceback, and nothing written.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hostile_kit import SAMPLE, copy_sample, run_cli, tree

SAMPLE_JSON = json.loads((SAMPLE / "snapshot.json").read_text(encoding="utf-8"))
DEEP = "[" * 100_000 + "]" * 100_000


def edited(change) -> str:
    data = json.loads(json.dumps(SAMPLE_JSON))
    change(data)
    return json.dumps(data, indent=2)


def _set(path: str, value):
    """A change that sets ``data[a][b]...`` (``repos.0.stars``) to ``value``."""

    def change(data) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        for key in parents:
            data = data[key]
        data[last] = value

    return change


def _drop(path: str):
    def change(data) -> None:
        *parents, last = [int(p) if p.isdigit() else p for p in path.split(".")]
        for key in parents:
            data = data[key]
        del data[last]

    return change


# (id, the file's bytes, what one error line must contain)
CASES = [
    ("empty", b"", "snapshot.json:1: not valid JSON"),
    ("truncated", (SAMPLE / "snapshot.json").read_bytes()[:5000], "snapshot.json:"),
    ("top-level-list", b"[]", "snapshot.json: expected a JSON object"),
    ("not-utf8", b'{"schema_version": 1, "x": "\xff"}', "snapshot.json: not UTF-8"),
    ("nested-100000-deep", ('{"schema_version": 1, "user": ' + DEEP + "}").encode(), "nested"),
    ("no-version", edited(_drop("schema_version")).encode(), "snapshot.json: schema_version"),
    ("version-as-text", edited(_set("schema_version", "1")).encode(), "schema_version"),
    ("newer-version", edited(_set("schema_version", 99)).encode(), "pip install -U"),
    ("older-version", edited(_set("schema_version", 0)).encode(), "re-fetch"),
    ("no-user", edited(_drop("user")).encode(), "snapshot.json: user: missing"),
    ("no-login", edited(_drop("user.login")).encode(), "user.login: missing"),
    ("no-repo-name", edited(_drop("repos.0.name")).encode(), "repos[0].name: missing"),
    ("repos-not-list", edited(_set("repos", {})).encode(), "repos: expected a list"),
    ("stars-as-text", edited(_set("repos.0.stars", "5")).encode(), "repos[0].stars: expected"),
    ("stars-infinite", edited(_set("repos.0.stars", 1e309)).encode(), "repos[0].stars: expected"),
    ("fork-as-text", edited(_set("repos.0.fork", "yes")).encode(), "repos[0].fork: expected"),
    ("topics-as-text", edited(_set("repos.0.topics", "ml")).encode(), "repos[0].topics"),
    ("topic-number", edited(_set("repos.0.topics", [1])).encode(), "repos[0].topics[0]"),
    ("readme-number", edited(_set("repos.0.readme", 1)).encode(), "repos[0].readme"),
    ("readme-no-text", edited(_drop("repos.0.readme.text")).encode(), "repos[0].readme.text"),
    ("languages-list", edited(_set("repos.0.languages", ["Python"])).encode(), "languages"),
    ("language-bytes-text", edited(_set("repos.0.languages", {"Py": "1"})).encode(), "Py"),
    ("files-entry-text", edited(_set("repos.0.files", ["README.md"])).encode(), "files[0]"),
    ("login-null", edited(_set("user.login", None)).encode(), "user.login: expected a string"),
]


@pytest.fixture(scope="module")
def previous_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("previous")
    run = run_cli("build", copy_sample(tmp), "-o", tmp / "site")
    assert run.code == 0, run.printed
    return tmp / "site"


@pytest.mark.parametrize(("data", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_broken_snapshot_is_one_clear_error_and_nothing_is_written(
    data: bytes, expected: str, tmp_path: Path, previous_site: Path
) -> None:
    profile = copy_sample(tmp_path)
    (profile / "snapshot.json").write_bytes(data)
    site = tmp_path / "site"
    shutil.copytree(previous_site, site)
    before = (tree(site), tree(profile), sorted(os.listdir(tmp_path)))
    for argv in (
        ("check", profile),
        ("check", profile, "--format", "sarif", "-o", tmp_path / "report.sarif"),
        ("build", profile, "-o", site),
    ):
        run = run_cli(*argv)
        assert run.code == 2, f"portfolio {argv[0]}: exit {run.code}\n{run.printed}"
        assert "Traceback" not in run.printed
        first = run.err.splitlines()[0]
        assert first.startswith("error: ") and "snapshot.json" in first, run.err
        assert expected in first, run.err
        assert len(first) < 400  # one line, even for a 100,000-level document
    assert (tree(site), tree(profile), sorted(os.listdir(tmp_path))) == before


def test_one_megabyte_strings_and_emoji_are_checked_and_built(tmp_path: Path) -> None:
    big = "🚀 " + "x" * 1_000_000

    def change(data) -> None:
        data["user"]["bio"] = big
        for repo in data["repos"]:
            repo["description"] = big
            repo["topics"] = [*repo["topics"], "é" * 50]

    profile = copy_sample(tmp_path)
    (profile / "snapshot.json").write_text(edited(change), encoding="utf-8")
    run = run_cli("check", profile, "--exit-zero")
    assert run.code == 0, run.err
    assert len(run.out) > 1_000_000  # quoted whole: the report hides nothing it was given
    run = run_cli("build", profile, "-o", tmp_path / "site")
    assert run.code == 0, run.err


# --- the other files `check` parses: the baseline, the configuration, a checkout's manifests


def test_a_deeply_nested_baseline_is_a_clear_error(tmp_path: Path) -> None:
    baseline = tmp_path / "base.json"
    baseline.write_text(DEEP)
    run = run_cli("check", copy_sample(tmp_path), "--baseline", baseline)
    assert run.code == 2 and "Traceback" not in run.printed
    assert run.err.startswith(f"error: {baseline}: nested too deeply"), run.err


def test_a_deeply_nested_configuration_is_a_clear_error(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    (profile / ".portfolio-check.toml").write_text("select = " + DEEP + "\n")
    run = run_cli("check", profile)
    assert run.code == 2 and "Traceback" not in run.printed
    assert ".portfolio-check.toml: values nested too deeply" in run.err.splitlines()[0]


def test_a_checkout_with_deeply_nested_manifests_is_still_checked(tmp_path: Path) -> None:
    # A pull request can put anything in package.json or pyproject.toml: the check in CI must
    # go on (those files are for other tools to judge), not crash.
    checkout = tmp_path / "checkout"
    checkout.mkdir()
    (checkout / "README.md").write_text("# demo\n\nA demo.\n")
    (checkout / "package.json").write_text('{"keywords": ' + DEEP + "}")
    (checkout / "pyproject.toml").write_text("[project]\nkeywords = " + DEEP + "\n")
    (checkout / "Cargo.toml").write_text("[package]\nkeywords = " + DEEP + "\n")
    run = run_cli("check", "--repo", checkout, "--exit-zero")
    assert run.code == 0, run.printed
    assert "Traceback" not in run.printed
