"""Find, read and validate a profile folder's profile.yaml into a ``Profile``.

Every mistake of the file is collected and reported together in one ConfigError, one line each
as ``profile.yaml:LINE: field.path: message``, so a user fixes them all in one go.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
from pathlib import Path

from yaml.nodes import MappingNode, Node

from portfolio.errors import ConfigError
from portfolio.profile import bibtex, model
from portfolio.profile.convert import INVALID, Converter, Mistake
from portfolio.profile.yamlsource import HINT, compose, read_text

PROFILE_FILENAME = "profile.yaml"

BUILTIN_SECTIONS = (
    "about",
    "projects",
    "experience",
    "education",
    "skills",
    "publications",
    "talks",
    "certifications",
    "awards",
    "languages",
)


def find_profile_dir(path: str | os.PathLike[str] | None = None) -> Path:
    """The profile folder for ``path``: a folder holding profile.yaml, or that file itself.

    ``None`` means the current folder. Raises ConfigError when there is no profile there.
    """
    target = Path(path) if path is not None else Path.cwd()
    if target.is_file():
        if target.name == PROFILE_FILENAME:
            return target.parent
        raise ConfigError(
            f"{target}: expected a profile folder or its {PROFILE_FILENAME}, got another file",
            hint=f"Point to the folder that holds {PROFILE_FILENAME}.",
        )
    if not target.exists():
        raise ConfigError(
            f"{target}: no such folder",
            hint=f"Create a profile folder with `portfolio init {target}`.",
        )
    if not (target / PROFILE_FILENAME).is_file():
        raise ConfigError(
            f"{target}: no {PROFILE_FILENAME} in this folder",
            hint=f"Create one with `portfolio init {target}`, or try `sample-profile`.",
        )
    return target


def display_path(path: Path) -> str:
    """How messages name a file: relative to the current folder when it is inside it."""
    try:
        relative = os.path.relpath(path)
    except ValueError:  # another drive on Windows
        return str(path)
    return str(path) if relative.startswith("..") else relative


def load_profile(profile_dir: str | os.PathLike[str]) -> model.Profile:
    """Read and validate ``profile_dir/profile.yaml``; raise one ConfigError listing every mistake.

    Local paths in the file are checked to exist inside ``profile_dir``; the BibTeX file named
    by ``publications.bibtex`` is read and merged into ``publications.items`` (newest first).
    """
    root = Path(profile_dir)
    source = root / PROFILE_FILENAME
    display = display_path(source)
    text = read_text(source, display)
    node = compose(text, display)
    converter = Converter(root)
    if node is None:
        node = MappingNode("tag:yaml.org,2002:map", [])
        node.start_mark = _FirstLine()
    profile = converter.convert(model.Profile, node, "", {})
    _check_schema_line(node, converter)
    if profile is not INVALID:
        _check_across_fields(profile, node, converter)
    mistakes = sorted(set(converter.mistakes))
    bib_lines: list[str] = []
    if profile is not INVALID and not mistakes:
        profile, bib_lines = _merge_bibtex(profile, root)
    if mistakes or bib_lines:
        lines = [_one_line(f"{display}:{m.line}: {m.path}: {m.message}") for m in mistakes] + [
            _one_line(line) for line in bib_lines
        ]
        count = len(lines)
        raise ConfigError(
            f"{display}: {count} mistake{'s' if count > 1 else ''} to fix:\n" + "\n".join(lines),
            hint=HINT,
        )
    return dataclasses.replace(profile, root=root)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def _one_line(text: str) -> str:
    """Control characters from the file shown escaped (`\r`, `\x1b`): each mistake stays on
    one line, and a value cannot send escape sequences to the user's terminal."""
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


class _FirstLine:
    line = 0
    column = 0


def _check_schema_line(node: Node, converter: Converter) -> None:
    if not isinstance(node, MappingNode):
        return
    for key_node, value_node in node.value:
        if getattr(key_node, "value", None) == "schema":
            value = getattr(value_node, "value", None)
            if value != model.SCHEMA_ID and isinstance(value, str):
                converter.mistake(
                    value_node,
                    "schema",
                    f"`{value}` is not a format this version of portfolio-kit reads; "
                    f"it reads `{model.SCHEMA_ID}` (upgrade with `pip install -U portfolio-kit`, "
                    "or fix the line)",
                )
            return
    # The converter already said "missing"; replace its words with what to write.
    converter.mistakes = [m for m in converter.mistakes if m.path != "schema"]
    converter.mistakes.append(
        Mistake(1, "schema", f"missing; start the file with the line `schema: {model.SCHEMA_ID}`")
    )


