"""Page weight of the built site in each theme: bytes and requests of a first visit.

    .venv/bin/python benchmarks/page_weight.py                        # sample profile, all themes
    .venv/bin/python benchmarks/page_weight.py --themes academic
    .venv/bin/python benchmarks/page_weight.py --profile my-site      # your own profile folder

For each theme the profile is built (``portfolio.site.build_site``) into a temporary folder,
then two pages are weighed: the home page and the heaviest project page. For each page:

- **bytes** of its HTML, of the stylesheets it links (``@import`` followed) and of JavaScript
  (``<script src>`` files and inline scripts; JSON-LD is data, not script, and counts as
  HTML), raw and gzipped one file at a time (level 6, as web servers send them);
- **requests** a first visit with an empty cache makes, by kind (HTML, CSS, JS, image, font,
  icon, other) and by origin: same-origin (the site itself) or third-party (badges, README
  images on GitHub). Every ``<img>`` counts once (a browser fetches one ``srcset``
  candidate), lazy ones too (they load when scrolled to); a page without
  ``<link rel="icon">`` counts the ``/favicon.ico`` browsers ask for anyway; fonts and
  images named by same-origin stylesheets count as CSS-driven requests.

The goal (issue 5 and 6): the home page's HTML + CSS under 50 KB before images, and no
JavaScript at all.
"""

from __future__ import annotations

import argparse
import gzip
import re
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

GOAL_HOME_BYTES = 50_000  # HTML + CSS of the home page, before images
KINDS = ("html", "css", "js", "image", "font", "icon", "other")
JS_TYPES = {"", "text/javascript", "application/javascript", "module"}
_CSS_URL = re.compile(r"""url\(\s*(['"]?)([^'")]+)\1\s*\)""")
_CSS_IMPORT = re.compile(r"""@import\s+(?:url\()?\s*['"]?([^'")\s;]+)""")
_FONT_FACE = re.compile(r"@font-face\s*{[^}]*}", re.S)


@dataclass
class PageWeight:
    """What a first visit to one page downloads."""

    page: str
    bytes_raw: Counter = field(default_factory=Counter)
    """Per kind (``html``, ``css``, ``js``, ``image``): bytes of same-origin files."""
    bytes_gzip: Counter = field(default_factory=Counter)
    requests: Counter = field(default_factory=Counter)
    """Per (kind, ``same`` or ``third``): how many requests."""
    third_party_hosts: set[str] = field(default_factory=set)

    @property
    def html_css_raw(self) -> int:
        return self.bytes_raw["html"] + self.bytes_raw["css"]

    @property
    def html_css_gzip(self) -> int:
        return self.bytes_gzip["html"] + self.bytes_gzip["css"]

    def count(self, origin: str) -> int:
        return sum(n for (_kind, where), n in self.requests.items() if where == origin)


def weigh_page(site: Path, page: str, base_url: str) -> PageWeight:
    """Weigh ``page`` (a path inside ``site``, e.g. ``index.html``) as served at ``base_url``."""
    weight = PageWeight(page)
    page_url = urljoin(base_url.rstrip("/") + "/", page)
    html_bytes = (site / page).read_bytes()
    weight.requests["html", "same"] += 1
    _add_bytes(weight, "html", html_bytes)
    soup = BeautifulSoup(html_bytes, "html.parser")
    seen: set[str] = set()

    def request(kind: str, url: str, *, follow_css: bool = False) -> None:
        absolute = urljoin(page_url, url)
        if absolute in seen or absolute.startswith("data:"):
            return  # one fetch per address; data: URLs are already in the bytes
        seen.add(absolute)
        local = _local_file(site, base_url, absolute)
        origin = "same" if local is not None or _same_origin(base_url, absolute) else "third"
        weight.requests[kind, origin] += 1
        if origin == "third":
            weight.third_party_hosts.add(urlsplit(absolute).netloc)
        if local is not None and local.is_file() and kind != "icon":
            data = local.read_bytes()
            _add_bytes(weight, kind, data)
            if follow_css:
                for sub_kind, sub_url in css_references(data.decode("utf-8", "replace")):
                    # url() in a stylesheet is relative to the stylesheet, not the page.
                    nested = urljoin(absolute, sub_url)
                    request(sub_kind, nested, follow_css=sub_kind == "css")

    has_icon = False
    for link in soup.find_all("link", href=True):
        rel = {r.lower() for r in link.get("rel", [])}
        if "stylesheet" in rel:
            request("css", link["href"], follow_css=True)
        elif rel & {"icon", "apple-touch-icon", "mask-icon"}:
            has_icon = True
            request("icon", link["href"])
        elif rel & {"preload", "modulepreload", "prefetch"}:
            kind = {"style": "css", "script": "js", "font": "font", "image": "image"}
            request(kind.get(link.get("as", ""), "other"), link["href"])
        elif "manifest" in rel:
            request("other", link["href"])
    for script in soup.find_all("script"):
        if script.get("src"):
            request("js", script["src"])
        elif script.get("type", "").lower() in JS_TYPES:
            _add_bytes(weight, "js", script.get_text().encode())
    for image in soup.find_all(["img", "input"]):
        if image.name == "input" and image.get("type") != "image":
            continue
        source = image.get("src") or _first_srcset(image.get("srcset", ""))
        if source:
            request("image", source)
    for tag, attr in (("video", "poster"), ("iframe", "src"), ("embed", "src"), ("object", "data")):
        for element in soup.find_all(tag):
            if element.get(attr):
                request("image" if attr == "poster" else "other", element[attr])
    if not has_icon:
        request("icon", "/favicon.ico")  # browsers ask for it when the page names none
    return weight


