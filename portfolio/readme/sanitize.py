"""Make README HTML safe to embed, and point its relative links and images at GitHub.

nh3 (the Rust ``ammonia`` sanitiser) keeps a GitHub-like allowlist of tags and attributes: no
scripts, styles, frames, forms, ``<base>`` or ``<meta>``, no event handlers, and only http,
https and mailto addresses. Its attribute filter then rewrites what it let through: relative
links to ``github.com/OWNER/REPO/blob/BRANCH/path``, relative images (``src`` and every
``srcset`` candidate) to ``raw.githubusercontent.com``, and in-page ``#anchors`` to the
``user-content-`` ids the sanitiser gives every element, so they cannot clash with the page's.
A path that climbs out of the branch leads where it leads from the README's page on GitHub:
``../../issues`` to the repository's issues, ``../assets/demo.gif`` to a file of the branch
``assets``.
"""

from __future__ import annotations

import posixpath
import re
from urllib.parse import quote, urlsplit

import nh3
from pygments.token import STANDARD_TYPES

from portfolio.snapshot import Repo

ID_PREFIX = "user-content-"

TAGS = {
    "a", "abbr", "aside", "b", "bdi", "bdo", "blockquote", "br", "caption", "cite", "code", "col",
    "colgroup", "dd", "del", "details", "dfn", "div", "dl", "dt", "em", "figcaption", "figure",
    "h1", "h2", "h3", "h4", "h5", "h6", "hr", "i", "img", "input", "ins", "kbd", "li", "mark",
    "ol", "p", "picture", "pre", "q", "rp", "rt", "ruby", "s", "samp", "section", "small",
    "source", "span", "strike", "strong", "sub", "summary", "sup", "table", "tbody", "td",
    "tfoot", "th", "thead", "time", "tr", "tt", "u", "ul", "var", "wbr",
}  # fmt: skip

# Dropped with everything inside them (the rest keep their text when their tag is dropped).
DROP_WITH_CONTENT = {"script", "style", "template", "noscript", "iframe", "object", "embed"}

ATTRIBUTES = {
    "*": {"id", "title", "lang", "dir", "align"},
    "a": {"href", "hreflang", "name"},
    "img": {"src", "srcset", "alt", "width", "height", "loading"},
    "source": {"srcset", "media", "type", "width", "height"},
    "input": {"checked", "disabled", "aria-label"},
    "td": {"colspan", "rowspan", "style"},
    "th": {"colspan", "rowspan", "scope", "style"},
    "ol": {"start", "reversed", "type"},
    "li": {"value"},
    "details": {"open"},
    "blockquote": {"cite"},
    "q": {"cite"},
    "del": {"cite", "datetime"},
    "ins": {"cite", "datetime"},
    "time": {"datetime"},
}

# Only checkboxes (task lists) among inputs; they are also always disabled below.
TAG_ATTRIBUTE_VALUES = {"input": {"type": {"checkbox"}}}
SET_ATTRIBUTES = {"img": {"loading": "lazy"}, "input": {"disabled": ""}}

ALERT_KINDS = ("note", "tip", "important", "warning", "caution")
# reStructuredText admonition -> the GitHub alert it is shown as.
RST_ADMONITIONS = {
    "note": "note",
    "tip": "tip",
    "hint": "tip",
    "important": "important",
    "warning": "warning",
    "attention": "warning",
    "caution": "caution",
    "danger": "caution",
    "error": "caution",
}

CLASSES = {
    "div": {"highlight", "footnote", "markdown-alert"}
    | {f"markdown-alert-{k}" for k in ALERT_KINDS},
    "span": {c for c in STANDARD_TYPES.values() if c} | {"task-list-indicator"},
    "ul": {"task-list"},
    "ol": {"task-list"},
    "li": {"task-list-item"},
    "a": {"footnote-ref", "footnote-backref", "magiclink"},
    "pre": {"code", "literal-block", "highlight"},
    # reStructuredText admonitions and footnotes (docutils), reshaped by ``structure``.
    "aside": {"admonition", "footnote", "footnote-list"} | set(RST_ADMONITIONS),
    "p": {"markdown-alert-title", "admonition-title"},
}  # fmt: skip

URL_SCHEMES = {"http", "https", "mailto"}

_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
SAFE_SCHEMES = ("http", "https", "mailto")
_C0_AND_SPACE = "".join(chr(code) for code in range(0x21))


def sanitize(html: str, repo: Repo, readme_path: str) -> str:
    """Safe HTML for ``html`` rendered from ``readme_path`` of ``repo``."""
    rewriter = _UrlRewriter(repo, readme_path)
    return nh3.clean(
        html,
        tags=TAGS,
        clean_content_tags=DROP_WITH_CONTENT,
        attributes=ATTRIBUTES,
        attribute_filter=rewriter,
        strip_comments=True,
        link_rel="nofollow noopener",
        tag_attribute_values=TAG_ATTRIBUTE_VALUES,
        set_tag_attribute_values=SET_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        allowed_classes=CLASSES,
        filter_style_properties={"text-align"},
        id_prefix=ID_PREFIX,
    )


def browser_view(url: str) -> str:
    """The URL as a browser's parser sees it: C0 controls and spaces trimmed at both ends,
    tabs and newlines removed anywhere (so "java\tscript:" is a javascript: URL)."""
    return re.sub(r"[\t\n\r]", "", url.strip(_C0_AND_SPACE))


def scheme_of(url: str) -> str | None:
    match = _SCHEME.match(browser_view(url))
    return match.group(1).lower() if match else None


def is_absolute_http(url: str) -> bool:
    return bool(re.match(r"^https?://[^/\\]", browser_view(url), re.IGNORECASE))


