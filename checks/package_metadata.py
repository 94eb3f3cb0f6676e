"""What a checkout's package files say about the project: its one-line description, its
keywords (read as GitHub topics), its homepage and the links to its repository.

A checkout does not hold GitHub's About box, but the package metadata usually repeats it, so
the README and repository rules can judge a local checkout without asking GitHub. Read, in
this order (the first file that gives a value wins): ``pyproject.toml``, ``setup.cfg``,
``setup.py`` (its ``setup(...)`` call read as Python syntax, never run), ``package.json``,
``Cargo.toml`` and R's ``DESCRIPTION``. A file that is missing, unreadable
or malformed gives nothing: reporting a broken manifest is other tools' job.
"""

from __future__ import annotations

import ast
import configparser
import json
import re
import tomllib
from collections.abc import Callable
from pathlib import Path
from typing import Any


def package_metadata(root: Path) -> dict[str, Any]:
    """``description``, ``topics`` and ``homepage``, each only when a package file gives it."""
    found: dict[str, Any] = {}
    readers: tuple[Callable[[Path], dict[str, Any]], ...] = (
        _from_pyproject,
        _from_setup_cfg,
        _from_setup_py,
        _from_package_json,
        _from_cargo,
        _from_r_description,
    )
    for reader in readers:
        for key, value in reader(root).items():
            if value and key not in found:
                found[key] = value
    return found


def metadata_urls(root: Path) -> list[str]:
    """Repository, homepage and documentation links from the package files, in that order
    (GitHub links first within each file, since they say where the project lives)."""
    urls: list[Any] = []
    project = _load_toml(root / "pyproject.toml").get("project", {})
    if isinstance(project, dict) and isinstance(project.get("urls"), dict):
        urls += sorted(project["urls"].values(), key=lambda u: "github.com" not in str(u))
    package = _load_json(root / "package.json")
    for key in ("repository", "homepage", "bugs"):
        value = package.get(key)
        urls.append(value.get("url") if isinstance(value, dict) else value)
    cargo = _load_toml(root / "Cargo.toml").get("package", {})
    if isinstance(cargo, dict):
        urls += [cargo.get("repository"), cargo.get("homepage")]
    described = _load_dcf(root / "DESCRIPTION")
    urls += _url_list(described.get("url", "")) + _url_list(described.get("bugreports", ""))
    return [url for url in urls if isinstance(url, str)]


def _from_pyproject(root: Path) -> dict[str, Any]:
    project = _load_toml(root / "pyproject.toml").get("project", {})
    if not isinstance(project, dict):
        return {}
    urls = project.get("urls") if isinstance(project.get("urls"), dict) else {}
    homepage = next(
        (v for k, v in urls.items() if k.lower() in ("homepage", "home", "home-page", "website")),
        None,
    )
    return _clean(project.get("description"), project.get("keywords"), homepage)


def _from_setup_cfg(root: Path) -> dict[str, Any]:
    """setuptools' declarative ``[metadata]`` (spaCy, many projects without pyproject's)."""
    parser = configparser.ConfigParser(interpolation=None)
    try:
        parser.read_string((root / "setup.cfg").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, configparser.Error):
        return {}
    if not parser.has_section("metadata"):
        return {}
    metadata = parser["metadata"]
    keywords = [k.strip() for k in re.split(r"[,\n]", metadata.get("keywords", "")) if k.strip()]
    homepage = _website(metadata.get("url") or metadata.get("home_page"))
    return _clean(metadata.get("description"), keywords, homepage)


