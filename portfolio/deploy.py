"""Publish a built site to a ``gh-pages`` branch without touching the user's working tree.

The site folder becomes a commit through git plumbing: a throw-away index file
(``GIT_INDEX_FILE``), ``git --work-tree=SITE add``, ``write-tree`` and ``commit-tree`` on top of
the branch's previous commit. The user's checkout, index and current branch never change. The
commit also carries ``.nojekyll`` (so GitHub Pages serves folders starting with ``_``) and, for a
custom domain, a ``CNAME`` file.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from portfolio.errors import BuildError, UsageError
from portfolio.profile import find_profile_dir, load_profile
from portfolio.site.build import OUTPUT_DIRNAME
from portfolio.site.output import MARKER_FILENAME, is_ours

# Used only when git has no identity configured (e.g. a fresh CI runner).
_FALLBACK_IDENTITY = {
    "GIT_AUTHOR_NAME": "portfolio-kit",
    "GIT_AUTHOR_EMAIL": "portfolio-kit@users.noreply.github.com",
    "GIT_COMMITTER_NAME": "portfolio-kit",
    "GIT_COMMITTER_EMAIL": "portfolio-kit@users.noreply.github.com",
}


@dataclass(frozen=True)
class DeployResult:
    """What a deploy did, or would do with ``dry_run``."""

    branch: str
    remote: str | None
    files: tuple[str, ...]
    """Every path the published branch holds, sorted."""
    cname: str | None
    commit: str | None
    """The new commit, or None when nothing changed or on a dry run."""
    changed: bool
    """False when the branch already holds exactly this site."""
    pushed: bool
    dry_run: bool
    notes: tuple[str, ...] = field(default_factory=tuple)


def cname_for(base_url: str | None) -> str | None:
    """The host a ``CNAME`` file must name, or None for a ``*.github.io`` or missing URL."""
    if not base_url:
        return None
    host = (urlsplit(base_url).hostname or "").lower()
    if not host or host.endswith(".github.io") or host in ("localhost", "127.0.0.1"):
        return None
    return host


def deploy_site(
    site_dir: Path,
    *,
    repo_dir: Path,
    branch: str = "gh-pages",
    remote: str | None = "origin",
    base_url: str | None = None,
    message: str = "Publish the portfolio site",
    dry_run: bool = False,
) -> DeployResult:
    """Commit ``site_dir`` as the whole content of ``branch`` in the git repo at ``repo_dir``.

    With ``remote`` the branch is then pushed there; with ``dry_run`` nothing is committed or
    pushed and the result lists what would be published.
    """
    site_dir = Path(site_dir).absolute()
    if not site_dir.is_dir() or not any(site_dir.iterdir()):
        raise UsageError(
            f"{site_dir}: no built site here",
            hint="Build it first with `portfolio build`, then deploy.",
        )
    git = _Git(Path(repo_dir))
    # Work from the top of the repository: paths given to git (and those it lists) are
    # relative to the current folder, and the profile folder is often a sub-folder.
    top = git.run("rev-parse", "--show-toplevel").strip()  # fails clearly outside a repo
    if top:
        git = _Git(Path(top))
    if remote is not None and remote not in git.run("remote").split():
        raise UsageError(
            f"{repo_dir}: this git repository has no remote called `{remote}`",
            hint=f"Add it with `git remote add {remote} URL`, or pass --remote NAME.",
        )

    cname = cname_for(base_url)
    with tempfile.TemporaryDirectory(prefix="portfolio-deploy-") as tmp:
        # A private index keeps the user's own staging area out of it.
        env = {"GIT_INDEX_FILE": str(Path(tmp) / "index")}
        git.run("--work-tree", str(site_dir), "add", "--all", "--force", ":/", env=env)
        git.run("update-index", "--force-remove", MARKER_FILENAME, env=env)
        extra = {".nojekyll": ""}
        if cname:
            extra["CNAME"] = cname + "\n"
        for name, text in extra.items():
            blob = git.run("hash-object", "-w", "--stdin", input=text).strip()
            git.run("update-index", "--add", "--cacheinfo", f"100644,{blob},{name}", env=env)
        tree = git.run("write-tree", env=env).strip()
        files = tuple(sorted(git.run("ls-tree", "-r", "--name-only", tree).splitlines()))

    parent = _branch_tip(git, branch, remote)
    changed = parent is None or git.run("rev-parse", f"{parent}^{{tree}}").strip() != tree
    notes: list[str] = []
    if dry_run:
        return DeployResult(branch, remote, files, cname, None, changed, False, True)

    commit = None
    if changed:
        args = ["commit-tree", tree, "-m", message]
        if parent:
            args[2:2] = ["-p", parent]
        commit = git.run(*args, env=_identity_env(git)).strip()
        git.run("update-ref", f"refs/heads/{branch}", commit)
    else:
        notes.append(f"`{branch}` already holds this site; nothing new to commit")
        git.run("update-ref", f"refs/heads/{branch}", parent)
    pushed = False
    if remote is not None:
        git.run("push", "--quiet", remote, f"refs/heads/{branch}:refs/heads/{branch}")
        pushed = True
    return DeployResult(branch, remote, files, cname, commit, changed, pushed, False, tuple(notes))


def deploy_built_site(
    profile_dir: str | Path,
    *,
    output: str | Path | None = None,
    remote: str | None = "origin",
    branch: str = "gh-pages",
    dry_run: bool = False,
) -> DeployResult:
    """Deploy the site built from ``profile_dir`` with the git repository that holds it.

    The CNAME comes from ``site.base_url`` in profile.yaml; the site folder must be one that
    ``portfolio build`` wrote (it carries the marker file), so nothing else gets published.
    """
    root = find_profile_dir(profile_dir)
    profile = load_profile(root)
    site_dir = Path(output) if output is not None else root / OUTPUT_DIRNAME
    if site_dir.is_dir() and any(site_dir.iterdir()) and not is_ours(site_dir):
        raise UsageError(
            f"{site_dir}: not a site written by `portfolio build` (no {MARKER_FILENAME} file)",
            hint="Build it first with `portfolio build`, or pass the right folder with -o.",
        )
    return deploy_site(
        site_dir,
        repo_dir=root,
        branch=branch,
        remote=remote,
        base_url=profile.site.base_url,
        dry_run=dry_run,
    )


def _branch_tip(git: _Git, branch: str, remote: str | None) -> str | None:
    """The commit to build on: the local branch, else the remote's copy, else none (first)."""
    refs = [f"refs/heads/{branch}"]
    if remote:
        refs.append(f"refs/remotes/{remote}/{branch}")
    for ref in refs:
        found = git.run("rev-parse", "--verify", "--quiet", ref, check=False).strip()
        if found:
            return found
    return None


