"""The linter's configuration: which rules run, at what severity, and what is ignored and why.

It comes from one of three places (the first found wins): a ``.portfolio-check.toml`` file,
the ``[tool.portfolio.check]`` table of a ``pyproject.toml``, or the ``check:`` section of a
``profile.yaml``. Every mistake in it is collected and reported at once, each as
``file:line: key: message`` with a "did you mean" where a near name exists.
"""

from __future__ import annotations

import difflib
import re
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

from checks.model import Rule, Severity
from portfolio.errors import ConfigError
from portfolio.profile import yamlsource

CONFIG_FILENAME = ".portfolio-check.toml"
KEYS = ("select", "ignore", "severity", "ignore-repo", "showcase", "options")
IGNORE_REPO_KEYS = ("repo", "rules", "reason")


@dataclass(frozen=True)
class RepoIgnore:
    """Rules that do not apply to one repository, and why (the reason is shown in reports)."""

    repo: str
    """The repository's name or ``owner/name``."""
    rules: frozenset[str]
    """Rule ids."""
    reason: str

    def matches(self, full_name: str) -> bool:
        return self.repo in (full_name, full_name.split("/", 1)[-1])


@dataclass(frozen=True)
class CheckConfig:
    """A validated configuration; the defaults mean "every rule, at its own severity"."""

    select: frozenset[str] | None = None
    """Rule ids to run; ``None`` runs every rule."""
    ignore: frozenset[str] = frozenset()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    """Rule id -> severity that replaces the rule's default everywhere."""
    ignore_repo: tuple[RepoIgnore, ...] = ()
    showcase: tuple[str, ...] = ()
    """Repositories to treat as showcase (stricter rules) besides the pinned ones."""
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    """Rule id -> option name -> value, over the rule's defaults."""
    source: str | None = None
    """Where it was read from, for messages; ``None`` for the built-in defaults."""

    def enabled(self, rule_id: str) -> bool:
        selected = self.select is None or rule_id in self.select
        return selected and rule_id not in self.ignore

    def repo_ignore(self, rule_id: str, full_name: str) -> RepoIgnore | None:
        for entry in self.ignore_repo:
            if rule_id in entry.rules and entry.matches(full_name):
                return entry
        return None

    def options_for(self, rule: Rule) -> dict[str, Any]:
        return {**rule.options, **self.options.get(rule.id, {})}


# --- finding and reading the file ---------------------------------------------------------


def find_config_file(folder: str | Path) -> Path | None:
    """The configuration file that applies to ``folder``, or ``None`` for the defaults.

    ``.portfolio-check.toml`` first, then a ``pyproject.toml`` that has a
    ``[tool.portfolio.check]`` table, then a ``profile.yaml`` with a ``check:`` section.
    """
    folder = Path(folder)
    dedicated = folder / CONFIG_FILENAME
    if dedicated.is_file():
        return dedicated
    pyproject = folder / "pyproject.toml"
    if pyproject.is_file():
        text = _read(pyproject)
        if re.search(r"^\s*\[\s*tool\.portfolio\.check[\].]", text, re.MULTILINE):
            return pyproject
    profile = folder / "profile.yaml"
    if profile.is_file() and re.search(r"^check\s*:", _read(profile), re.MULTILINE):
        return profile
    return None


def load_config(path: str | Path | None, rules: Mapping[str, Rule]) -> CheckConfig:
    """Read and validate the configuration at ``path`` (``None``: the defaults)."""
    if path is None:
        return CheckConfig()
    path = Path(path)
    text = _read(path)
    source = str(path)
    if path.suffix in (".yaml", ".yml"):
        data, locate, prefix = _from_yaml(text, source)
    elif path.suffix == ".toml":
        data, locate, prefix = _from_toml(text, source, pyproject=path.name == "pyproject.toml")
    else:
        raise ConfigError(
            f"{source}: unknown configuration format; use a .toml file "
            "(.portfolio-check.toml or pyproject.toml) or profile.yaml"
        )
    return parse_config(data, rules=rules, source=source, locate=locate, prefix=prefix)


def _read(path: Path) -> str:
    if path.suffix in (".yaml", ".yml"):
        # profile.yaml: the profile's own reader, so its size limit and its messages (the line
        # of a byte that is not UTF-8) are the same whichever command meets the file first.
        return yamlsource.read_text(path, str(path))
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration ({exc.strerror})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ConfigError(
            f"{path}:{line}: not UTF-8 text (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            hint="Save the file as UTF-8 in your editor.",
        ) from None


