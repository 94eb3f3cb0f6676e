"""The documentation's links lead somewhere and its example commands are real.

- Every relative link in README.md and docs/*.md points to a file of the repository, and its
  ``#anchor``, when the target is one of our Markdown files, to a heading (slugged as GitHub
  does) or an ``<a id>``/``<a name>`` of that file.
- Every ``portfolio ...`` command in a fenced ``sh`` (or ``bash``, ``shell``, ``console``) block
  parses with the real argument parser, placeholders such as LOGIN replaced by a login.
"""

from __future__ import annotations

import re
import shlex
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import unquote

import pytest

from portfolio import cli

ROOT = Path(__file__).resolve().parents[2]
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]
SHELL_BLOCKS = {"sh", "bash", "shell", "console"}

# Words the docs use for "your login here"; the parser only needs a plausible value.
PLACEHOLDERS = {"LOGIN": "octocat", "YOUR-LOGIN": "octocat", "your-login": "octocat"}

FENCE = re.compile(r"^(?P<indent> {0,3})(?P<fence>`{3,}|~{3,})(?P<info>[^`\n]*)$")
HEADING = re.compile(r"^ {0,3}(#{1,6})\s+(?P<text>.*?)\s*#*\s*$")
INLINE_LINK = re.compile(
    r"!?\[(?:[^\[\]]|\[[^\]]*\])*\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)"
)
HTML_LINK = re.compile(r"""<(?:a|img)\b[^>]*?\b(?:href|src)\s*=\s*["'](?P<target>[^"']+)["']""")
HTML_ANCHOR = re.compile(r"""<a\b[^>]*?\b(?:id|name)\s*=\s*["'](?P<name>[^"']+)["']""")
CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+\1")


@dataclass(frozen=True)
class Line:
    page: Path
    number: int
    text: str

    @property
    def where(self) -> str:
        return f"{self.page.relative_to(ROOT).as_posix()}:{self.number}"


def _split(page: Path) -> tuple[list[Line], list[tuple[str, list[Line]]]]:
    """The page's prose lines, and its fenced blocks as (info string, lines)."""
    prose: list[Line] = []
    blocks: list[tuple[str, list[Line]]] = []
    fence: str | None = None
    lines = page.read_text(encoding="utf-8").splitlines()
    for number, text in enumerate(lines, start=1):
        line = Line(page, number, text)
        stripped = text.strip()
        if fence is None:
            match = FENCE.match(stripped)
            if match:
                fence = match["fence"]
                blocks.append((match["info"].strip().split(" ")[0].lower(), []))
            else:
                prose.append(line)
        elif stripped.startswith(fence[0] * len(fence)) and not stripped.strip(fence[0]):
            fence = None
        else:
            blocks[-1][1].append(line)
    return prose, blocks


def github_slug(heading: str) -> str:
    """The id GitHub gives a heading: its text, lower case, punctuation dropped, spaces to -."""
    text = re.sub(r"<[^>]+>", "", heading)  # inline HTML such as <a id="x"></a>
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links keep their text
    text = text.replace("`", "").lower()
    kept = [
        ch
        for ch in text
        if ch in " -_" or unicodedata.category(ch)[0] in ("L", "N") or ch.isalnum()
    ]
    return "".join(kept).replace(" ", "-")


def anchors(page: Path) -> set[str]:
    prose, _blocks = _split(page)
    found: set[str] = set()
    seen: dict[str, int] = {}
    for line in prose:
        found.update(m["name"] for m in HTML_ANCHOR.finditer(line.text))
        heading = HEADING.match(line.text)
        if heading:
            slug = github_slug(heading["text"])
            # GitHub numbers repeated headings: x, x-1, x-2, ...
            count = seen.get(slug, 0)
            seen[slug] = count + 1
            found.add(slug if count == 0 else f"{slug}-{count}")
    return found


def _links(page: Path) -> list[tuple[Line, str]]:
    prose, _blocks = _split(page)
    found = []
    for line in prose:
        text = CODE_SPAN.sub("", line.text)
        for pattern in (INLINE_LINK, HTML_LINK):
            found.extend((line, m["target"]) for m in pattern.finditer(text))
    return found


def _is_external(target: str) -> bool:
    return bool(re.match(r"^[a-z][a-z0-9+.-]*:", target, re.I)) or target.startswith("//")


RELATIVE_LINKS = [
    (line, target) for page in PAGES for line, target in _links(page) if not _is_external(target)
]


