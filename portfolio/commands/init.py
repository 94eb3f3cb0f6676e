"""`portfolio init`: start a profile folder with a GitHub Pages workflow."""

from __future__ import annotations

import argparse

from portfolio.commands import add_command

DESCRIPTION = """\
Create the files of a new portfolio: profile.yaml (your site, commented), content/ with a
first post, and .github/workflows/portfolio.yml, a GitHub Actions workflow that fetches your
GitHub data with the Actions token, runs `portfolio check`, builds the site with the Pages
address and publishes it on GitHub Pages: on every push, every week and on demand.
Existing files are never overwritten.

Examples:
  portfolio init my-site --login octocat     # then: cd my-site && portfolio fetch octocat
  portfolio fetch octocat -o my-site/snapshot.json && portfolio init my-site
                                             # pre-fills name, location and links

Next steps: edit profile.yaml, `portfolio build`, `portfolio serve` to preview, then push the
folder to a GitHub repository and set Settings -> Pages -> Source to "GitHub Actions".
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "init",
        help="start a profile folder and a GitHub Pages workflow",
        description=DESCRIPTION,
    )
    parser.add_argument(
        "folder",
        nargs="?",
        default=".",
        metavar="DIR",
        help="where to create the files (default: the current folder)",
    )
    parser.add_argument(
        "--login",
        metavar="LOGIN",
        help="your GitHub login (default: the one in DIR/snapshot.json, else the repository "
        "owner when the workflow runs)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: `portfolio --help` stays fast without Pelican and friends.
    from portfolio.init import init_profile

    result = init_profile(args.folder, login=args.login)
    for path in result.written:
        print(f"wrote {result.folder / path}")
    for path in result.kept:
        print(f"kept  {result.folder / path} (it exists already)")
    if result.prefilled_from:
        print(f"Pre-filled from {result.prefilled_from}.")
    if not (result.folder / "snapshot.json").exists():
        login = result.login or "LOGIN"
        print(f"Next: portfolio fetch {login} -o {result.folder / 'snapshot.json'}")
    print(f"Then: portfolio build {result.folder} && portfolio serve {result.folder}")
    return 0
