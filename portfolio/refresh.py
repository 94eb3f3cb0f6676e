"""``--refresh`` of ``build`` and ``check``: fetch a profile folder's snapshot again.

The snapshot works like a lock file: commands read it and stay offline. ``--refresh`` asks
GitHub again for the login the snapshot already names and replaces the file atomically.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from portfolio.errors import UsageError
from portfolio.snapshot import SNAPSHOT_FILENAME, Snapshot, load_snapshot


def refresh_snapshot(profile_dir: str | Path, environ: Mapping[str, str] | None = None) -> Snapshot:
    """Fetch the snapshot of ``profile_dir`` again, with GITHUB_TOKEN or GH_TOKEN if set."""
    # Imported here: only --refresh needs the network code.
    from portfolio.github.client import token_from_env
    from portfolio.github.fetch import fetch_and_save

    path = Path(profile_dir) / SNAPSHOT_FILENAME
    if not path.exists():
        raise UsageError(
            f"{path}: --refresh needs a snapshot to know whose profile to fetch",
            hint=f"Fetch it once with `portfolio fetch LOGIN -o {path}`.",
        )
    login = load_snapshot(path).user.login
    token, source = token_from_env(environ)
    return fetch_and_save(login, path, token=token, token_source=source or "GITHUB_TOKEN").snapshot