def test_the_pages_have_links_to_check() -> None:
    assert len(PAGES) >= 10
    assert len(RELATIVE_LINKS) > 50


@pytest.mark.parametrize(
    ("line", "target"), RELATIVE_LINKS, ids=[f"{ln.where}:{t}" for ln, t in RELATIVE_LINKS]
)
def test_relative_link_resolves(line: Line, target: str) -> None:
    path_part, _, fragment = target.partition("#")
    path = (line.page.parent / unquote(path_part)).resolve() if path_part else line.page
    assert path.exists(), f"{line.where}: link to {target!r}: no file {path_part!r}"
    assert path.is_relative_to(ROOT), f"{line.where}: link to {target!r} leaves the repository"
    if fragment and path.suffix == ".md":
        assert unquote(fragment) in anchors(path), (
            f"{line.where}: link to {target!r}: {path.relative_to(ROOT)} has no heading or "
            f"anchor with the id {fragment!r}"
        )


def test_github_slug_rules() -> None:
    assert github_slug("`site`: Settings of the whole site") == "site-settings-of-the-whole-site"
    assert github_slug("Check --apply") == "check---apply"
    assert github_slug("snapshot.json") == "snapshotjson"
    assert github_slug('<a id="prf001"></a>PRF001 `profile-name`') == "prf001-profile-name"
    assert github_slug("Baseline: progress on the to-do list") == (
        "baseline-progress-on-the-to-do-list"
    )


def test_anchors_number_repeated_headings(tmp_path: Path) -> None:
    page = tmp_path / "page.md"
    page.write_text('# Usage\n\n## Usage\n\n```sh\n# not a heading\n```\n<a id="x"></a>\n')
    assert anchors(page) == {"usage", "usage-1", "x"}


def _commands(lines: list[Line]) -> list[tuple[Line, list[str]]]:
    """``portfolio`` invocations in a shell block, as argument lists (without ``portfolio``)."""
    found = []
    pending = ""
    first: Line | None = None
    for line in lines:
        text = line.text.strip()
        first = first or line
        if text.endswith("\\"):
            pending += text[:-1] + " "
            continue
        text, pending = pending + text, ""
        start, first = first, None
        text = text.removeprefix("$ ")
        for placeholder, value in PLACEHOLDERS.items():
            text = re.sub(rf"(?<![\w-]){re.escape(placeholder)}(?![\w-])", value, text)
        try:
            words = shlex.split(text, comments=True)
        except ValueError:
            continue  # not a shell line (e.g. output shown in the block)
        command: list[str] = []
        for word in [*words, "&&"]:
            if word in ("&&", "||", ";", "|"):
                while command and re.match(r"^[A-Z_][A-Z0-9_]*=", command[0]):
                    command.pop(0)  # VAR=value before the command
                if command and command[0] == "portfolio":
                    found.append((start, command[1:]))
                command = []
            else:
                command.append(word)
    return found


COMMANDS = [
    (line, argv)
    for page in PAGES
    for info, lines in _split(page)[1]
    if info in SHELL_BLOCKS
    for line, argv in _commands(lines)
]


def test_the_pages_have_commands_to_check() -> None:
    assert len(COMMANDS) > 30


@pytest.mark.parametrize(
    ("line", "argv"), COMMANDS, ids=[f"{ln.where}:{' '.join(a)}" for ln, a in COMMANDS]
)
def test_documented_command_parses(capsys, line: Line, argv: list[str]) -> None:
    parser = cli.build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        err = capsys.readouterr().err.strip().splitlines()
        assert exc.code == 0, (
            f"{line.where}: `portfolio {' '.join(argv)}` does not parse: "
            f"{err[-2] if len(err) > 1 else err}"
        )
        return
    assert getattr(args, "run", None) is not None, (
        f"{line.where}: `portfolio {' '.join(argv)}` names no command"
    )


def test_command_extraction() -> None:
    page = Path("x.md")
    lines = [
        Line(page, 1, "GITHUB_TOKEN=ghp_x portfolio fetch LOGIN -o a/snapshot.json && \\"),
        Line(page, 2, "  portfolio check a   # then read it"),
        Line(page, 3, "pip install portfolio-kit"),
        Line(page, 4, "$ portfolio rules REP001 | less"),
    ]
    assert _commands(lines) == [
        (lines[0], ["fetch", "octocat", "-o", "a/snapshot.json"]),
        (lines[0], ["check", "a"]),
        (lines[3], ["rules", "REP001"]),
    ]
