"""Repository names and topics from a snapshot become folder names of the site: whatever they
hold (HTML, `..`, slashes, a right-to-left override, 300 characters), every page lands inside
the output folder under a name the file system accepts."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from hostile_kit import copy_sample, executable_parts, run_cli

from portfolio.profile.projects import _slugify as project_slug
from portfolio.site.markup import MAX_SLUG, slugify
from portfolio.snapshot import load_snapshot, save_snapshot

HOSTILE_NAMES = [
    "../../../escaped",
    "<b>bold</b>",
    "a/b",
    "evil\u202egnp.exe",
    "x\x00y",
    "..",
    "n" * 300,
]


def test_long_topics_get_short_distinct_slugs() -> None:
    first, second = "t" * 300 + "-one", "t" * 300 + "-two"
    assert len(slugify(first)) <= MAX_SLUG and len(slugify(second)) <= MAX_SLUG
    assert slugify(first) != slugify(second)
    assert slugify("C++ & CUDA") == "c-plus-plus-cuda"  # short names are unchanged by the cap
    assert len(project_slug("n" * 300)) <= 80


def test_hostile_names_and_topics_build_inside_the_output_folder(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    text = (profile / "profile.yaml").read_text()
    assert "projects:\n  mode: manual\n" in text, "the sample changed: update this test"
    (profile / "profile.yaml").write_text(
        text.replace("projects:\n  mode: manual\n", "projects:\n  mode: auto\n")
    )
    sample = load_snapshot(profile)
    repos = tuple(
        dataclasses.replace(repo, name=name, topics=(*repo.topics, "t" * 300 + name))
        for repo, name in zip(sample.repos, HOSTILE_NAMES, strict=False)
    )
    login = sample.user.login
    save_snapshot(
        dataclasses.replace(
            sample, repos=repos, pinned=tuple(f"{login}/{n}" for n in HOSTILE_NAMES)
        ),
        profile / "snapshot.json",
    )
    nest = tmp_path / "a" / "b" / "c"
    run = run_cli("build", profile, "-o", nest / "site")
    assert run.code == 0, run.printed
    # Nothing outside the output folder: `a/b/c` holds only the site.
    assert sorted(p.name for p in nest.iterdir()) == ["site"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "profile"]
    for path in (nest / "site").rglob("*"):
        assert path.resolve().is_relative_to((nest / "site").resolve())
        assert re.fullmatch(r"[a-z0-9._-]+", path.name), path
        if path.suffix == ".html":
            assert executable_parts(path.read_text(encoding="utf-8")) == [], path
