"""The sample profile keeps the variety it promises, so nobody silently breaks the offline demo.

``sample-profile/`` is what the README's quick start, the linter's acceptance run and the golden
site are built on. Each test below pins one kind of repository the linter must have something
to say about (or nothing, for the exemplary one), and the blog posts the site renders.
"""

from __future__ import annotations

import copy
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest
from pelican.readers import MarkdownReader
from pelican.settings import DEFAULT_CONFIG

from portfolio.snapshot import Repo, Snapshot, load_snapshot

SAMPLE = Path(__file__).resolve().parent.parent / "sample-profile"
LOGIN = "ines-okoro-ml"

# Fictional person: every external link points at GitHub or at reserved example domains
# (RFC 2606), so the sample never advertises a real site or account by accident.
ALLOWED_HOSTS = re.compile(r"(^|\.)(github\.com|example\.(org|com)|localhost)$")
# Social profiles must use the real providers' hosts, or the LinkedIn rule could not work.
SOCIAL_HOSTS = {"linkedin": "www.linkedin.com"}

# Link text may hold one level of brackets, as in "[[paper]](url)".
MARKDOWN_LINK = re.compile(r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(([^)\s]+)\)")
RST_IMAGE = re.compile(r"^\.\. image:: (\S+)", re.MULTILINE)
HTML_SRC = re.compile(r"""(?:src|srcset|href)="([^"]+)\"""")
BARE_URL = re.compile(r"https?://[^\s)\]>\"'`]+")
FENCE = re.compile(r"^```([\w+-]*)\s*$", re.MULTILINE)


@pytest.fixture(scope="module")
def snapshot() -> Snapshot:
    return load_snapshot(SAMPLE)


def repo(snapshot: Snapshot, name: str) -> Repo:
    found = snapshot.repo(name)
    assert found is not None, f"sample snapshot lost the repo {name!r}"
    return found


def paths(r: Repo) -> set[str]:
    return {entry.path for entry in r.files}


def headings(text: str) -> list[str]:
    return [line.lstrip("#").strip().lower() for line in text.splitlines() if line.startswith("#")]


def fence_languages(text: str) -> list[str]:
    """Languages of the opening fences (every other fence line closes a block)."""
    return FENCE.findall(text)[::2]


def relative_targets(r: Repo) -> list[str]:
    """Relative link and image targets in the README, without anchors."""
    assert r.readme is not None
    text = r.readme.text
    found = MARKDOWN_LINK.findall(text) + RST_IMAGE.findall(text) + HTML_SRC.findall(text)
    return [t for t in found if not urlparse(t).scheme and not t.startswith("#")]


# --- the file itself ---------------------------------------------------------------------------


def test_snapshot_file_is_exactly_what_the_package_writes(snapshot: Snapshot) -> None:
    # Regenerating it through save_snapshot must not produce a diff: stable, readable JSON.
    assert (SAMPLE / "snapshot.json").read_text(encoding="utf-8") == snapshot.to_json()


def test_snapshot_looks_like_an_authenticated_fetch(snapshot: Snapshot) -> None:
    assert snapshot.authenticated is True
    assert snapshot.unknown == ()
    assert snapshot.fetched_at == "2026-11-15T09:30:00Z"
    assert snapshot.user.login == LOGIN
    assert snapshot.user.public_repos == len(snapshot.repos)
    assert 9 <= len(snapshot.repos) <= 12
    for r in snapshot.repos:
        assert r.owner == LOGIN
        assert r.files_complete is False, f"{r.name}: a fetch never lists the whole tree"
        assert r.unknown == ()
        for date in (r.created_at, r.pushed_at, r.updated_at):
            assert date is not None and "2023" <= date[:4] <= "2026"
            assert date <= snapshot.fetched_at


def test_person_has_a_site_linkedin_and_mastodon(snapshot: Snapshot) -> None:
    user = snapshot.user
    assert user.name and user.bio and user.company and user.location
    assert len(user.bio) <= 160
    assert user.blog == "https://inesokoro.example.org"
    providers = {account.provider: account.url for account in snapshot.social_accounts}
    assert set(providers) == {"linkedin", "mastodon"}
    for provider, url in providers.items():
        host = urlparse(url).hostname or ""
        assert host == SOCIAL_HOSTS.get(provider, host) and (
            provider in SOCIAL_HOSTS or ALLOWED_HOSTS.search(host)
        ), url


