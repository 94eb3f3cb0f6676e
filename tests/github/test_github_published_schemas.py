"""Our queries and our simulated GitHub, checked against the schemas GitHub publishes.

No test here talks to GitHub. Two published descriptions stand in for it, installed from npm on
first use (see ``tests/conftest.py``; skipped on a laptop without npm, failing under CI=true):

- ``@octokit/graphql-schema``: GitHub's GraphQL schema. Every query the fetch can send must
  validate against it (field names, arguments, variable types, fragments on the right types),
  and the simulated GitHub's answers must be values of the types the query selects.
- ``@octokit/openapi``: GitHub's OpenAPI description of its REST API. Every JSON body the
  simulated GitHub serves during a fetch must match the schema of that endpoint's answer, so
  the fetch tests exercise payloads shaped like GitHub's real ones, not a convenient subset.
"""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jsonschema
import pytest
import responses
from graphql import (
    GraphQLSchema,
    ParallelVisitor,
    TypeInfo,
    TypeInfoVisitor,
    build_schema,
    execute,
    parse,
    specified_rules,
    visit,
)
from graphql.validation import NoDeprecatedCustomRule, ValidationContext
from payloads import FakeGitHub, FakeRepo, standard_files

from portfolio.github.client import GitHubClient
from portfolio.github.fetch import blob_query, details_query, fetch_snapshot, pinned_query

TOKEN = "ghp_TESTtokenNOTrealSCHEMAxxxxxxxxxxxxxxX"
LOGIN = "octo-ml"


# --- GraphQL -----------------------------------------------------------------------------


_DEPRECATED = re.compile(r'@deprecated\(reason: "(?:[^"\\]|\\.)*"\)')


@pytest.fixture(scope="module")
def graphql_schema(github_graphql_sdl) -> GraphQLSchema:
    # GitHub's SDL breaks two rules graphql-core enforces on a schema (a field defined twice,
    # deprecations an interface lacks); neither changes what a query may ask.
    return build_schema(github_graphql_sdl, assume_valid_sdl=True)


@pytest.fixture(scope="module")
def graphql_schema_to_execute(github_graphql_sdl) -> GraphQLSchema:
    """The schema without its deprecation marks, which graphql-core then accepts as valid
    for ``execute`` (the marks do not change any type)."""
    return build_schema(_DEPRECATED.sub("", github_graphql_sdl), assume_valid_sdl=True)


def query_errors(schema: GraphQLSchema, query: str) -> list[str]:
    """The validation errors of ``query``: graphql-core's standard rules, plus no deprecated
    field (GitHub removes those after a notice).

    ``graphql.validate`` would first refuse GitHub's schema for the rule breaks above, so the
    rules are run through the same visitor it uses."""
    errors: list[str] = []
    document = parse(query)
    info = TypeInfo(schema)
    context = ValidationContext(schema, document, info, lambda e: errors.append(e.message))
    rules = [*specified_rules, NoDeprecatedCustomRule]
    visit(document, TypeInfoVisitor(info, ParallelVisitor([rule(context) for rule in rules])))
    return errors


class _Repo:
    def __init__(self, name: str) -> None:
        self.owner, self.name = LOGIN, name


def every_query_shape() -> dict[str, str]:
    """One example of each query the fetch builds."""
    batch = [_Repo("a"), _Repo("b")]
    return {
        "details with pins": details_query(batch, with_pinned=True)[0],
        "details": details_query(batch, with_pinned=False)[0],
        "pins only": pinned_query(),
        "READMEs elsewhere": blob_query([(_Repo("a"), "docs/README.rst")], "readme")[0],
        "environment files": blob_query([(_Repo("a"), ".env"), (_Repo("b"), ".env.local")], "env")[
            0
        ],
        "licence files": blob_query([(_Repo("a"), "LICENSE"), (_Repo("b"), "COPYING")], "licence")[
            0
        ],
    }


@pytest.mark.parametrize("name", list(every_query_shape()))
def test_every_query_validates_against_githubs_schema(graphql_schema, name) -> None:
    assert query_errors(graphql_schema, every_query_shape()[name]) == []


def test_the_validation_catches_a_wrong_field_and_a_wrong_variable_type(graphql_schema) -> None:
    # The check above is worth something only if it can fail.
    assert query_errors(graphql_schema, 'query { user(login: "x") { pinnedItemz { totalCount } } }')
    assert query_errors(graphql_schema, "query($l: Int!) { user(login: $l) { login } }")
    assert query_errors(graphql_schema, 'query { user(login: "x") { databaseId } }') == []
    deprecated = 'query { repository(owner: "a", name: "b") { projects(first: 1) { totalCount } } }'
    assert any("deprecated" in e for e in query_errors(graphql_schema, deprecated))


def _by_alias(source: Any, info: Any, **_args: Any) -> Any:
    # The simulated answers are keyed as GitHub keys them: by alias where the query has one.
    return source.get(info.path.key) if isinstance(source, dict) else None


def _type_of(value: Any, _info: Any, abstract: Any) -> str:
    """The concrete type of an answer to an abstract selection, told from its fields."""
    if abstract.name == "GitObject":
        # A folder entry's object has no field selected (only ``... on Blob``): a Tree.
        return "Blob" if "byteSize" in value or "text" in value else "Tree"
    return "Repository"  # pinnedItems: PinnableItem, of which we select Repository


