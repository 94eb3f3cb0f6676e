"""Shared fixtures for the browser tests: a headless Chromium and axe-core.

On a laptop without Chromium (or npm) those tests are skipped; under CI=true they fail instead,
so the accessibility and link checks can never silently stop running in CI.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

AXE_VERSION = "4"


def _missing(reason: str) -> None:
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{reason} (CI=true: the browser tests must run in CI)")
    pytest.skip(reason)


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
    """The text of axe.min.js, installed from npm into a cache folder on first use."""
    cache = Path(
        os.environ.get("PORTFOLIO_AXE_DIR")
        or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "portfolio-kit-axe"
    )
    script = cache / "node_modules" / "axe-core" / "axe.min.js"
    if not script.is_file():
        npm = shutil.which("npm")
        if not npm:
            _missing("npm is needed once to install axe-core (apt-get install npm)")
        done = subprocess.run(
            [
                npm,
                "install",
                "--prefix",
                str(cache),
                f"axe-core@{AXE_VERSION}",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
            ],
            capture_output=True,
            text=True,
            check=False,
        )
        if done.returncode != 0 or not script.is_file():
            _missing(f"could not install axe-core with npm: {done.stderr.strip()[-300:]}")
    return script.read_text(encoding="utf-8")
