"""`portfolio deploy`: publish the built site to the gh-pages branch of your repository."""

from __future__ import annotations

import argparse

from portfolio.commands import add_command, add_profile_dir_argument

DESCRIPTION = """\
Publish the site built by `portfolio build` to a branch (gh-pages by default) of the git
repository you run it in, and push it. Your working tree, index and current branch are never
touched: the branch is written with git plumbing from the output folder. A .nojekyll file is
added, and a CNAME file when site.base_url uses your own domain.

Examples:
  portfolio build my-site && portfolio deploy my-site
  portfolio deploy my-site --dry-run          # show what would be published, change nothing
  portfolio deploy my-site --remote upstream --branch pages

Then, on GitHub: Settings -> Pages -> "Deploy from a branch" -> gh-pages. (Or let the workflow
written by `portfolio init` build and deploy on every push, with no branch at all.)

When it goes wrong: "no built site" means run `portfolio build` first; a rejected push usually
means the remote branch moved: fetch it (`git fetch origin gh-pages`) and deploy again.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "deploy",
        help="publish the built site to the gh-pages branch",
        description=DESCRIPTION,
    )
    add_profile_dir_argument(parser)
    parser.add_argument(
        "-o", "--output", metavar="OUTPUT", help="the built site (default: PROFILE_DIR/output)"
    )
    parser.add_argument(
        "--remote", default="origin", help="the remote to push to (default: origin)"
    )
    parser.add_argument(
        "--branch", default="gh-pages", help="the branch to publish (default: gh-pages)"
    )
    parser.add_argument(
        "--dry-run", action="store_true", help="show what would be published, change nothing"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    # Imported here: `portfolio --help` stays fast without Pelican and friends.
    from portfolio.deploy import deploy_built_site

    result = deploy_built_site(
        args.profile_dir,
        output=args.output,
        remote=args.remote,
        branch=args.branch,
        dry_run=args.dry_run,
    )
    if result.dry_run:
        print(
            f"Dry run: would publish {len(result.files)} files to `{result.branch}`"
            f" and push it to `{result.remote}`:"
        )
        for path in result.files:
            print(f"  {path}")
        if not result.changed:
            print(f"(`{result.branch}` already holds exactly this site.)")
        return 0
    for note in result.notes:
        print(note)
    if result.commit:
        print(f"Committed {len(result.files)} files to `{result.branch}` ({result.commit[:10]}).")
    if result.pushed:
        print(f"Pushed `{result.branch}` to `{result.remote}`.")
    if result.cname:
        print(f"CNAME: {result.cname}")
    return 0
