"""The rendered-README cache: a warm build gives the same bytes, changed READMEs render, and
the entries live in the user cache folder, never in the profile folder."""

from __future__ import annotations

import dataclasses
import json
import os
from pathlib import Path

import pytest
from sample_site import copy_sample, tree

from portfolio.readme import render_readme
from portfolio.site import render_cache
from portfolio.site.build import build_site
from portfolio.site.render_cache import ReadmeCache, cache_key, default_readme_cache_dir
from portfolio.snapshot import Readme, Repo, load_snapshot, save_snapshot


def _entries(profile: Path) -> list[Path]:
    """The cache entries of ``profile``, in the test run's user cache folder."""
    return sorted(default_readme_cache_dir(profile).glob("*.json"))


def _shown_readmes(profile: Path) -> int:
    """How many READMEs the sample's site shows (one cache entry each)."""
    return len(_entries(profile))


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the repositories whose README was really rendered (not taken from cache)."""
    rendered: list[str] = []

    def counting(readme: Readme, repo: Repo):
        rendered.append(repo.name)
        return render_readme(readme, repo)

    monkeypatch.setattr(render_cache, "render_readme", counting)
    return rendered


def test_a_warm_build_renders_nothing_and_writes_the_same_bytes(
    tmp_path: Path, counted: list[str]
) -> None:
    profile = copy_sample(tmp_path)
    build_site(profile, tmp_path / "cold")
    shown = len(counted)
    assert shown >= 3
    assert _shown_readmes(profile) == shown

    counted.clear()
    result = build_site(profile, tmp_path / "warm")
    assert counted == []
    assert result.warnings == ()
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")


def test_a_changed_readme_is_rendered_again_and_its_old_entry_pruned(
    tmp_path: Path, counted: list[str]
) -> None:
    profile = copy_sample(tmp_path)
    build_site(profile, tmp_path / "first")
    before = {p.name for p in _entries(profile)}

    snapshot = load_snapshot(profile)
    target = next(
        r for r in snapshot.repos if r.readme is not None and r.name in counted and not r.fork
    )
    changed = dataclasses.replace(
        target, readme=dataclasses.replace(target.readme, text=target.readme.text + "\n\nZebra!\n")
    )
    repos = tuple(changed if r is target else r for r in snapshot.repos)
    save_snapshot(dataclasses.replace(snapshot, repos=repos), profile / "snapshot.json")

    counted.clear()
    build_site(profile, tmp_path / "warm")
    assert counted == [target.name]
    after = {p.name for p in _entries(profile)}
    assert len(after) == len(before)
    assert len(after - before) == 1  # the new entry; the old one of that README is gone
    page = (tmp_path / "warm" / "projects").rglob("index.html")
    assert any("Zebra!" in p.read_text(encoding="utf-8") for p in page)

    # The same bytes as a build of the changed profile without any cache.
    fresh = copy_sample(tmp_path / "fresh")
    (fresh / "snapshot.json").write_bytes((profile / "snapshot.json").read_bytes())
    build_site(fresh, tmp_path / "cold")
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")


def test_a_corrupt_entry_is_rendered_again_and_rewritten(
    tmp_path: Path, counted: list[str]
) -> None:
    profile = copy_sample(tmp_path)
    build_site(profile, tmp_path / "cold")
    broken, wrong_shape, no_counts, *_ = _entries(profile)
    broken.write_text('{"html": "<p>cut in the midd', encoding="utf-8")
    wrong_shape.write_text(json.dumps({"html": 1, "toc": [], "title": None, "summary": ""}))
    # An entry without the counts of what screen readers cannot describe (or with wrong ones).
    entry = json.loads(no_counts.read_text(encoding="utf-8"))
    no_counts.write_text(json.dumps({**entry, "unnamed": [-1, "2"]}), encoding="utf-8")

    counted.clear()
    result = build_site(profile, tmp_path / "warm")
    assert len(counted) == 3
    assert result.warnings == ()
    assert tree(tmp_path / "warm") == tree(tmp_path / "cold")
    for entry in (broken, wrong_shape, no_counts):
        assert isinstance(json.loads(entry.read_text(encoding="utf-8"))["html"], str)


def test_a_cache_folder_that_cannot_be_written_only_warns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    profile = copy_sample(tmp_path)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    blocker = tmp_path / "user-cache" / "portfolio-kit" / "readme-html"
    blocker.parent.mkdir(parents=True)
    blocker.write_text("a file where the cache folder would go\n")
    result = build_site(profile, tmp_path / "site")
    assert (tmp_path / "site" / "index.html").is_file()
    [warning] = [w for w in result.warnings if "rendered READMEs" in w]
    assert warning.startswith(f"{default_readme_cache_dir(profile)}: cannot keep rendered READMEs")
    assert "every build renders every README again" in warning
    assert blocker.read_text() == "a file where the cache folder would go\n"
    assert not (profile / ".cache").exists()


def test_a_cache_committed_to_the_profile_folder_is_never_read_nor_deleted(
    tmp_path: Path, counted: list[str]
) -> None:
    # Entries are used without sanitising again: one planted in the profile repository
    # (by a pull request, say) must not reach the site.
    profile = copy_sample(tmp_path)
    planted = profile / ".cache" / "readme-html"
    planted.mkdir(parents=True)
    hostile = json.dumps(
        {"html": "<script>alert(1)</script>", "toc": [], "title": "Pwned", "summary": "pwned"}
    )
    snapshot = load_snapshot(profile)
    for repo in snapshot.repos:
        if repo.readme is not None:
            (planted / f"{cache_key(repo.readme, repo)}.json").write_text(hostile)
    (planted / ("0" * 64 + ".json")).write_text(hostile)  # an entry no build uses
    before = tree(profile)

    build_site(profile)
    assert len(counted) >= 3  # every README rendered: none was taken from the planted folder
    pages = "".join(p.read_text(encoding="utf-8") for p in (profile / "output").rglob("*.html"))
    assert "alert(1)" not in pages and "pwned" not in pages.lower()
    # Nothing in the profile folder changed but output/: the planted files are all still there.
    after = {k: v for k, v in tree(profile).items() if not k.startswith("output/")}
    assert after == before
    assert len(_entries(profile)) == len(counted)


def test_each_profile_folder_has_its_own_entries(tmp_path: Path, counted: list[str]) -> None:
    first = copy_sample(tmp_path / "first")
    second = copy_sample(tmp_path / "second")
    build_site(first, tmp_path / "first-site")
    build_site(second, tmp_path / "second-site")
    assert default_readme_cache_dir(first) != default_readme_cache_dir(second)
    kept = _entries(second)
    assert kept and [p.name for p in kept] == [p.name for p in _entries(first)]

    # A build of the first profile with no README at all prunes all its entries, and none of
    # the second's.
    snapshot = load_snapshot(first)
    bare = tuple(dataclasses.replace(r, readme=None) for r in snapshot.repos)
    save_snapshot(dataclasses.replace(snapshot, repos=bare), first / "snapshot.json")
    build_site(first, tmp_path / "first-site")
    assert _entries(first) == []
    assert _entries(second) == kept
    counted.clear()
    build_site(second, tmp_path / "second-again")
    assert counted == []


def test_the_cache_folder_is_named_by_the_resolved_profile_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    environ = {"XDG_CACHE_HOME": str(tmp_path / "user-cache")}
    folder = default_readme_cache_dir(tmp_path / "a", environ)
    assert folder.parent == tmp_path / "user-cache" / "portfolio-kit" / "readme-html"
    assert len(folder.name) >= 16
    assert folder != default_readme_cache_dir(tmp_path / "b", environ)
    monkeypatch.chdir(tmp_path)
    assert default_readme_cache_dir("a", environ) == folder
    assert default_readme_cache_dir(tmp_path / "b" / ".." / "a", environ) == folder
    home = default_readme_cache_dir(tmp_path / "a", {})
    assert home.parts[-4:-1] == (".cache", "portfolio-kit", "readme-html")


def test_pruning_deletes_only_unused_entries(tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    folder.mkdir()
    stale = folder / ("0" * 64 + ".json")
    stale.write_text("{}")
    notes = folder / "notes.txt"
    notes.write_text("mine")
    cache = ReadmeCache(folder)
    repo = Repo(owner="ada", name="kit", default_branch="main")
    cache.render(Readme("README.md", "markdown", "# Kit\n\nIt sorts things.\n"), repo)
    assert cache.misses == 1
    assert cache.prune() == 1
    assert not stale.exists() and notes.read_text() == "mine"
    assert len(list(folder.glob("*.json"))) == 1

    again = ReadmeCache(folder)
    first = again.render(Readme("README.md", "markdown", "# Kit\n\nIt sorts things.\n"), repo)
    assert (again.hits, again.misses) == (1, 0)
    assert first == render_readme(
        Readme("README.md", "markdown", "# Kit\n\nIt sorts things.\n"), repo
    )


def test_the_key_covers_every_input_of_the_renderer() -> None:
    readme = Readme("README.md", "markdown", "# Kit\n")
    repo = Repo(owner="ada", name="kit", default_branch="main")
    key = cache_key(readme, repo)
    assert key == cache_key(Readme("README.md", "markdown", "# Kit\n"), repo)
    variants = [
        (dataclasses.replace(readme, text="# Kit!\n"), repo),
        (dataclasses.replace(readme, path="docs/README.md"), repo),
        (dataclasses.replace(readme, format="rst"), repo),
        (readme, dataclasses.replace(repo, owner="grace")),
        (readme, dataclasses.replace(repo, name="kit2")),
        (readme, dataclasses.replace(repo, default_branch="release/1.0")),
    ]
    keys = {cache_key(r, p) for r, p in variants}
    assert key not in keys and len(keys) == len(variants)


def test_a_new_renderer_version_misses_every_entry(monkeypatch: pytest.MonkeyPatch) -> None:
    readme = Readme("README.md", "markdown", "# Kit\n")
    repo = Repo(owner="ada", name="kit", default_branch="main")
    key = cache_key(readme, repo)
    render_cache.renderer_fingerprint.cache_clear()
    monkeypatch.setattr(render_cache, "RENDERER_VERSION", render_cache.RENDERER_VERSION + 1)
    try:
        assert cache_key(readme, repo) != key
    finally:
        render_cache.renderer_fingerprint.cache_clear()


# --- rendering ahead, in several processes ------------------------------------------------


def _synthetic_profile(folder: Path, size: int) -> Path:
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    try:
        import synthetic
    finally:
        sys.path.pop(0)
    return synthetic.write_profile(folder, size)


@pytest.fixture
def pools(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The worker counts of the process pools the builds start."""
    started: list[int] = []

    class Recorded(render_cache.ProcessPoolExecutor):
        def __init__(self, max_workers: int, **kwargs) -> None:
            started.append(max_workers)
            super().__init__(max_workers=max_workers, **kwargs)

    monkeypatch.setattr(render_cache, "ProcessPoolExecutor", Recorded)
    return started