def _from_toml(text: str, source: str, *, pyproject: bool) -> tuple[Any, Any, tuple[str, ...]]:
    try:
        document = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML ({exc})") from None
    except RecursionError:  # thousands of nested `[`: tomllib runs out of stack
        raise ConfigError(f"{source}: values nested too deeply to be a configuration") from None
    prefix: tuple[str, ...] = ("tool", "portfolio", "check") if pyproject else ()
    data: Any = document
    for key in prefix:
        data = data.get(key, {}) if isinstance(data, dict) else {}
    lines = _toml_lines(text)

    def locate(path: tuple[Any, ...]) -> int | None:
        return _lookup(lines, prefix + path)

    return data, locate, prefix


def _from_yaml(text: str, source: str) -> tuple[Any, Any, tuple[str, ...]]:
    # Composed by the profile's reader first: it refuses aliases (a "YAML bomb" expands when
    # the rules walk it) and explains tabs, with the line.
    root = yamlsource.compose(text, source)
    try:
        document = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{source}:{mark.line + 1}" if mark else source
        raise ConfigError(f"{where}: not valid YAML ({getattr(exc, 'problem', exc)})") from None
    data = document.get("check", {}) if isinstance(document, dict) else {}

    def locate(path: tuple[Any, ...]) -> int | None:
        return _yaml_line(root, ("check", *path))

    return data if data is not None else {}, locate, ("check",)


# --- validation ---------------------------------------------------------------------------


class _Errors:
    """Collects every problem so the user fixes them all in one go."""

    def __init__(self, source: str, locate: Any, prefix: tuple[str, ...]) -> None:
        self.source, self.locate, self.prefix = source, locate, prefix
        self._found: list[tuple[int, str]] = []

    def add(self, path: tuple[Any, ...], message: str) -> None:
        line = self.locate(path) if self.locate else None
        where = f"{self.source}:{line}" if line else self.source
        self._found.append((line or 0, f"{where}: {_key_name(self.prefix + path)}: {message}"))

    @property
    def messages(self) -> list[str]:
        # In file order, so the user can walk down the file fixing them.
        return [message for _, message in sorted(self._found, key=lambda item: item[0])]


def _key_name(path: tuple[Any, ...]) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def parse_config(
    data: Any,
    *,
    rules: Mapping[str, Rule],
    source: str,
    locate: Any = None,
    prefix: tuple[str, ...] = (),
) -> CheckConfig:
    """Validate plain data (as TOML or YAML give it) into a ``CheckConfig``; all errors at once.

    ``locate(path)`` returns the line of a key path, when the format can tell.
    """
    errors = _Errors(source, locate, prefix)
    if not isinstance(data, dict):
        errors.add((), f"expected a table of settings, got {_type_name(data)}")
        raise ConfigError("\n".join(errors.messages))
    for key in data:
        if key not in KEYS:
            errors.add((key,), _unknown("key", str(key), KEYS, "valid keys: " + ", ".join(KEYS)))
    resolver = RuleResolver(rules)
    select = ignore = None
    if "select" in data:
        select = resolver.resolve_list(data["select"], ("select",), errors)
    if "ignore" in data:
        ignore = resolver.resolve_list(data["ignore"], ("ignore",), errors)
    severity = _parse_severity(data.get("severity", {}), resolver, errors)
    ignore_repo = _parse_ignore_repo(data.get("ignore-repo", []), resolver, errors)
    showcase = _parse_names(data.get("showcase", []), ("showcase",), errors)
    options = _parse_options(data.get("options", {}), resolver, rules, errors)
    if errors.messages:
        raise ConfigError(
            "\n".join(errors.messages),
            hint="See docs/check.md#configuration; `portfolio rules` lists the rule ids.",
        )
    return CheckConfig(
        select=frozenset(select) if select is not None else None,
        ignore=frozenset(ignore or ()),
        severity=severity,
        ignore_repo=ignore_repo,
        showcase=showcase,
        options=options,
        source=source,
    )


def with_command_line(
    config: CheckConfig,
    rules: Mapping[str, Rule],
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
) -> CheckConfig:
    """Apply ``--select`` (replaces the configured selection) and ``--ignore`` (adds to it)."""
    resolver = RuleResolver(rules)
    messages: list[str] = []

    def resolve(option: str, values: Sequence[str]) -> list[str]:
        ids: list[str] = []
        for ref in _split(values):
            found = resolver.resolve(ref)
            if found is None:
                messages.append(f"{option}: {resolver.unknown_message(ref)}")
            ids.extend(found or ())
        return ids

    chosen = resolve("--select", select) if select else None
    dropped = resolve("--ignore", ignore)
    if messages:
        raise ConfigError("\n".join(messages), hint="`portfolio rules` lists the rules.")
    return replace(
        config,
        select=frozenset(chosen) if chosen is not None else config.select,
        ignore=config.ignore | frozenset(dropped or ()),
    )


