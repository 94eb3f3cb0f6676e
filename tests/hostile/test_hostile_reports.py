"""Hostile strings in every field of a snapshot, through `portfolio check` in every format.

The snapshot holds what a profile's owner typed on GitHub, so every string is untrusted: the
reports quote descriptions, topics, names and README lines. Whatever they hold, the text
report and the annotations cannot repaint a terminal or spoof a file name, the Markdown
to-do list cannot put HTML, a link, an image or a mention into the issue it is pasted in, and
JSON/SARIF stay valid data that round-trips the text exactly.
"""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest
from hostile_kit import (
    BIDI_AND_CONTROL,
    HOSTILE_STRINGS,
    copy_sample,
    executable_parts,
    run_cli,
)
from markdown_it import MarkdownIt

from checks.model import Finding, Severity, Target
from checks.report import render
from checks.runner import Report
from checks.score import Scores
from portfolio.snapshot import FileEntry, Readme, Release, Snapshot, load_snapshot, save_snapshot

EVIL = " ".join(HOSTILE_STRINGS.values())
NOT_STRINGS_TO_SPOIL = {"fetched_at", "created_at", "pushed_at", "updated_at", "published_at"}
"""Dates stay dates: rules parse them, and a broken date is a different test."""

DOCS = "https://github.com/portfolio-kit/portfolio-kit/blob/main/docs/rules.md#"


def spoil(obj):
    """``obj`` with EVIL appended to every string field (names included), recursively."""
    changes = {}
    for field in dataclasses.fields(obj):
        value = getattr(obj, field.name)
        if field.name in NOT_STRINGS_TO_SPOIL or field.name in ("format", "type", "owner"):
            continue
        if isinstance(value, str):
            changes[field.name] = value + EVIL
        elif isinstance(value, tuple) and value and isinstance(value[0], str):
            changes[field.name] = (*value, EVIL)
        elif isinstance(value, Readme | Release):
            changes[field.name] = spoil(value)
        elif isinstance(value, tuple) and value and isinstance(value[0], FileEntry):
            changes[field.name] = (*value, FileEntry(f"docs/{EVIL}.md", "file", 3))
    return dataclasses.replace(obj, **changes)


def hostile_snapshot(sample: Snapshot) -> Snapshot:
    return dataclasses.replace(
        sample,
        user=spoil(sample.user),
        repos=tuple(spoil(repo) for repo in sample.repos),
        social_accounts=tuple(spoil(account) for account in sample.social_accounts),
        profile_readme=spoil(sample.profile_readme) if sample.profile_readme else None,
    )


@pytest.fixture(scope="module")
def reports(tmp_path_factory) -> dict[str, str]:
    """The hostile snapshot checked through the CLI, one report file per format."""
    tmp = tmp_path_factory.mktemp("hostile-reports")
    profile = copy_sample(tmp)
    (profile / "profile.yaml").unlink()  # repository names change: the site's list would not match
    save_snapshot(hostile_snapshot(load_snapshot(profile)), profile / "snapshot.json")
    produced = {}
    for fmt in ("text", "json", "markdown", "sarif", "github"):
        target = tmp / f"report.{fmt}"
        run = run_cli("check", profile, "--format", fmt, "-o", target, "--exit-zero")
        assert run.code == 0, run.printed
        assert "Traceback" not in run.printed
        produced[fmt] = target.read_text(encoding="utf-8")
    return produced


def test_the_hostile_text_really_reached_every_report(reports: dict[str, str]) -> None:
    for fmt, text in reports.items():
        assert "onerror" in text, fmt  # quoted (inertly), so the checks below mean something
        assert "gnp.exe" in text, fmt


@pytest.mark.parametrize("fmt", ["text", "markdown", "github"])
def test_no_control_or_bidi_character_reaches_a_human_report(reports, fmt: str) -> None:
    found = sorted({f"U+{ord(c):04X}" for c in BIDI_AND_CONTROL.findall(reports[fmt])})
    assert found == [], f"{fmt} report shows raw {found}"


@pytest.mark.parametrize("fmt", ["json", "sarif"])
def test_machine_reports_are_valid_json_that_keeps_the_text_exactly(reports, fmt: str) -> None:
    data = json.loads(reports[fmt])
    strings = json.dumps(data, ensure_ascii=False)
    assert "\u202e" in strings or "\\u202e" in strings  # data is kept, escaped by JSON itself
    assert "\x1b" not in reports[fmt] and "\x00" not in reports[fmt]