def _has_scheme(url: str) -> bool:
    return scheme_of(url) is not None


class _UrlRewriter:
    """nh3's attribute filter: called for every kept attribute, after nh3's own URL checks.

    What it returns is not checked again, so every value it builds is either one nh3 already
    accepted, an https address of our making, or an in-page ``#anchor``.
    """

    def __init__(self, repo: Repo, readme_path: str) -> None:
        # Branch names may hold slashes (`release/1.0`); GitHub's URLs take them as they are.
        branch = quote(repo.default_branch or "HEAD", safe="/")
        owner, name = quote(repo.owner, safe=""), quote(repo.name, safe="")
        self.blob = f"https://github.com/{owner}/{name}/blob/{branch}/"
        self.raw = f"https://raw.githubusercontent.com/{owner}/{name}/{branch}/"
        self.folder = posixpath.dirname(readme_path.strip("/"))
        # Where the README's page sits on github.com, unquoted, for paths that climb out of
        # the branch: `../../issues` is the repository's issues page, `../assets/x.png` the
        # file x.png on the branch `assets` (lazygit keeps its images there).
        self.repo_page = f"/{repo.owner}/{repo.name}"
        self.branch_page = f"{self.repo_page}/blob/{repo.default_branch or 'HEAD'}"

    def __call__(self, tag: str, attribute: str, value: str) -> str | None:
        if attribute == "href":
            return self.href(value)
        if attribute == "src":
            return self.url(value, self.raw)
        if attribute == "srcset":
            return self.srcset(value)
        if attribute == "name":
            # Old-style `<a name="x">` anchors: prefixed like ids, so `#x` links still land.
            return value if value.startswith(ID_PREFIX) else ID_PREFIX + value
        if attribute == "cite":
            return value if is_absolute_http(value) else None
        return value

    def href(self, value: str) -> str | None:
        stripped = value.strip()
        if stripped.startswith("#"):
            fragment = stripped[1:]
            if not fragment or fragment.startswith(ID_PREFIX):
                return stripped
            return "#" + ID_PREFIX + fragment
        return self.url(value, self.blob)

    def url(self, value: str, base: str) -> str | None:
        scheme = scheme_of(value)
        if scheme is not None:
            # nh3 has already refused other schemes; checking again costs nothing.
            return value if scheme in SAFE_SCHEMES else None
        return self.resolve(value, base)

    def resolve(self, value: str, base: str) -> str | None:
        """A relative URL as an address in the repository (None when it cannot be one)."""
        value = browser_view(value)
        if value.startswith(("//", "\\\\", "/\\", "\\/")) or _has_scheme(value):
            return None  # protocol-relative: another site, with no scheme we can vouch for
        parts = urlsplit(value)
        path = parts.path
        # GitHub reads /path in a README as the repository's root.
        joined = path if path.startswith("/") else posixpath.join(self.folder, path)
        normalised = posixpath.normpath("/" + joined).lstrip("/")
        if normalised in ("", "."):
            normalised = ""
        url = base + quote(normalised, safe="/-_.~%!$&'()*+,;=:@")
        if not path.startswith("/") and ".." in path:
            url = self.above_branch(joined, base) or url
        if parts.query:
            url += "?" + quote(parts.query, safe="=&%+-_.~")
        if parts.fragment:
            url += "#" + quote(parts.fragment, safe="-_.~%")
        return url

    def above_branch(self, joined: str, base: str) -> str | None:
        """Where a path that climbs out of the branch leads from the README's page on
        github.com, as a browser resolves it there; None when it stays in the branch."""
        landed = posixpath.normpath(f"{self.branch_page}/{joined}")
        if landed == self.branch_page or landed.startswith(self.branch_page + "/"):
            return None
        safe = "/-_.~%!$&'()*+,;=:@"
        ref_and_path = landed.removeprefix(f"{self.repo_page}/blob/")
        if ref_and_path != landed:
            if "/" not in ref_and_path:
                return None  # a branch name without a file: read as a path in this branch
            if base == self.raw:
                # A file on another branch, shown as an image: its raw file, as on GitHub.
                return f"{self.raw.rsplit('/', 2)[0]}/{quote(ref_and_path, safe=safe)}"
        elif landed == f"{self.repo_page}/blob":
            return None
        return "https://github.com" + quote(landed, safe=safe)

    def srcset(self, value: str) -> str | None:
        """Each ``URL [descriptor]`` candidate rewritten; unsafe candidates are dropped."""
        kept = []
        for url, descriptor in _srcset_candidates(value):
            if _has_scheme(url):
                resolved = url if is_absolute_http(url) else None
            else:
                resolved = self.resolve(url, self.raw)
            if resolved is None:
                continue
            if descriptor and not re.fullmatch(r"\d+(\.\d+)?[wx]", descriptor):
                descriptor = ""
            # A comma inside a URL would split the candidate for the browser: encode it.
            kept.append(" ".join(filter(None, [resolved.replace(",", "%2C"), descriptor])))
        return ", ".join(kept) or None


def _srcset_candidates(value: str) -> list[tuple[str, str]]:
    """``srcset`` split as browsers split it: a URL runs to the next space, so a ``data:``
    URL's own comma does not start a new candidate; a trailing comma ends the candidate."""
    candidates = []
    position, length = 0, len(value)
    while position < length:
        while position < length and (value[position].isspace() or value[position] == ","):
            position += 1
        start = position
        while position < length and not value[position].isspace():
            position += 1
        url = value[start:position]
        if not url:
            break
        descriptor = ""
        if url.endswith(","):
            url = url.rstrip(",")
        else:
            end = value.find(",", position)
            end = length if end < 0 else end
            descriptor = value[position:end].strip()
            position = end + 1
        candidates.append((url, descriptor))
    return candidates
