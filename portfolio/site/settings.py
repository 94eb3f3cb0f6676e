"""The Pelican settings of a build: our defaults, the theme, then profile.yaml's extras.

Addresses are directory-style (``blog/my-post/``) and relative between pages, so the same files
work at a domain's root, under ``/repo/`` on GitHub Pages, and on 127.0.0.1 when previewing;
absolute addresses (canonical links, feeds, sitemap) use the site's base URL.
"""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from typing import Any

from jinja2 import pass_context
from markupsafe import Markup

from portfolio.errors import ConfigError
from portfolio.site import seo
from portfolio.site.generator import INPUTS_SETTING
from portfolio.site.markup import format_date, plain_text, printable
from portfolio.site.pages import BuildInputs
from portfolio.site.template_cache import TemplateCache

PLUGIN = "portfolio.site.plugin"

# Settings profile.yaml may not change: they decide where files go and what runs.
PROTECTED = frozenset(
    {
        "PATH",
        "OUTPUT_PATH",
        "THEME",
        "PLUGINS",
        "PLUGIN_PATHS",
        "DELETE_OUTPUT_DIRECTORY",
        "RELATIVE_URLS",
        "THEME_TEMPLATES_OVERRIDES",
        "THEME_STATIC_PATHS",
        "JINJA_ENVIRONMENT",
        INPUTS_SETTING,
    }
)


def pelican_settings(
    inputs: BuildInputs,
    *,
    content_dir: Path,
    output_dir: Path,
    profile_dir: Path,
    template_cache_dir: Path | None = None,
) -> dict[str, Any]:
    """The ``override`` mapping for ``pelican.settings.read_settings``.

    ``template_cache_dir`` keeps the compiled templates between builds (none if not given).
    """
    profile, theme = inputs.profile, inputs.theme
    overrides = [profile_dir / "templates", *theme.template_dirs]
    settings: dict[str, Any] = {
        "PATH": str(content_dir),
        "OUTPUT_PATH": str(output_dir),
        "THEME": str(theme.folder),
        # The user's templates/ first: any template of the theme can be replaced there.
        "THEME_TEMPLATES_OVERRIDES": [str(p) for p in overrides if p.is_dir()],
        "THEME_STATIC_PATHS": [str(p) for p in theme.static_dirs],
        "THEME_STATIC_DIR": "theme",
        "PLUGINS": [PLUGIN, *profile.pelican.plugins],
        "PLUGIN_PATHS": [],
        INPUTS_SETTING: inputs,
        "SITENAME": profile.site.title or inputs.person.name,
        "SITEURL": inputs.base_url,
        "FEED_DOMAIN": inputs.base_url,
        "RELATIVE_URLS": True,
        "AUTHOR": inputs.person.name,
        "DEFAULT_LANG": profile.site.language,
        "TIMEZONE": "UTC",
        "LOCALE": ["C.UTF-8", "C"],
        "DELETE_OUTPUT_DIRECTORY": False,
        "CACHE_CONTENT": False,
        "LOAD_CONTENT_CACHE": False,
        "JINJA_ENVIRONMENT": _jinja_options(template_cache_dir),
        "JINJA_GLOBALS": {"link": link, "article_ld": article_ld},
        "JINJA_FILTERS": {"date_text": date_text, "plain": plain_text, "site_links": site_links},
        # Blog under blog/, user pages at the root, no category or author pages.
        "ARTICLE_PATHS": [""],
        "ARTICLE_EXCLUDES": ["pages"],
        "PAGE_PATHS": ["pages"],
        "STATIC_PATHS": ["images", "files"],
        "ARTICLE_URL": "blog/{slug}/",
        "ARTICLE_SAVE_AS": "blog/{slug}/index.html",
        "DRAFT_URL": "drafts/{slug}/",
        "DRAFT_SAVE_AS": "drafts/{slug}/index.html",
        "PAGE_URL": "{slug}/",
        "PAGE_SAVE_AS": "{slug}/index.html",
        "TAG_URL": "blog/tags/{slug}/",
        "TAG_SAVE_AS": "blog/tags/{slug}/index.html",
        "CATEGORY_URL": "",
        "CATEGORY_SAVE_AS": "",
        "AUTHOR_URL": "",
        "AUTHOR_SAVE_AS": "",
        "ARTICLE_LANG_SAVE_AS": "",
        "PAGE_LANG_SAVE_AS": "",
        "DIRECT_TEMPLATES": ["index", "tags"],
        "INDEX_SAVE_AS": "blog/index.html",
        "INDEX_URL": "blog/",
        "TAGS_SAVE_AS": "blog/tags/index.html",
        "TAGS_URL": "blog/tags/",
        "FEED_ALL_ATOM": "feeds/all.atom.xml",
        "FEED_ALL_RSS": None,
        "CATEGORY_FEED_ATOM": None,
        "AUTHOR_FEED_ATOM": None,
        "AUTHOR_FEED_RSS": None,
        "TRANSLATION_FEED_ATOM": None,
        "TAG_FEED_ATOM": None,
        "DISPLAY_PAGES_ON_MENU": False,
        "DISPLAY_CATEGORIES_ON_MENU": False,
        "MARKDOWN": {
            "extension_configs": {
                "markdown.extensions.codehilite": {"css_class": "highlight", "guess_lang": False},
                "markdown.extensions.extra": {},
                "markdown.extensions.meta": {},
                "markdown.extensions.toc": {"permalink": False},
            },
            "output_format": "html5",
        },
        "SUMMARY_MAX_LENGTH": 40,
    }
    for key, value in sorted(profile.pelican.settings.items()):
        if key in PROTECTED:
            raise ConfigError(
                f"profile.yaml: pelican.settings.{key}: portfolio sets this one itself",
                hint="Remove it; use site.theme, -o OUTPUT or pelican.plugins instead.",
            )
        settings[key] = value
    return settings


