"""Read profile.yaml into YAML nodes that remember their line, refusing what could hurt.

We stop at PyYAML's node graph (``compose``) instead of building Python objects, so every value
keeps its line for error messages. Aliases are refused outright: they are rarely needed in a
profile, and a few nested ones expand into billions of values (the "YAML bomb").
"""

from __future__ import annotations

from pathlib import Path

import yaml
from yaml.composer import Composer
from yaml.events import AliasEvent
from yaml.nodes import Node

from portfolio.errors import ConfigError

MAX_BYTES = 1024 * 1024
"""A profile is a few kilobytes; anything this big is a mistake or an attack."""

HINT = "See docs/profile.md for every field, with examples."


class _NoAliasLoader(yaml.SafeLoader):
    """A safe loader whose composer refuses ``*alias`` references."""

    def compose_node(self, parent, index):  # type: ignore[no-untyped-def]
        if self.check_event(AliasEvent):
            event = self.peek_event()
            raise _AliasRefused(event.start_mark.line + 1, str(event.anchor))
        return Composer.compose_node(self, parent, index)


class _AliasRefused(Exception):
    def __init__(self, line: int, anchor: str) -> None:
        super().__init__(anchor)
        self.line = line
        self.anchor = anchor


def read_text(path: Path, display: str) -> str:
    """The file's text, or a ConfigError if it is missing, too big or not UTF-8."""
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ConfigError(
                f"{display}: the file is {size:,} bytes, over the limit of {MAX_BYTES:,} "
                "(1 MB); a profile needs only a few kilobytes",
                hint="Move long texts into content/ pages and keep profile.yaml short.",
            )
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(
            f"{display}: no such file",
            hint="Create one with `portfolio init`, or copy sample-profile/profile.yaml.",
        ) from None
    except IsADirectoryError:
        raise ConfigError(f"{display}: is a folder, not a file") from None
    except OSError as exc:
        raise ConfigError(f"{display}: cannot read it ({exc.strerror})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            f"{display}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            hint="Save the file as UTF-8 in your editor (usually File > Save with encoding).",
        ) from None


def compose(text: str, display: str) -> Node | None:
    """The file's single YAML document as a node tree (None for an empty file)."""
    try:
        return yaml.compose(text, Loader=_NoAliasLoader)
    except _AliasRefused as exc:
        raise ConfigError(
            f"{display}:{exc.line}: YAML aliases (*{exc.anchor}) are not allowed in a profile; "
            "write the value out in full",
            hint=HINT,
        ) from None
    except yaml.composer.ComposerError as exc:
        if exc.context and "expected a single document" in exc.context:
            line = exc.problem_mark.line + 1 if exc.problem_mark else 1
            raise ConfigError(
                f"{display}:{line}: more than one YAML document (a `---` line); "
                "a profile is a single document",
                hint=HINT,
            ) from None
        raise _syntax_error(exc, text, display) from None
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, display) from None
    except yaml.YAMLError as exc:  # unmarked errors are rare (e.g. a bad character)
        # PyYAML's text spans lines; an error message stays on one.
        problem = " ".join(str(exc).split())
        raise ConfigError(f"{display}: not valid YAML ({problem})", hint=HINT) from None
    except RecursionError:
        # PyYAML composes nested values recursively: thousands of `[` exhaust Python's stack.
        raise ConfigError(
            f"{display}:{_too_deep_line(text)}: values nested hundreds of levels deep; "
            "a profile needs only a few",
            hint=HINT,
        ) from None


MAX_DEPTH = 50
"""The message about nesting points at the first line deeper than this."""


def _too_deep_line(text: str) -> int:
    """The first line nested deeper than ``MAX_DEPTH``, counting brackets and indentation."""
    depth = 0
    for number, line in enumerate(text.splitlines(), start=1):
        indent = (len(line) - len(line.lstrip(" "))) // 2
        for char in line:
            if char in "[{":
                depth += 1
            elif char in "]}":
                depth -= 1
            if depth + indent > MAX_DEPTH:
                return number
    return 1


def _syntax_error(exc: yaml.MarkedYAMLError, text: str, display: str) -> ConfigError:
    mark = exc.problem_mark or exc.context_mark
    line = mark.line + 1 if mark else 1
    lines = text.splitlines()
    # PyYAML's own words for a tab ("found character '\t' that cannot start any token") do not
    # tell a newcomer what to do, and the most common cause is an editor indenting with tabs.
    tab_line = _first_tab_indent(lines, around=line)
    if tab_line is not None:
        return ConfigError(
            f"{display}:{tab_line}: indented with a tab; YAML needs spaces for indentation",
            hint="Replace the tab with spaces (most editors: convert indentation to spaces).",
        )
    problem = (exc.problem or exc.context or "syntax error").replace("\t", "\\t")
    return ConfigError(f"{display}:{line}: not valid YAML: {problem}", hint=HINT)


def _first_tab_indent(lines: list[str], around: int) -> int | None:
    # The scanner may report the line after the tab (e.g. a mapping that ends unexpectedly), so
    # look at the reported line and the ones just before it.
    for number in range(around, max(around - 3, 0), -1):
        if number <= len(lines):
            line = lines[number - 1]
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                return number
    return None
