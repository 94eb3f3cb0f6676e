"""A README's pictures for one colour scheme, in a real headless Chromium.

GitHub shows an image whose address ends in ``#gh-dark-mode-only`` only in the dark scheme and
one ending in ``#gh-light-mode-only`` only in the light one (Flux.jl's two logos). A project
page must do the same, whether the scheme comes from the visitor's system or from
``site.color_scheme`` in profile.yaml (the ``data-scheme`` attribute).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from portfolio.readme import render_readme
from portfolio.snapshot import Readme, Repo

pytestmark = pytest.mark.browser

THEMES = Path(__file__).resolve().parents[2] / "themes"
README = (
    '<p align="center">\n'
    '  <img alt="Flux" src="docs/logo.png#gh-light-mode-only" width="400">\n'
    '  <img alt="Flux" src="docs/logo-dark.png#gh-dark-mode-only" width="400">\n'
    "</p>\n\n"
    "Flux is an elegant approach to machine learning.\n\n"
    "![Plot](docs/plot.png)\n\n"
    # A linked logo per scheme: the link of the hidden one is hidden too (no empty tab stop).
    '<a href="https://fluxml.ai/dark"><img alt="Site" src="site-dark.png#gh-dark-mode-only"></a>\n'
    '<a href="https://fluxml.ai/light"><img alt="Site" src="site.png#gh-light-mode-only"></a>\n'
)


def _page(theme: str, scheme: str | None) -> str:
    sheets = ["style.css"] if theme == "default" else ["style.css", "academic.css"]
    css = "\n".join(
        (
            THEMES / ("default" if name == "style.css" else theme) / "static" / "css" / name
        ).read_text(encoding="utf-8")
        for name in sheets
    )
    html = render_readme(
        Readme("README.md", "markdown", README), Repo(name="Flux.jl", owner="FluxML")
    ).html
    attribute = f' data-scheme="{scheme}"' if scheme else ""
    return (
        f'<!doctype html><html lang="en"{attribute}><head><style>{css}</style></head>'
        f'<body><main><div class="readme prose">{html}</div></main></body></html>'
    )


@pytest.mark.parametrize("theme", ["default", "academic"])
@pytest.mark.parametrize(
    ("system", "scheme", "shown"),
    [
        ("light", None, "light"),
        ("dark", None, "dark"),
        # profile.yaml's colour scheme wins over the visitor's system.
        ("dark", "light", "light"),
        ("light", "dark", "dark"),
    ],
)
def test_only_the_picture_for_the_scheme_in_use_is_shown(
    chromium_executable, theme: str, system: str, scheme: str | None, shown: str
) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=chromium_executable, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            page = browser.new_page(color_scheme=system)
            page.route("**/*", lambda route: route.abort())  # the images need not load
            page.set_content(_page(theme, scheme))
            visible = page.eval_on_selector_all(
                ".readme img",
                "imgs => imgs.filter(i => getComputedStyle(i).display !== 'none')"
                ".map(i => i.getAttribute('src'))",
            )
            # What the keyboard reaches: a link hidden with display:none is skipped.
            links = page.eval_on_selector_all(
                ".readme a",
                "as => as.filter(a => a.getClientRects().length > 0).map(a => a.href)",
            )
        finally:
            browser.close()
    logo = "logo.png#gh-light-mode-only" if shown == "light" else "logo-dark.png#gh-dark-mode-only"
    site = "site.png#gh-light-mode-only" if shown == "light" else "site-dark.png#gh-dark-mode-only"
    assert visible == [
        f"https://raw.githubusercontent.com/FluxML/Flux.jl/HEAD/docs/{logo}",
        "https://raw.githubusercontent.com/FluxML/Flux.jl/HEAD/docs/plot.png",
        f"https://raw.githubusercontent.com/FluxML/Flux.jl/HEAD/{site}",
    ]
    assert links == [f"https://fluxml.ai/{shown}"]
