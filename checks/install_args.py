"""Read the install commands of a README: which packages ``pip install ...`` names.

One reader for the rules that need to know what a README installs: ML005 quotes a command
that installs packages by name without versions, and the ML detection recognises a README
that installs the project itself from a registry (``pip install openai-whisper``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# An installer and its install verb; what follows, up to the next command of the line
# (`&&`, `;`, `|`), is read word by word.
_COMMAND = re.compile(
    r"(?:\bpython3? -m pip|\bpip3?|\buv pip|\bpipx|\bconda|\bmamba) install\b([^\n;|&]*)|"
    r"\b(?:uv|poetry) add\b([^\n;|&]*)",
    re.IGNORECASE,
)
# Flags whose next word is a value, not a package: a channel, an index, a file, a path.
_VALUE_FLAGS = frozenset(
    {"-c", "--channel", "-i", "--index-url", "--extra-index-url", "-f", "--find-links", "-r",
     "--requirement", "-e", "--editable", "-n", "--name", "-p", "--prefix", "--target", "-t"}
)  # fmt: skip
# Flags that install something other than packages by name: a requirements file, a folder.
_NOT_BY_NAME_FLAGS = frozenset({"-r", "--requirement", "-e", "--editable"})
# Where the command ends before that: a comment, or a line continued on the next.
_COMMAND_END = re.compile(r"\s#|\\\s*$")
# Where a requirement's name ends: extras, a version, an environment marker.
_REQUIREMENT_END = re.compile(r"[\[=<>~!@;#\s]")


@dataclass(frozen=True)
class InstallCommand:
    """One install command found in a text."""

    start: int
    """Offset of the installer's name (``pip``) in the text read."""
    text: str
    """The command as written, from the installer to its end on the line."""
    packages: tuple[str, ...]
    """The names of the packages it installs from a registry, without versions or extras."""
    requirements: tuple[str, ...]
    """The same, as written (``torch==2.3.1``, ``"transformers[torch]"``)."""
    other: bool
    """It also installs something that is not a package by name: a requirements file
    (``-r``), the project itself (``-e .``, ``.``), a path, a URL or a ``git+`` address."""


def install_commands(text: str) -> Iterator[InstallCommand]:
    """The install commands of ``text`` (code or prose), in order."""
    for match in _COMMAND.finditer(text):
        group = 1 if match.group(1) is not None else 2
        arguments = match.group(group)
        end = _COMMAND_END.search(arguments)
        if end is not None:
            arguments = arguments[: end.start()]
        words = [word.strip("\"'`") for word in arguments.split()]
        requirements: list[str] = []
        other = False
        for before, word in zip(["", *words], words, strict=False):
            if before in _VALUE_FLAGS:
                other = other or before in _NOT_BY_NAME_FLAGS
                continue
            if word.startswith("-") or not word:
                other = other or word in _NOT_BY_NAME_FLAGS
                continue
            if word.startswith((".", "/", "~", "git+")) or "/" in word or "://" in word:
                other = True
                continue
            requirements.append(word)
        names = [_REQUIREMENT_END.split(r, 1)[0] for r in requirements]
        kept = [(n, r) for n, r in zip(names, requirements, strict=True) if n]
        yield InstallCommand(
            start=match.start(),
            text=text[match.start() : match.start(group) + len(arguments)].strip(),
            packages=tuple(n for n, _ in kept),
            requirements=tuple(r for _, r in kept),
            other=other,
        )
