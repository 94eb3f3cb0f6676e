"""Compiled theme templates kept between builds, so a build does not compile them all again.

Jinja turns each template into Python code before rendering it; for a site of a few projects
that compiling is most of a warm build's time (every build makes new Jinja environments, and
``portfolio serve`` rebuilds on every save). Jinja's own file-system bytecode cache keeps the
compiled code, checked against each template's source; on top of it this module:

- puts the cache in the user's cache folder (``$XDG_CACHE_HOME/portfolio-kit/templates``, else
  ``~/.cache/portfolio-kit/templates``), never in the profile folder: compiled code is run as
  it is, so it must not come from a repository a pull request can write to;
- names entries after the Jinja options too (``trim_blocks``, ``autoescape``, ``finalize``...),
  which change the compiled code without changing the source;
- never fails a build: an entry that cannot be read is compiled again, a folder that cannot be
  written only costs time.
"""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import jinja2
from jinja2.bccache import Bucket, FileSystemBytecodeCache

from portfolio import __version__
from portfolio.files import user_cache_dir


def default_template_cache_dir(environ: Mapping[str, str] | None = None) -> Path:
    """``$XDG_CACHE_HOME/portfolio-kit/templates``, else ``~/.cache/portfolio-kit/templates``."""
    return user_cache_dir("templates", environ)


def options_fingerprint(options: Mapping[str, Any]) -> str:
    """A short hash of the Jinja environment options and of the versions that compile."""
    described = sorted((name, _describe(value)) for name, value in options.items())
    text = f"{__version__} jinja2 {jinja2.__version__} {described!r}"
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _describe(value: Any) -> str:
    # Functions (``finalize``) by name: their repr holds a memory address.
    name = getattr(value, "__qualname__", None)
    module = getattr(value, "__module__", None)
    return f"{module}.{name}" if callable(value) and name else repr(value)


class TemplateCache(FileSystemBytecodeCache):
    """Jinja's file-system bytecode cache, keyed by our options, that never fails a build."""

    def __init__(self, folder: Path, options: Mapping[str, Any]) -> None:
        self.prefix = options_fingerprint(options)
        super().__init__(str(folder), pattern=f"{self.prefix}-%s.cache")
        self._write_failed = False

    def load_bytecode(self, bucket: Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # a damaged entry: any error of unpickling or unmarshalling
            bucket.reset()

    def dump_bytecode(self, bucket: Bucket) -> None:
        if self._write_failed:
            return
        try:
            Path(self.directory).mkdir(parents=True, exist_ok=True)
            super().dump_bytecode(bucket)
        except OSError:
            self._write_failed = True  # read-only home, full disk: compile each time

    def prune(self) -> None:
        """Delete the entries of other options or versions (they can never be used again)."""
        with contextlib.suppress(OSError):
            for entry in Path(self.directory).glob("*.cache"):
                if not entry.name.startswith(f"{self.prefix}-"):
                    with contextlib.suppress(OSError):
                        entry.unlink()
