"""The portfolio site: profile + snapshot → static HTML, through Pelican and our themes.

Public interface::

    from portfolio.site import build_site

    result = build_site("sample-profile")      # → sample-profile/output/, BuildResult

Modules: ``build`` (orchestration), ``settings`` (Pelican settings), ``plugin`` and
``generator`` (our Pelican plugin and the generator it registers), ``pages`` (which pages, with
what data), ``views`` and ``projects`` (what templates see), ``themes``, ``seo`` (JSON-LD,
sitemap), ``markup`` (profile Markdown, dates), ``output`` (the staged output folder).
"""

from __future__ import annotations

from portfolio.site.build import BuildResult, build_site

__all__ = ["BuildResult", "build_site"]