def _jinja_options(template_cache_dir: Path | None) -> dict[str, Any]:
    options: dict[str, Any] = {
        "trim_blocks": True,
        "lstrip_blocks": True,
        "autoescape": True,
        "finalize": printable,
        "extensions": [],
    }
    if template_cache_dir is not None:
        cache = TemplateCache(template_cache_dir, options)
        cache.prune()
        options["bytecode_cache"] = cache
    return options


@pass_context
def link(context, target: str | None) -> str:
    """A site path (``projects/``) made relative to the page being written; addresses unchanged."""
    if not target:
        target = ""
    if "://" in target or target.startswith(("mailto:", "#")):
        return target
    return f"{context.get('SITEURL', '')}/{target}"


_ROOT_LINK = re.compile(r'\b(href|src)="/(?!/)')


@pass_context
def site_links(context, html: str) -> Markup:
    """Make ``href="/projects/"`` in the user's Markdown point into the site, at any depth.

    profile.yaml and posts may link to pages of the site from its root; written as is, such
    links would break when the site lives under a path (``https://ada.github.io/portfolio/``).
    ``html`` is already-safe HTML (sanitised Markdown, or the user's own post).
    """
    base = context.get("SITEURL", "")
    return Markup(_ROOT_LINK.sub(lambda m: f'{m.group(1)}="{base}/', str(html)))


def date_text(value: Any) -> str:
    """A date for people: ``3 May 2024``; accepts ISO text or a datetime."""
    if isinstance(value, datetime.datetime | datetime.date):
        value = value.strftime("%Y-%m-%d")
    return format_date(str(value)[:10]) if value else ""


def article_ld(article: Any, site: Any) -> Markup:
    """JSON-LD (``BlogPosting``) for one of the user's posts."""
    return seo.json_ld(
        seo.prune(
            {
                "@type": "BlogPosting",
                "headline": article.title,
                "datePublished": article.date.date().isoformat(),
                "url": site.absolute(article.url),
                "keywords": [tag.name for tag in getattr(article, "tags", [])],
                "description": plain_text(getattr(article, "summary", "")),
                "author": {"@type": "Person", "name": site.person.name, "url": site.absolute("")},
            }
        )
    )
