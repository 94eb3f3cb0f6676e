"""Lets ``python -m portfolio`` work like the ``portfolio`` command."""

from portfolio.cli import main

raise SystemExit(main())
