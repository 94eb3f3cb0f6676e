"""The output folder: build into a temporary sibling, then swap it in whole.

A failed build must leave the previous site as it was, and the tool must never delete a folder
it did not make. So every site we write carries a small marker file, and we only ever replace a
folder that is missing, empty, or carries that marker.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

from portfolio.errors import BuildError, UsageError

MARKER_FILENAME = ".portfolio-build"
MARKER_TEXT = (
    "This folder was written by `portfolio build`.\n"
    "The next build replaces it whole: keep your own files elsewhere.\n"
)


def is_ours(folder: Path) -> bool:
    """Whether ``folder`` is a site written by a previous build (it holds the marker file)."""
    return (folder / MARKER_FILENAME).is_file()


def check_replaceable(output: Path) -> None:
    """Refuse, before any work, to replace something that is not ours to replace."""
    if output.is_symlink() or (output.exists() and not output.is_dir()):
        raise UsageError(
            f"{output}: exists and is not a folder; the site needs a folder of its own",
            hint="Choose another output folder with -o, e.g. `-o site`.",
        )
    for parent in output.parents:  # refused now, not after the READMEs are rendered
        if parent.exists():
            if not parent.is_dir():
                raise UsageError(
                    f"{output}: cannot create the site here ({parent} is a file)",
                    hint="Choose an output folder you can write to with -o, e.g. `-o site`.",
                )
            break
    if output.is_dir() and any(output.iterdir()) and not is_ours(output):
        raise UsageError(
            f"{output}: not empty and not made by `portfolio build` "
            f"(no {MARKER_FILENAME} file), so it will not be replaced",
            hint="Choose another output folder with -o, or move its files away first.",
        )


@contextlib.contextmanager
def staged_output(output: Path) -> Iterator[Path]:
    """Yield a fresh temporary folder next to ``output``; on success it replaces ``output``.

    On any error the temporary folder is removed and ``output`` is untouched. The swap is two
    renames on the same file system, so a reader sees the old site or the new one.
    """
    output = output.absolute()
    check_replaceable(output)
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=f".{output.name}.building-", dir=output.parent))
    except OSError as exc:  # a file where a folder should be, a read-only disk, ...
        raise UsageError(
            f"{output}: cannot create the site here ({exc.strerror})",
            hint="Choose an output folder you can write to with -o, e.g. `-o site`.",
        ) from None
    try:
        yield staging
        (staging / MARKER_FILENAME).write_text(MARKER_TEXT, encoding="utf-8")
        _swap(staging, output)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def _swap(staging: Path, output: Path) -> None:
    # Check again: something may have appeared in the folder while we were building.
    check_replaceable(output)
    previous: Path | None = None
    if output.exists():
        previous = Path(tempfile.mkdtemp(prefix=f".{output.name}.previous-", dir=output.parent))
        os.replace(output, previous / "site")
    try:
        os.replace(staging, output)
    except OSError as exc:
        if previous is not None:
            os.replace(previous / "site", output)
            shutil.rmtree(previous, ignore_errors=True)
        raise BuildError(
            f"{output}: could not put the new site in place ({exc.strerror})"
        ) from None
    if previous is not None:
        shutil.rmtree(previous, ignore_errors=True)
