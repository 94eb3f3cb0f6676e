"""The JSON Schema of profile.yaml (draft 2020-12), generated from ``portfolio.profile.model``.

Editors use it for completion and inline errors (VS Code's YAML extension reads a
``# yaml-language-server: $schema=...`` comment). The loader stays the reference: some checks
(files exist, dates are real, section ids exist) are beyond JSON Schema.

Regenerate ``docs/profile.schema.json`` after changing the model::

    python -m portfolio.profile.schema_json docs/profile.schema.json
"""

from __future__ import annotations

import dataclasses
import json
import sys
import typing
from collections.abc import Sequence
from typing import Any

from portfolio.files import write_text_atomic
from portfolio.profile import model
from portfolio.profile.convert import hints, public_fields, unwrap_optional

SCHEMA_URL = "https://json-schema.org/draft/2020-12/schema"
SCHEMA_ID_URL = (
    "https://raw.githubusercontent.com/portfolio-kit/portfolio-kit/main/docs/profile.schema.json"
)

_DATE_PATTERN = r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
_PATTERNS = {
    model.URL: r"^[hH][tT][tT][pP][sS]?://[^/\s]",
    model.COLOR: r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$",
    model.ID: r"^[a-z0-9][a-z0-9-]*$",
    model.EMAIL: r"^[^@\s:/]+@[^@\s:/]+\.[^@\s:/]+$",
}


def profile_schema() -> dict[str, Any]:
    """The whole schema as a JSON-ready dict (stable: same model, same output)."""
    defs: dict[str, Any] = {}
    root = _object_schema(model.Profile, defs)
    root["required"] = ["schema"]
    root["properties"]["schema"] = {
        "const": model.SCHEMA_ID,
        "description": root["properties"]["schema"]["description"],
    }
    return {
        "$schema": SCHEMA_URL,
        "$id": SCHEMA_ID_URL,
        "title": "portfolio-kit profile.yaml",
        **root,
        "$defs": dict(sorted(defs.items())),
    }


def schema_text() -> str:
    return json.dumps(profile_schema(), indent=2, ensure_ascii=False) + "\n"


def _object_schema(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    properties = {}
    required = []
    for f in public_fields(cls):
        properties[f.name] = _field_schema(hints(cls)[f.name], f, defs)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            required.append(f.name)
    schema: dict[str, Any] = {
        "description": (cls.__doc__ or "").strip(),
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
    }
    if required and cls is not model.Profile:
        schema["required"] = required
    return schema


def _ref(cls: type, defs: dict[str, Any]) -> dict[str, Any]:
    if cls.__name__ not in defs:
        defs[cls.__name__] = {}  # placeholder first: stops endless recursion
        defs[cls.__name__] = _object_schema(cls, defs)
    ref: dict[str, Any] = {"$ref": f"#/$defs/{cls.__name__}"}
    shorthand = model.SHORTHAND.get(cls)
    if shorthand:
        return {"anyOf": [{"type": "string"}, ref]}
    return ref


def _field_schema(tp: Any, f: dataclasses.Field[Any], defs: dict[str, Any]) -> dict[str, Any]:
    meta = dict(f.metadata)
    schema = _type_schema(tp, meta, defs)
    schema["description"] = meta["doc"]
    default = f.default
    if default is not dataclasses.MISSING and default not in ((), None):
        schema["default"] = default
    if meta.get("example") is not None:
        schema["examples"] = [meta["example"]]
    return schema


def _type_schema(tp: Any, meta: dict[str, Any], defs: dict[str, Any]) -> dict[str, Any]:
    inner, optional = unwrap_optional(tp)
    # An empty value (`skills:` alone) is read as "nothing", so lists, mappings and sections
    # accept null as well.
    if dataclasses.is_dataclass(inner):
        return {"anyOf": [_ref(inner, defs), {"type": "null"}]}
    origin = typing.get_origin(inner)
    if origin is tuple:
        (item_tp, _ellipsis) = typing.get_args(inner)
        return {"type": ["array", "null"], "items": _type_schema(item_tp, {}, defs)}
    if origin is dict:
        _key, value_tp = typing.get_args(inner)
        schema: dict[str, Any] = {"type": ["object", "null"]}
        if value_tp is not Any:
            schema["additionalProperties"] = _type_schema(value_tp, {}, defs)
        return schema
    if inner is bool:
        return {"type": "boolean"}
    if inner is int:
        schema = {"type": "integer"}
        if meta.get("minimum") is not None:
            schema["minimum"] = meta["minimum"]
        return schema
    return _string_schema(meta, optional)


def _string_schema(meta: dict[str, Any], optional: bool) -> dict[str, Any]:
    kind = meta.get("kind")
    null = ["null"] if optional else []
    if meta.get("choices"):
        return {"enum": list(meta["choices"]) + ([None] if optional else [])}
    if kind == model.DATE:
        # `2021` is a number to YAML; the loader reads it as the text it is.
        return {"type": ["string", "integer", *null], "pattern": _DATE_PATTERN}
    if kind == model.END_DATE:
        return {
            "anyOf": [
                {"type": ["string", "integer", *null], "pattern": _DATE_PATTERN},
                {"const": "present"},
            ]
        }
    schema: dict[str, Any] = {"type": ["string", *null] if null else "string"}
    if kind in _PATTERNS:
        schema["pattern"] = _PATTERNS[kind]
    if kind == model.MARKDOWN:
        schema["contentMediaType"] = "text/markdown"
    return schema


def main(argv: Sequence[str] | None = None) -> int:
    """Write the schema to the path given (the maintainers' regeneration command)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) != 1:
        raise SystemExit("usage: python -m portfolio.profile.schema_json docs/profile.schema.json")
    write_text_atomic(args[0], schema_text())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
