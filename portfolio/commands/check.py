"""``portfolio check``: audit a profile snapshot or a local checkout and print the report."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from checks.audit import FAIL_ON, FORMAT_CHOICES, CheckRequest, run_check
from portfolio.commands import add_command, add_profile_dir_argument

DESCRIPTION = """\
Audit a GitHub profile and its repositories like a linter: each finding says what is wrong,
where, and how to fix it. It works offline, from the snapshot.json in a profile folder, or
on a local checkout (the CI case).

examples:
  portfolio check sample-profile                 the bundled example profile
  portfolio check                                the profile folder you are in
  portfolio check --user octocat                 fetch a user's profile now and check it
  portfolio check --format markdown -o todo.md   a to-do list to paste into an issue
  portfolio check --repo .                       this checkout: repo and README rules
  portfolio check --repo . --diff                show the files --fix would create
  portfolio check --repo . --fix                 create them (never overwrites a file)
  GITHUB_TOKEN=... portfolio check --apply      set topics/homepage that are known, after asking
  portfolio check --format json -o base.json     save a baseline, then later:
  portfolio check --baseline base.json           see what is new and what you fixed

exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 a usage,
configuration or input error (the message says which file and line).

configuration: .portfolio-check.toml, [tool.portfolio.check] in pyproject.toml, or a
check: section in profile.yaml; see docs/check.md. `portfolio rules` lists the rules.
No snapshot yet? Create one with `portfolio fetch LOGIN`.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "check",
        help="audit a profile or a repository and say what to fix",
        description=DESCRIPTION,
    )
    add_profile_dir_argument(parser, "folder holding snapshot.json (default: the current folder)")
    parser.add_argument(
        "--repo", metavar="PATH", help="check a local checkout instead of a profile snapshot"
    )
    parser.add_argument(
        "--user",
        metavar="LOGIN",
        help="fetch LOGIN's profile from GitHub now and check it (GITHUB_TOKEN helps)",
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="fetch PROFILE_DIR/snapshot.json again before checking (GITHUB_TOKEN helps)",
    )
    parser.add_argument(
        "--format",
        choices=FORMAT_CHOICES,
        default="auto",
        help="report format (default auto: from the --output file's extension, .json .sarif "
        ".md; else github under GitHub Actions, text elsewhere)",
    )
    parser.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    parser.add_argument(
        "--fail-on",
        choices=FAIL_ON,
        default="error",
        help="lowest severity that makes the exit code 1 (default error)",
    )
    parser.add_argument(
        "--exit-zero", action="store_true", help="exit 0 even when there are findings"
    )
    parser.add_argument(
        "--select",
        action="append",
        default=[],
        metavar="RULES",
        help="run only these rules: ids, names or prefixes, comma-separated (e.g. REP,PRF001)",
    )
    parser.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="RULES",
        help="skip these rules (added to the configuration's ignore list)",
    )
    parser.add_argument(
        "--config", metavar="FILE", help="configuration file (default: found in the folder)"
    )
    parser.add_argument(
        "--baseline",
        metavar="FILE",
        help="an earlier --format json report: mark findings new or known, list what was fixed",
    )
    parser.add_argument(
        "--fix", action="store_true", help="with --repo: create the missing files of safe fixes"
    )
    parser.add_argument(
        "--diff", action="store_true", help="with --repo: show what --fix would create"
    )
    parser.add_argument(
        "--apply",
        action="store_true",
        help="make the API-side fixes that have known values (topics, homepage, profile "
        "fields) after showing them and asking; needs GITHUB_TOKEN",
    )
    parser.add_argument("--yes", action="store_true", help="with --apply: do not ask")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    request = CheckRequest(
        profile_dir=args.profile_dir,
        repo_path=args.repo,
        user=args.user,
        refresh=args.refresh,
        format=args.format,
        output=args.output,
        fail_on=args.fail_on,
        exit_zero=args.exit_zero,
        select=tuple(args.select),
        ignore=tuple(args.ignore),
        config_file=args.config,
        baseline=args.baseline,
        fix=args.fix,
        diff=args.diff,
        apply=args.apply,
        yes=args.yes,
        color=sys.stdout.isatty() and "NO_COLOR" not in os.environ,
        environ=dict(os.environ),
    )
    outcome = run_check(request, confirm=_ask)
    print(outcome.output, end="")
    if outcome.diff:
        print(outcome.diff, end="")
    for note in outcome.notes:
        print(note, file=sys.stderr)
    return outcome.exit_code


def _ask(changes: Sequence[str]) -> bool:
    """Show what --apply would change on GitHub and ask; never yes without a person."""
    print(f"--apply would make {len(changes)} change(s) on GitHub:", file=sys.stderr)
    for line in changes:
        print(f"  {line}", file=sys.stderr)
    if not sys.stdin.isatty():
        print("Not a terminal: add --yes to apply them without asking.", file=sys.stderr)
        return False
    answer = input("Apply them? [y/N] ")
    return answer.strip().lower() in ("y", "yes")
