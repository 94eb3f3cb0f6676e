"""What the hostile-input tests share: a private sample profile, the CLI run in-process under a
hang guard, byte-for-byte folder pictures, and one judge of "could this HTML run code?"."""

from __future__ import annotations

import contextlib
import io
import re
import shutil
import signal
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from bs4 import BeautifulSoup, XMLParsedAsHTMLWarning

from portfolio import cli

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE = REPO_ROOT / "sample-profile"
HANG_GUARD_SECONDS = 120
"""Not a timing assertion: only a command that would hang CI fails on it."""

# Strings an attacker would put in any text field. Each one targets a different reader: the
# browser (HTML, URLs), GitHub's Markdown (links, images, mentions), the terminal (escape
# sequences), and the eye (a right-to-left override turns `evil<U+202E>gnp.exe` into
# `evilexe.png`).
HOSTILE_STRINGS = {
    "html": '<img src=x onerror=alert(1)><script>alert("s")</script>',
    "closing_script": "</script><script>alert(2)</script>",
    "attribute_break": '" onmouseover="alert(3)" x="',
    "markdown_link": "[click](javascript:alert(4)) ![pixel](https://evil.example/p.png)",
    "mention": "@octocat and @github/security",
    "entity": "&#x202E;&lt;script&gt;",
    "backticks": "``` `<img src=x onerror=alert(5)>` \\`<b>x</b>`",
    "rtl_override": "evil\u202egnp.exe",
    "terminal": "\x1b[2J\x1b[31mred\x07",
    "nul": "a\x00b",
    "emoji": "🚀✨ 👩🏽‍💻",
}
BIDI_AND_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
"""What must not reach a terminal or a report (tab and newline are fine)."""


def copy_sample(tmp: Path, name: str = "profile") -> Path:
    """A private copy of sample-profile/ that a test may change."""
    target = tmp / name
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("output", ".cache"))
    return target


def tree(folder: Path) -> dict[str, bytes]:
    """Every file (and symlink target) under ``folder`` by relative path, with its bytes."""
    if not folder.exists():
        return {}
    picture = {}
    for path in sorted(folder.rglob("*")):
        key = str(path.relative_to(folder))
        if path.is_symlink():
            picture[key] = b"-> " + str(path.readlink()).encode()
        elif path.is_file():
            picture[key] = path.read_bytes()
    return picture


class HangError(AssertionError):
    """Raised inside the code under test when it runs past the hang guard."""


@contextlib.contextmanager
def hang_guard(seconds: int = HANG_GUARD_SECONDS) -> Iterator[None]:
    """Fail (instead of blocking CI) when the body runs longer than ``seconds``."""
    if threading.current_thread() is not threading.main_thread():
        yield  # signals only reach the main thread; pytest runs tests there
        return

    def _expired(_signum, _frame):
        raise HangError(f"still running after {seconds} s: a hang, not a slow test")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@dataclass(frozen=True)
class Run:
    code: int
    out: str
    err: str

    @property
    def printed(self) -> str:
        return self.out + self.err


def run_cli(*argv: str | Path) -> Run:
    """``portfolio ARGV`` in-process: its exit code and what it printed, under the hang guard."""
    out, err = io.StringIO(), io.StringIO()
    with hang_guard(), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = cli.main([str(a) for a in argv])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else 1
    return Run(int(code), out.getvalue(), err.getvalue())


# --- could this HTML run code? --------------------------------------------------------------

_URL_ATTRIBUTES = {
    "href", "src", "srcset", "action", "formaction", "poster", "data", "background", "cite",
    "xlink:href", "ping", "longdesc", "manifest", "codebase",
}  # fmt: skip
_ACTIVE_TAGS = {
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "form",
    "svg", "math", "template", "portal",
}  # fmt: skip
_BAD_SCHEME = re.compile(r"^(javascript|vbscript|data|file):", re.IGNORECASE)
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\u2060\ufeff]")


def executable_parts(html: str) -> list[str]:
    """Everything in ``html`` that could run code, load a page or phone home on its own.

    Parsed with BeautifulSoup, as a browser would build the tree, so a `<scr<script>ipt>` trick
    or an attribute in odd case is judged by what it becomes, not by how the text looks.
    JSON-LD (`<script type="application/ld+json">`) is data, not code, and allowed.
    """
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        soup = BeautifulSoup(html, "html.parser")
    found = []
    for tag in soup.find_all(True):
        name = tag.name.lower()
        if name == "script" and (tag.get("type") or "").lower() == "application/ld+json":
            if "</script" in tag.get_text().lower():
                found.append("JSON-LD closes its script element")
            continue
        if name in _ACTIVE_TAGS:
            found.append(f"<{name}>")
        if name == "meta" and (tag.get("http-equiv") or "").lower() == "refresh":
            found.append("<meta http-equiv=refresh>")
        for attribute, value in tag.attrs.items():
            attribute = attribute.lower()
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attribute.startswith("on"):
                found.append(f"<{name} {attribute}=...>")
            if attribute in _URL_ATTRIBUTES:
                for candidate in text.split(",") if attribute == "srcset" else [text]:
                    url = _INVISIBLE.sub("", candidate)
                    if _BAD_SCHEME.match(url):
                        found.append(f"<{name} {attribute}={candidate.strip()[:40]!r}>")
    return found
