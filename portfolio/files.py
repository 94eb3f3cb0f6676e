"""Safe file writing: a file is replaced whole or not at all, so a crash loses nothing."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path


def write_text_atomic(
    path: str | os.PathLike[str], text: str, *, encoding: str = "utf-8", durable: bool = True
) -> None:
    """Write ``text`` to ``path`` through a temporary file in the same folder and a rename.

    Readers see either the old file or the new one, never half of one; on any error the
    temporary file is removed and the old file is left as it was. ``durable`` forces the
    data to disk before the rename (a few milliseconds): what a user would lose must be, a
    cache entry that a power cut may leave empty, and that is then rebuilt, need not.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would, or
        # keep the mode of the file it replaces, so a web server or a teammate can read it.
        os.chmod(tmp_name, _mode_for(target))
        with os.fdopen(fd, "w", encoding=encoding, newline="\n") as handle:
            handle.write(text)
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp_name, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
        raise


def _mode_for(target: Path) -> int:
    try:
        return target.stat().st_mode & 0o7777
    except FileNotFoundError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def user_cache_dir(name: str, environ: Mapping[str, str] | None = None) -> Path:
    """Our cache folder ``name`` for this user: ``$XDG_CACHE_HOME/portfolio-kit/NAME``, else
    ``~/.cache/portfolio-kit/NAME``. Deleting it is always safe."""
    env = os.environ if environ is None else environ
    base = env.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base).expanduser() / "portfolio-kit" / name
