"""`portfolio serve`: preview the site locally, rebuilding it whenever the profile changes."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from portfolio.commands import add_command, add_profile_dir_argument

if TYPE_CHECKING:
    from portfolio.serve import ServeEvent

DESCRIPTION = """\
Build the site and serve it on http://127.0.0.1:PORT/ (only this computer can see it). Every
change in the profile folder (profile.yaml, content/, templates/, images) rebuilds it: reload
the page in your browser to see the result. Stop it with Ctrl+C.

Examples:
  portfolio serve sample-profile            # then open http://127.0.0.1:8000/
  portfolio serve my-site --port 8001

When it goes wrong: a failed rebuild prints the error and keeps the previous version online;
fix the file and save it again. "cannot listen there" means the port is taken: use --port.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers,
        "serve",
        help="preview the site on 127.0.0.1, rebuilding on every change",
        description=DESCRIPTION,
    )
    add_profile_dir_argument(parser)
    parser.add_argument("--port", type=int, default=8000, help="the port (default: 8000)")
    parser.add_argument("--theme", metavar="NAME_OR_FOLDER", help="preview with another theme")
    parser.set_defaults(run=run)


def _show(event: ServeEvent) -> None:
    stream = sys.stderr if event.kind == "failed" else sys.stdout
    print(event.message, file=stream, flush=True)


def run(args: argparse.Namespace) -> int:
    # Imported here: `portfolio --help` stays fast without Pelican and friends.
    from portfolio.serve import serve

    try:
        serve(args.profile_dir, port=args.port, theme=args.theme, on_event=_show)
    except KeyboardInterrupt:
        return 0
    return 0
