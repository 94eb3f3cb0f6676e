"""Small pieces of the site: dates, slugs, e-mail, Markdown fields, themes, the staged output."""

from __future__ import annotations

import html
from pathlib import Path

import pytest

from portfolio.errors import ConfigError, UsageError
from portfolio.site.markup import (
    date_range,
    format_date,
    markdown_html,
    obfuscated_mailto,
    plain_text,
    slugify,
)
from portfolio.site.output import MARKER_FILENAME, staged_output
from portfolio.site.seo import sitemap_xml
from portfolio.site.themes import bundled_themes, resolve_theme


@pytest.mark.parametrize(
    ("value", "text"),
    [
        ("2024", "2024"),
        ("2024-05", "May 2024"),
        ("2024-05-03", "3 May 2024"),
        ("present", "present"),
    ],
)
def test_dates_read_like_a_cv(value: str, text: str) -> None:
    assert format_date(value) == text


def test_date_ranges() -> None:
    assert date_range("2022-03", None) == "March 2022 – present"
    assert date_range("2019", "2021-07") == "2019 – July 2021"
    assert date_range(None, "2020") == "2020"


@pytest.mark.parametrize(
    ("name", "slug"),
    [
        ("C++", "c-plus-plus"),
        ("C#", "c-sharp"),
        ("C", "c"),
        ("Jupyter Notebook", "jupyter-notebook"),
        ("Données", "donnees"),
        ("!!!", "item"),
    ],
)
def test_slugs_keep_languages_apart(name: str, slug: str) -> None:
    assert slugify(name) == slug


def test_obfuscated_email_reads_the_same_to_people() -> None:
    link = str(obfuscated_mailto("ada@example.org"))
    assert "ada@example.org" not in link and "@" not in link
    assert html.unescape(link) == '<a href="mailto:ada@example.org">ada@example.org</a>'


def test_markdown_fields_are_sanitised() -> None:
    out = str(
        markdown_html("**hi** <script>x()</script> [a](javascript:y()) <img src=x onerror=z>")
    )
    assert "<strong>hi</strong>" in out
    assert "<script" not in out and "javascript:" not in out and "onerror" not in out
    assert "<img" not in out  # pictures in profile text would break the page layout
    assert str(markdown_html("one line", inline=True)) == "one line"


def test_plain_text_is_cut_at_a_word() -> None:
    text = plain_text("**Bold** words " * 30, limit=40)
    assert len(text) <= 40 and text.endswith("…") and "**" not in text


def test_sitemap_escapes_addresses() -> None:
    xml = sitemap_xml(
        [("https://a.example/?q=1&b=2", "2026-01-01"), ("https://a.example/x/", None)]
    )
    assert "<loc>https://a.example/?q=1&amp;b=2</loc><lastmod>2026-01-01</lastmod>" in xml
    assert "<url><loc>https://a.example/x/</loc></url>" in xml


def test_bundled_themes_and_their_options(tmp_path: Path) -> None:
    assert bundled_themes() == ["academic", "default"]
    academic = resolve_theme("academic", tmp_path)
    assert academic.sections[:3] == ("about", "publications", "talks")
    assert academic.stylesheets == ("style.css", "academic.css")
    assert [p.parent.name for p in academic.template_dirs] == ["academic", "default"]


def test_a_theme_that_extends_itself_is_refused(tmp_path: Path) -> None:
    (tmp_path / "loop" / "templates").mkdir(parents=True)
    (tmp_path / "loop" / "theme.yaml").write_text("extends: ./loop\n")
    with pytest.raises(ConfigError, match="goes round in a circle"):
        resolve_theme("./loop", tmp_path)


def test_staged_output_is_removed_on_error_and_the_old_site_kept(tmp_path: Path) -> None:
    site = tmp_path / "site"
    with staged_output(site) as staging:
        (staging / "index.html").write_text("v1")
    assert (site / MARKER_FILENAME).is_file()
    with pytest.raises(RuntimeError), staged_output(site) as staging:
        (staging / "index.html").write_text("v2")
        raise RuntimeError("boom")
    assert (site / "index.html").read_text() == "v1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["site"]


def test_staged_output_refuses_a_file_in_the_way(tmp_path: Path) -> None:
    (tmp_path / "site").write_text("not a folder")
    with (
        pytest.raises(UsageError, match="exists and is not a folder"),
        staged_output(tmp_path / "site"),
    ):
        pass
