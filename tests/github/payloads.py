"""GitHub answers for the fetch tests and the benchmark, shaped like the real API's.

Two layers:
- builders (``user_json``, ``repo_json``, ``tree_json``, ``graphql_repo``...) that return JSON
  with GitHub's real field names, for tests that register exact responses;
- ``FakeGitHub``, a small simulation of the endpoints the fetch and a naive PyGithub loop use,
  over a model of one user's repositories, with ETags and 304s, Link pagination and
  X-RateLimit-* headers, for end-to-end tests and ``benchmarks/fetch.py``.

PyGithub sends URLs with an explicit ``:443``, so mocks use ``API`` and ``RAW`` below.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

import responses

API = "https://api.github.com:443"
RAW = "https://raw.githubusercontent.com:443"
RESET = 1_790_000_000  # a fixed X-RateLimit-Reset (epoch seconds) for the tests
NOW = "2026-11-20T10:00:00Z"


def rate_headers(remaining: int = 4999, limit: int = 5000, reset: int = RESET) -> dict[str, str]:
    return {
        "X-RateLimit-Limit": str(limit),
        "X-RateLimit-Remaining": str(remaining),
        "X-RateLimit-Reset": str(reset),
        "X-RateLimit-Used": str(limit - remaining),
        "X-RateLimit-Resource": "core",
    }


def user_urls(login: str) -> dict[str, str]:
    """The hypermedia URLs GitHub puts in every user object (unused by us, but always there)."""
    api = f"https://api.github.com/users/{login}"
    return {
        "followers_url": f"{api}/followers",
        "following_url": f"{api}/following{{/other_user}}",
        "gists_url": f"{api}/gists{{/gist_id}}",
        "starred_url": f"{api}/starred{{/owner}}{{/repo}}",
        "subscriptions_url": f"{api}/subscriptions",
        "organizations_url": f"{api}/orgs",
        "repos_url": f"{api}/repos",
        "events_url": f"{api}/events{{/privacy}}",
        "received_events_url": f"{api}/received_events",
    }


_REPO_URLS = {
    "archive_url": "/{archive_format}{/ref}",
    "assignees_url": "/assignees{/user}",
    "blobs_url": "/git/blobs{/sha}",
    "branches_url": "/branches{/branch}",
    "collaborators_url": "/collaborators{/collaborator}",
    "comments_url": "/comments{/number}",
    "commits_url": "/commits{/sha}",
    "compare_url": "/compare/{base}...{head}",
    "contributors_url": "/contributors",
    "deployments_url": "/deployments",
    "downloads_url": "/downloads",
    "events_url": "/events",
    "forks_url": "/forks",
    "git_commits_url": "/git/commits{/sha}",
    "git_refs_url": "/git/refs{/sha}",
    "git_tags_url": "/git/tags{/sha}",
    "hooks_url": "/hooks",
    "issue_comment_url": "/issues/comments{/number}",
    "issue_events_url": "/issues/events{/number}",
    "issues_url": "/issues{/number}",
    "keys_url": "/keys{/key_id}",
    "labels_url": "/labels{/name}",
    "merges_url": "/merges",
    "milestones_url": "/milestones{/number}",
    "notifications_url": "/notifications{?since,all,participating}",
    "pulls_url": "/pulls{/number}",
    "releases_url": "/releases{/id}",
    "stargazers_url": "/stargazers",
    "statuses_url": "/statuses/{sha}",
    "subscribers_url": "/subscribers",
    "subscription_url": "/subscription",
    "tags_url": "/tags",
    "teams_url": "/teams",
}
"""The URL templates GitHub puts in every repository object, after its API address."""


def user_json(login: str = "octo-ml", **overrides: Any) -> dict[str, Any]:
    data = {
        **user_urls(login),
        "login": login,
        "id": 583231,
        "node_id": "MDQ6VXNlcjU4MzIzMQ==",
        "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4",
        "gravatar_id": "",
        "url": f"https://api.github.com/users/{login}",
        "html_url": f"https://github.com/{login}",
        "type": "User",
        "user_view_type": "public",
        "site_admin": False,
        "name": "Octo ML",
        "company": "@acme-research",
        "blog": "https://octo-ml.dev",
        "location": "Lisbon",
        "email": None,
        "hireable": True,
        "bio": "Machine-learning engineer: retrieval, evaluation, small fast models.",
        "twitter_username": None,
        "public_repos": 3,
        "public_gists": 1,
        "followers": 42,
        "following": 7,
        "created_at": "2015-03-02T09:12:44Z",
        "updated_at": "2026-10-01T08:00:00Z",
    }
    data.update(overrides)
    return data


def social_json(login: str = "octo-ml") -> list[dict[str, str]]:
    return [
        {"provider": "linkedin", "url": f"https://www.linkedin.com/in/{login}"},
        {"provider": "generic", "url": "https://octo-ml.dev"},
    ]


LICENSES = {
    "MIT": ("mit", "MIT License"),
    "Apache-2.0": ("apache-2.0", "Apache License 2.0"),
    "NOASSERTION": ("other", "Other"),
}


def repo_json(owner: str, name: str, repo_id: int = 1000, **overrides: Any) -> dict[str, Any]:
    """One item of ``GET /users/{login}/repos`` (the full field set GitHub sends)."""
    spdx = overrides.pop("license", "MIT")
    license_info = None
    if spdx:
        key, title = LICENSES.get(spdx, (spdx.lower(), spdx))
        license_info = {
            "key": key,
            "name": title,
            "spdx_id": spdx,
            "url": None if spdx == "NOASSERTION" else f"https://api.github.com/licenses/{key}",
            "node_id": "MDc6TGljZW5zZTEz",
        }
    api = f"https://api.github.com/repos/{owner}/{name}"
    data = {
        "id": repo_id,
        "node_id": f"R_kgDO{repo_id}",
        "name": name,
        "full_name": f"{owner}/{name}",
        "private": False,
        "owner": {
            "login": owner,
            "id": 583231,
            "node_id": "MDQ6VXNlcjU4MzIzMQ==",
            "avatar_url": "https://avatars.githubusercontent.com/u/583231?v=4",
            "gravatar_id": "",
            "url": f"https://api.github.com/users/{owner}",
            "html_url": f"https://github.com/{owner}",
            **user_urls(owner),
            "type": "User",
            "user_view_type": "public",
            "site_admin": False,
        },
        "html_url": f"https://github.com/{owner}/{name}",
        "description": f"{name}: a small, well-tested tool.",
        "fork": False,
        "url": api,
        **{field: api + template for field, template in _REPO_URLS.items()},
        "languages_url": f"{api}/languages",
        "trees_url": f"{api}/git/trees{{/sha}}",
        "contents_url": f"{api}/contents/{{+path}}",
        "created_at": "2024-01-10T10:00:00Z",
        "updated_at": "2026-09-01T10:00:00Z",
        "pushed_at": "2026-09-01T09:59:00Z",
        "git_url": f"git://github.com/{owner}/{name}.git",
        "clone_url": f"https://github.com/{owner}/{name}.git",
        "homepage": "",
        "size": 240,
        "stargazers_count": 12,
        "watchers_count": 12,
        "language": "Python",
        "has_issues": True,
        "has_projects": True,
        "has_downloads": True,
        "has_wiki": False,
        "has_pages": False,
        "has_discussions": False,
        "forks_count": 2,
        "mirror_url": None,
        "archived": False,
        "disabled": False,
        "open_issues_count": 1,
        "license": license_info,
        "allow_forking": True,
        "is_template": False,
        "web_commit_signoff_required": False,
        "topics": ["machine-learning", "python"],
        "visibility": "public",
        "forks": 2,
        "open_issues": 1,
        "watchers": 12,
        "default_branch": "main",
    }
    data.update(overrides)
    return data


def _sha(text: str) -> str:
    return hashlib.sha1(text.encode()).hexdigest()


def _mode(kind: str) -> str:
    return {"blob": "100644", "tree": "040000", "commit": "160000", "link": "120000"}[kind]


def tree_json(owner: str, name: str, files: dict[str, bytes], *, truncated: bool = False) -> dict:
    """``GET /repos/{o}/{r}/git/trees/{ref}?recursive=1`` for ``files`` (path -> content)."""
    folders: set[str] = set()
    for path in files:
        parts = path.split("/")[:-1]
        for depth in range(1, len(parts) + 1):
            folders.add("/".join(parts[:depth]))
    api = f"https://api.github.com/repos/{owner}/{name}/git"
    tree = [
        {
            "path": p,
            "mode": "040000",
            "type": "tree",
            "sha": _sha(p),
            "url": f"{api}/trees/{_sha(p)}",
        }
        for p in folders
    ] + [
        {
            "path": p,
            "mode": "100644",
            "type": "blob",
            "sha": _sha(p + str(len(c))),
            "size": len(c),
            "url": f"{api}/blobs/{_sha(p)}",
        }
        for p, c in files.items()
    ]
    tree.sort(key=lambda e: e["path"])
    sha = _sha(json.dumps(sorted(files)))
    return {"sha": sha, "url": f"{api}/trees/{sha}", "tree": tree, "truncated": truncated}


def contents_file_json(owner: str, name: str, path: str, content: bytes) -> dict[str, Any]:
    """``GET /repos/{o}/{r}/contents/{path}`` (and ``/readme``) for a file."""
    api = f"https://api.github.com/repos/{owner}/{name}/contents/{path}"
    return {
        "type": "file",
        "encoding": "base64",
        "size": len(content),
        "name": path.rpartition("/")[2],
        "path": path,
        "content": base64.encodebytes(content).decode(),
        "sha": _sha(path),
        "url": f"{api}?ref=main",
        "git_url": f"https://api.github.com/repos/{owner}/{name}/git/blobs/{_sha(path)}",
        "html_url": f"https://github.com/{owner}/{name}/blob/main/{path}",
        "download_url": f"https://raw.githubusercontent.com/{owner}/{name}/main/{path}",
        "_links": {
            "self": f"{api}?ref=main",
            "git": f"https://api.github.com/repos/{owner}/{name}/git/blobs/{_sha(path)}",
            "html": f"https://github.com/{owner}/{name}/blob/main/{path}",
        },
    }


def graphql_entries(folder: str, files: dict[str, bytes]) -> dict[str, Any] | None:
    """A GraphQL ``Tree`` for ``folder`` of ``files``, or None when the folder does not exist."""
    prefix = f"{folder}/" if folder else ""
    entries: dict[str, dict[str, Any]] = {}
    for path, content in files.items():
        if not path.startswith(prefix):
            continue
        head, _, rest = path[len(prefix) :].partition("/")
        if rest:
            entries[head] = {"name": head, "type": "tree", "mode": 16384, "object": {}}
        else:
            entries[head] = {
                "name": head,
                "type": "blob",
                "mode": 33188,
                "object": {"byteSize": len(content)},
            }
    if not entries:
        return None
    return {"entries": [entries[k] for k in sorted(entries)]}


def graphql_blob(content: bytes | None) -> dict[str, Any] | None:
    if content is None:
        return None
    try:
        text: str | None = content.decode("utf-8")
    except UnicodeDecodeError:
        text = None  # GitHub gives no text for a blob it cannot show as UTF-8
    return {"text": text, "isBinary": False, "isTruncated": False, "byteSize": len(content)}


def graphql_rate(cost: int = 1, remaining: int = 4990) -> dict[str, Any]:
    return {"cost": cost, "remaining": remaining, "resetAt": "2026-11-21T14:00:00Z"}


# --- a simulated GitHub ------------------------------------------------------------------


@dataclass
class FakeRepo:
    """A repository of the simulated user: its list fields and its files."""

    name: str
    files: dict[str, bytes] = field(default_factory=dict)
    languages: dict[str, int] = field(default_factory=lambda: {"Python": 12000})
    release: dict[str, Any] | None = None
    parent: str | None = None
    list_fields: dict[str, Any] = field(default_factory=dict)

    @property
    def empty(self) -> bool:
        return not self.files


def standard_files(name: str, readme: bytes | None = None) -> dict[str, bytes]:
    files = {
        "README.md": readme if readme is not None else f"# {name}\n\nWhat it does.\n".encode(),
        "LICENSE": b"MIT License\n",
        "pyproject.toml": b"[project]\nname = 'x'\n",
        f"src/{name.replace('-', '_')}/__init__.py": b"",
        "tests/test_basic.py": b"def test(): pass\n",
        ".github/workflows/ci.yml": b"on: push\n",
    }
    return files


class FakeGitHub:
    """One user's public GitHub, answering through ``responses`` callbacks.

    ``latency`` seconds are slept in every answer (the benchmark's simulated network).
    ``calls`` records ``(method, url, headers)`` of every request, ``graphql_queries`` the
    GraphQL bodies.
    """

    def __init__(
        self,
        login: str,
        repos: list[FakeRepo],
        *,
        pinned: tuple[str, ...] = (),
        latency: float = 0.0,
    ) -> None:
        self.login = login
        self.repos = {r.name: r for r in repos}
        self.order = [r.name for r in repos]
        self.pinned = pinned
        self.latency = latency
        self.calls: list[tuple[str, str, dict[str, str]]] = []
        self.graphql_queries: list[dict[str, Any]] = []
        self.used = {True: 0, False: 0}  # rate-limit points, by authenticated

    # registration
    def install(self, rsps: responses.RequestsMock) -> None:
        for method in ("GET", "POST"):
            rsps.add_callback(
                method, re.compile(r"https://api\.github\.com(:443)?/.*"), callback=self._api
            )
        rsps.add_callback(
            "GET", re.compile(r"https://raw\.githubusercontent\.com(:443)?/.*"), callback=self._raw
        )

    # helpers
    def repo_list_item(self, repo: FakeRepo, index: int) -> dict[str, Any]:
        extra = dict(repo.list_fields)
        if repo.empty:
            extra.setdefault("size", 0)
            extra.setdefault("language", None)
        if repo.parent:
            extra.setdefault("fork", True)
        return repo_json(self.login, repo.name, repo_id=1000 + index, **extra)

    def _answer(
        self, request: Any, status: int, body: Any, headers: dict[str, str] | None = None
    ) -> tuple[int, dict[str, str], str | bytes]:
        if self.latency:
            time.sleep(self.latency)
        authenticated = "Authorization" in request.headers
        text = body if isinstance(body, str | bytes) else json.dumps(body)
        out = {"Content-Type": "application/json; charset=utf-8"}
        if status == 200:
            raw = text if isinstance(text, bytes) else text.encode()
            etag = f'W/"{hashlib.sha256(raw).hexdigest()[:32]}"'
            out["ETag"] = etag
            if request.headers.get("If-None-Match") == etag:
                status, text = 304, ""
        if not (status == 304 and authenticated):
            self.used[authenticated] += 1
        limit = 5000 if authenticated else 60
        out.update(rate_headers(max(0, limit - self.used[authenticated]), limit))
        out.update(headers or {})
        return status, out, text

    def _not_found(self, request: Any) -> tuple[int, dict[str, str], str]:
        body = {
            "message": "Not Found",
            "documentation_url": "https://docs.github.com/rest",
            "status": "404",
        }
        return self._answer(request, 404, body)  # type: ignore[return-value]

    def _api(self, request: Any) -> tuple[int, dict[str, str], str | bytes]:
        parts = urlsplit(request.url)
        path = unquote(parts.path)
        query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
        self.calls.append((request.method, request.url, dict(request.headers)))
        if request.method == "POST" and path == "/graphql":
            return self._graphql(request)
        user = f"/users/{self.login}"
        if path == user:
            return self._answer(request, 200, user_json(self.login, public_repos=len(self.repos)))
        if path == f"{user}/social_accounts":
            return self._answer(request, 200, social_json(self.login))
        if path == f"{user}/repos":
            return self._repo_page(request, query)
        match = re.match(rf"^/repos/{re.escape(self.login)}/([^/]+)(/.*)?$", path)
        if not match or match.group(1) not in self.repos:
            return self._not_found(request)
        repo, rest = self.repos[match.group(1)], match.group(2) or ""
        if rest.startswith("/git/trees/"):
            if repo.empty:
                body = {"message": "Git Repository is empty.", "status": "409"}
                return self._answer(request, 409, body)
            return self._answer(request, 200, tree_json(self.login, repo.name, repo.files))
        if rest == "/readme":
            readme = next((p for p in repo.files if p.lower().startswith("readme")), None)
            if readme is None:
                return self._not_found(request)
            content = contents_file_json(self.login, repo.name, readme, repo.files[readme])
            return self._answer(request, 200, content)
        if rest.startswith("/contents"):
            wanted = rest.removeprefix("/contents").strip("/")
            if wanted in repo.files:
                content = contents_file_json(self.login, repo.name, wanted, repo.files[wanted])
                return self._answer(request, 200, content)
            if wanted == "" and not repo.empty:
                names = sorted({p.split("/")[0] for p in repo.files})
                listing = [
                    {"name": n, "path": n, "type": "file" if n in repo.files else "dir"}
                    for n in names
                ]
                return self._answer(request, 200, listing)
            return self._not_found(request)
        if rest == "/topics":
            return self._answer(request, 200, {"names": ["machine-learning", "python"]})
        if rest == "/languages":
            return self._answer(request, 200, repo.languages)
        return self._not_found(request)

    def _repo_page(self, request: Any, query: dict[str, str]) -> Any:
        per_page = min(100, int(query.get("per_page", 30)))
        page = int(query.get("page", 1))
        items = [self.repo_list_item(self.repos[n], i) for i, n in enumerate(self.order)]
        last = max(1, -(-len(items) // per_page))
        chunk = items[(page - 1) * per_page : page * per_page]
        base = f"https://api.github.com/users/{self.login}/repos?type=owner&per_page={per_page}"
        links = []
        if page < last:
            links.append(f'<{base}&page={page + 1}>; rel="next"')
            links.append(f'<{base}&page={last}>; rel="last"')
        if page > 1:
            links.insert(0, f'<{base}&page={page - 1}>; rel="prev"')
            links.insert(1, f'<{base}&page=1>; rel="first"')
        headers = {"Link": ", ".join(links)} if links else {}
        return self._answer(request, 200, chunk, headers)

    def _raw(self, request: Any) -> tuple[int, dict[str, str], str | bytes]:
        self.calls.append((request.method, request.url, dict(request.headers)))
        if self.latency:
            time.sleep(self.latency)
        parts = unquote(urlsplit(request.url).path).lstrip("/").split("/", 3)
        if len(parts) == 4 and parts[0] == self.login and parts[1] in self.repos:
            content = self.repos[parts[1]].files.get(parts[3])
            if content is not None:
                etag = f'"{hashlib.sha256(content).hexdigest()}"'
                if request.headers.get("If-None-Match") == etag:
                    return 304, {"ETag": etag}, ""
                return 200, {"Content-Type": "text/plain; charset=utf-8", "ETag": etag}, content
        return 404, {"Content-Type": "text/plain; charset=utf-8"}, "404: Not Found"

    def _graphql(self, request: Any) -> tuple[int, dict[str, str], str | bytes]:
        body = json.loads(request.body)
        self.graphql_queries.append(body)
        query, variables = body["query"], body.get("variables") or {}
        data: dict[str, Any] = {"rateLimit": graphql_rate()}
        errors = []
        if "pinnedItems" in query:
            nodes = [{"nameWithOwner": p} for p in self.pinned]
            data["user"] = {"pinnedItems": {"nodes": nodes}}
        for key, owner in variables.items():
            if not re.fullmatch(r"o\d+", key):
                continue
            index = key[1:]
            name = variables[f"n{index}"]
            repo = self.repos.get(name) if owner == self.login else None
            if repo is None:
                data[f"r{index}"] = None
                errors.append(
                    {
                        "type": "NOT_FOUND",
                        "path": [f"r{index}"],
                        "locations": [{"line": 3, "column": 3}],
                        "message": f"Could not resolve to a Repository with the name "
                        f"'{owner}/{name}'.",
                    }
                )
            elif f"e{index}" in variables:
                # A blob at a path, under the alias the query gave it (`readme`, `env`).
                alias = re.search(rf"r{index}: repository\([^)]*\) {{ (\w+): object", query)
                path = variables[f"e{index}"].removeprefix("HEAD:")
                blob = graphql_blob(repo.files.get(path))
                data[f"r{index}"] = {alias.group(1) if alias else "readme": blob}
            else:
                data[f"r{index}"] = graphql_repo(repo)
        payload: dict[str, Any] = {"data": data}
        if errors:
            payload["errors"] = errors
        # GraphQL answers carry the graphql resource's own rate-limit headers.
        return self._answer(request, 200, payload, {"X-RateLimit-Resource": "graphql"})


def graphql_repo(repo: FakeRepo) -> dict[str, Any]:
    """The ``...Details`` selection of one repository, as GitHub answers it."""
    if repo.empty:
        folders = dict.fromkeys(
            ("root", "dotgithub", "workflows", "docs", "readme", "readmeRst", "readmeLower")
        )
        return {
            "isEmpty": True,
            "parent": None,
            "latestRelease": None,
            "languages": {"edges": []},
            **folders,
        }
    return {
        "isEmpty": False,
        "parent": {"nameWithOwner": repo.parent} if repo.parent else None,
        "latestRelease": repo.release,
        "languages": {
            "edges": [{"size": s, "node": {"name": n}} for n, s in repo.languages.items()]
        },
        "root": graphql_entries("", repo.files),
        "dotgithub": graphql_entries(".github", repo.files),
        "workflows": graphql_entries(".github/workflows", repo.files),
        "docs": graphql_entries("docs", repo.files),
        "readme": graphql_blob(repo.files.get("README.md")),
        "readmeRst": graphql_blob(repo.files.get("README.rst")),
        "readmeLower": graphql_blob(repo.files.get("readme.md")),
    }