def css_references(css: str) -> list[tuple[str, str]]:
    """(kind, url) of what a stylesheet makes the browser fetch: imports, fonts, images."""
    refs = [("css", url) for url in _CSS_IMPORT.findall(css)]
    font_blocks = _FONT_FACE.findall(css)
    fonts = {url for block in font_blocks for _q, url in _CSS_URL.findall(block)}
    without_fonts = _FONT_FACE.sub("", _CSS_IMPORT.sub("", css))
    refs += [("font", url) for url in sorted(fonts)]
    refs += [("image", url) for _q, url in _CSS_URL.findall(without_fonts)]
    return refs


def _first_srcset(srcset: str) -> str:
    return srcset.split(",")[0].strip().split(" ")[0] if srcset.strip() else ""


def _add_bytes(weight: PageWeight, kind: str, data: bytes) -> None:
    weight.bytes_raw[kind] += len(data)
    weight.bytes_gzip[kind] += len(gzip.compress(data, compresslevel=6, mtime=0))


def _same_origin(base_url: str, url: str) -> bool:
    base, other = urlsplit(base_url), urlsplit(url)
    return (base.scheme, base.netloc) == (other.scheme, other.netloc)


def _local_file(site: Path, base_url: str, url: str) -> Path | None:
    """The built file a same-origin URL is served from, or None for another origin."""
    if not _same_origin(base_url, url):
        return None
    base_path = urlsplit(base_url).path.rstrip("/")
    path = urlsplit(url).path
    if not path.startswith(base_path + "/"):
        return None
    relative = PurePosixPath(path[len(base_path) + 1 :])
    if not relative.parts or path.endswith("/"):
        relative = relative / "index.html"
    return site.joinpath(*relative.parts)


def heaviest_project_page(site: Path) -> str:
    """The project page with the most HTML (``projects/<slug>/index.html``)."""
    pages = [
        p
        for p in site.glob("projects/*/index.html")
        if p.parent.name not in ("topics", "languages")
    ]
    if not pages:
        raise SystemExit(f"{site}: the site has no project page to weigh")
    heaviest = max(pages, key=lambda p: (p.stat().st_size, p.as_posix()))
    return heaviest.relative_to(site).as_posix()


def weigh_theme(profile: Path, theme: str, output: Path) -> tuple[str, list[PageWeight]]:
    from portfolio.site.build import build_site

    result = build_site(profile, output, theme=theme)
    pages = ["index.html", heaviest_project_page(output)]
    return result.base_url, [weigh_page(output, page, result.base_url) for page in pages]


def _kb(n: int) -> str:
    return f"{n / 1000:.1f}"


def main(argv: list[str] | None = None) -> int:
    from portfolio.site.themes import bundled_themes

    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0], formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--profile",
        type=Path,
        default=ROOT / "sample-profile",
        help="the profile folder to build (default: the sample profile)",
    )
    parser.add_argument(
        "--themes",
        default=",".join(bundled_themes()),
        help="comma-separated theme names or folders (default: %(default)s)",
    )
    args = parser.parse_args(argv)

    print("Bytes in KB (1 KB = 1000 bytes); gzip level 6, per file; images not included.\n")
    header = (
        f"{'theme':<10} {'page':<40} | {'HTML':>6} {'CSS':>6} {'JS':>5} {'H+C':>6} | "
        f"{'gz HTML':>7} {'gz CSS':>6} {'gz H+C':>6} | {'requests':>8} {'same':>4} {'3rd':>4}"
    )
    print(header)
    print("-" * len(header))
    results = []
    for theme in args.themes.split(","):
        with tempfile.TemporaryDirectory() as tmp:
            _base_url, weights = weigh_theme(args.profile, theme, Path(tmp, "site"))
        for w in weights:
            same, third = w.count("same"), w.count("third")
            print(
                f"{theme:<10} {w.page:<40} | {_kb(w.bytes_raw['html']):>6} "
                f"{_kb(w.bytes_raw['css']):>6} {_kb(w.bytes_raw['js']):>5} "
                f"{_kb(w.html_css_raw):>6} | {_kb(w.bytes_gzip['html']):>7} "
                f"{_kb(w.bytes_gzip['css']):>6} {_kb(w.html_css_gzip):>6} | "
                f"{same + third:>8} {same:>4} {third:>4}"
            )
        results.append((theme, weights))
    print()
    print("Requests of a first visit, by kind (same-origin + third-party):")
    for theme, weights in results:
        for w in weights:
            kinds = ", ".join(
                f"{kind} {w.requests[kind, 'same']}+{w.requests[kind, 'third']}"
                for kind in KINDS
                if w.requests[kind, "same"] or w.requests[kind, "third"]
            )
            hosts = f" (third-party: {', '.join(sorted(w.third_party_hosts))})" * bool(
                w.third_party_hosts
            )
            print(f"  {theme} {w.page}: {kinds}{hosts}")
    print()
    for theme, weights in results:
        home = weights[0]
        verdict = "met" if home.html_css_raw < GOAL_HOME_BYTES else "MISSED"
        print(
            f"{theme}: home HTML+CSS {home.html_css_raw:,} bytes "
            f"(goal < {GOAL_HOME_BYTES:,}: {verdict}), "
            f"JavaScript {sum(w.bytes_raw['js'] for w in weights)} bytes on the pages weighed"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
