"""Rendered READMEs kept between builds, so a build renders only the READMEs that changed.

Rendering READMEs is nearly all of a build's time. Each rendered README (its HTML, outline,
title and summary) is kept as one JSON file, named by a hash of everything its rendering
depends on: the README's text, path and format, the repository fields the renderer reads, and
the renderer itself (``RENDERER_VERSION``, the source of ``portfolio.readme`` and the versions
of the libraries it calls). A changed input gives a new name, so an entry is never stale;
entries a build did not use are deleted after it. Deleting the folder is always safe: the next
build renders everything again.

The entries are in the user's cache folder (``$XDG_CACHE_HOME/portfolio-kit/readme-html``,
else ``~/.cache/portfolio-kit/readme-html``), one subfolder per profile folder, never in the
profile folder itself: an entry's HTML goes into the site as it is, without being sanitised
again (sanitising rewrites ids and addresses, so it cannot be applied twice), so it must not
come from a repository that someone else can commit to. Each profile folder has its own
subfolder so that pruning after one profile's build never deletes another profile's entries.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import multiprocessing
import os
import re
import sys
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from importlib import metadata
from pathlib import Path

from portfolio.files import user_cache_dir, write_text_atomic
from portfolio.readme import RenderedReadme, render_readme
from portfolio.snapshot import Readme, Repo

RENDERER_VERSION = 1
"""Bump when rendering changes in a way the code fingerprint below cannot see (for example a
theme of pygments moving to another package)."""

CACHE_NAME = "readme-html"
"""The folder of these entries in the user's cache folder (``portfolio.files.user_cache_dir``)."""
PARALLEL_MIN = 16
"""READMEs to render below which ``render_ahead`` stays in this process: starting worker
processes costs more than it saves for a few READMEs."""
SPAWNED_PARALLEL_MIN = 64
"""The same where workers must be spawned rather than forked: each then imports the renderer
(Markdown, Pygments, docutils), about a second, before rendering anything."""

# The libraries whose output ends up in a rendered README.
_LIBRARIES = ("markdown", "pymdown-extensions", "pygments", "docutils", "nh3")
_ENTRY_NAME = re.compile(r"[0-9a-f]{64}\.json")
_PROFILE_KEY_LENGTH = 20
_PROFILE_KEY = re.compile(f"[0-9a-f]{{{_PROFILE_KEY_LENGTH}}}")

UNUSED_PROFILE_DAYS = 30
"""Another profile folder's entries are deleted when it has not been built for this long."""


def default_readme_cache_dir(
    profile_dir: str | os.PathLike[str], environ: Mapping[str, str] | None = None
) -> Path:
    """The folder of ``profile_dir``'s entries: ``user_cache_dir("readme-html")/KEY``, KEY a
    short hash of the profile folder's resolved absolute path."""
    resolved = Path(profile_dir).resolve()
    # Bytes of the path as the system names it: a name that is not UTF-8 still hashes.
    key = hashlib.sha256(os.fsencode(resolved)).hexdigest()[:_PROFILE_KEY_LENGTH]
    return user_cache_dir(CACHE_NAME, environ) / key


@functools.cache
def renderer_fingerprint() -> str:
    """What identifies the renderer: our version, our rendering code and the libraries'."""
    import portfolio.readme as package

    digest = hashlib.sha256(f"renderer {RENDERER_VERSION}\n".encode())
    for name in _LIBRARIES:
        try:
            version = metadata.version(name)
        except metadata.PackageNotFoundError:
            version = "missing"
        digest.update(f"{name} {version}\n".encode())
    # Any edit of the rendering code invalidates every entry, even if nobody bumped the
    # version: a stale entry would make a warm build differ from a cold one.
    for source in sorted(Path(package.__file__).parent.glob("*.py")):
        digest.update(source.name.encode() + b"\n" + source.read_bytes())
    return digest.hexdigest()