def check_repo_names(config: CheckConfig, repos: Iterable[str], *, login: str) -> None:
    """Raise ConfigError for ``ignore-repo`` or ``showcase`` names that match no repository.

    A typo there would silently ignore nothing, so it is an error, with the nearest name.
    """
    full_names = list(repos)
    known = {*full_names, *(name.split("/", 1)[-1] for name in full_names)}
    short = [name.split("/", 1)[-1] for name in full_names]
    messages = []
    named = [("ignore-repo", entry.repo) for entry in config.ignore_repo]
    named += [("showcase", name) for name in config.showcase]
    for key, name in named:
        if name not in known:
            found = _unknown("repository", name, short, f"{login} has no such public repository")
            messages.append(f"{config.source or 'configuration'}: {key}: {found}")
    if messages:
        raise ConfigError("\n".join(messages), hint="Names are as in github.com/OWNER/NAME.")


def _split(values: Sequence[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


class RuleResolver:
    """Turns what a user writes (an id, a name, an id prefix such as ``PRF``, ``ALL``) into ids."""

    def __init__(self, rules: Mapping[str, Rule]) -> None:
        self.rules = rules
        self.by_name = {rule.name: rule.id for rule in rules.values()}

    def resolve(self, ref: str) -> list[str] | None:
        upper = ref.strip().upper()
        if upper == "ALL":
            return sorted(self.rules)
        if upper in self.rules:
            return [upper]
        if ref.strip().lower() in self.by_name:
            return [self.by_name[ref.strip().lower()]]
        if re.fullmatch(r"[A-Z]+\d*", upper):
            matched = sorted(rule_id for rule_id in self.rules if rule_id.startswith(upper))
            return matched or None
        return None

    def unknown_message(self, ref: str) -> str:
        candidates = [*self.rules, *self.by_name]
        return _unknown("rule", ref, candidates, "`portfolio rules` lists them")

    def resolve_list(self, value: Any, path: tuple[Any, ...], errors: _Errors) -> list[str]:
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            errors.add(path, f"expected a list of rule ids or names, got {_type_name(value)}")
            return []
        ids: list[str] = []
        for index, item in enumerate(items):
            item_path = (*path, index) if not isinstance(value, str) else path
            if not isinstance(item, str):
                errors.add(item_path, f"expected a rule id or name, got {_type_name(item)}")
                continue
            found = self.resolve(item)
            if found is None:
                errors.add(item_path, self.unknown_message(item))
            else:
                ids.extend(found)
        return ids


def _parse_severity(value: Any, resolver: RuleResolver, errors: _Errors) -> dict[str, Severity]:
    if not isinstance(value, dict):
        errors.add(("severity",), f"expected a table of rule = level, got {_type_name(value)}")
        return {}
    levels: dict[str, Severity] = {}
    for ref, level in value.items():
        path = ("severity", ref)
        found = resolver.resolve(str(ref))
        if found is None:
            errors.add(path, resolver.unknown_message(str(ref)))
            continue
        try:
            parsed = Severity.parse(level) if isinstance(level, str) else None
        except KeyError:
            parsed = None
        if parsed is None:
            errors.add(path, f"{level!r} is not a severity; use error, warning or info")
            continue
        levels.update(dict.fromkeys(found, parsed))
    return levels


def _parse_ignore_repo(
    value: Any, resolver: RuleResolver, errors: _Errors
) -> tuple[RepoIgnore, ...]:
    if not isinstance(value, list):
        errors.add(
            ("ignore-repo",), f"expected a list of {{repo, rules, reason}}, got {_type_name(value)}"
        )
        return ()
    entries = []
    for index, entry in enumerate(value):
        path = ("ignore-repo", index)
        if not isinstance(entry, dict):
            errors.add(
                path, f"expected a table with repo, rules and reason, got {_type_name(entry)}"
            )
            continue
        for key in entry:
            if key not in IGNORE_REPO_KEYS:
                errors.add((*path, key), _unknown("key", str(key), IGNORE_REPO_KEYS, ""))
        repo = entry.get("repo")
        if not isinstance(repo, str) or not repo.strip():
            errors.add((*path, "repo"), "required: the repository's name, e.g. 'old-homework'")
        rules = resolver.resolve_list(entry.get("rules", []), (*path, "rules"), errors)
        if "rules" not in entry:
            errors.add((*path, "rules"), "required: the rule ids that do not apply, or 'ALL'")
        reason = entry.get("reason")
        if not isinstance(reason, str) or not reason.strip():
            errors.add(
                (*path, "reason"),
                "required: say why these rules do not apply (it is shown in the report)",
            )
        if isinstance(repo, str) and isinstance(reason, str) and repo.strip() and reason.strip():
            entries.append(RepoIgnore(repo.strip(), frozenset(rules), reason.strip()))
    return tuple(entries)


def _parse_names(value: Any, path: tuple[Any, ...], errors: _Errors) -> tuple[str, ...]:
    items = [value] if isinstance(value, str) else value
    if not isinstance(items, list) or not all(isinstance(item, str) for item in items):
        errors.add(path, f"expected a list of repository names, got {_type_name(value)}")
        return ()
    return tuple(items)


def _parse_options(
    value: Any, resolver: RuleResolver, rules: Mapping[str, Rule], errors: _Errors
) -> dict[str, dict[str, Any]]:
    if not isinstance(value, dict):
        errors.add(
            ("options",), f"expected a table of rule = {{option = value}}, got {_type_name(value)}"
        )
        return {}
    options: dict[str, dict[str, Any]] = {}
    for ref, settings in value.items():
        path = ("options", ref)
        found = resolver.resolve(str(ref))
        if found is None or len(found) != 1:
            errors.add(path, resolver.unknown_message(str(ref)))
            continue
        rule = rules[found[0]]
        if not isinstance(settings, dict):
            errors.add(path, f"expected a table of option = value, got {_type_name(settings)}")
            continue
        for name, setting in settings.items():
            if name not in rule.options:
                known = ", ".join(rule.options) or "none"
                errors.add(
                    (*path, name),
                    _unknown(f"option of {rule.id}", str(name), rule.options, f"options: {known}"),
                )
                continue
            default = rule.options[name]
            if default is not None and not _same_kind(default, setting):
                errors.add(
                    (*path, name),
                    f"expected {_type_name(default)} like the default {default!r}, "
                    f"got {_type_name(setting)}",
                )
                continue
            options.setdefault(rule.id, {})[name] = setting
    return options


def _same_kind(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, int | float):
        return isinstance(value, int | float)
    if isinstance(default, list | tuple):
        return isinstance(value, list | tuple)
    return isinstance(value, type(default))


def _unknown(what: str, name: str, candidates: Iterable[str], otherwise: str) -> str:
    # Compared without case, so "rep01" still finds "REP001".
    pool = {candidate.lower(): candidate for candidate in candidates}
    close = difflib.get_close_matches(name.lower(), list(pool), n=1, cutoff=0.6)
    if close:
        return f"unknown {what} {name!r}; did you mean {pool[close[0]]!r}?"
    return f"unknown {what} {name!r}" + (f"; {otherwise}" if otherwise else "")


def _type_name(value: Any) -> str:
    names = {
        bool: "true/false",
        int: "a number",
        float: "a number",
        str: "a string",
        list: "a list",
        tuple: "a list",
        dict: "a table",
    }
    return "nothing" if value is None else names.get(type(value), type(value).__name__)


# --- line numbers -------------------------------------------------------------------------
# tomllib gives no positions, so the table headers and `key =` lines are found by a light scan;
# PyYAML's node tree carries exact marks.

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"""^\s*((?:"[^"]*"|'[^']*'|[A-Za-z0-9_.\- ]+?))\s*=""")


def _toml_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(r""""([^"]*)"|'([^']*)'|([^.\s]+)""", dotted)
    return tuple(next(p for p in group if p) if any(group) else "" for group in parts)


def _toml_lines(text: str) -> dict[tuple[Any, ...], int]:
    lines: dict[tuple[Any, ...], int] = {}
    table: tuple[Any, ...] = ()
    array_counts: dict[tuple[Any, ...], int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            names = _toml_parts(header.group(2))
            if header.group(1) == "[[":
                index = array_counts.get(names, 0)
                array_counts[names] = index + 1
                table = (*names, index)
            else:
                table = names
            lines.setdefault(table, number)
            continue
        key = _KEY.match(line)
        if key:
            lines.setdefault((*table, *_toml_parts(key.group(1))), number)
    return lines


def _lookup(lines: Mapping[tuple[Any, ...], int], path: tuple[Any, ...]) -> int | None:
    while path:
        if path in lines:
            return lines[path]
        path = path[:-1]
    return None


def _yaml_line(node: Any, path: tuple[Any, ...]) -> int | None:
    line = None
    for part in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if key_node.value == str(part):
                    line, node = key_node.start_mark.line + 1, value_node
                    break
            else:
                return line
        elif isinstance(node, yaml.SequenceNode) and isinstance(part, int):
            if part >= len(node.value):
                return line
            node = node.value[part]
            line = node.start_mark.line + 1
        else:
            return line
    return line
