"""REP011 no-committed-secrets: secret-bearing file names, one finding each, templates pass."""

from __future__ import annotations

from builders import messages, repo_ctx, run

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
