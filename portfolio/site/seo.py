"""What search engines and link previews read: JSON-LD, the sitemap and robots.txt.

JSON-LD is the one ``<script>`` our pages carry (a data block, never executed). It is written
with ``json.dumps`` and ``<``, ``>`` and ``&`` escaped, so no string from a profile or a README
can close the element early.
"""

from __future__ import annotations

import json
from typing import Any
from xml.sax.saxutils import escape as xml_escape

from markupsafe import Markup

_JSON_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026"}


def json_ld(data: dict[str, Any]) -> Markup:
    """``data`` as the body of a ``<script type="application/ld+json">`` element."""
    text = json.dumps({"@context": "https://schema.org", **data}, ensure_ascii=False, indent=1)
    for char, code in _JSON_ESCAPES.items():
        text = text.replace(char, code)
    # U+2028/9 are valid JSON but end a line in some script parsers.
    text = text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
    return Markup(text)


def prune(data: dict[str, Any]) -> dict[str, Any]:
    """Drop empty values so the JSON-LD says only what we know."""
    return {k: v for k, v in data.items() if v not in (None, "", [], (), {})}


def sitemap_xml(urls: list[tuple[str, str | None]]) -> str:
    """A sitemap of absolute ``urls`` with optional ``lastmod`` dates, in the given order."""
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ]
    for loc, lastmod in urls:
        entry = f"  <url><loc>{xml_escape(loc)}</loc>"
        if lastmod:
            entry += f"<lastmod>{xml_escape(lastmod)}</lastmod>"
        lines.append(entry + "</url>")
    lines.append("</urlset>")
    return "\n".join(lines) + "\n"


def robots_txt(base_url: str) -> str:
    return f"User-agent: *\nAllow: /\n\nSitemap: {base_url}/sitemap.xml\n"