def _from_setup_py(root: Path) -> dict[str, Any]:
    """The literal ``description``, ``keywords`` and ``url`` of ``setup(...)`` in setup.py,
    where most research code keeps its metadata (micrograd, detectron2, LoRA). The file is
    parsed, not run: a value computed at run time (read from a file, a variable) is left out."""
    try:
        tree = ast.parse((root / "setup.py").read_bytes())
    except (OSError, SyntaxError, ValueError, RecursionError, MemoryError):
        return {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _called(node.func) == "setup":
            given = {k.arg: _literal(k.value) for k in node.keywords if k.arg}
            keywords = given.get("keywords")
            if isinstance(keywords, str):
                keywords = keywords.split(",") if "," in keywords else keywords.split()
            return _clean(given.get("description"), keywords, _website(given.get("url")))
    return {}


def _called(function: ast.expr) -> str | None:
    """``setup`` for ``setup(...)`` and ``setuptools.setup(...)``."""
    if isinstance(function, ast.Name):
        return function.id
    return function.attr if isinstance(function, ast.Attribute) else None


def _literal(value: ast.expr) -> Any:
    try:
        return ast.literal_eval(value)
    except (ValueError, TypeError, SyntaxError, RecursionError, MemoryError):
        return None


def _from_package_json(root: Path) -> dict[str, Any]:
    data = _load_json(root / "package.json")
    return _clean(data.get("description"), data.get("keywords"), data.get("homepage"))


def _from_cargo(root: Path) -> dict[str, Any]:
    package = _load_toml(root / "Cargo.toml").get("package", {})
    if not isinstance(package, dict):
        return {}
    return _clean(package.get("description"), package.get("keywords"), package.get("homepage"))


def _from_r_description(root: Path) -> dict[str, Any]:
    """An R package's ``DESCRIPTION``: its ``Title`` is the one-line summary (what an R
    package's About box repeats; ``Description`` is a paragraph), its first ``URL`` that is
    not GitHub the homepage (usually the pkgdown site). R packages have no keywords."""
    fields = _load_dcf(root / "DESCRIPTION")
    if "package" not in fields:
        return {}  # a file of that name that is not an R package's
    homepage = next(filter(None, map(_website, _url_list(fields.get("url", "")))), None)
    return _clean(fields.get("title"), None, homepage)


def _load_dcf(path: Path) -> dict[str, str]:
    """The fields of a Debian-control-style file (R's DESCRIPTION), names lower-cased, the
    indented continuation lines joined to their field."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return {}
    fields: dict[str, str] = {}
    name = None
    for line in text.splitlines():
        field = re.match(r"([A-Za-z][^\s:]*):\s*(.*)$", line)
        if field:
            name = field.group(1).lower()
            fields[name] = field.group(2)
        elif name and line[:1] in (" ", "\t"):
            fields[name] += " " + line.strip()
        elif line.strip():
            return {}  # not a DESCRIPTION file after all
    return fields


def _website(url: Any) -> Any:
    """``url``, unless it is a GitHub address: the ``url`` of setup.py, setup.cfg and R's
    DESCRIPTION is most often the repository itself, which is no website for the About box."""
    return None if isinstance(url, str) and "github.com" in url else url


def _url_list(value: str) -> list[str]:
    return [u for u in re.split(r"[,\s]+", value) if u.startswith(("http://", "https://"))]


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    # RecursionError: thousands of nested `[` in a checkout's manifest exhaust the parser's
    # stack; a broken manifest is for other tools to report, we just learn nothing.
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        return {}


def _load_json(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        return {}
    return data if isinstance(data, dict) else {}


def _clean(description: Any, keywords: Any, homepage: Any) -> dict[str, Any]:
    found: dict[str, Any] = {}
    if isinstance(description, str) and description.strip():
        found["description"] = " ".join(description.split())
    if isinstance(keywords, list):
        # GitHub topics are lower-case words joined by hyphens.
        topics = [re.sub(r"[^a-z0-9]+", "-", str(k).lower()).strip("-") for k in keywords]
        if [t for t in topics if t]:
            found["topics"] = tuple(dict.fromkeys(t for t in topics if t))
    if isinstance(homepage, str) and homepage.startswith(("http://", "https://")):
        found["homepage"] = homepage
    return found
