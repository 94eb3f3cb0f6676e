"""The persisted HTTP cache that makes a re-fetch cheap: one small JSON file per response.

Each entry keeps what a conditional request needs (``ETag``, ``Last-Modified``), the response
body and the ``Link`` header (pagination must still work when GitHub answers 304), and an
optional *freshness key*: a value the caller vouches for, such as a repository's ``pushed_at``.
When the caller asks again with the same key, the entry is used without any request; that is how
an interrupted fetch resumes without spending its rate limit a second time.

Entries are keyed by URL and by whether the request was authenticated (GitHub answers the two
differently), never by the token itself, and the token is never written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from collections.abc import Mapping
from dataclasses import asdict, dataclass
from pathlib import Path

from portfolio.files import user_cache_dir

CACHE_FORMAT = 1
"""Bumped when the entry layout changes; entries of another format are ignored, not trusted."""
UNUSED_DAYS = 30
"""An entry not read nor written for this long is deleted by ``prune``: the answer of a
repository since deleted or renamed, of a user fetched once, of an older version's queries."""
PRUNE_EVERY_SECONDS = 24 * 3600
"""``prune`` walks the folder at most once a day: a user with thousands of entries should not
pay for the walk on every fetch."""
_PRUNED_MARK = ".last-pruned"


def default_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$PORTFOLIO_CACHE_DIR``, else ``$XDG_CACHE_HOME/portfolio-kit/http``, else
    ``~/.cache/portfolio-kit/http``."""
    env = os.environ if environ is None else environ
    if env.get("PORTFOLIO_CACHE_DIR"):
        return Path(env["PORTFOLIO_CACHE_DIR"]).expanduser()
    return user_cache_dir("http", env)


@dataclass(frozen=True)
class CacheEntry:
    """One stored response."""

    url: str
    authenticated: bool
    status: int
    body: str
    etag: str | None = None
    last_modified: str | None = None
    link: str | None = None
    fresh_key: str | None = None
    """What the caller said this response depends on (e.g. ``pushed_at``); ``None`` if nothing."""

    @property
    def conditional_headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


class HttpCache:
    """A folder of cache entries; unreadable or foreign entries count as missing."""

    def __init__(self, directory: str | os.PathLike[str]) -> None:
        self.directory = Path(directory)
        self._folders: set[Path] = set()
        """Sub-folders known to exist: a fetch stores hundreds of entries into 256 of them."""

    def _path(self, url: str, authenticated: bool) -> Path:
        key = hashlib.sha256(f"{'auth' if authenticated else 'anon'} {url}".encode()).hexdigest()
        # Two levels keep any one folder small for users with thousands of entries.
        return self.directory / key[:2] / f"{key}.json"

    def load(self, url: str, *, authenticated: bool) -> CacheEntry | None:
        path = self._path(url, authenticated)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(data, dict) or data.pop("format", None) != CACHE_FORMAT:
            return None
        try:
            entry = CacheEntry(**data)
        except TypeError:
            return None
        # A hash collision or a hand-edited file must not serve another URL's body.
        if entry.url != url or entry.authenticated != authenticated:
            return None
        # Marks the entry as in use, so that ``prune`` keeps it.
        with contextlib.suppress(OSError):
            os.utime(path)
        return entry

    def store(self, entry: CacheEntry) -> None:
        data = {"format": CACHE_FORMAT, **asdict(entry)}
        path = self._path(entry.url, entry.authenticated)
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        _replace(path, json.dumps(data, ensure_ascii=False))

    def prune(self, now: float, *, unused_days: float = UNUSED_DAYS) -> int:
        """Delete the entries not used for ``unused_days`` (and temporary files left by an
        interrupted write), at most once every ``PRUNE_EVERY_SECONDS``; return how many.

        Only files this cache writes are touched: ``XX/<64 hex>.json`` and their ``.tmp``
        siblings, so pointing ``--cache-dir`` at a folder with other files deletes none of them.
        """
        mark = self.directory / _PRUNED_MARK
        try:
            if now - mark.stat().st_mtime < PRUNE_EVERY_SECONDS:
                return 0
        except OSError:
            pass  # never pruned (or no cache yet)
        if not self.directory.is_dir():
            return 0
        removed = 0
        limit = now - unused_days * 24 * 3600
        for path in self.directory.glob("[0-9a-f][0-9a-f]/*"):
            if not _is_entry_file(path):
                continue
            with contextlib.suppress(OSError):
                if path.stat().st_mtime < limit:
                    path.unlink()
                    removed += 1
        with contextlib.suppress(OSError):
            mark.touch()
            os.utime(mark, (now, now))
        return removed


def _is_entry_file(path: Path) -> bool:
    """Whether ``path`` is a file this cache wrote: an entry or a temporary file of one."""
    name = path.name
    if name.endswith(".json"):
        stem = name[: -len(".json")]
    elif name.startswith(".") and name.endswith(".tmp"):
        stem = name[1:].partition(".json.")[0]
    else:
        return False
    return (
        len(stem) == 64
        and all(c in "0123456789abcdef" for c in stem)
        and stem[:2] == (path.parent.name)
    )


def _replace(path: Path, text: str) -> None:
    """Write ``path`` (in a folder that exists) whole or not at all, without fsync.

    Unlike ``portfolio.files.write_text_atomic`` this does not force the data to disk: an entry
    that a power cut leaves empty reads as missing (``load`` tolerates it), while an fsync per
    entry costs about 5 ms, which a fetch with hundreds of entries would feel.
    """
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise
