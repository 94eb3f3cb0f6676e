"""Turn YAML nodes into the profile dataclasses, collecting every mistake with its line.

Driven by the type hints and field metadata of ``portfolio.profile.model``, so adding a field
there is enough for it to be read, checked, documented and published in the JSON Schema.
A mistake never stops the walk: the field keeps its default and the next one is checked, so the
user sees every problem of the file at once.
"""

from __future__ import annotations

import dataclasses
import datetime
import difflib
import re
import types
import typing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from portfolio.profile import model

_NULL = "tag:yaml.org,2002:null"
_BOOL = "tag:yaml.org,2002:bool"
_INT = "tag:yaml.org,2002:int"
_STR = "tag:yaml.org,2002:str"


class Invalid:
    """Marks a value that could not be read; its error is already recorded."""


INVALID = Invalid()


@dataclass(frozen=True, order=True)
class Mistake:
    """One problem of the file: where, which field, what."""

    line: int
    path: str
    message: str


def field_doc(f: dataclasses.Field[Any]) -> dict[str, Any]:
    """A field's documentation and checks (``doc``, ``kind``, ``choices``, ...)."""
    return dict(f.metadata)


def public_fields(cls: type) -> list[dataclasses.Field[Any]]:
    """The fields a YAML file may set (not the ones the loader fills in, like ``root``)."""
    return [f for f in dataclasses.fields(cls) if not f.metadata.get("internal")]


_HINTS: dict[type, dict[str, Any]] = {}


def hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = typing.get_type_hints(cls, vars(model))
    return _HINTS[cls]


def unwrap_optional(tp: Any) -> tuple[Any, bool]:
    """``str | None`` -> (str, True); anything else -> (tp, False)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(args) == 1:
            return args[0], True
    return tp, False


def _all_field_paths(cls: type, prefix: str = "") -> dict[str, list[str]]:
    """Field name -> every dotted path it appears at, to suggest a key put in the wrong place."""
    found: dict[str, list[str]] = {}
    for f in public_fields(cls):
        path = f"{prefix}{f.name}"
        found.setdefault(f.name, []).append(path)
        inner, _ = unwrap_optional(hints(cls)[f.name])
        if dataclasses.is_dataclass(inner):
            for name, paths in _all_field_paths(inner, path + ".").items():
                found.setdefault(name, []).extend(paths)
    return found


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    return f"`{node.value}`"


def _line(node: Node) -> int:
    return node.start_mark.line + 1


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_COLOR = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_ID = re.compile(r"[a-z0-9][a-z0-9-]*")
_EMAIL = re.compile(r"[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Characters browsers drop from a URL before reading its scheme ("java\tscript:" runs).
_INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


class Converter:
    """One pass over one file; ``mistakes`` holds everything found."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.real_root = root.resolve()
        self.mistakes: list[Mistake] = []
        self._paths = _all_field_paths(model.Profile)

    def mistake(self, node: Node, path: str, message: str) -> Invalid:
        self.mistakes.append(Mistake(_line(node), path, message))
        return INVALID

    # --- structure --------------------------------------------------------------------------

    def convert(self, tp: Any, node: Node, path: str, meta: dict[str, Any]) -> Any:
        inner, optional = unwrap_optional(tp)
        if isinstance(node, ScalarNode) and node.tag == _NULL:
            if optional:
                return None
            if dataclasses.is_dataclass(inner) and _required(inner):
                return self.mistake(node, path, "empty entry; fill it in or remove the line")
            if dataclasses.is_dataclass(inner) or typing.get_origin(inner) in (tuple, dict):
                return self.default_of(inner)  # `skills:` with nothing after it: empty
            return self.mistake(node, path, f"expected {_expected(inner)}, got nothing")
        if dataclasses.is_dataclass(inner):
            return self.dataclass(inner, node, path)
        origin = typing.get_origin(inner)
        if origin is tuple:
            (item_tp, _ellipsis) = typing.get_args(inner)
            return self.sequence(item_tp, node, path, meta)
        if origin is dict:
            _key, value_tp = typing.get_args(inner)
            if value_tp is Any:
                return self.raw_mapping(node, path)
            return self.mapping(value_tp, node, path)
        if inner is bool:
            return self.boolean(node, path)
        if inner is int:
            return self.integer(node, path, meta)
        if inner is str:
            return self.string(node, path, meta)
        raise TypeError(f"profile field {path} has an unsupported type {tp!r}")  # a bug

    def default_of(self, tp: Any) -> Any:
        if dataclasses.is_dataclass(tp):
            return tp()
        return {} if typing.get_origin(tp) is dict else ()

    def dataclass(self, cls: type, node: Node, path: str) -> Any:
        shorthand = model.SHORTHAND.get(cls)
        if shorthand and isinstance(node, ScalarNode):
            meta = field_doc(next(f for f in dataclasses.fields(cls) if f.name == shorthand))
            value = self.string(node, f"{path}.{shorthand}" if path else shorthand, meta)
            return INVALID if value is INVALID else cls(**{shorthand: value})
        if not isinstance(node, MappingNode):
            return self.mistake(
                node,
                path or "top level",
                f"expected a mapping (`key: value` lines), got {_describe(node)}",
            )
        fields = {f.name: f for f in public_fields(cls)}
        kwargs: dict[str, Any] = {}
        for key_node, value_node in self.pairs(node, path):
            key = key_node.value
            where = f"{path}.{key}" if path else key
            f = fields.get(key)
            if f is None:
                self.mistake(key_node, where, self.unknown_key(key, list(fields), path))
                continue
            value = self.convert(hints(cls)[key], value_node, where, field_doc(f))
            if value is not INVALID:
                kwargs[key] = value
        missing = [
            name
            for name, f in fields.items()
            if name not in kwargs
            and f.default is dataclasses.MISSING
            and f.default_factory is dataclasses.MISSING
        ]
        for name in missing:
            if any(k.value == name for k, _ in node.value):
                continue  # present but invalid: already reported
            where = f"{path}.{name}" if path else name
            self.mistake(node, where, f"missing; {_a(cls)} needs `{name}`")
        if missing:
            return INVALID
        return cls(**kwargs)

    def pairs(self, node: MappingNode, path: str) -> list[tuple[ScalarNode, Node]]:
        """The key/value pairs, reporting keys that are not text and keys given twice."""
        seen: dict[str, int] = {}
        result = []
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.tag == _NULL:
                self.mistake(key_node, path or "top level", "a key must be a plain name")
                continue
            if key_node.tag == "tag:yaml.org,2002:merge":
                self.mistake(key_node, path or "top level", "merge keys (`<<`) are not allowed")
                continue
            key = key_node.value
            if key in seen:
                where = f"{path}.{key}" if path else key
                self.mistake(
                    key_node,
                    where,
                    f"duplicate key (first set on line {seen[key]}); remove one of them",
                )
                continue
            seen[key] = _line(key_node)
            result.append((key_node, value_node))
        return result

    def unknown_key(self, key: str, known: list[str], path: str) -> str:
        # A known key put in the wrong section (`linkedin:` at the top) is the likelier slip.
        elsewhere = [p for p in self._paths.get(key, []) if p.rsplit(".", 1)[0] != path]
        if elsewhere:
            return f"unknown key here; did you mean `{elsewhere[0]}`?"
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        if close:
            return f"unknown key; did you mean `{close[0]}`?"
        return "unknown key; the keys allowed here are " + ", ".join(f"`{k}`" for k in known)

    def sequence(self, item_tp: Any, node: Node, path: str, meta: dict[str, Any]) -> Any:
        if not isinstance(node, SequenceNode):
            if isinstance(node, ScalarNode) and item_tp is str:
                hint = f"; write it as a list: `[{node.value}]`"
            else:
                hint = "; write one item per line, each starting with `- `"
            return self.mistake(node, path, f"expected a list, got {_describe(node)}{hint}")
        items = []
        for index, item_node in enumerate(node.value):
            value = self.convert(item_tp, item_node, f"{path}[{index}]", meta)
            if value is not INVALID:
                items.append(value)
        return tuple(items)

    def mapping(self, value_tp: Any, node: Node, path: str) -> Any:
        if not isinstance(node, MappingNode):
            return self.mistake(node, path, f"expected a mapping, got {_describe(node)}")
        result = {}
        for key_node, value_node in self.pairs(node, path):
            value = self.convert(value_tp, value_node, f"{path}.{key_node.value}", {})
            if value is not INVALID:
                result[key_node.value] = value
        return result

    def raw_mapping(self, node: Node, path: str) -> Any:
        """A pass-through section: plain YAML values, still checked for duplicate keys."""
        if not isinstance(node, MappingNode):
            return self.mistake(node, path, f"expected a mapping, got {_describe(node)}")
        before = len(self.mistakes)
        self._check_duplicates(node, path)
        if len(self.mistakes) > before:
            return INVALID
        return yaml.constructor.SafeConstructor().construct_document(node)

    def _check_duplicates(self, node: Node, path: str) -> None:
        if isinstance(node, MappingNode):
            for key_node, value_node in self.pairs(node, path):
                self._check_duplicates(value_node, f"{path}.{key_node.value}")
        elif isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                self._check_duplicates(item, f"{path}[{index}]")

    # --- scalars ----------------------------------------------------------------------------

    def boolean(self, node: Node, path: str) -> Any:
        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            return node.value.lower() in ("true", "yes", "on")
        return self.mistake(node, path, f"expected true or false, got {_describe(node)}")

    def integer(self, node: Node, path: str, meta: dict[str, Any]) -> Any:
        if not (isinstance(node, ScalarNode) and node.tag == _INT):
            return self.mistake(node, path, f"expected a whole number, got {_describe(node)}")
        value = yaml.constructor.SafeConstructor().construct_yaml_int(node)
        minimum = meta.get("minimum")
        if minimum is not None and value < minimum:
            return self.mistake(node, path, f"must be at least {minimum}, got {value}")
        return value

    def string(self, node: Node, path: str, meta: dict[str, Any]) -> Any:
        if not isinstance(node, ScalarNode):
            return self.mistake(node, path, f"expected text, got {_describe(node)}")
        # The field is known to be text, so the raw text is what the user meant: `title: 1984`
        # stays "1984", `language: no` stays "no" (not false), `2021-05` stays a string.
        value = node.value.strip() if node.tag != _STR else node.value
        choices = meta.get("choices")
        if choices:
            if value not in choices:
                close = difflib.get_close_matches(value, choices, n=1, cutoff=0.5)
                hint = f"; did you mean `{close[0]}`?" if close else ""
                listed = ", ".join(f"`{c}`" for c in choices)
                return self.mistake(node, path, f"`{value}` is not one of {listed}{hint}")
            return value
        kind = meta.get("kind")
        if kind is None or kind in (model.TEXT, model.MARKDOWN):
            return value
        checker = getattr(self, "check_" + kind.replace("-", "_"))
        message, result = checker(value.strip())
        if message:
            return self.mistake(node, path, message)
        return result

    # Each checker returns (error message or None, the value to keep).

    def check_url(self, value: str) -> tuple[str | None, Any]:
        cleaned = _INVISIBLE.sub("", value)
        scheme = _SCHEME.match(cleaned)
        if scheme and scheme.group(1).lower() in ("http", "https"):
            if re.match(r"https?://[^/\s?#]+", value, re.IGNORECASE) and " " not in value:
                return None, value
            return f"`{value}` is not a complete address", None
        if scheme:
            return (
                f"`{scheme.group(1).lower()}:` addresses are not allowed; "
                "write an address starting with https://",
                None,
            )
        return f"expected an address starting with https://, got `{value}`", None

    def check_link(self, value: str) -> tuple[str | None, Any]:
        cleaned = _INVISIBLE.sub("", value)
        if cleaned.lower().startswith("mailto:"):
            address = cleaned[len("mailto:") :]
            if _EMAIL.fullmatch(address):
                return None, value
            return f"`{value}` is not an email address", None
        if _SCHEME.match(cleaned) or cleaned.startswith("//"):
            return self.check_url(value)
        if cleaned.startswith(("/", "#")) or (cleaned and not cleaned.startswith("\\")):
            return None, value
        return f"expected an address or a path on the site, got `{value}`", None

    def check_email(self, value: str) -> tuple[str | None, Any]:
        if value.lower().startswith("mailto:"):
            return f"write the address without `mailto:`: `{value[7:]}`", None
        if _EMAIL.fullmatch(value):
            return None, value
        return f"`{value}` is not an email address", None

    def check_date(self, value: str) -> tuple[str | None, Any]:
        if not _DATE.fullmatch(value):
            return f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, got `{value}`", None
        parts = [int(p) for p in value.split("-")] + [1, 1]
        try:
            datetime.date(parts[0], parts[1], parts[2])
        except ValueError:
            return f"`{value}` is not a real date", None
        return None, value

    def check_end_date(self, value: str) -> tuple[str | None, Any]:
        if value.lower() == "present":
            return None, None
        message, result = self.check_date(value)
        if message and not _DATE.fullmatch(value):
            message = f"expected a date as YYYY, YYYY-MM or YYYY-MM-DD, or `present`, got `{value}`"
        return message, result

    def check_color(self, value: str) -> tuple[str | None, Any]:
        if _COLOR.fullmatch(value):
            return None, value.lower()
        return f"expected a colour such as `#2a6df4`, got `{value}`", None

    def check_id(self, value: str) -> tuple[str | None, Any]:
        if _ID.fullmatch(value):
            return None, value
        return (
            f"`{value}` must use only lower-case letters, digits and hyphens, e.g. `open-source`",
            None,
        )

    def check_file(self, value: str) -> tuple[str | None, Any]:
        return self.local_path(value, folder=False)

    def check_folder(self, value: str) -> tuple[str | None, Any]:
        return self.local_path(value, folder=True)

    def check_file_or_url(self, value: str) -> tuple[str | None, Any]:
        if _SCHEME.match(_INVISIBLE.sub("", value)) and not PureWindowsPath(value).drive:
            return self.check_url(value)
        return self.local_path(value, folder=False)

    def check_avatar(self, value: str) -> tuple[str | None, Any]:
        if value == "github":
            return None, value
        return self.check_file_or_url(value)

    def check_theme(self, value: str) -> tuple[str | None, Any]:
        if "/" in value or "\\" in value or value.startswith("."):
            message, folder = self.local_path(value, folder=True)
            # Kept as `./name`, so that a folder called like a bundled theme stays the user's.
            return message, None if message else f"./{folder}"
        bundled = bundled_theme_names()
        if value in bundled or not bundled:
            return None, value
        close = difflib.get_close_matches(value, bundled, n=1, cutoff=0.6)
        hint = (
            f"did you mean `{close[0]}`?"
            if close
            else "the bundled themes are " + ", ".join(f"`{name}`" for name in bundled)
        )
        return (
            f"no bundled theme called `{value}`; {hint} (for a theme folder of your own, "
            f"write its path: `./{value}`)",
            None,
        )

    def local_path(self, value: str, *, folder: bool) -> tuple[str | None, Any]:
        what = "folder" if folder else "file"
        if not value:
            return f"expected the path of a {what}, got nothing", None
        if (
            PurePosixPath(value).is_absolute()
            or PureWindowsPath(value).is_absolute()
            or (PureWindowsPath(value).drive)
        ):
            return (
                f"`{value}` is an absolute path; write it relative to the profile folder, "
                f"e.g. `{PurePosixPath(value).name or 'images/me.jpg'}`",
                None,
            )
        parts = PurePosixPath(value.replace("\\", "/")).parts
        if ".." in parts:
            return f"`{value}` leads outside the profile folder (`..`); keep it inside", None
        target = self.root.joinpath(*parts)
        try:
            real = target.resolve()
        except (OSError, RuntimeError):  # a symlink loop
            return f"`{value}` cannot be followed (a symbolic link loop?)", None
        if not real.is_relative_to(self.real_root):
            return (
                f"`{value}` is a symbolic link that leads outside the profile folder; "
                "copy the file into the folder instead",
                None,
            )
        if not target.exists():
            return f"{what} `{value}` not found in the profile folder", None
        if folder and not target.is_dir():
            return f"`{value}` is a file; expected a folder", None
        if not folder and not target.is_file():
            return f"`{value}` is a folder; expected a file", None
        return None, "/".join(parts)


def _required(cls: type) -> list[str]:
    return [
        f.name
        for f in public_fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    ]


def bundled_theme_names() -> list[str]:
    """The themes shipped with portfolio-kit (folders of the ``themes`` package)."""
    from themes import THEMES_DIR

    return sorted(p.parent.name for p in THEMES_DIR.glob("*/theme.yaml"))


def _expected(tp: Any) -> str:
    if tp is bool:
        return "true or false"
    if tp is int:
        return "a whole number"
    return "text"


def _a(cls: type) -> str:
    """A short name for an entry of this class, for "missing" messages."""
    words = re.sub(r"(?<!^)([A-Z])", r" \1", cls.__name__).lower()
    article = "an" if words[0] in "aeiou" else "a"
    return f"{article} {words} entry"
