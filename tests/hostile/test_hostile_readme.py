"""Hostile READMEs through every path that reads one: `portfolio check` (all formats), `check
--repo` on a checkout, and `portfolio build`.

Each input must finish (under the hang guard, which fails a hang instead of blocking CI; it
is not a timing assertion) and produce safe output. What is pathologically slow for the
parsers is bounded in the renderer (portfolio/readme/limits.py), and tested here.
"""

from __future__ import annotations

import dataclasses
import importlib.util
import random
import re
from pathlib import Path

import pytest
from hostile_kit import REPO_ROOT, copy_sample, executable_parts, hang_guard, run_cli, tree
from markdown_it import MarkdownIt

from checks.audit import CheckRequest, run_check
from checks.report import render
from portfolio.readme import limits, render_readme
from portfolio.snapshot import Readme, Repo, load_snapshot, save_snapshot


def _xss_corpus() -> tuple[list[str], list[str]]:
    """The README renderer's attack corpus, loaded from its file (one corpus, not two)."""
    path = REPO_ROOT / "tests" / "readme_html" / "test_xss.py"
    spec = importlib.util.spec_from_file_location("readme_xss_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CORPUS, module.RST_CORPUS


CORPUS, RST_CORPUS = _xss_corpus()
SECRET = "TOPSECRET-never-in-output-7f3a"
PROSE = (
    "## Usage\n\nRun `tool --check data.csv` to validate a file against its schema; see the "
    "[guide](https://example.com/guide) for details, and **always** pin the version.\n\n"
)


def ten_megabytes() -> str:
    return "# big\n\n" + PROSE * (10 * 1024 * 1024 // len(PROSE))


def binary() -> str:
    data = random.Random(6).randbytes(1024 * 1024)
    return data.decode("utf-8", errors="replace")


def nested_lists(levels: int = 5000) -> str:
    return "".join("  " * i + "- x\n" for i in range(levels))


def hundred_thousand_links() -> str:
    return "# links\n\n" + "".join(f"[l{i}](https://example.com/{i}) " for i in range(100_000))


def file_reading_rst(secret_file: Path) -> str:
    return (
        "title\n=====\n\n"
        f".. include:: {secret_file}\n\n"
        f".. raw:: html\n   :file: {secret_file}\n\n"
        ".. raw:: html\n\n   <script>alert(1)</script>\n\n"
        f".. csv-table:: t\n   :file: {secret_file}\n\n"
        f".. image:: {secret_file}\n\n"
        f".. image:: file://{secret_file}\n\n"
        f".. literalinclude:: {secret_file}\n\n" + "\n\n".join(RST_CORPUS)
    )


# --- the renderer's bounds ------------------------------------------------------------------

REPO = Repo(name="kit", owner="octo", default_branch="main")


@pytest.mark.parametrize(
    "text",
    [nested_lists(), "[" * 5000 + "a" + "]" * 5000, "> " * 5000 + "x", nested_lists(800)],
    ids=["5000-nested-lists", "5000-brackets", "5000-quotes", "800-nested-lists"],
)
def test_hostile_nesting_is_shown_as_text_quickly(text: str) -> None:
    with hang_guard():
        html = render_readme(Readme("README.md", "markdown", text), REPO).html
    assert executable_parts(html) == []
    assert limits.too_deep(text)


def test_thousands_of_html_block_lines_without_a_blank_line_render_quickly() -> None:
    # Each opening tag used to look ahead to the next blank line and count its tags there:
    # 20,000 "<div>" lines took four minutes. Raw HTML blocks: nothing runs.
    text = "<div>\n" * 20_000 + '<div align="center">\n\t<img src="x.png" alt="x">\n'
    with hang_guard():
        html = render_readme(Readme("README.md", "markdown", text), REPO).html
    assert executable_parts(html) == []
    assert "<pre" not in html  # the tab-indented tag is HTML, not code


def test_real_nesting_is_not_too_deep() -> None:
    real = "- a\n  - b\n    - c\n\n> quote\n> > reply\n\n[![badge](https://x/b.svg)](https://x)\n"
    assert not limits.too_deep(real)
    assert not limits.too_deep(nested_lists(40))


def test_a_long_readme_is_truncated_with_a_note_linking_to_github() -> None:
    text = ten_megabytes()
    with hang_guard():
        rendered = render_readme(Readme("README.md", "markdown", text), REPO)
    assert "only its beginning is shown here" in rendered.html
    assert "https://github.com/octo/kit" in rendered.html
    assert len(rendered.html) < 4 * limits.MAX_CHARS
    short = render_readme(Readme("README.md", "markdown", PROSE), REPO)
    assert "only its beginning" not in short.html


# --- every path: check and build on a snapshot, check --repo on a checkout ------------------


@pytest.fixture(scope="module")
def hostile_profile(tmp_path_factory) -> tuple[Path, Path]:
    tmp = tmp_path_factory.mktemp("hostile-readmes")
    secret_file = tmp / "secret.txt"
    secret_file.write_text(SECRET + "\n")
    profile = copy_sample(tmp)
    snapshot = load_snapshot(profile)
    readmes = {
        "tabcheck": Readme("README.md", "markdown", "# tabcheck\n\n" + "\n\n".join(CORPUS)),
        "label-noise-tabular": Readme("README.md", "markdown", ten_megabytes()),
        "churn-explainer": Readme("README.md", "markdown", binary()),
        "timeseries-anomaly": Readme("README.md", "markdown", nested_lists()),
        "numpy-cnn-from-scratch": Readme("README.md", "markdown", hundred_thousand_links()),
        "kaggle-notebooks": Readme("README.rst", "rst", file_reading_rst(secret_file)),
    }
    repos = tuple(
        dataclasses.replace(repo, readme=readmes.get(repo.name, repo.readme))
        for repo in snapshot.repos
    )
    assert {r.name for r in repos} >= set(readmes), "the sample changed: update this test"
    save_snapshot(dataclasses.replace(snapshot, repos=repos), profile / "snapshot.json")
    return tmp, profile


@pytest.fixture(scope="module")
def outputs(hostile_profile) -> dict[str, Path]:
    tmp, profile = hostile_profile
    produced = {}
    # Once through the command line, then the other formats from the same report: analysing
    # a 10 MB README five times would only repeat the same work (the renderers are pure).
    target = tmp / "reports" / "report.markdown"
    run = run_cli("check", profile, "--format", "markdown", "-o", target, "--exit-zero")
    assert run.code == 0 and "Traceback" not in run.printed, run.printed
    produced["markdown"] = target
    outcome = run_check(CheckRequest(profile_dir=str(profile), format="text", environ={}))
    for fmt in ("text", "json", "sarif", "github"):
        produced[fmt] = tmp / "reports" / f"report.{fmt}"
        produced[fmt].write_text(render(outcome.report, fmt), encoding="utf-8")
    run = run_cli("build", profile, "-o", tmp / "site")
    assert run.code == 0 and "Traceback" not in run.printed, run.printed
    produced["site"] = tmp / "site"
    return produced


def test_every_page_of_the_site_is_safe(outputs) -> None:
    pages = sorted(outputs["site"].rglob("*.html"))
    assert any("tabcheck" in str(p) for p in pages)
    for page in pages:
        assert executable_parts(page.read_text(encoding="utf-8")) == [], page


def test_no_file_of_the_building_machine_is_read(outputs) -> None:
    for name, path in outputs.items():
        files = tree(path) if path.is_dir() else {name: path.read_bytes()}
        for file_name, data in files.items():
            assert SECRET.encode() not in data, f"{name}: {file_name}"


def test_the_bounds_show_on_the_project_pages(outputs) -> None:
    site = outputs["site"]
    long_page = (site / "projects" / "label-noise-tabular" / "index.html").read_text()
    assert "only its beginning is shown here" in long_page
    nested_page = (site / "projects" / "timeseries-anomaly" / "index.html").read_text()
    assert re.search(r"<pre>\s*- x", nested_page)  # shown as text, not 5,000 lists
    binary_page = (site / "projects" / "churn-explainer" / "index.html").read_text()
    assert "\ufffd" in binary_page and "\x00" not in binary_page


def markdown_html(text: str) -> str:
    return MarkdownIt("commonmark", {"html": True}).render(text)


def test_markdown_report_stays_inert(outputs) -> None:
    assert executable_parts(markdown_html(outputs["markdown"].read_text())) == []


def test_a_checkout_with_hostile_readmes_is_checked(tmp_path: Path) -> None:
    """`check --repo` reads README bytes from disk: invalid UTF-8 included."""
    cases = {
        "invalid-utf8": b"# demo\n\nCaf\xe9 \xff\xfe <script>alert(1)</script>\n",
        "binary": random.Random(7).randbytes(256 * 1024),
        "nested": nested_lists().encode(),
        "ten-megabytes": ten_megabytes().encode(),
    }
    for name, data in cases.items():
        checkout = tmp_path / name
        checkout.mkdir()
        (checkout / "README.md").write_bytes(data)
        # The 10 MB analysis is the slow part: one format is enough to show it finishes.
        for fmt in ("text",) if name == "ten-megabytes" else ("text", "markdown", "sarif"):
            run = run_cli("check", "--repo", checkout, "--format", fmt, "--exit-zero")
            assert run.code == 0, f"{name} {fmt}: {run.printed[-500:]}"
            assert "Traceback" not in run.printed
            if fmt == "markdown":
                assert executable_parts(markdown_html(run.out)) == [], name
