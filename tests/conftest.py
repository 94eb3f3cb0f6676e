"""Shared fixtures for tests that need parts from outside Python: a headless Chromium, and npm
packages (axe-core for the accessibility test, GitHub's published API schemas for the fetch).

On a laptop without Chromium (or npm) those tests are skipped; under CI=true they fail instead,
so the accessibility, link and schema checks can never silently stop running in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

AXE_VERSION = "4"
GRAPHQL_SCHEMA_VERSION = "15"
"""Major version of ``@octokit/graphql-schema``: GitHub's GraphQL schema, updated by GitHub's
Octokit team as the API changes."""
OPENAPI_VERSION = "23"
"""Major version of ``@octokit/openapi``: GitHub's own OpenAPI description of its REST API."""


_NPM_BASE = Path(
    os.environ.get("PORTFOLIO_NPM_DIR")
    or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "portfolio-kit-npm"
)
"""Where npm packages are installed: read before ``user_cache`` below moves XDG_CACHE_HOME, so
they are downloaded once, not in every run."""


@pytest.fixture(autouse=True, scope="session")
def user_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A user cache folder of the test run's own (XDG_CACHE_HOME): builds and fetches that
    use the default cache folders never read or write the developer's."""
    folder = tmp_path_factory.mktemp("user-cache")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("XDG_CACHE_HOME", str(folder))
        yield folder


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: these tests must run in CI)")
    pytest.skip(reason)


def npm_file(package: str, version: str, path: str) -> Path:
    """``path`` inside the npm ``package``, installed into ``_NPM_BASE`` on first use
    (``$PORTFOLIO_NPM_DIR``, else ``~/.cache/portfolio-kit-npm``), one folder per package."""
    prefix = _NPM_BASE / f"{package.replace('/', '+')}@{version}"
    target = prefix / "node_modules" / package / path
    if not target.is_file():
        npm = shutil.which("npm")
        if not npm:
            _missing(f"npm is needed once to install {package} (apt-get install npm)")
        done = subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(prefix),
                f"{package}@{version}",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not target.is_file():
            _missing(f"could not install {package} with npm: {done.stderr.strip()[-300:]}")
    return target


@pytest.fixture(scope="module")
def chromium_executable() -> str:
    """Debian's Chromium (or PORTFOLIO_CHROMIUM), driven by Playwright's Python API."""
    path = os.environ.get("PORTFOLIO_CHROMIUM") or shutil.which("chromium")
    if not path:
        _missing("no Chromium: install it (apt-get install chromium) or set PORTFOLIO_CHROMIUM")
    try:
        import playwright  # noqa: F401
    except ImportError:
        _missing("Playwright is not installed: pip install -e '.[test]'")
    return path


@pytest.fixture(scope="module")
def axe_source() -> str:
    """The text of axe.min.js."""
    return npm_file("axe-core", AXE_VERSION, "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def github_graphql_sdl() -> str:
    """GitHub's GraphQL schema, in the schema definition language."""
    schema = npm_file("@octokit/graphql-schema", GRAPHQL_SCHEMA_VERSION, "schema.graphql")
    return schema.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def github_openapi_path() -> Path:
    """GitHub's OpenAPI description of api.github.com (JSON, about 13 MB)."""
    return npm_file("@octokit/openapi", OPENAPI_VERSION, "generated/api.github.com.json")