def test_external_links_stay_on_github_or_example_domains(snapshot: Snapshot) -> None:
    texts = [r.readme.text for r in snapshot.repos if r.readme]
    texts += [r.homepage or "" for r in snapshot.repos]
    # The avatar too: a real GitHub avatar id would show a stranger's face as this person.
    texts += [snapshot.user.blog or "", snapshot.user.avatar_url or ""]
    texts += [p.read_text(encoding="utf-8") for p in (SAMPLE / "content").rglob("*.md")]
    hosts = {urlparse(url).hostname for text in texts for url in BARE_URL.findall(text)}
    assert hosts, "the link scan found nothing: the pattern is broken"
    assert {h for h in hosts if not ALLOWED_HOSTS.search(h or "")} == set()


def test_pinned_are_four_of_the_users_own_repos(snapshot: Snapshot) -> None:
    assert snapshot.pinned == (
        f"{LOGIN}/tabcheck",
        f"{LOGIN}/label-noise-tabular",
        f"{LOGIN}/churn-explainer",
        f"{LOGIN}/timeseries-anomaly",
    )
    for full_name in snapshot.pinned:
        assert repo(snapshot, full_name).full_name == full_name


# --- one test per kind of repository -----------------------------------------------------------


def test_exemplary_library_has_everything(snapshot: Snapshot) -> None:
    r = repo(snapshot, "tabcheck")
    assert r.description and r.homepage and len(r.topics) >= 5
    assert r.license == "MIT"
    assert r.latest_release is not None and r.latest_release.tag_name == "v0.9.2"
    files = paths(r)
    assert {".github/workflows/ci.yml", "tests", "pyproject.toml", "LICENSE"} <= files
    assert {"CHANGELOG.md", "CONTRIBUTING.md", "CITATION.cff", "SECURITY.md"} <= files
    assert r.readme is not None and r.readme.format == "markdown"
    text = r.readme.text
    assert text.startswith("# tabcheck\n")
    sections = headings(text)
    for section in ("why", "installation", "usage", "status", "contributing", "license"):
        assert section in sections
    languages = fence_languages(text)
    assert languages and all(languages), f"every code block names its language: {languages}"
    assert "![" in text and "![]" not in text, "screenshot with alt text"
    assert "actions/workflows/ci.yml/badge.svg" in text


def test_exemplary_readme_links_resolve_against_its_files(snapshot: Snapshot) -> None:
    r = repo(snapshot, "tabcheck")
    targets = relative_targets(r)
    assert "docs/images/report.png" in targets
    assert [t for t in targets if t not in paths(r)] == []


def test_paper_repo_has_instructions_results_weights_and_citation(snapshot: Snapshot) -> None:
    r = repo(snapshot, "label-noise-tabular")
    assert {"CITATION.cff", "environment.yml", "train.py", "evaluate.py"} <= paths(r)
    assert r.readme is not None
    text = r.readme.text
    sections = headings(text)
    for section in ("results", "data", "training", "evaluation", "pre-trained models"):
        assert section in sections
    assert re.search(r"^\| \*\*CALS \(ours\)\*\* +\|", text, re.MULTILINE), "results table"
    assert "```bibtex\n@inproceedings{" in text
    assert "python train.py" in text and "python evaluate.py" in text
    assert [t for t in relative_targets(r) if t not in paths(r)] == []


def test_notebook_only_repo_has_no_readme(snapshot: Snapshot) -> None:
    r = repo(snapshot, "kaggle-notebooks")
    assert r.readme is None
    assert r.license is None
    notebooks = [p for p in paths(r) if p.endswith(".ipynb")]
    assert len(notebooks) >= 3
    assert "data" in paths(r)


def test_untouched_fork_of_a_well_known_library(snapshot: Snapshot) -> None:
    r = repo(snapshot, "transformers")
    assert r.fork is True
    assert r.parent == "huggingface/transformers"
    assert r.stars == 0 and r.topics == ()
    assert r.readme is not None and "pip install transformers" in r.readme.text


