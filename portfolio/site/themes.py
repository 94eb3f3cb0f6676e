"""Find a theme folder and read its ``theme.yaml``: a bundled name or the user's own folder.

A theme is a Pelican theme folder (``templates/``, ``static/``) plus ``theme.yaml``, which may
say ``extends: default`` to reuse another theme's templates and only override some of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from portfolio.errors import ConfigError
from portfolio.profile.loader import BUILTIN_SECTIONS
from themes import THEMES_DIR

THEME_FILENAME = "theme.yaml"
# A theme without its own `sections` shows the built-in ones, in the order profile.yaml knows.
DEFAULT_SECTIONS = BUILTIN_SECTIONS


@dataclass(frozen=True)
class Theme:
    """A resolved theme: its folder, the folders its templates come from, its options."""

    name: str
    folder: Path
    template_dirs: tuple[Path, ...]
    """This theme's templates first, then those of the themes it extends."""
    static_dirs: tuple[Path, ...]
    """Static folders, the base theme's first, so this theme's files win when copied last."""
    sections: tuple[str, ...]
    """The home page's section order when profile.yaml does not set ``site.sections``."""
    nav: tuple[str, ...]
    """Which generated pages the navigation bar lists, in order."""
    stylesheets: tuple[str, ...]
    """Files under ``static/css/`` every page loads, in order (a child theme adds its own)."""


def bundled_themes() -> list[str]:
    """Names of the themes shipped with portfolio-kit."""
    return sorted(p.parent.name for p in THEMES_DIR.glob(f"*/{THEME_FILENAME}"))


def resolve_theme(name: str, profile_dir: Path, *, where: str = "site.theme") -> Theme:
    """The theme called ``name`` (bundled) or at path ``name`` (relative to the profile).

    ``where`` names the setting in error messages (``--theme`` or ``site.theme``).
    """
    return _resolve(name, profile_dir, seen=(), where=where)


def _resolve(name: str, profile_dir: Path, seen: tuple[str, ...], where: str) -> Theme:
    folder = _find(name, profile_dir, where)
    if folder in seen:
        raise ConfigError(f"{folder / THEME_FILENAME}: `extends` goes round in a circle")
    options = _read_options(folder)
    parent = None
    if options.get("extends"):
        parent = _resolve(
            str(options["extends"]),
            profile_dir,
            (*seen, folder),
            f"{folder / THEME_FILENAME}: extends",
        )
    template_dirs = (folder / "templates",) + (parent.template_dirs if parent else ())
    static_dirs = (parent.static_dirs if parent else ()) + (
        (folder / "static",) if (folder / "static").is_dir() else ()
    )
    sections = tuple(options.get("sections") or (parent.sections if parent else DEFAULT_SECTIONS))
    nav = tuple(options.get("nav") or (parent.nav if parent else ()))
    stylesheets = tuple(
        options.get("stylesheets") or (parent.stylesheets if parent else ("style.css",))
    )
    return Theme(folder.name, folder, template_dirs, static_dirs, sections, nav, stylesheets)


def _find(name: str, profile_dir: Path, where: str) -> Path:
    bundled = THEMES_DIR / name
    if "/" not in name and "\\" not in name and (bundled / THEME_FILENAME).is_file():
        return bundled
    own = (profile_dir / name).resolve()
    if (own / "templates").is_dir():
        return own
    raise ConfigError(
        f"{where}: no theme `{name}`: neither a bundled theme "
        f"({', '.join(bundled_themes())}) nor a folder with templates/ inside the profile folder",
        hint="Use `theme: default` or `theme: academic`, or `theme: ./my-theme` for your own.",
    )


def _read_options(folder: Path) -> dict:
    path = folder / THEME_FILENAME
    if not path.is_file():
        return {}
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}{line}: not valid YAML") from None
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of options")
    return data