def markdown_as_github_shows_it(text: str) -> str:
    # CommonMark with raw HTML allowed: stricter than GitHub (which sanitises afterwards), so
    # anything our escaping lets through shows up here.
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(text)


def test_markdown_report_injects_no_html_link_image_or_mention(reports) -> None:
    html = markdown_as_github_shows_it(reports["markdown"])
    assert executable_parts(html) == []
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    allowed = {"h1", "h2", "h3", "p", "ul", "li", "strong", "em", "code", "a", "br", "table"}
    allowed |= {"thead", "tbody", "tr", "th", "td"}
    assert {tag.name for tag in soup.find_all(True)} <= allowed
    assert not soup.find_all("img")
    # Every link is one we wrote: a rule's documentation.
    assert {a["href"][: len(DOCS)] for a in soup.find_all("a")} == {DOCS}
    for text_node in soup.find_all(string=True):
        if text_node.parent.name != "code":
            assert "@octocat" not in text_node and "@github/security" not in text_node


def _one_finding_report(message: str, repo: str = "octo/x") -> Report:
    finding = Finding("REP901", "repo-description", Severity.ERROR, Target.REPO, message, repo=repo)
    return Report(
        findings=(finding,),
        scores=Scores(overall=50, repos={repo: 50}),
        rules=(),
        subject="octo",
        repos=(repo,),
    )


@pytest.mark.parametrize(
    "message",
    [
        # An unclosed run of three backticks used to swallow the single ones that followed, so
        # the text between them was treated as a code span and left unescaped.
        "```<img src=https://evil.example/p.png>`",
        # A backslash before a backtick used to be read as the start of a code span.
        "\\`<img src=https://evil.example/p.png>`",
        "[docs](javascript:alert(1))",
        "![x](https://evil.example/p.png)",
        "&#x3C;img src=x onerror=alert(1)&#x3E;",
        "<https://evil.example/autolink>",
    ],
)
def test_markdown_escaping_is_read_the_way_github_reads_it(message: str) -> None:
    html = markdown_as_github_shows_it(render(_one_finding_report(message), "markdown"))
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    assert not soup.find_all("img")
    assert [a["href"] for a in soup.find_all("a")] == [f"{DOCS}rep901"]


@pytest.mark.parametrize("name", ["a`b|c", "x```y", "evil\u202egnp.exe", "\x1b[2Jwipe"])
def test_repository_names_stay_one_code_span_and_one_table_cell(name: str) -> None:
    report = _one_finding_report("has no description", repo=f"octo/{name}")
    markdown = render(report, "markdown")
    html = markdown_as_github_shows_it(markdown)
    from bs4 import BeautifulSoup

    rows = BeautifulSoup(html, "html.parser").find_all("tr")
    assert all(len(row.find_all(["td", "th"])) == 5 for row in rows)
    assert BIDI_AND_CONTROL.search(markdown) is None
    text = render(report, "text")
    assert BIDI_AND_CONTROL.search(text) is None


def test_text_report_shows_a_spoofed_file_name_as_it_is_stored() -> None:
    text = render(_one_finding_report("README links to evil\u202egnp.exe"), "text")
    assert "evil?gnp.exe" in text  # the reader sees the hidden character's place


def test_the_site_of_the_hostile_snapshot_has_nothing_executable(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    sample = load_snapshot(profile)
    # Names are kept so the profile's project list still selects them; every other string is
    # hostile (the names have their own test in test_hostile_snapshot.py).
    spoiled = hostile_snapshot(sample)
    spoiled = dataclasses.replace(
        spoiled,
        user=dataclasses.replace(spoiled.user, login=sample.user.login),
        repos=tuple(
            dataclasses.replace(new, name=old.name)
            for new, old in zip(spoiled.repos, sample.repos, strict=True)
        ),
        pinned=sample.pinned,
    )
    save_snapshot(spoiled, profile / "snapshot.json")
    run = run_cli("build", profile, "-o", tmp_path / "site")
    assert run.code == 0, run.printed
    pages = sorted((tmp_path / "site").rglob("*.html"))
    assert len(pages) > 20
    project = (tmp_path / "site" / "projects" / "tabcheck" / "index.html").read_text()
    assert "onerror" in project  # present as inert text
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert executable_parts(html) == [], page
        assert "\x00" not in html and "\x1b" not in html, f"{page}: control character"
    for feed in (tmp_path / "site").rglob("*.xml"):
        assert "<script" not in feed.read_text(encoding="utf-8").lower(), feed
