"""`portfolio fetch LOGIN`: download what GitHub shows about a user into snapshot.json."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime

from portfolio.github.cache import default_cache_dir
from portfolio.github.client import FetchStats, token_from_env
from portfolio.github.fetch import FetchReport, fetch_and_save

DESCRIPTION = """\
Download what GitHub shows publicly about LOGIN (profile, social links, pinned and public
repositories with their READMEs and top-level files) into a snapshot file. `check` and `build`
then read that file and work offline.

Examples:
  portfolio fetch octocat                       # writes ./snapshot.json
  portfolio fetch octocat -o my-site/snapshot.json
  GITHUB_TOKEN=ghp_... portfolio fetch octocat  # faster, and also gets pinned repositories
  portfolio fetch octocat --refresh             # ignore the cache, download everything again

Token:
  Set GITHUB_TOKEN (or GH_TOKEN) to a GitHub token; a token with no scopes at all is enough,
  since only public data is read (https://github.com/settings/tokens). In GitHub Actions use
  GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}. The token is never written anywhere.
  Without a token GitHub allows 60 requests an hour: enough for about 50 repositories. The
  snapshot then marks as unknown (never guessed) the pinned repositories and, per repository,
  the language breakdown, the latest release and the parent of forks.

Cache and re-fetching:
  Answers are cached in %(cache)s
  (change with --cache-dir or PORTFOLIO_CACHE_DIR). A second fetch asks GitHub only whether
  things changed, and keeps the details of repositories not pushed to since the snapshot at
  -o, so it costs almost nothing. With a token: nothing within a minute, later 1 point for
  the pinned repositories, which GitHub cannot report as unchanged (after pinning one, wait a
  minute or use --refresh). Answers unused for 30 days are deleted. --refresh ignores the
  cache and the previous snapshot and downloads everything again.

When it goes wrong:
  Rate limit: it waits up to --max-wait seconds for GitHub's limit to reset, otherwise it stops
  and says when the limit resets; run it again then: what it had fetched is not fetched twice.
  The snapshot file is written only when the whole fetch succeeds, so a failed or interrupted
  fetch leaves the previous one as it was. Add --debug for the full error.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "fetch",
        help="download a GitHub user's public profile and repositories into snapshot.json",
        description=DESCRIPTION % {"cache": default_cache_dir()},
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("login", metavar="LOGIN", help="the GitHub user name, e.g. octocat")
    parser.add_argument(
        "-o",
        "--output",
        default="snapshot.json",
        metavar="FILE",
        help="where to write the snapshot (default: ./snapshot.json)",
    )
    parser.add_argument(
        "--max-wait",
        type=float,
        default=60.0,
        metavar="SECONDS",
        help="longest wait for a rate limit before giving up (default: 60)",
    )
    parser.add_argument(
        "--cache-dir",
        metavar="DIR",
        help="folder for the HTTP cache (default: shown above)",
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="ignore the cache and the previous snapshot: download everything again",
    )
    parser.add_argument(
        "--no-token",
        action="store_true",
        help="do not use GITHUB_TOKEN / GH_TOKEN even if set (to see what others see)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    token, source = ("", "") if args.no_token else token_from_env()
    with _ProgressBar() as progress:
        report = fetch_and_save(
            args.login,
            args.output,
            token=token,
            token_source=source or "GITHUB_TOKEN",
            cache_dir=args.cache_dir,
            max_wait=args.max_wait,
            refresh=args.refresh,
            progress=progress,
        )
    print(summary(report))
    for warning in report.stats.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    if report.missing:
        print("Not fetched (recorded as unknown): " + "; ".join(report.missing) + ".")
        if not report.snapshot.authenticated:
            print("Set GITHUB_TOKEN to a token (no scopes needed) to fetch these too.")
    return 0


def summary(report: FetchReport) -> str:
    """``Fetched octocat: 8 repositories -> snapshot.json. 5 requests (...)``."""
    stats = report.stats
    snapshot = report.snapshot
    parts = [f"{stats.requests} requests"]
    if stats.not_modified:
        parts.append(f"{stats.not_modified} unchanged (304)")
    if stats.reused_repos:
        parts.append(f"{stats.reused_repos} repositories unchanged since the last snapshot")
    parts.append(f"rate-limit cost {stats.cost}")
    return (
        f"Fetched {snapshot.user.login}: {len(snapshot.repos)} repositories -> {report.path}. "
        f"{', '.join(parts)}{_remaining(stats)}."
    )


def _remaining(stats: FetchStats) -> str:
    if stats.rate_remaining is None or stats.rate_limit is None:
        return ""
    text = f"; {stats.rate_remaining:,} of {stats.rate_limit:,} left this hour"
    if stats.rate_reset:
        text += f" (resets {datetime.fromtimestamp(stats.rate_reset).astimezone():%H:%M})"
    return text


class _ProgressBar:
    """A rich progress bar on a terminal; nothing in CI or when output is redirected."""

    def __enter__(self):
        self._bar = None
        if os.environ.get("CI") or not sys.stderr.isatty():
            return None
        # Imported here: only a terminal needs it. On stderr, so stdout stays the summary.
        from rich.console import Console
        from rich.progress import Progress

        self._bar = Progress(console=Console(stderr=True), transient=True)
        self._bar.start()
        self._tasks: dict[str, int] = {}
        return self._update

    def _update(self, what: str, done: int, total: int) -> None:
        assert self._bar is not None
        if what not in self._tasks:
            self._tasks[what] = self._bar.add_task(f"Fetching {what}", total=total or None)
        self._bar.update(self._tasks[what], completed=done, total=total or None)

    def __exit__(self, *exc_info: object) -> None:
        if self._bar is not None:
            self._bar.stop()