def _field_line(node: Node, *path: str | int) -> Node:
    """The node at ``path`` under ``node`` (or the deepest one found), for a message's line."""
    for step in path:
        children = node.value if isinstance(node.value, list) else []
        if isinstance(step, int):
            if step < len(children):
                node = children[step]
                continue
            return node
        for key_node, value_node in children if isinstance(node, MappingNode) else []:
            if key_node.value == step:
                node = value_node
                break
        else:
            return node
    return node


def _check_across_fields(profile: model.Profile, root: Node, converter: Converter) -> None:
    """Rules that involve more than one field."""
    ids = [s.id for s in profile.custom_sections]
    for index, section_id in enumerate(ids):
        if section_id in ids[:index] or section_id in BUILTIN_SECTIONS:
            node = _field_line(root, "custom_sections", index, "id")
            taken = "a built-in section" if section_id in BUILTIN_SECTIONS else "another section"
            converter.mistake(
                node,
                f"custom_sections[{index}].id",
                f"`{section_id}` is already the id of {taken}; choose another",
            )
    known = list(BUILTIN_SECTIONS) + ids
    for index, name in enumerate(profile.site.sections):
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.6)
            hint = (
                f"did you mean `{close[0]}`?"
                if close
                else "the ids are " + ", ".join(f"`{k}`" for k in known)
            )
            converter.mistake(
                _field_line(root, "site", "sections", index),
                f"site.sections[{index}]",
                f"no section called `{name}`; {hint}",
            )
    for name in ("experience", "education"):
        for index, entry in enumerate(getattr(profile, name)):
            if entry.start and entry.end and _before(entry.end, entry.start):
                converter.mistake(
                    _field_line(root, name, index, "end"),
                    f"{name}[{index}].end",
                    f"`{entry.end}` is before the start, `{entry.start}`",
                )
    projects = profile.projects
    if projects.mode == "manual" and not projects.repos:
        converter.mistake(
            _field_line(root, "projects", "mode"),
            "projects.repos",
            "`mode: manual` needs the list of repositories to show under `projects.repos`",
        )
    for key in projects.overrides:
        if not re.fullmatch(r"[\w.-]+(/[\w.-]+)?", key):
            converter.mistake(
                _field_line(root, "projects", "overrides", key),
                f"projects.overrides.{key}",
                "expected a repository name such as `my-repo` or `owner/my-repo`",
            )


def _before(a: str, b: str) -> bool:
    """Whether ISO date ``a`` is before ``b``, compared at the precision both have."""
    length = min(len(a), len(b))
    return a[:length] < b[:length]


def _merge_bibtex(profile: model.Profile, root: Path) -> tuple[model.Profile, list[str]]:
    publications = profile.publications
    items = list(publications.items)
    if publications.bibtex:
        path = root / publications.bibtex
        display = display_path(path)
        try:
            text = path.read_bytes().decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            return profile, [f"{display}: not UTF-8 text (byte offset {exc.start})"]
        except OSError as exc:
            return profile, [f"{display}: cannot read it ({exc.strerror})"]
        try:
            from_file = bibtex.read_publications(text)
        except bibtex.BibtexError as exc:
            return profile, [f"{display}:{exc.line}: {exc.message}"]
        seen = {_publication_key(p) for p in items} | {p.doi.lower() for p in items if p.doi}
        for publication in from_file:
            if _publication_key(publication) in seen or (
                publication.doi and publication.doi.lower() in seen
            ):
                continue
            items.append(publication)
    # Newest first; undated entries last; the sort is stable so equal dates keep file order.
    items.sort(key=lambda p: p.date or "", reverse=True)
    merged = dataclasses.replace(publications, items=tuple(items))
    return dataclasses.replace(profile, publications=merged), []


def _publication_key(publication: model.Publication) -> str:
    return re.sub(r"\W+", " ", publication.title.casefold()).strip()
