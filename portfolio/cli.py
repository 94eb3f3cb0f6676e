"""The ``portfolio`` command line: parse arguments, run one command, turn errors into exit codes.

Each subcommand lives in ``portfolio/commands/<name>.py`` and exposes ``register(subparsers)``;
the list below is explicit so the set of commands never depends on what else is installed.
Exit codes: 0 success, 1 findings at or above the threshold or a job that failed, 2 a usage,
input or configuration error.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
import typing
from collections.abc import Sequence

from portfolio import __version__
from portfolio.errors import TROUBLESHOOTING_URL, PortfolioError

# One module per subcommand, in the order `portfolio --help` lists them.
COMMAND_MODULES: tuple[str, ...] = (
    "portfolio.commands.fetch",
    "portfolio.commands.check",
    "portfolio.commands.rules",
    "portfolio.commands.init",
    "portfolio.commands.build",
    "portfolio.commands.serve",
    "portfolio.commands.deploy",
)

DESCRIPTION = """\
Audit a GitHub profile like a linter, and publish a portfolio site from the same data.

Everything works from a profile folder: profile.yaml (your site), snapshot.json (what GitHub
knows about you, fetched once) and content/ (your posts). Try it on the bundled example
(from a clone of the project, offline):

  portfolio build sample-profile    # the site, in sample-profile/output/
  portfolio check sample-profile    # what to fix on that profile, as a to-do list

Then start your own: portfolio init my-site (see `portfolio init --help`).
"""


class _Parser(argparse.ArgumentParser):
    """argparse with ``--debug`` on every command and usage errors that point to ``--help``."""

    def __init__(self, *args: typing.Any, **kwargs: typing.Any) -> None:
        super().__init__(*args, **kwargs)
        # SUPPRESS keeps a subcommand from resetting a --debug given before its name.
        self.add_argument(
            "--debug",
            action="store_true",
            default=argparse.SUPPRESS,
            help="show the full traceback when something goes wrong (for bug reports)",
        )

    def error(self, message: str) -> typing.NoReturn:
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\nRun `{self.prog} --help` for examples.\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="portfolio",
        description=DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.set_defaults(debug=False)
    subparsers = parser.add_subparsers(
        title="commands", metavar="COMMAND", parser_class=_Parser, dest="command"
    )
    for module_name in COMMAND_MODULES:
        importlib.import_module(module_name).register(subparsers)
    return parser


# Commands that share a section of docs/troubleshooting.md; the others have `portfolio-NAME`.
TROUBLESHOOTING_SECTIONS = {
    "build": "portfolio-build-and-serve",
    "serve": "portfolio-build-and-serve",
}


def troubleshooting_url(error: PortfolioError, command: str | None) -> str | None:
    """Where docs/troubleshooting.md explains ``error``: its kind's section, else the command's."""
    anchor = error.docs_anchor
    if anchor is None and command:
        anchor = TROUBLESHOOTING_SECTIONS.get(command, f"portfolio-{command}")
    return f"{TROUBLESHOOTING_URL}#{anchor}" if anchor else None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line and return its exit code (the console script calls this)."""
    parser = build_parser()
    args = parser.parse_args(argv)
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help()
        return 0
    try:
        code = int(run(args) or 0)
        sys.stdout.flush()  # inside the try, so a closed pipe is handled below
        return code
    except PortfolioError as exc:
        if args.debug:
            raise
        print(f"error: {exc.message}", file=sys.stderr)
        if exc.hint:
            print(f"hint: {exc.hint}", file=sys.stderr)
        docs = troubleshooting_url(exc, getattr(args, "command", None))
        if docs:
            print(f"docs: {docs}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        if args.debug:
            raise
        print(
            "interrupted: nothing was half-written; run the command again to finish.",
            file=sys.stderr,
        )
        return 130
    except BrokenPipeError:
        # `portfolio check | head` closed our output early: not an error worth a traceback.
        # Point stdout at devnull so the interpreter's final flush does not raise again.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 0
