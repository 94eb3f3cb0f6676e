"""Which repositories the site shows, in which order, with overrides applied."""

from __future__ import annotations

from pathlib import Path

import pytest

from portfolio.profile import load_profile, select_projects
from portfolio.snapshot import Readme, Repo, Snapshot, User

ROOT = Path(__file__).resolve().parents[2]


def _profile(tmp_path: Path, projects_yaml: str):
    (tmp_path / "profile.yaml").write_text("schema: portfolio/v1\n" + projects_yaml)
    return load_profile(tmp_path)


def _snapshot(pinned=(), unknown=()) -> Snapshot:
    readme = Readme("README.md", "markdown", "# x")
    repos = (
        Repo(name="alpha", owner="ada", stars=5, pushed_at="2024-01-01T00:00:00Z", readme=readme),
        Repo(name="beta", owner="ada", stars=50, pushed_at="2023-01-01T00:00:00Z"),
        Repo(name="gamma", owner="ada", stars=5, pushed_at="2025-01-01T00:00:00Z",
             topics=("nlp",)),
        Repo(name="forked", owner="ada", stars=500, fork=True),
        Repo(name="old", owner="ada", stars=400, archived=True),
        Repo(name="ada", owner="ada", stars=1000),
        Repo(name="tool", owner="lab", stars=7),
    )  # fmt: skip
    return Snapshot(
        user=User(login="ada"), fetched_at="2026-01-01T00:00:00Z", repos=repos,
        pinned=pinned, unknown=unknown,
    )  # fmt: skip


def test_auto_mode_sorts_by_stars_and_skips_forks_archived_and_the_profile_repo(tmp_path):
    profile = _profile(tmp_path, "")
    names = [p.slug for p in select_projects(profile, _snapshot())]
    assert names == ["beta", "tool", "gamma", "alpha"]


def test_auto_mode_by_recent_push_with_limit_topics_and_owners(tmp_path):
    profile = _profile(tmp_path, "projects:\n  auto:\n    sort: pushed\n    limit: 2\n")
    assert [p.slug for p in select_projects(profile, _snapshot())] == ["gamma", "alpha"]
    profile = _profile(tmp_path, "projects:\n  auto:\n    topics: [NLP]\n")
    assert [p.slug for p in select_projects(profile, _snapshot())] == ["gamma"]
    profile = _profile(tmp_path, "projects:\n  auto:\n    owners: [lab]\n")
    assert [p.slug for p in select_projects(profile, _snapshot())] == ["tool"]


def test_manual_mode_keeps_the_order_and_warns_about_missing_repos(tmp_path):
    profile = _profile(tmp_path, "projects:\n  mode: manual\n  repos: [gamma, lab/tool, nope]\n")
    warnings: list[str] = []
    projects = select_projects(profile, _snapshot(), warn=warnings.append)
    assert [p.slug for p in projects] == ["gamma", "tool"]
    assert warnings == [
        "projects.repos entry `nope` is not in the snapshot; skipped (run `portfolio fetch` "
        "again if it is new)"
    ]


def test_pinned_mode_uses_the_pinned_order(tmp_path):
    profile = _profile(tmp_path, "projects:\n  mode: pinned\n")
    projects = select_projects(profile, _snapshot(pinned=("ada/old", "ada/alpha")))
    assert [p.slug for p in projects] == ["old", "alpha"]


def test_pinned_mode_falls_back_to_auto_with_a_warning_when_pinned_is_unknown(tmp_path):
    profile = _profile(tmp_path, "projects:\n  mode: pinned\n")
    warnings: list[str] = []
    projects = select_projects(profile, _snapshot(unknown=("pinned",)), warn=warnings.append)
    assert [p.slug for p in projects] == ["beta", "tool", "gamma", "alpha"]
    assert len(warnings) == 1
    assert warnings[0].startswith("projects.mode is `pinned`, but the snapshot does not know")


def test_overrides_and_external_projects(tmp_path):
    (tmp_path / "shot.png").write_bytes(b"png")
    profile = _profile(
        tmp_path,
        "projects:\n"
        "  mode: manual\n"
        "  repos: [alpha, beta]\n"
        "  overrides:\n"
        "    alpha: {title: Alpha!, summary: Better words, tags: [a], group: Research,\n"
        "            featured: true, demo: 'https://demo.example', image: shot.png,\n"
        "            readme: false}\n"
        "    ghost: {title: Nobody}\n"
        "  external:\n"
        "    - {title: Beta, url: 'https://example.org/beta', date: 2020}\n",
    )
    warnings: list[str] = []
    alpha, beta, external = select_projects(profile, _snapshot(), warn=warnings.append)
    assert (alpha.title, alpha.summary, alpha.tags, alpha.group, alpha.featured) == (
        "Alpha!", "Better words", ("a",), "Research", True,
    )  # fmt: skip
    assert (alpha.demo, alpha.image, alpha.show_readme) == (
        "https://demo.example",
        "shot.png",
        False,
    )
    assert (beta.title, beta.show_readme, beta.url) == (
        "beta",
        False,
        "https://github.com/ada/beta",
    )
    assert (external.slug, external.repo, external.url) == (
        "beta-2",
        None,
        "https://example.org/beta",
    )
    assert warnings == [
        "projects.overrides.ghost: no repository `ghost` in the snapshot; the override is unused"
    ]


@pytest.mark.parametrize("mode", ["auto", "pinned"])
def test_sample_profile_snapshot_gives_projects(tmp_path, mode):
    from portfolio.snapshot import load_snapshot

    snapshot = load_snapshot(ROOT / "sample-profile")
    profile = _profile(tmp_path, f"projects:\n  mode: {mode}\n")
    projects = select_projects(profile, snapshot)
    assert projects and all(p.repo is not None for p in projects)