def cache_key(readme: Readme, repo: Repo) -> str:
    """The entry name for ``readme`` of ``repo``: a hash of all that its rendering reads."""
    fields = {
        "renderer": renderer_fingerprint(),
        "text": readme.text,
        "path": readme.path,
        "format": readme.format,
        "owner": repo.owner,
        "name": repo.name,
        "default_branch": repo.default_branch,
        "html_url": repo.html_url,
    }
    return hashlib.sha256(json.dumps(fields, sort_keys=True).encode()).hexdigest()


class ReadmeCache:
    """Renders READMEs through the cache folder ``folder``; ``prune`` ends a build.

    A missing, corrupt or unreadable entry is rendered again and rewritten; a folder that
    cannot be written only costs time (reported once through ``warn``).
    """

    def __init__(
        self,
        folder: Path,
        *,
        warn: Callable[[str], None] = lambda _m: None,
        render: Callable[[Readme, Repo], RenderedReadme] | None = None,
    ) -> None:
        self.folder = folder
        self._warn = warn
        self._render = render
        self._ready: dict[str, RenderedReadme] = {}
        """Entries rendered ahead by ``render_ahead``, by name, until ``render`` asks."""
        self._used: set[str] = set()
        self._write_failed = False
        self.hits = 0
        self.misses = 0

    def render(self, readme: Readme, repo: Repo) -> RenderedReadme:
        """The rendered README, from the cache when an entry for exactly this input exists."""
        name = cache_key(readme, repo) + ".json"
        self._used.add(name)
        path = self.folder / name
        if name in self._ready:
            self.misses += 1  # rendered ahead: it was not in the cache
            return self._ready.pop(name)
        cached = _load(path)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        rendered = (self._render or render_readme)(readme, repo)
        self._store(path, rendered)
        return rendered

    def render_ahead(
        self, pairs: Sequence[tuple[Readme, Repo]], *, jobs: int | None = None
    ) -> None:
        """Render now, in ``jobs`` processes (default: one per available core), the READMEs of
        ``pairs`` that are not in the cache, so that ``render`` finds them ready.

        Rendering is nearly all of a cold build's time and each README is independent, so on
        a machine with several cores this divides the wall time of a cold build. With one
        job, few READMEs to render, or a renderer given by the caller (tests), nothing is done
        here and ``render`` renders each README when it is asked for. If worker processes
        cannot be started (a sandbox without them), the READMEs are rendered in this process.
        """
        workers = _available_cores() if jobs is None else max(1, jobs)
        if workers < 2 or self._render is not None:
            return
        todo: dict[str, tuple[Readme, Repo]] = {}
        for readme, repo in pairs:
            name = cache_key(readme, repo) + ".json"
            if name not in todo and name not in self._ready and not (self.folder / name).is_file():
                todo[name] = (readme, repo)
        context = _pool_context()
        forked = context.get_start_method() == "fork"
        if len(todo) < (PARALLEL_MIN if forked else SPAWNED_PARALLEL_MIN):
            return
        workers = min(workers, len(todo) // (PARALLEL_MIN // 2))
        if forked:
            # One README rendered here first fills the renderer's per-process caches (the
            # emoji index, Pygments' lexers, Markdown's extensions), which forked workers
            # then share instead of each building its own.
            name, (readme, repo) = next(iter(todo.items()))
            self._ready[name] = render_readme(readme, repo)
            self._store(self.folder / name, self._ready[name])
            del todo[name]
        names = list(todo)
        chunk = max(1, len(names) // (workers * 4))  # small chunks even out unequal READMEs
        try:
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                rendered = list(pool.map(_render_pair, todo.values(), chunksize=chunk))
        except (OSError, BrokenProcessPool):
            return  # ``render`` renders them here instead
        for name, result in zip(names, rendered, strict=True):
            self._ready[name] = result
            self._store(self.folder / name, result)

    def prune(self, now: float | None = None) -> int:
        """Delete the entries this build did not use, and the entries of other profile
        folders not built for ``UNUSED_PROFILE_DAYS`` (moved or deleted profiles leave theirs
        behind); return how many entries were deleted."""
        removed = self._remove_entries(self.folder, keep=self._used)
        now = time.time() if now is None else now
        with contextlib.suppress(OSError):
            # A build that rendered nothing new writes nothing: mark this folder as used.
            os.utime(self.folder, (now, now))
        try:
            profiles = list(self.folder.parent.iterdir())
        except OSError:
            return removed
        for other in profiles:
            if other == self.folder or not _PROFILE_KEY.fullmatch(other.name):
                continue
            try:
                idle = now - other.stat().st_mtime
            except OSError:
                continue
            if idle > UNUSED_PROFILE_DAYS * 86400:
                removed += self._remove_entries(other, keep=set())
                with contextlib.suppress(OSError):
                    other.rmdir()  # only when nothing but our entries was in it
        return removed

    @staticmethod
    def _remove_entries(folder: Path, keep: set[str]) -> int:
        removed = 0
        try:
            entries = list(folder.iterdir())
        except OSError:
            return 0
        for entry in entries:
            # Only our own entries: whatever else someone put in the folder stays.
            if _ENTRY_NAME.fullmatch(entry.name) and entry.name not in keep:
                with contextlib.suppress(OSError):
                    entry.unlink()
                    removed += 1
        return removed

    def _store(self, path: Path, rendered: RenderedReadme) -> None:
        if self._write_failed:
            return
        entry = {
            "html": rendered.html,
            "toc": [list(item) for item in rendered.toc],
            "title": rendered.title,
            "summary": rendered.summary,
            "unnamed": list(rendered.unnamed),
        }
        try:
            # Not forced to disk: an entry a crash leaves empty is simply rendered again.
            write_text_atomic(path, json.dumps(entry, ensure_ascii=False), durable=False)
        except (OSError, ValueError) as exc:
            self._write_failed = True
            reason = getattr(exc, "strerror", None) or exc
            self._warn(
                f"{self.folder}: cannot keep rendered READMEs there ({reason}); "
                "the site is built all the same, but every build renders every README again"
            )


def _render_pair(pair: tuple[Readme, Repo]) -> RenderedReadme:
    """``render_readme`` for one (README, repository) pair, in a worker process."""
    return render_readme(*pair)


def _available_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use (Linux)
    except AttributeError:
        return os.cpu_count() or 1


def _pool_context() -> multiprocessing.context.BaseContext:
    """Fork where it is safe (Linux, no other thread: ``portfolio serve`` has its server
    thread), which starts workers at once; otherwise spawn, which imports the renderer anew in
    each worker but is safe everywhere."""
    if sys.platform == "linux" and threading.active_count() == 1:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _load(path: Path) -> RenderedReadme | None:
    """The entry at ``path``, or None when it is missing or not a well-formed entry."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict):
        return None
    keys = ("html", "toc", "title", "summary", "unnamed")
    html, toc, title, summary, unnamed = (data.get(k) for k in keys)
    if not (
        isinstance(html, str)
        and isinstance(summary, str)
        and (title is None or isinstance(title, str))
        and isinstance(toc, list)
        and all(_is_toc_item(item) for item in toc)
        and isinstance(unnamed, list)
        and len(unnamed) == 2
        and all(type(count) is int and count >= 0 for count in unnamed)
    ):
        return None
    return RenderedReadme(
        html=html,
        toc=tuple(tuple(item) for item in toc),
        title=title,
        summary=summary,
        unnamed=(unnamed[0], unnamed[1]),
    )


def _is_toc_item(item: object) -> bool:
    return (
        isinstance(item, list)
        and len(item) == 3
        and isinstance(item[0], int)
        and not isinstance(item[0], bool)
        and isinstance(item[1], str)
        and isinstance(item[2], str)
    )