def test_archived_project_with_a_restructuredtext_readme(snapshot: Snapshot) -> None:
    r = repo(snapshot, "numpy-cnn-from-scratch")
    assert r.archived is True
    assert r.readme is not None
    assert (r.readme.path, r.readme.format) == ("README.rst", "rst")
    assert "docs/filters.png" in relative_targets(r)
    assert "docs/filters.png" in paths(r)


def test_weak_pinned_repo_lacks_install_usage_and_licence(snapshot: Snapshot) -> None:
    r = repo(snapshot, "timeseries-anomaly")
    assert f"{LOGIN}/timeseries-anomaly" in snapshot.pinned
    assert r.license is None and "LICENSE" not in paths(r)
    assert r.readme is not None
    text = r.readme.text
    assert headings(text) == ["sensor anomaly detection"]
    assert "```" not in text and "install" not in text.lower()
    paragraphs = [p for p in text.split("\n\n")[1:] if p.strip()]
    assert len(paragraphs) == 2


def test_repo_without_description_or_topics(snapshot: Snapshot) -> None:
    r = repo(snapshot, "ml-utils")
    assert r.description is None and r.topics == ()
    assert r.readme is not None and len(r.readme.text.splitlines()) <= 3


def test_profile_readme_is_githubs_untouched_template(snapshot: Snapshot) -> None:
    profile_repo = repo(snapshot, f"{LOGIN}/{LOGIN}")
    assert snapshot.profile_readme is not None
    assert snapshot.profile_readme == profile_repo.readme
    text = snapshot.profile_readme.text
    assert text.startswith("### Hi there 👋\n")
    # Everything after the greeting is still inside the template's HTML comment.
    visible = re.sub(r"<!--.*?-->", "", text, flags=re.DOTALL).strip()
    assert visible == "### Hi there 👋"
    assert "- 🔭 I’m currently working on ..." in text


def test_web_demo_has_a_screenshot_a_missing_image_and_a_committed_env(snapshot: Snapshot) -> None:
    r = repo(snapshot, "churn-explainer")
    assert r.homepage == "https://churn-explainer.example.com"
    assert ".env" in paths(r)
    targets = relative_targets(r)
    assert "assets/screenshot.png" in paths(r)
    missing = [t for t in targets if t not in paths(r)]
    # The folder was listed, so the missing diagram is certain, not a gap in the file list.
    assert missing == ["assets/architecture.png"]
    assert "assets" in paths(r)


def test_tutorial_clone_and_empty_repo(snapshot: Snapshot) -> None:
    tutorial = repo(snapshot, "pytorch-tutorial-notes")
    assert tutorial.readme is not None and "tutorial" in tutorial.readme.text.lower()
    assert all(p.endswith(".ipynb") or p in {"README.md", "data"} for p in paths(tutorial))
    empty = repo(snapshot, "llm-eval-notes")
    assert empty.is_empty is True and empty.files == () and empty.readme is None


# --- content/ ----------------------------------------------------------------------------------


def read_content(path: Path) -> tuple[str, dict]:
    return MarkdownReader(copy.deepcopy(DEFAULT_CONFIG)).read(str(path))


def test_two_blog_posts_with_full_metadata_a_code_block_and_a_project_link(
    snapshot: Snapshot,
) -> None:
    posts = sorted((SAMPLE / "content").glob("*.md"))
    assert len(posts) == 2
    for post in posts:
        html, meta = read_content(post)
        assert {"title", "date", "tags", "summary", "slug"} <= set(meta), post.name
        assert meta["slug"] == post.stem
        assert 2023 <= meta["date"].year <= 2026
        assert "<pre" in html and "<code" in html, f"{post.name}: no fenced code block"
        projects = re.findall(r'href="/projects/([^/"]+)/"', html)
        assert projects, f"{post.name}: no link to a project page"
        for name in projects:
            repo(snapshot, name)


def test_uses_page(snapshot: Snapshot) -> None:
    html, meta = read_content(SAMPLE / "content" / "pages" / "uses.md")
    assert meta["title"] == "Uses" and meta["slug"] == "uses"
    assert 'href="/projects/tabcheck/"' in html