def test_the_simulated_graphql_answers_have_githubs_types(graphql_schema_to_execute) -> None:
    """Each answer the simulated GitHub gives is run through the real schema as if it were the
    server's data: a missing non-null field, a string where GitHub sends an Int, an entry
    shape the schema does not have, all fail here."""
    repos = [
        FakeRepo(
            "kit",
            files=standard_files("kit"),
            release={
                "tagName": "v1",
                "name": None,
                "publishedAt": "2026-01-01T00:00:00Z",
                "url": "https://github.com/x/y",
            },
        ),
        FakeRepo("paper", files={"docs/README.rst": b"Paper\n", "README.rst": b"Other\n"}),
        FakeRepo("empty", files={}),
        FakeRepo("fork", files=standard_files("fork"), parent="up/stream"),
    ]
    fake = FakeGitHub(LOGIN, repos, pinned=(f"{LOGIN}/kit",))
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        client = GitHubClient(token=TOKEN, cache=None)
        fetch_snapshot(LOGIN, client=client)
        answers = [
            json.loads(call.response.text) for call in rsps.calls if call.request.method == "POST"
        ]
    assert len(answers) == len(fake.graphql_queries) >= 1
    for sent, answer in zip(fake.graphql_queries, answers, strict=True):
        result = execute(
            graphql_schema_to_execute,
            parse(sent["query"]),
            root_value=answer["data"],
            variable_values=sent["variables"],
            field_resolver=_by_alias,
            type_resolver=_type_of,
        )
        assert result.errors is None, [e.message for e in result.errors or []]
        assert result.data == answer["data"]


# --- REST --------------------------------------------------------------------------------


def _json_schema(node: Any) -> Any:
    """OpenAPI 3.0 schema -> JSON Schema: ``nullable: true`` becomes a ``null`` alternative."""
    if isinstance(node, list):
        return [_json_schema(item) for item in node]
    if not isinstance(node, dict):
        return node
    out = {key: _json_schema(value) for key, value in node.items()}
    if out.pop("nullable", False):
        if isinstance(out.get("type"), str):
            out["type"] = [out["type"], "null"]
            if "enum" in out:
                out["enum"] = [*out["enum"], None]
        else:
            out = {"anyOf": [out, {"type": "null"}]}
    return out


@functools.cache
def _openapi(path: Path) -> tuple[dict[str, Any], list[tuple[re.Pattern[str], dict[str, Any]]]]:
    spec = json.loads(path.read_text(encoding="utf-8"))
    routes = []
    for template, operations in spec["paths"].items():
        if "get" not in operations:
            continue
        # {path} of the contents endpoint spans slashes; other parameters do not.
        pattern = re.sub(r"\\{path\\}", ".+", re.escape(template))
        pattern = re.sub(r"\\{[a-z_]+\\}", "[^/]+", pattern)
        routes.append((re.compile(f"^{pattern}$"), operations["get"]))
    return _json_schema(spec["components"]), routes


def _answer_schema(spec_path: Path, url_path: str, status: int) -> dict[str, Any]:
    components, routes = _openapi(spec_path)
    matches = [op for pattern, op in routes if pattern.match(url_path)]
    assert matches, f"GitHub's REST API has no GET {url_path}"
    response = matches[0]["responses"][str(status)]
    if "$ref" in response:  # a shared response, e.g. #/components/responses/not_found
        response = components["responses"][response["$ref"].rpartition("/")[2]]
    schema = response["content"]["application/json"]["schema"]
    return {**schema, "components": components}


def served_rest_answers(fake: FakeGitHub, token: str) -> list[tuple[str, int, Any]]:
    """(API path, status, JSON body) of every REST answer with a body during a cold fetch."""
    with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
        fake.install(rsps)
        fetch_snapshot(LOGIN, client=GitHubClient(token=token, cache=None))
        served = []
        for call in rsps.calls:
            parts = urlsplit(call.request.url)
            text = call.response.text
            if parts.hostname != "api.github.com" or parts.path == "/graphql" or not text:
                continue
            served.append((parts.path, call.response.status_code, json.loads(text)))
    return served


@pytest.mark.parametrize("token", [TOKEN, ""], ids=["token", "no-token"])
def test_every_rest_answer_of_the_simulated_github_matches_githubs_openapi(
    github_openapi_path, token
) -> None:
    repos = [
        FakeRepo("kit", files=standard_files("kit")),
        FakeRepo("latin1", files={"README.md": "Caf\u00e9\n".encode("latin-1")}),
        FakeRepo("no-readme", files={"train.py": b""}),
        FakeRepo("empty", files={}),
    ]
    served = served_rest_answers(FakeGitHub(LOGIN, repos), token)
    checked = {path.split("/")[1] + "/" + path.split("/")[-1] for path, _s, _b in served}
    assert {"users/" + LOGIN, "users/social_accounts", "users/repos"} <= checked
    if not token:
        assert any("/git/trees/" in path for path, _s, _b in served)
    for path, status, body in served:
        schema = _answer_schema(github_openapi_path, path, status)
        errors = [e.message for e in jsonschema.Draft7Validator(schema).iter_errors(body)]
        assert errors == [], f"{status} {path}: {errors[:5]}"
