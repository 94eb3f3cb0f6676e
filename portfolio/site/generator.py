"""The Pelican generator that writes the portfolio pages next to Pelican's own blog pages.

Pelican runs its article and page generators first (the user's Markdown in ``content/``), then
this one: it plans the portfolio pages from the build inputs and the posts Pelican read, renders
them with the theme's Jinja templates, copies the profile's own files, and writes the sitemap
and robots.txt over everything the site holds.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from urllib.parse import urlsplit

from pelican.generators import Generator

from portfolio.site import seo
from portfolio.site.pages import OutputPage, SitePlan, plan_site

INPUTS_SETTING = "PORTFOLIO_INPUTS"


class PortfolioGenerator(Generator):
    """Plans in ``generate_context`` (so Pelican's templates see the site), writes afterwards."""

    plan: SitePlan

    def generate_context(self) -> None:
        inputs = self.settings[INPUTS_SETTING]
        articles = list(self.context.get("articles", []))
        pages = list(self.context.get("pages", []))
        self.plan = plan_site(inputs, articles, pages)
        # Shared with Pelican's own templates (blog, tags, pages) through the common context.
        self.context["portfolio"] = self.plan.site
        self.context["portfolio_plan"] = self.plan

    def generate_output(self, writer) -> None:
        for page in self.plan.pages:
            self._write(writer, page, relative_urls=True)
        # The 404 page is served at any depth, so its links start from the site's root path.
        self._write(writer, self.plan.not_found, relative_urls=False, SITEURL=self._root_path())
        inputs = self.settings[INPUTS_SETTING]
        output = Path(self.output_path)
        for site_path, source in sorted(inputs.assets.items()):
            target = output / site_path
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
        if inputs.profile.site.accent_color:
            # A stylesheet, not an inline style: the Content-Security-Policy forbids inline CSS.
            accent = output / self.settings["THEME_STATIC_DIR"] / "css" / "accent.css"
            accent.parent.mkdir(parents=True, exist_ok=True)
            accent.write_text(
                f":root{{--accent:{inputs.profile.site.accent_color}}}\n", encoding="utf-8"
            )
        (output / "sitemap.xml").write_text(seo.sitemap_xml(self._sitemap()), encoding="utf-8")
        (output / "robots.txt").write_text(seo.robots_txt(self.plan.site.base_url), "utf-8")

    def _write(self, writer, page: OutputPage, *, relative_urls: bool, **extra) -> None:
        writer.write_file(
            page.save_as,
            self.get_template(page.template),
            self.context,
            relative_urls=relative_urls,
            meta=page.meta,
            template_name=page.template,
            **page.data,
            **extra,
        )

    def _root_path(self) -> str:
        return urlsplit(self.plan.site.base_url).path.rstrip("/")

    def _sitemap(self) -> list[tuple[str, str | None]]:
        site = self.plan.site
        urls: list[tuple[str, str | None]] = []
        for page in self.plan.pages:
            lastmod = page.data["project"].last_push if page.template == "project" else None
            urls.append((site.absolute(page.meta.path), lastmod or site.build_date))
        blog = [("blog/", site.build_date)] if self.context.get("articles") else []
        for article in self.context.get("articles", []):
            blog.append((article.url, article.date.date().isoformat()))
        for tag, _articles in sorted(self.context.get("tags", []), key=lambda t: t[0].slug):
            blog.append((tag.url, None))
        for page in self.context.get("pages", []):
            blog.append((page.url, None))
        urls.extend((site.absolute(path), lastmod) for path, lastmod in blog)
        return urls
