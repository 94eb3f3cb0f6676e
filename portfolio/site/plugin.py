"""Our Pelican plugin: it adds the portfolio generator to every build that lists this module.

Pelican loads plugins named in ``PLUGINS``; the build always names this one explicitly (plus
those listed in profile.yaml), so other installed plugins never change the output.
"""

from __future__ import annotations

from pelican import signals

from portfolio.site.generator import PortfolioGenerator


def _portfolio_generator(_pelican) -> type[PortfolioGenerator]:
    return PortfolioGenerator


def register() -> None:
    signals.get_generators.connect(_portfolio_generator)
