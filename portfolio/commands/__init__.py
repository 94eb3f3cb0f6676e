"""One module per `portfolio` subcommand; each exposes ``register(subparsers)``.

The helpers below keep the commands' help consistent: every command gets its long,
example-filled description verbatim, and the commands that work on a profile folder take it
the same way.
"""

from __future__ import annotations

import argparse


def add_command(
    subparsers: argparse._SubParsersAction, name: str, *, help: str, description: str
) -> argparse.ArgumentParser:
    """Add subcommand ``name`` whose --help shows ``description`` as written."""
    return subparsers.add_parser(
        name,
        help=help,
        description=description,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )


def add_profile_dir_argument(
    parser: argparse.ArgumentParser,
    help: str = "the folder holding profile.yaml (default: the current folder)",
) -> None:
    """The optional PROFILE_DIR positional argument, defaulting to the current folder."""
    parser.add_argument("profile_dir", nargs="?", default=".", metavar="PROFILE_DIR", help=help)
