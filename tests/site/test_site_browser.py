"""The built sample site in a real headless Chromium: every page, both themes.

Each page is opened from a local server on 127.0.0.1 (every other request is blocked), shot at
desktop and phone sizes, and checked with axe-core against WCAG 2.1 AA in the light scheme plus
the colour-contrast rule again in the dark one; every internal link must answer 200.
"""

from __future__ import annotations

import functools
import http.server
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urldefrag, urljoin, urlsplit

import pytest
from sample_site import copy_sample, html_pages

from portfolio.site.build import build_site

pytestmark = pytest.mark.browser

LAUNCH_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
DESKTOP = {"width": 1280, "height": 900}
MOBILE = {"width": 390, "height": 844}
# Pages also shot whole at desktop size, to judge the design by eye.
FULL_SHOTS = {"index.html", "projects/index.html", "projects/tabcheck/index.html", "cv/index.html"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args):
        return


@pytest.fixture(scope="module", params=["default", "academic"])
def served_site(request, tmp_path_factory) -> Iterator[tuple[str, Path, str]]:
    theme = request.param
    tmp = tmp_path_factory.mktemp(f"browser-{theme}")
    build_site(copy_sample(tmp), tmp / "site", theme=theme)
    handler = functools.partial(_Quiet, directory=str(tmp / "site"))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", tmp / "site", theme
    finally:
        server.shutdown()
        server.server_close()


def _page_url(base: str, site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix()
    if relative.endswith("index.html"):
        relative = relative[: -len("index.html")]
    return f"{base}/{relative}"


def _describe(violations: list[dict]) -> list[str]:
    lines = []
    for violation in violations:
        for node in violation["nodes"][:5]:
            target = " ".join(str(t) for t in node["target"])
            lines.append(
                f"{violation['id']} ({violation['impact']}): {violation['help']} at {target}"
            )
    return lines


def test_every_page_passes_axe_and_every_internal_link_resolves(
    served_site, chromium_executable, axe_source, tmp_path
) -> None:
    from playwright.sync_api import sync_playwright

    base, site, theme = served_site
    pages = [p for p in html_pages(site) if p.name != "404.html"] + [site / "404.html"]
    problems: list[str] = []
    links: set[str] = set()
    blocked: set[str] = set()

    def only_local(route) -> None:
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            blocked.add(route.request.url)
            route.abort()

    def axe(page, name: str, options: dict) -> None:
        result = page.evaluate("options => axe.run(document, options)", options)
        problems.extend(f"{name}: {line}" for line in _describe(result["violations"]))

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_executable, args=LAUNCH_ARGS)
        try:
            desktop = browser.new_context(viewport=DESKTOP, bypass_csp=True)
            mobile = browser.new_context(viewport=MOBILE, color_scheme="dark", bypass_csp=True)
            for context in (desktop, mobile):
                context.route("**/*", only_local)
            on_desktop, on_mobile = desktop.new_page(), mobile.new_page()
            for path in pages:
                relative = path.relative_to(site).as_posix()
                name = f"{theme}/{relative}"
                shot = tmp_path / theme / relative.replace("/", "_")
                url = _page_url(base, site, path)
                response = on_desktop.goto(url)
                if path.name != "404.html" and (response is None or response.status != 200):
                    problems.append(f"{name}: HTTP {response and response.status}")
                    continue
                on_desktop.emulate_media(color_scheme="light")
                on_desktop.add_script_tag(content=axe_source)  # stays for both runs below
                on_desktop.screenshot(path=f"{shot}.desktop.png", full_page=relative in FULL_SHOTS)
                axe(on_desktop, f"{name} (light)", {"runOnly": {"type": "tag", "values": AXE_TAGS}})
                on_desktop.emulate_media(color_scheme="dark")
                axe(
                    on_desktop,
                    f"{name} (dark)",
                    {"runOnly": {"type": "rule", "values": ["color-contrast"]}},
                )
                hrefs = on_desktop.eval_on_selector_all(
                    "a[href], link[href]:not([rel=canonical])", "els => els.map(e => e.href)"
                )
                links.update(urldefrag(h).url for h in hrefs if h.startswith(base))
                if relative == "cv/index.html":
                    _check_print(on_desktop, name, f"{shot}.print.png", problems)
                on_mobile.goto(url)
                on_mobile.screenshot(path=f"{shot}.mobile.png")
        finally:
            browser.close()

    for link in sorted(links):
        try:
            with urllib.request.urlopen(urljoin(base, link)) as answer:
                status = answer.status
        except urllib.error.HTTPError as exc:
            status = exc.code
        if status != 200:
            problems.append(f"{theme}: broken internal link {link} ({status})")
    assert len(links) > 40, "the link check found suspiciously few links"
    assert not problems, "\n".join(problems)


def _check_print(page, name: str, shot: str, problems: list[str]) -> None:
    """The CV prints as a document: no navigation, no footer, the CV itself visible."""
    page.emulate_media(media="print", color_scheme="light")
    chrome_hidden = page.eval_on_selector_all(
        ".site-nav, .site-footer, .skip", "els => els.every(e => e.offsetParent === null)"
    )
    cv_shown = page.eval_on_selector(".cv", "e => e.offsetParent !== null")
    if not (chrome_hidden and cv_shown):
        problems.append(f"{name} (print): navigation or footer printed, or the CV hidden")
    page.screenshot(path=shot, full_page=True)
    page.emulate_media(media="screen")
