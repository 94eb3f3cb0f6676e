"""What the site tests share: a private copy of the sample profile, and reading built pages."""

from __future__ import annotations

import shutil
from pathlib import Path

from bs4 import BeautifulSoup

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "sample-profile"


def copy_sample(tmp_path: Path) -> Path:
    """A private copy of sample-profile/ (without any built output) that a test may change."""
    target = tmp_path / "profile"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("output", ".cache"))
    return target


def html_pages(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def soup(path: Path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` by relative path, with its bytes."""
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }
