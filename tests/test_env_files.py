"""Environment files: which files are read, and the names (never values) kept from them."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from portfolio.env_files import (
    MAX_BYTES,
    MAX_FILES,
    files_to_read,
    is_environment_file,
    read_secret_settings,
    secret_settings,
)
from portfolio.snapshot import FileEntry


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (".env", True),
        ("docker/.env", True),
        (".env.production", True),
        ("deploy/prod.env", True),
        (".ENV", True),
        (".env.example", False),
        ("config/.env.sample", False),
        (".env.template", False),
        ("environment.yml", False),
        (".envrc", False),
        ("src/env.py", False),
    ],
)
def test_is_environment_file(path: str, expected: bool) -> None:
    assert is_environment_file(path) is expected


def test_files_to_read_are_small_environment_files_shallowest_first() -> None:
    entries = [
        FileEntry("services/a/.env", "file", 40),
        FileEntry(".env", "file", 120),
        FileEntry(".env.example", "file", 80),
        FileEntry("docker", "dir"),
        FileEntry("docker/.env", "file", None),
        FileEntry("huge.env", "file", MAX_BYTES + 1),
        FileEntry("README.md", "file", 900),
    ]
    assert files_to_read(entries) == [".env", "docker/.env", "services/a/.env"]


def test_files_to_read_stop_at_the_limit() -> None:
    entries = [FileEntry(f"svc{i}/.env", "file", 10) for i in range(MAX_FILES + 3)]
    assert files_to_read(entries) == [f"svc{i}/.env" for i in range(MAX_FILES)]


def test_read_secret_settings_from_disk(tmp_path: Path) -> None:
    (tmp_path / ".env").write_bytes(b"PORT=8000\nAPI_KEY=sk-live-1\n\xff\n")
    assert read_secret_settings(tmp_path / ".env") == ("API_KEY",)
    assert read_secret_settings(tmp_path / "missing.env") is None


@pytest.mark.parametrize(
    ("text", "secrets"),
    [
        ("AWS_SECRET_ACCESS_KEY=abc\n", ["AWS_SECRET_ACCESS_KEY"]),
        ("BYPASS_CACHE=1\nMONKEY=george\nKEYBOARD=us\n", []),
        ("USE_AUTH=true\nAUTH_TOKEN=${AUTH_TOKEN}\n", []),
        ("-----BEGIN RSA PRIVATE KEY-----\nMIIE...\n", ["a private key"]),
        ("API_KEY= # set yours\nDSN  # postgres://u:pw@db/x\n", ["a password"]),
        ("\xff\xfe binary \x00\n", []),
        ("COMPOSE_PROJECT_NAME=handson-ml3\n", []),
        ("# for reference\nAPI_HOST=\nAPI_KEY=\nWANDB_API_KEY=\nPORT=8000\n", []),
        ("export SECRET_KEY='<your secret here>'\nDB_PASSWORD=changeme\n", []),
        ("DEBUG=1\nOPENAI_API_KEY=sk-abc123\nDATABASE_URL=postgres://app:hunter2@db/app\n",
         ["OPENAI_API_KEY", "DATABASE_URL"]),
        ("token: ghp_0123456789\n", ["token"]),
        ("\ufeffOPENAI_API_KEY=sk-live-1\n", ["OPENAI_API_KEY"]),  # saved with a BOM
        # full-stack-fastapi-template's .env: development defaults meant to be changed.
        ("SECRET_KEY=changethis\nPOSTGRES_PASSWORD=changethis\nSMTP_PASSWORD=\n", []),
        ("DB_PASSWORD=password\nJWT_SECRET=secret\n", []),
    ],
)  # fmt: skip
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
