"""docs/profile.schema.json and docs/profile.md stay in step with the model in the code."""

from __future__ import annotations

import dataclasses
import json
import re
import typing
from pathlib import Path

import jsonschema
import pytest
import yaml

from portfolio.profile import model
from portfolio.profile.convert import hints, public_fields, unwrap_optional
from portfolio.profile.schema_json import main, schema_text

ROOT = Path(__file__).resolve().parents[2]
SCHEMA_FILE = ROOT / "docs" / "profile.schema.json"
DOC_FILE = ROOT / "docs" / "profile.md"


def field_paths(cls: type = model.Profile, prefix: str = "") -> list[str]:
    """Every field as docs/profile.md writes it: `site.title`, `experience[].role`, ..."""
    paths = []
    for f in public_fields(cls):
        path = prefix + f.name
        paths.append(path)
        inner, _ = unwrap_optional(hints(cls)[f.name])
        origin = typing.get_origin(inner)
        if dataclasses.is_dataclass(inner):
            paths += field_paths(inner, path + ".")
        elif origin is tuple and dataclasses.is_dataclass(typing.get_args(inner)[0]):
            paths += field_paths(typing.get_args(inner)[0], path + "[].")
        elif origin is dict and dataclasses.is_dataclass(typing.get_args(inner)[1]):
            paths += field_paths(typing.get_args(inner)[1], path + ".NAME.")
    return paths


class _TextDates(yaml.SafeLoader):
    """YAML as an editor's language server reads it: dates stay text."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def validator() -> jsonschema.Draft202012Validator:
    schema = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text(), (
        "docs/profile.schema.json is out of date; run "
        "`python -m portfolio.profile.schema_json docs/profile.schema.json`"
    )


def test_regeneration_command_writes_the_same_file(tmp_path: Path) -> None:
    assert main([str(tmp_path / "schema.json")]) == 0
    assert (tmp_path / "schema.json").read_text(encoding="utf-8") == schema_text()
    with pytest.raises(SystemExit):
        main([])


def test_sample_profile_is_valid_against_the_schema() -> None:
    data = yaml.load((ROOT / "sample-profile" / "profile.yaml").read_text(), Loader=_TextDates)
    assert list(validator().iter_errors(data)) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("site: {titel: x}", ["site"]),
        ("links: {website: 'javascript:alert(1)'}", ["links", "website"]),
        ("experience: [{role: R, organization: O, start: May 2021}]", ["experience", 0, "start"]),
        ("site: {color_scheme: darkish}", ["site", "color_scheme"]),
        ("projects: {auto: {limit: 0}}", ["projects", "auto", "limit"]),
        ("skills: [{group: G, skills: [{level: expert}]}]", ["skills", 0, "skills", 0]),
    ],
)
def test_schema_rejects_what_the_loader_rejects(text: str, where: list) -> None:
    data = yaml.load("schema: portfolio/v1\n" + text, Loader=_TextDates)
    errors = list(validator().iter_errors(data))
    assert errors, text
    # Sections are `anyOf: [section, null]`, so the precise error sits in the context.
    paths = []
    pending = list(errors)
    while pending:
        error = pending.pop()
        paths.append(list(error.absolute_path))
        pending.extend(error.context or ())
    assert any(path[: len(where)] == where and len(path) >= len(where) for path in paths), paths


def test_schema_requires_the_version_line() -> None:
    assert list(validator().iter_errors({"site": {}}))
    assert list(validator().iter_errors({"schema": "portfolio/v2"}))


def test_every_field_is_documented_with_a_row() -> None:
    doc = DOC_FILE.read_text(encoding="utf-8")
    rows = set(re.findall(r"^\| `([^`]+)` \|", doc, re.MULTILINE))
    missing = [path for path in field_paths() if path not in rows]
    assert missing == [], f"docs/profile.md lacks rows for {missing}"
    unknown = sorted(rows - set(field_paths()))
    assert unknown == [], f"docs/profile.md documents fields that do not exist: {unknown}"


def test_every_section_has_an_example_that_loads(tmp_path: Path) -> None:
    """The YAML examples of docs/profile.md are valid YAML that use the documented keys."""
    doc = DOC_FILE.read_text(encoding="utf-8")
    blocks = re.findall(r"```yaml\n(.*?)```", doc, re.DOTALL)
    top_keys: set[str] = set()
    for block in blocks:
        data = yaml.safe_load(block)
        if isinstance(data, dict):
            top_keys |= set(data)
    assert {f.name for f in public_fields(model.Profile)} <= top_keys


def test_doc_names_the_regeneration_command() -> None:
    assert "python -m portfolio.profile.schema_json docs/profile.schema.json" in (
        DOC_FILE.read_text(encoding="utf-8")
    )