def _identity_env(git: _Git) -> dict[str, str]:
    if git.run("config", "user.email", check=False).strip():
        return {}
    return dict(_FALLBACK_IDENTITY)


class _Git:
    """``git -C REPO ...`` with errors turned into one-line BuildErrors."""

    def __init__(self, repo_dir: Path) -> None:
        self.repo_dir = repo_dir
        if not repo_dir.is_dir():
            raise UsageError(f"{repo_dir}: no such folder")

    def run(
        self,
        *args: str,
        env: dict[str, str] | None = None,
        input: str | None = None,
        check: bool = True,
    ) -> str:
        try:
            done = subprocess.run(
                ["git", "-C", str(self.repo_dir), *args],
                capture_output=True,
                text=True,
                input=input,
                env={**os.environ, **(env or {})},
                check=False,
            )
        except FileNotFoundError:
            raise BuildError("git is not installed; deploying needs it") from None
        if check and done.returncode != 0:
            detail = git_error_line(done.stderr)
            if "not a git repository" in done.stderr:
                raise UsageError(
                    f"{self.repo_dir}: not inside a git repository",
                    hint="Run deploy from your site's repository, or `git init` one first.",
                )
            raise BuildError(f"git {args[0]} failed: {detail}")
        return done.stdout


def git_error_line(stderr: str) -> str:
    """The line of git's error output that says what went wrong, for a one-line message.

    git ends many errors with boilerplate ("...and the repository exists."), so the first
    ``fatal:`` or ``error:`` line is the telling one; otherwise the first non-empty line.
    """
    lines = [line.strip() for line in stderr.splitlines() if line.strip()]
    for line in lines:
        if line.startswith(("fatal:", "error:")):
            return line
    return lines[0] if lines else "no details"
