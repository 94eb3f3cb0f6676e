"""`portfolio build`: turn a profile folder into a static site, through Pelican."""

from __future__ import annotations

import argparse
import sys

from portfolio.commands import add_command, add_profile_dir_argument

DESCRIPTION = """\
Build your portfolio site from a profile folder: profile.yaml (who you are, which projects to
show), snapshot.json (your GitHub data, from `portfolio fetch`) and content/ (your posts).
The result is a folder of static HTML you can publish anywhere (see `portfolio deploy`).

Examples:
  portfolio build sample-profile               # the bundled example -> sample-profile/output/
  portfolio build my-site -o public            # write the site to ./public/
  portfolio build --theme academic             # try the other bundled theme
  portfolio build --base-url https://ada.github.io/portfolio
  GITHUB_TOKEN=... portfolio build --refresh   # fetch your GitHub data again first

Safety: the site is built in a temporary folder and only then replaces the output folder, so
a failed build leaves your previous site as it was. The output folder gets a small
.portfolio-build marker; a non-empty folder without it is never replaced.

When it goes wrong: a mistake in profile.yaml is reported with its line (nothing is written);
fix it and run again. Add --debug for the full error when reporting a bug.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "build",
        help="build the portfolio site from a profile folder",
        description=DESCRIPTION,
    )
    add_profile_dir_argument(parser)
    parser.add_argument(
        "-o",
        "--output",
        metavar="OUTPUT",
        help="where to write the site (default: PROFILE_DIR/output)",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="the address the site will be published at (default: site.base_url of "
        "profile.yaml, else https://LOGIN.github.io)",
    )
    parser.add_argument(
        "--theme",
        metavar="NAME_OR_FOLDER",
        help="`default`, `academic` or the path of your own theme (default: site.theme)",
    )
    parser.add_argument(
        "--refresh",
        action="store_true",
        help="fetch the GitHub data again before building (uses GITHUB_TOKEN if set)",
    )
    parser.add_argument(
        "-j",
        "--jobs",
        type=_positive_int,
        metavar="N",
        help="render READMEs in N processes (default: one per CPU core; 1 to stay in one)",
    )
    parser.set_defaults(run=run)


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of 1 or more, got {text!r}")
    return value


def run(args: argparse.Namespace) -> int:
    # Imported here: `portfolio --help` stays fast without Pelican and friends.
    from portfolio.site.build import build_site

    result = build_site(
        args.profile_dir,
        args.output,
        base_url=args.base_url,
        theme=args.theme,
        refresh=args.refresh,
        jobs=args.jobs,
    )
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(
        f"Built {result.pages} pages ({result.files} files) with the {result.theme} theme "
        f"in {result.seconds:.1f} s -> {result.output}"
    )
    print(
        f"Preview it with `portfolio serve {args.profile_dir}`, publish it with `portfolio deploy`."
    )
    return 0
