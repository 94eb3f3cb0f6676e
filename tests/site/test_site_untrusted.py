"""Untrusted text (profile fields, repository data, READMEs) cannot run code in the built site."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from sample_site import copy_sample, html_pages, soup

from portfolio.errors import BuildError
from portfolio.site.build import build_site
from portfolio.site.seo import json_ld
from portfolio.snapshot import Readme, load_snapshot, save_snapshot

EVIL_README = """\
# tabcheck

<script>alert(1)</script>
<img src="x" onerror="alert(2)">
<a href="javascript:alert(3)">click</a>
<a href="JaVaScRiPt&colon;alert(4)">entity</a>
<img srcset="javascript:alert(5) 1x, data:image/svg+xml;base64,PHN2Zz4= 2x">
<svg onload="alert(6)"><circle/></svg>
<iframe src="https://evil.example.com"></iframe>
<base href="https://evil.example.com/">
<meta http-equiv="refresh" content="0;url=https://evil.example.com">
<form><button formaction="javascript:alert(7)">go</button></form>
<style>body{display:none}</style>
<a href="//evil.example.com/x">protocol-relative</a>

[md link](javascript:alert(8)) ![md image](data:text/html;base64,PHNjcmlwdD4=)
"""

EVIL_TEXT = '</script><script>alert("t")</script><img src=x onerror=alert(9)>'


@pytest.fixture(scope="module")
def evil_site(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("evil")
    profile = copy_sample(tmp)
    snapshot = load_snapshot(profile)
    repos = []
    for repo in snapshot.repos:
        if repo.name == "tabcheck":
            repo = dataclasses.replace(
                repo,
                description=EVIL_TEXT,
                topics=(*repo.topics, "<b>bold</b>"),
                readme=Readme("README.md", "markdown", EVIL_README),
            )
        repos.append(repo)
    snapshot = dataclasses.replace(
        snapshot, repos=tuple(repos), user=dataclasses.replace(snapshot.user, bio=EVIL_TEXT)
    )
    save_snapshot(snapshot, profile / "snapshot.json")
    text = (profile / "profile.yaml").read_text()
    pronouns = "  pronouns: she/her\n"
    summary = (
        "      summary: Declarative validation for tabular ML datasets, reviewed in a pull "
        "request like any other config.\n"
    )
    assert pronouns in text and summary in text, "the sample changed: update this test"
    text = text.replace(pronouns, f"  pronouns: {json.dumps(EVIL_TEXT)}\n").replace(
        summary, '      summary: "[x](javascript:alert(10)) <script>alert(11)</script>"\n'
    )
    (profile / "profile.yaml").write_text(text)
    build_site(profile, tmp / "site")
    return tmp / "site"


def test_the_fixture_really_injected_the_hostile_text(evil_site: Path) -> None:
    page = (evil_site / "projects/tabcheck/index.html").read_text()
    assert "alert(" in page  # present as inert text, so the checks below mean something
    assert "&lt;script&gt;" in (evil_site / "index.html").read_text()


def test_nothing_executable_survives_anywhere(evil_site: Path) -> None:
    for page in html_pages(evil_site):
        doc = soup(page)
        name = str(page.relative_to(evil_site))
        for script in doc.find_all("script"):
            assert script.get("type") == "application/ld+json", name
            json.loads(script.string)  # still one valid JSON document: nothing broke out
        for banned in ("iframe", "base", "form", "style", "svg", "object", "embed"):
            assert not doc.find(banned), f"{name}: <{banned}>"
        assert len(doc.find_all("meta", attrs={"http-equiv": True})) == 1, name  # only the CSP
        for tag in doc.find_all(True):
            for attribute, value in tag.attrs.items():
                assert not attribute.lower().startswith("on"), f"{name}: {tag.name} {attribute}"
                values = value if isinstance(value, list) else [value]
                for text in values:
                    lowered = str(text).strip().lower().replace("\n", "")
                    assert not lowered.startswith(("javascript:", "data:text")), (name, tag.name)
                    assert "javascript:" not in lowered or attribute == "content", (name, tag)
                    if attribute in ("href", "src") and lowered.startswith("//"):
                        raise AssertionError(f"{name}: protocol-relative {attribute} {text}")


def test_json_ld_escapes_what_could_close_the_script() -> None:
    text = str(json_ld({"name": "</script><script>alert(1)</script> & <!--"}))
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text)["name"] == "</script><script>alert(1)</script> & <!--"


def test_a_broken_post_fails_the_build_and_names_the_file(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    (profile / "content" / "broken.md").write_text("Title: Broken\nDate: not a date\n\nText.\n")
    for _attempt in range(2):  # the same mistake fails every build, not only the first
        with pytest.raises(BuildError, match=r"broken\.md"):
            build_site(profile, tmp_path / "site")
    assert not (tmp_path / "site").exists()
