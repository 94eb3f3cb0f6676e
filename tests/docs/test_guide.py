"""The user guide holds together: every page is reachable from its entry, and every guide page
says what it does, shows an example and says what to do when it goes wrong."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
GUIDE = ["index", "install", "fetch", "todo-list", "ci", "themes", "deploy", "troubleshooting"]


def _linked_pages(page: Path) -> set[str]:
    text = page.read_text(encoding="utf-8")
    return {m.split("#")[0] for m in re.findall(r"\]\(([^)#\s]+\.md)(?:#[^)]*)?\)", text)}


def test_the_readme_links_the_guide() -> None:
    assert "docs/index.md" in _linked_pages(ROOT / "README.md")


def test_every_docs_page_is_reachable_from_the_guide_entry() -> None:
    linked = _linked_pages(DOCS / "index.md")
    pages = {p.name for p in DOCS.glob("*.md")} - {"index.md"}
    assert pages - linked == set(), "docs/index.md does not link these pages"


@pytest.mark.parametrize("name", GUIDE)
def test_guide_page_has_an_example_and_a_way_out(name: str) -> None:
    text = (DOCS / f"{name}.md").read_text(encoding="utf-8")
    assert text.startswith("# "), f"docs/{name}.md starts without a title"
    assert "```" in text, f"docs/{name}.md shows no example"
    if name != "troubleshooting":  # which is all about it
        assert re.search(r"^## When (it|something) goes wrong$", text, flags=re.M), (
            f"docs/{name}.md has no 'When it goes wrong' section"
        )
        assert "troubleshooting.md" in text, f"docs/{name}.md does not link troubleshooting"
