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


def test_a_read_environment_file_without_secrets_passes() -> None:
    # As the fetch or a checkout records docker/.env's `COMPOSE_PROJECT_NAME=handson-ml3`.
    files = ("docker/", "docker/.env", ".env.local")
    ctx = repo_ctx(files=files, secret_settings={"docker/.env": (), ".env.local": ()})
    assert messages(RULE, ctx) == []


def test_the_secret_settings_read_are_named_three_at_most() -> None:
    settings = {
        ".env": ("OPENAI_API_KEY", "DATABASE_URL"),
        "deploy/.env.production": ("token", "A_SECRET", "B_SECRET", "C_SECRET"),
    }
    ctx = repo_ctx(files=(".env", "deploy/", "deploy/.env.production"), secret_settings=settings)
    assert messages(RULE, ctx) == [
        "`ml-utils` has .env committed: an environment file setting OPENAI_API_KEY, DATABASE_URL",
        "`ml-utils` has deploy/.env.production committed: an environment file setting token, "
        "A_SECRET, B_SECRET",
    ]


def test_an_environment_file_not_read_is_reported_by_its_name() -> None:
    # A snapshot from an older version, or a sixth .env: nothing is known of its contents.
    ctx = repo_ctx(files=(".env", "app.env"), secret_settings={"app.env": ()})
    assert messages(RULE, ctx) == ["`ml-utils` has .env committed: an environment file"]


def test_certificates_are_public_but_keys_are_not() -> None:
    # pip vendors certifi, whose cacert.pem is the public bundle of certificate authorities.
    public = ("src/pip/_vendor/certifi/cacert.pem", "ca-bundle.pem", "deploy/fullchain.pem",
              "nginx/server-cert.pem", "ca.pem", "certs/cert.pem")  # fmt: skip
    assert messages(RULE, repo_ctx(files=public)) == []
    private = ("deploy/privkey.pem", "nginx/server-key.pem", "cert-and-key.pem", "server.pem")
    assert sorted(p.file for p in run(RULE, repo_ctx(files=private))) == sorted(private)
