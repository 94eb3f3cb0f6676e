"""``portfolio rules``: list the linter's rules, or print one rule's documentation."""

from __future__ import annotations

import argparse

from checks.docs import describe_rules
from portfolio.commands import add_command

DESCRIPTION = """\
List every rule `portfolio check` runs (id, name, default severity, target, what it checks),
or print the full documentation of one rule: what it does, why it matters, an example,
how to fix it and whether the fix is safe.

examples:
  portfolio rules                 all rules, one per line
  portfolio rules REP001          one rule's documentation (an id or a name)
  portfolio rules repo-description
  portfolio rules PRF             the rules whose id starts with PRF (profile rules)
  portfolio rules --format json   all rules as JSON, for scripts

If an id is unknown, the error suggests the nearest one; the same text is online in
docs/rules.md.
"""


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = add_command(
        subparsers, "rules", help="list the linter's rules or explain one", description=DESCRIPTION
    )
    parser.add_argument("rule", nargs="?", metavar="ID", help="a rule id or name, e.g. REP001")
    parser.add_argument(
        "--format", choices=("text", "json"), default="text", help="output format (default text)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    print(describe_rules(args.rule, format_name=args.format), end="")
    return 0