def test_rendering_in_two_processes_gives_the_same_site_as_one(
    tmp_path: Path, pools: list[int]
) -> None:
    size = 2 * render_cache.PARALLEL_MIN
    one = build_site(_synthetic_profile(tmp_path / "one", size), tmp_path / "one-site", jobs=1)
    assert pools == []
    two = build_site(_synthetic_profile(tmp_path / "two", size), tmp_path / "two-site", jobs=2)
    assert pools == [2]
    assert tree(tmp_path / "two-site") == tree(tmp_path / "one-site")
    assert one.pages == two.pages and two.warnings == ()
    # The workers' READMEs went into the cache like any other: a warm build uses them.
    assert len(_entries(tmp_path / "two")) == len(_entries(tmp_path / "one")) == size
    build_site(tmp_path / "two", tmp_path / "two-again", jobs=2)
    assert pools == [2]  # nothing left to render: no pool
    assert tree(tmp_path / "two-again") == tree(tmp_path / "one-site")


def test_a_few_readmes_are_rendered_in_this_process(tmp_path: Path, pools: list[int]) -> None:
    profile = _synthetic_profile(tmp_path / "p", render_cache.PARALLEL_MIN - 1)
    build_site(profile, tmp_path / "site", jobs=4)
    assert pools == []


def test_when_worker_processes_cannot_start_the_build_renders_here(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_processes(*_args, **_kwargs):
        raise PermissionError(1, "Operation not permitted")

    size = render_cache.PARALLEL_MIN
    monkeypatch.setattr(render_cache, "ProcessPoolExecutor", no_processes)
    result = build_site(_synthetic_profile(tmp_path / "p", size), tmp_path / "site", jobs=2)
    assert result.warnings == ()
    monkeypatch.undo()
    build_site(_synthetic_profile(tmp_path / "q", size), tmp_path / "reference", jobs=1)
    assert tree(tmp_path / "site") == tree(tmp_path / "reference")


def test_where_workers_must_be_spawned_only_many_readmes_start_them(
    tmp_path: Path, pools: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A thread is running (as in `portfolio serve`): forking would be unsafe, so workers are
    # spawned, which costs about a second each: only worth it for many READMEs.
    import threading

    monkeypatch.setattr(render_cache, "SPAWNED_PARALLEL_MIN", 20)  # fewer, for a quick test
    stop = threading.Event()
    server = threading.Thread(target=stop.wait, daemon=True)
    server.start()
    try:
        assert render_cache._pool_context().get_start_method() == "spawn"
        build_site(_synthetic_profile(tmp_path / "few", 19), tmp_path / "few-site", jobs=2)
        assert pools == []
        build_site(_synthetic_profile(tmp_path / "many", 20), tmp_path / "spawned", jobs=2)
        assert pools == [2]
    finally:
        stop.set()
        server.join()
    build_site(_synthetic_profile(tmp_path / "one", 20), tmp_path / "one-job", jobs=1)
    assert tree(tmp_path / "spawned") == tree(tmp_path / "one-job")


def test_entries_of_profiles_not_built_for_a_month_are_deleted(tmp_path: Path) -> None:
    day = 86400.0
    now = 1_900_000_000.0
    base = tmp_path / "readme-html"
    mine, recent, idle, foreign = (base / name for name in ("a" * 20, "b" * 20, "c" * 20, "d" * 20))
    entry = "0" * 64 + ".json"
    for folder in (mine, recent, idle, foreign):
        folder.mkdir(parents=True)
        (folder / entry).write_text("{}")
    (foreign / "notes.txt").write_text("not ours")  # a user's file in a folder of ours
    unrelated = base / "my-backups"
    unrelated.mkdir()
    (unrelated / entry).write_text("{}")
    for folder in (mine, idle, foreign, unrelated):
        os.utime(folder, (now - 31 * day, now - 31 * day))
    os.utime(recent, (now - 29 * day, now - 29 * day))

    # This build uses no entry: its own unused entry goes, its folder is marked as used.
    assert ReadmeCache(mine).prune(now=now) == 1 + 1 + 1  # its own, idle's, foreign's
    assert mine.is_dir() and mine.stat().st_mtime == now
    assert (recent / entry).exists()  # built 29 days ago: kept
    assert not idle.exists()  # emptied, then removed
    assert not (foreign / entry).exists() and (foreign / "notes.txt").read_text() == "not ours"
    assert (unrelated / entry).exists()  # not a profile folder of ours: never touched
