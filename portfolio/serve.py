"""``portfolio serve``: preview the site on 127.0.0.1 and rebuild it when the profile changes.

Changes are found by polling modification times (no extra dependency, works on every file
system); a failed rebuild is reported and the previous site stays online.
"""

from __future__ import annotations

import functools
import http.server
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from portfolio.errors import PortfolioError, UsageError
from portfolio.profile import find_profile_dir
from portfolio.site.build import OUTPUT_DIRNAME, BuildResult, build_site

# Folders whose changes never call for a rebuild: our output, caches, version control.
_SKIPPED_DIRS = {".git", "__pycache__", ".cache", "node_modules"}


@dataclass(frozen=True)
class ServeEvent:
    """Something the preview tells the person watching it."""

    kind: str
    """``serving``, ``built``, ``failed`` or ``stopped``."""
    message: str
    result: BuildResult | None = None
    error: PortfolioError | None = None


def watched_state(profile_dir: Path, output_dir: Path) -> dict[str, int]:
    """Modification time of every file under the profile folder, the output excluded."""
    state: dict[str, int] = {}
    output_dir = output_dir.absolute()
    for folder, dirs, files in os.walk(profile_dir):
        here = Path(folder).absolute()
        dirs[:] = sorted(
            d
            for d in dirs
            if d not in _SKIPPED_DIRS
            and not d.startswith(f".{output_dir.name}.")  # our temporary build folders
            and (here / d) != output_dir
        )
        for name in files:
            path = here / name
            try:
                state[str(path)] = path.stat().st_mtime_ns
            except FileNotFoundError:  # removed while we looked: the next poll sees it
                continue
    return state


def serve(
    profile_dir: str | Path,
    *,
    port: int = 8000,
    output: str | Path | None = None,
    theme: str | None = None,
    interval: float = 1.0,
    on_event: Callable[[ServeEvent], None] = lambda _event: None,
    stop: threading.Event | None = None,
) -> None:
    """Build, serve on http://127.0.0.1:PORT/ and rebuild on changes until ``stop`` is set.

    The site is built with the preview address as its base URL so that canonical links point
    at the preview. Ctrl+C (KeyboardInterrupt) also stops it, after closing the server.
    """
    root = find_profile_dir(profile_dir)
    output_dir = Path(output) if output is not None else root / OUTPUT_DIRNAME
    stop = stop or threading.Event()
    try:
        server = http.server.ThreadingHTTPServer(
            ("127.0.0.1", port),
            functools.partial(_QuietHandler, directory=str(output_dir.absolute())),
        )
    except OSError as exc:
        raise UsageError(
            f"127.0.0.1:{port}: cannot listen there ({exc.strerror})",
            hint="Another program may use that port; pick another with --port 8001.",
        ) from None
    address = f"http://127.0.0.1:{server.server_address[1]}"

    def rebuild() -> None:
        try:
            result = build_site(root, output_dir, base_url=address, theme=theme)
        except PortfolioError as exc:
            on_event(ServeEvent("failed", f"build failed: {exc.message}", error=exc))
        else:
            on_event(
                ServeEvent("built", f"built {result.pages} pages in {result.seconds:.1f} s", result)
            )

    rebuild()
    state = watched_state(root, output_dir)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    on_event(ServeEvent("serving", f"serving {address}/ (Ctrl+C to stop)"))
    try:
        while not stop.wait(interval):
            current = watched_state(root, output_dir)
            if current != state:
                state = current
                rebuild()
    finally:
        server.shutdown()
        server.server_close()
        on_event(ServeEvent("stopped", "stopped"))


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serves the output folder without logging every request to the terminal."""

    def log_message(self, format: str, *args: object) -> None:
        return
