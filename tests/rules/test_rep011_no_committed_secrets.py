"""REP011 no-committed-secrets: secret-bearing file names, one finding each, templates pass."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from builders import messages, repo_ctx, run
from hypothesis import given, settings
from hypothesis import strategies as st

from checks.env_files import secret_settings
from checks.model import RepoContext
from checks.rules.repo.rep011_no_committed_secrets import RULE


def test_templates_and_public_keys_pass() -> None:
    paths = (".env.example", ".env.sample", "id_rsa.pub", "config/", "config/settings.py",
             "tests/", "tests/fixtures/", "tests/fixtures/fake.pem")  # fmt: skip
    assert messages(RULE, repo_ctx(files=paths)) == []


def test_each_secret_file_is_reported_with_its_path() -> None:
    paths = (".env", "deploy/", "deploy/id_ed25519", "certs/", "certs/server.pem", "README.md")
    problems = run(RULE, repo_ctx(files=paths))
    assert [(p.message, p.file) for p in problems] == [
        ("`ml-utils` has .env committed: an environment file", ".env"),
        ("`ml-utils` has deploy/id_ed25519 committed: an SSH private key", "deploy/id_ed25519"),
        ("`ml-utils` has certs/server.pem committed: a certificate or private key",
         "certs/server.pem"),
    ]  # fmt: skip
    assert "git filter-repo --invert-paths --path .env" in problems[0].fix.description
    assert problems[0].fix.description.startswith("Rotate or revoke")


def test_runs_on_forks_and_archived_repos() -> None:
    assert {"fork", "archived"} <= RULE.applies_to


def test_test_fixtures_are_not_leaks() -> None:
    paths = ("tests/", "tests/certs/", "tests/certs/server.key", "tests/test_apps/",
             "tests/test_apps/.env", "examples/", "examples/demo.pem")  # fmt: skip
    assert messages(RULE, repo_ctx(files=paths)) == []


def test_npmrc_is_not_reported_since_most_hold_only_settings() -> None:
    # Seen on sindresorhus/slugify: its .npmrc says `package-lock=false`, nothing secret.
    from checks.rules.repo.rep011_no_committed_secrets import secret_kind

    assert secret_kind(".npmrc") is None


def _checkout(tmp_path: Path, files: dict[str, str]) -> RepoContext:
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    return replace(repo_ctx(files=tuple(files)), checkout=tmp_path)


def test_in_a_checkout_an_environment_file_without_secrets_passes(tmp_path: Path) -> None:
    ctx = _checkout(
        tmp_path,
        {
            "docker/.env": "COMPOSE_PROJECT_NAME=handson-ml3\n",
            ".env.local": "# for reference\nAPI_HOST=\nAPI_KEY=\nWANDB_API_KEY=\nPORT=8000\n",
            "app.env": "export SECRET_KEY='<your secret here>'\nDB_PASSWORD=changeme\n",
        },
    )
    assert messages(RULE, ctx) == []


def test_in_a_checkout_the_secret_settings_are_named(tmp_path: Path) -> None:
    ctx = _checkout(
        tmp_path,
        {
            ".env": "DEBUG=1\nOPENAI_API_KEY=sk-abc123\nDATABASE_URL=postgres://app:hunter2@db/app\n",
            "deploy/.env.production": "token: ghp_0123456789\n",
        },
    )
    assert [p.message for p in run(RULE, ctx)] == [
        "`ml-utils` has .env committed: an environment file setting OPENAI_API_KEY, DATABASE_URL",
        "`ml-utils` has deploy/.env.production committed: an environment file setting token",
    ]


def test_an_environment_file_that_cannot_be_read_is_reported_by_its_name(tmp_path: Path) -> None:
    # Listed but missing from the folder (deleted in the working tree): judged by its name.
    ctx = replace(repo_ctx(files=(".env",)), checkout=tmp_path)
    assert messages(RULE, ctx) == ["`ml-utils` has .env committed: an environment file"]


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("AWS_SECRET_ACCESS_KEY=abc\n", ["AWS_SECRET_ACCESS_KEY"]),
        ("BYPASS_CACHE=1\nMONKEY=george\nKEYBOARD=us\n", []),
        ("USE_AUTH=true\nAUTH_TOKEN=${AUTH_TOKEN}\n", []),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n", ["a private key"]),
        ("API_KEY= # set yours\nDSN  # postgres://u:pw@db/x\n", ["a password"]),
        ("\xff\xfe binary \x00\n", []),
    ],
)
def test_secret_settings(text: str, secrets: list[str]) -> None:
    assert secret_settings(text) == secrets


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["API_KEY", "export TOKEN", "PORT", "# c", "DB_PASSWORD", "x:y"]),
            st.text(max_size=12),
        ),
        max_size=12,
    ).map("=".join)
)
def test_secret_settings_never_raise_and_name_only_what_the_file_holds(text: str) -> None:
    # Only names that stand in the file (or the private-key label) come back: never values.
    for name in secret_settings(text):
        assert name in ("a private key", "a password") or name in text
