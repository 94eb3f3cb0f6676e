"""``portfolio init``: scaffold a profile folder and a GitHub Actions workflow that publishes it.

It writes profile.yaml (pre-filled from snapshot.json when the folder has one, or from a
login), a first post in content/, .github/workflows/portfolio.yml and a .gitignore; a file
that already exists is never overwritten, only reported as kept.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from portfolio.errors import SnapshotError, UsageError
from portfolio.files import write_text_atomic
from portfolio.profile import PROFILE_FILENAME, SCHEMA_ID
from portfolio.snapshot import SNAPSHOT_FILENAME, Snapshot, load_snapshot

WORKFLOW_PATH = Path(".github/workflows/portfolio.yml")
FIRST_POST_PATH = Path("content/hello-world.md")


@dataclass(frozen=True)
class InitResult:
    folder: Path
    written: tuple[Path, ...]
    kept: tuple[Path, ...]
    """Files that existed already and were left untouched."""
    prefilled_from: str | None
    """``snapshot.json``, ``--login`` or None."""
    login: str | None


def init_profile(folder: str | Path = ".", *, login: str | None = None) -> InitResult:
    """Write the starter files into ``folder`` (created if missing), keeping existing ones."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"{folder}: exists and is not a folder")
    snapshot = _existing_snapshot(folder)
    if snapshot is not None and login and snapshot.user.login.lower() != login.lower():
        raise UsageError(
            f"{folder / SNAPSHOT_FILENAME}: is about `{snapshot.user.login}`, not `{login}`",
            hint="Leave out --login, or fetch the right user with `portfolio fetch LOGIN`.",
        )
    login = login or (snapshot.user.login if snapshot else None)
    source = SNAPSHOT_FILENAME if snapshot else ("--login" if login else None)
    files = {
        Path(PROFILE_FILENAME): profile_yaml(snapshot, login),
        FIRST_POST_PATH: _template("first-post.md").replace("@DATE@", _today(snapshot)),
        WORKFLOW_PATH: workflow_yaml(login),
        # The built site and the README render cache are rebuilt at will: keep them out of git.
        Path(".gitignore"): _template("gitignore.txt"),
    }
    written, kept = [], []
    for relative, text in files.items():
        target = folder / relative
        if target.exists():
            kept.append(relative)
            continue
        try:
            write_text_atomic(target, text)
        except OSError as exc:  # a file where a folder should be, a read-only disk, ...
            raise UsageError(
                f"{target}: cannot write it ({exc.strerror})",
                hint="Choose a folder you can write to, e.g. `portfolio init my-site`.",
            ) from None
        written.append(relative)
    return InitResult(folder, tuple(written), tuple(kept), source, login)


def workflow_yaml(login: str | None, *, branch: str = "main", profile_dir: str = ".") -> str:
    """The Pages workflow; without a login it fetches the repository owner's profile."""
    return (
        _template("workflow.yaml")
        .replace("@LOGIN@", login or "${{ github.repository_owner }}")
        .replace("@BRANCH@", branch)
        .replace("@PROFILE_DIR@", profile_dir)
    )


def profile_yaml(snapshot: Snapshot | None, login: str | None) -> str:
    """A commented profile.yaml, with what the snapshot knows filled in."""
    user = snapshot.user if snapshot else None
    name = (user.name if user else None) or login or "Your Name"
    base_url = f"https://{login.lower()}.github.io" if login else "https://LOGIN.github.io"
    pinned = bool(snapshot and snapshot.knows("pinned") and snapshot.pinned)
    links = []
    if snapshot:
        for account in snapshot.social_accounts:
            key = {
                "linkedin": "linkedin",
                "mastodon": "mastodon",
                "bluesky": "bluesky",
                "youtube": "youtube",
                "twitter": "x",
            }.get(account.provider)
            if key and key not in (k for k, _ in links):
                links.append((key, account.url))
        if user and user.blog and user.blog.startswith(("http://", "https://")):
            links.append(("website", user.blog))
    lines = [
        "# Your portfolio site. Every section is optional; see docs/profile.md for all fields.",
        "# Build it with `portfolio build`, preview it with `portfolio serve`.",
        f"schema: {SCHEMA_ID}",
        "",
        "site:",
        f"  title: {_q(name)}",
        f"  base_url: {_q(base_url)}   # where it is published",
        "  theme: default              # or: academic",
        "",
        "person:",
        f"  name: {_q(name)}",
        "  headline: " + _q("What you do, in one line"),
    ]
    if user and user.location:
        lines.append(f"  location: {_q(user.location)}")
    lines += [
        "  # bio: defaults to your GitHub bio",
        "  about: |",
        "    A few paragraphs about you, in Markdown.",
        "",
    ]
    if links:
        lines.append("links:")
        lines += [f"  {key}: {_q(url)}" for key, url in links]
        lines.append("")
    else:
        lines += ["links:", "  # linkedin: https://www.linkedin.com/in/you", ""]
    lines += [
        "projects:",
        f"  mode: {'pinned' if pinned else 'auto'}   # pinned, auto (by stars) or manual",
        "  # overrides:",
        "  #   my-repo: {featured: true, demo: https://example.org}",
        "",
        "# experience:",
        "#   - role: Engineer",
        "#     organization: Example Ltd",
        "#     start: 2023-01",
    ]
    return "\n".join(lines) + "\n"


def _q(value: str) -> str:
    # JSON strings are valid YAML scalars: quotes, colons and '#' in names stay safe.
    return json.dumps(value, ensure_ascii=False)


def _template(name: str) -> str:
    return resources.files("portfolio.init_templates").joinpath(name).read_text("utf-8")


def _existing_snapshot(folder: Path) -> Snapshot | None:
    path = folder / SNAPSHOT_FILENAME
    if not path.exists():
        return None
    try:
        return load_snapshot(path)
    except SnapshotError:
        return None  # a broken snapshot is fetch's business; init just does not use it


def _today(snapshot: Snapshot | None) -> str:
    if snapshot:
        return snapshot.fetched_at[:10]
    import datetime

    return datetime.date.today().isoformat()
