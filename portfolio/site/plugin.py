"""Our Pelican plugin: it adds the portfolio generator to every build that lists this module.

Pelican loads plugins named in ``PLUGINS``; the build always names this one explicitly (plus
those listed in profile.yaml), so other installed plugins never change the output.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pelican import signals

from portfolio.site.generator import INPUTS_SETTING, PortfolioGenerator


def _portfolio_generator(_pelican) -> type[PortfolioGenerator]:
    return PortfolioGenerator


def _stable_empty_feed(context: dict[str, Any], feed: Any) -> None:
    """Date a feed without posts by the snapshot, not by the clock.

    A feed's ``<updated>`` is its newest post's date, or *now* when it has none; a profile
    without posts would then get a different site from every build of the same input, and a
    new gh-pages commit from every scheduled deploy.
    """
    inputs = context.get(INPUTS_SETTING)
    if feed.items or inputs is None:
        return
    fetched = datetime.fromisoformat(inputs.snapshot.fetched_at.replace("Z", "+00:00"))
    feed.latest_post_date = lambda: fetched


def register() -> None:
    signals.get_generators.connect(_portfolio_generator)
    signals.feed_generated.connect(_stable_empty_feed)
