"""The one place for HTTP policy towards GitHub: token, conditional cache, rate limits, retries.

PyGithub's ``Requester`` sends the requests, over a connection of ours that follows redirects
keeping the whole URL (query included) and decodes bodies as UTF-8 unless a charset says
otherwise. This module decides what to send and what to do with the answer: it adds
``If-None-Match`` / ``If-Modified-Since`` from the cache and reuses the cached body on 304,
waits for primary and secondary rate limits and retries 5xx answers and network errors with
backoff, never waiting longer than ``max_wait`` seconds at a time, and counts what was spent.
It knows no endpoint: ``portfolio.github.fetch`` does.

The token is never logged, cached or put in an exception message.
"""

from __future__ import annotations

import codecs
import contextlib
import json
import logging
import os
import re
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import Message
from typing import Any
from urllib.parse import urlencode, urljoin, urlsplit

import github
import requests
from github.Requester import HTTPSRequestsConnectionClass, RequestsResponse

from portfolio import __version__
from portfolio.errors import FetchError
from portfolio.github.cache import CacheEntry, HttpCache

API_URL = "https://api.github.com"
GRAPHQL_URL = f"{API_URL}/graphql"
RAW_HOST = "raw.githubusercontent.com"
TOKEN_VARIABLES = ("GITHUB_TOKEN", "GH_TOKEN")

# PyGithub logs each redirect it follows at INFO level straight to stderr; a library must not
# print, so only its warnings pass.
logging.getLogger("github").setLevel(logging.WARNING)

MAX_ATTEMPTS = 4
"""Tries for one request that meets a 5xx answer or a network error (then it gives up)."""
FIRST_BACKOFF = 1.0
SECONDARY_MIN_WAIT = 60.0
"""GitHub asks clients that hit a secondary rate limit without Retry-After to wait a minute."""
MAX_REDIRECTS = 5
"""Hops followed for one request (a renamed user or repository takes one)."""
_REDIRECTS = (301, 302, 307, 308)
_OWN_ACCOUNT = re.compile(r"^/user(/(?![0-9]+/?$).*)?/?$")


class RateLimitError(FetchError):
    """A rate limit would need a longer wait than ``max_wait``; ``reset_at`` says when it ends."""

    def __init__(self, message: str, *, reset_at: float, hint: str | None = None) -> None:
        super().__init__(message, hint=hint)
        self.reset_at = reset_at


class ServerTroubleError(FetchError):
    """GitHub kept answering 5xx, or the network kept failing, for one request."""


class BadTokenError(FetchError):
    """GitHub answered 401: the token is wrong, expired or revoked. The user must fix it."""

    exit_code = 2


def token_from_env(environ: Mapping[str, str] | None = None) -> tuple[str, str]:
    """The token and the name of the variable it came from, or ``("", "")`` when none is set."""
    env = os.environ if environ is None else environ
    for name in TOKEN_VARIABLES:
        value = env.get(name, "").strip()
        if value:
            return value, name
    return "", ""


def format_reset(reset_at: float, now: float) -> str:
    """``14:32 local time (13:32 UTC), in 31 minutes`` for a reset at epoch second ``reset_at``."""
    local = datetime.fromtimestamp(reset_at).astimezone()
    utc = datetime.fromtimestamp(reset_at, UTC)
    seconds = max(0, round(reset_at - now))
    delay = f"{seconds} seconds" if seconds < 120 else f"{round(seconds / 60)} minutes"
    return f"{local:%H:%M} local time ({utc:%H:%M} UTC), in {delay}"


@dataclass
class FetchStats:
    """What one fetch spent; the summary line and the benchmark print it."""

    requests: int = 0
    """HTTP requests sent, retries included."""
    not_modified: int = 0
    """Requests GitHub answered with 304 (the cached body was used)."""
    reused: int = 0
    """Responses taken from the cache without any request (their data could not have changed)."""
    cost: int = 0
    """Rate-limit points spent: 1 per REST answer (0 for a 304 with a token, as GitHub counts),
    0 for raw.githubusercontent.com, a GraphQL query's own ``rateLimit.cost``."""
    reused_repos: int = 0
    """Repositories whose details were kept from the previous snapshot (unchanged on GitHub)."""
    retries: int = 0
    waited: float = 0.0
    """Seconds slept for rate limits and backoff."""
    rate_remaining: int | None = None
    rate_limit: int | None = None
    rate_reset: float | None = None
    graphql_remaining: int | None = None
    warnings: list[str] = field(default_factory=list)
    """Things that went wrong without stopping the fetch (e.g. the cache folder is read-only)."""


@dataclass(frozen=True)
class Response:
    """A GitHub answer: status, lower-cased headers, body text, and where it came from."""

    status: int
    headers: dict[str, str]
    text: str
    url: str
    from_cache: bool = False

    def json(self) -> Any:
        try:
            return json.loads(self.text) if self.text else None
        except ValueError:
            raise FetchError(
                f"GitHub sent a broken answer for {_shown(self.url)}: it is not valid JSON "
                "(often a connection cut short)",
                hint="Run the same command again; nothing was written and the broken answer "
                "was not cached.",
            ) from None

    @property
    def next_url(self) -> str | None:
        """The ``rel="next"`` URL of the ``Link`` header, if there is one."""
        for part in self.headers.get("link", "").split(","):
            section = part.split(";")
            if len(section) < 2:
                continue
            if any(s.strip() in ('rel="next"', "rel=next") for s in section[1:]):
                return section[0].strip().strip("<>")
        return None


@dataclass(frozen=True)
class GraphQLResult:
    """``data`` may be partial when ``errors`` is not empty: GitHub returns what it could."""

    data: dict[str, Any]
    errors: list[dict[str, Any]]


def decode_body(content: bytes, content_type: str | None) -> str:
    """Response bytes -> text: in the charset the ``Content-Type`` names, else UTF-8.

    Bytes that do not decode become U+FFFD. ``requests`` would instead guess, or take
    ISO-8859-1 for any ``text/*`` without a charset, and garble a UTF-8 README.
    """
    charset = None
    if content_type:
        message = Message()
        message["content-type"] = content_type
        charset = message.get_content_charset()
    try:
        codec = codecs.lookup(charset or "utf-8").name
    except LookupError:
        codec = "utf-8"  # a charset Python does not know: UTF-8 is GitHub's own default
    return content.decode(codec, errors="replace")


class _DecodedResponse(RequestsResponse):
    def read(self) -> str:
        return decode_body(self.response.content, self.response.headers.get("content-type"))


class _Connection(HTTPSRequestsConnectionClass):
    """PyGithub's HTTPS connection to one host, with our redirect and decoding policy.

    PyGithub follows a 301 by asking again for the path of its ``Location`` only, which loses
    the query (``?recursive=1`` of a renamed repository's tree), and it refuses a ``Location``
    on another host with a RuntimeError. Here redirects are followed before PyGithub sees
    them: the whole URL is kept, the token is dropped when the host changes, and the hops are
    counted in ``redirects`` (each is a request GitHub counts).
    """

    def __init__(self, host: str, *, timeout: int) -> None:
        super().__init__(host, 443, timeout=timeout)
        self.redirects: list[str] = []

    def getresponse(self) -> RequestsResponse:
        url = f"{self.protocol}://{self.host}:{self.port}{self.url}"
        headers = dict(self.headers)
        self.redirects = []
        while True:
            response = self.session.request(
                self.verb,
                url,
                headers=headers,
                data=self.input,
                timeout=self.timeout,
                verify=self.verify,
                allow_redirects=False,
            )
            location = response.headers.get("location")
            if response.status_code not in _REDIRECTS or not location:
                return _DecodedResponse(response)
            if len(self.redirects) >= MAX_REDIRECTS:
                raise requests.TooManyRedirects(f"more than {MAX_REDIRECTS} redirects")
            self.redirects.append(url)
            target = urljoin(url, location)
            old, new = urlsplit(url), urlsplit(target)
            if new.hostname == old.hostname and _OWN_ACCOUNT.match(new.path):
                # /user/12345 is anyone's public profile by id (a renamed user); /user and
                # /user/repos are the token owner's own, private data included: never read.
                raise requests.exceptions.InvalidURL(
                    f"GitHub redirected to {new.path}, the token owner's own account; "
                    "only public addresses are read"
                )
            if (new.scheme, new.hostname) != (old.scheme, old.hostname):
                # The token is for GitHub's API only: never send it anywhere else.
                headers.pop("Authorization", None)
            url = target


class GitHubClient:
    """Sends GET and GraphQL requests to GitHub with the project's HTTP policy."""

    def __init__(
        self,
        *,
        token: str = "",
        token_source: str = "GITHUB_TOKEN",
        cache: HttpCache | None = None,
        max_wait: float = 60.0,
        refresh: bool = False,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.time,
        timeout: int = 15,
    ) -> None:
        self._token = token
        self.token_source = token_source
        self.cache = cache
        self.max_wait = max_wait
        self.refresh = refresh
        self._sleep = sleep
        self._clock = clock
        self.stats = FetchStats()
        # retry=None and no spacing: the retry and wait policy below is ours, and must be
        # visible to the injected clock and sleep.
        settings = {
            "retry": None,
            "timeout": timeout,
            "per_page": 100,
            "user_agent": f"portfolio-kit/{__version__}",
            "seconds_between_requests": None,
            "seconds_between_writes": None,
        }
        self._github = github.Github(auth=github.Auth.Token(token) if token else None, **settings)
        # raw.githubusercontent.com gets its own requester (PyGithub sends every URL of one
        # requester to its base host), and never the token: it serves public files as they are.
        self._raw = github.Github(auth=None, base_url=f"https://{RAW_HOST}", **settings)
        self._connections = {
            host: _Connection(host, timeout=timeout)
            for host in (urlsplit(API_URL).hostname, RAW_HOST)
        }

    @property
    def authenticated(self) -> bool:
        return bool(self._token)

    def now(self) -> float:
        """Seconds since the epoch, by the clock the client was given (tests pass a fake)."""
        return self._clock()

    def scrub(self, text: str) -> str:
        """``text`` with the token replaced by ``***`` (for any message built from outside)."""
        return text.replace(self._token, "***") if self._token else text

    def prune_cache(self) -> None:
        """Delete cache entries unused for a month (see ``HttpCache.prune``); never fails."""
        if self.cache is not None:
            # Tidying is housekeeping: a folder it cannot read is left as it is, silently.
            with contextlib.suppress(OSError):
                self.cache.prune(self._clock())

    def close(self) -> None:
        self._github.close()
        self._raw.close()
        for connection in self._connections.values():
            connection.close()

    # --- public requests -----------------------------------------------------------------

    def get(
        self,
        url: str,
        params: dict[str, Any] | None = None,
        *,
        fresh_key: str | None = None,
        accept: str = "application/vnd.github+json",
        ok: tuple[int, ...] = (200,),
        cached: bool = True,
    ) -> Response:
        """GET ``url`` conditionally; answers with a status outside ``ok`` raise ``FetchError``.

        ``fresh_key`` is a value the answer cannot change without (e.g. a repository's
        ``pushed_at``): a cached answer stored under the same key is used without a request.
        ``cached=False`` neither reads nor writes the cache, for answers that must not be kept
        on disk (a committed ``.env``, whose secrets the cache would otherwise hold).
        """
        if params:
            url = f"{url}?{urlencode(params)}"
        entry = None
        if self.cache is not None and not self.refresh and cached:
            entry = self.cache.load(url, authenticated=self.authenticated)
        if entry is not None and fresh_key is not None and entry.fresh_key == fresh_key:
            self.stats.reused += 1
            return self._from_entry(entry)
        headers = {"Accept": accept}
        if urlsplit(url).hostname != RAW_HOST:
            headers["X-GitHub-Api-Version"] = "2022-11-28"
        if entry is not None and entry.status == 200:
            headers.update(entry.conditional_headers)
        response = self._send("GET", url, headers)
        if response.status == 304 and entry is not None:
            self.stats.not_modified += 1
            if fresh_key is not None and entry.fresh_key != fresh_key:
                self._store(_replace_fresh_key(entry, fresh_key))
            return self._from_entry(entry)
        if response.status not in ok:
            raise self._unexpected(response)
        if response.status == 200 and "json" in accept:
            # Checked before it is cached: a body cut short must not be served again on 304.
            response.json()
        if cached:
            self._remember(response, fresh_key)
        return response

    def recall(self, key: str, *, fresh_key: str) -> str | None:
        """The text kept under ``key`` by ``keep`` with the same ``fresh_key``, else None.

        For answers no conditional request can revalidate (GraphQL is a POST): the caller
        vouches that the text holds while ``fresh_key`` is unchanged. ``refresh`` ignores it.
        """
        if self.cache is None or self.refresh:
            return None
        entry = self.cache.load(key, authenticated=self.authenticated)
        if entry is None or entry.fresh_key != fresh_key:
            return None
        self.stats.reused += 1
        return entry.body

    def keep(self, key: str, text: str, *, fresh_key: str) -> None:
        """Store ``text`` under ``key`` for ``recall`` (a cache that cannot be written warns)."""
        if self.cache is not None:
            entry = CacheEntry(
                url=key,
                authenticated=self.authenticated,
                status=200,
                body=text,
                fresh_key=fresh_key,
            )
            self._store(entry)

    def get_json(self, url: str, params: dict[str, Any] | None = None, **kwargs: Any) -> Any:
        return self.get(url, params, **kwargs).json()

    def paginate(self, url: str, params: dict[str, Any] | None = None) -> Iterator[Any]:
        """Every item of a list endpoint, following ``Link: <...>; rel="next"`` pages."""
        page: str | None = f"{url}?{urlencode(params)}" if params else url
        while page:
            response = self.get(page)
            items = response.json()
            if not isinstance(items, list):
                raise FetchError(f"GitHub sent something other than a list for {page}")
            yield from items
            page = response.next_url

    def graphql(self, query: str, variables: dict[str, Any] | None = None) -> GraphQLResult:
        """Run a GraphQL query; ``errors`` with partial ``data`` are returned, not raised."""
        if not self.authenticated:
            raise FetchError("GitHub's GraphQL API needs a token (GITHUB_TOKEN or GH_TOKEN)")
        body = {"query": query, "variables": variables or {}}
        while True:
            response = self._send("POST", GRAPHQL_URL, {"Accept": "application/json"}, body)
            if response.status != 200:
                raise self._unexpected(response)
            payload = response.json()
            if not isinstance(payload, dict):
                raise FetchError("GitHub's GraphQL API sent an answer that is not an object")
            errors = [e for e in payload.get("errors") or [] if isinstance(e, dict)]
            if any(e.get("type") == "RATE_LIMITED" for e in errors):
                # GraphQL reports its own primary limit in a 200 answer.
                self._wait_for_primary(response)
                continue
            data = payload.get("data") or {}
            if errors and not data:
                # Nothing at all came back: the query itself was refused, not one field of it.
                message = str(errors[0].get("message", "no message"))
                raise FetchError(f"GitHub's GraphQL API refused the query: {message}")
            rate = data.get("rateLimit") if isinstance(data, dict) else None
            if isinstance(rate, dict):
                cost = rate.get("cost")
                self.stats.cost += cost if isinstance(cost, int) else 1
                if isinstance(rate.get("remaining"), int):
                    self.stats.graphql_remaining = rate["remaining"]
            else:
                self.stats.cost += 1
            return GraphQLResult(data=data if isinstance(data, dict) else {}, errors=errors)

    # --- policy ------------------------------------------------------------------------

    def _send(
        self, verb: str, url: str, headers: dict[str, str], body: Any | None = None
    ) -> Response:
        """One logical request: retried on 5xx and network errors, paused on rate limits."""
        attempt = 0
        limit_hits = 0  # waits for rate limits on this request: bounded, as retries are
        while True:
            attempt += 1
            host = urlsplit(url).hostname
            connection = self._connections.get(host)
            if connection is None:
                raise FetchError(f"{_shown(url)} is not a GitHub address; it was not requested")
            try:
                github_ = self._raw if host == RAW_HOST else self._github
                status, raw_headers, text = github_.requester.requestJson(
                    verb, url, headers=dict(headers), input=body, cnx=connection
                )
            except (requests.Timeout, requests.ConnectionError) as exc:
                self.stats.requests += 1
                what = "timed out" if isinstance(exc, requests.Timeout) else "could not connect"
                self._backoff(attempt, f"the request to {_shown(url)} {what}")
                continue
            except requests.RequestException as exc:
                # Some of these quote request headers, so the message is scrubbed.
                raise FetchError(
                    f"the request to {_shown(url)} failed: {self.scrub(str(exc))}"
                ) from None
            self.stats.requests += 1 + len(connection.redirects)
            if host != RAW_HOST:
                self.stats.cost += len(connection.redirects)
            response = Response(
                status=status,
                headers={str(k).lower(): str(v) for k, v in raw_headers.items()},
                text=text if isinstance(text, str) else "",
                url=url,
            )
            self._note_rate(response)
            if status in (403, 429):
                kind = self._rate_limit_kind(response)
                if kind is not None and limit_hits >= MAX_ATTEMPTS:
                    raise FetchError(
                        f"GitHub still refuses {_shown(url)} for its rate limit after "
                        f"{limit_hits} waits",
                        hint="Wait a few minutes, then run the same command again.",
                    )
                if kind == "primary":
                    limit_hits += 1
                    self._wait_for_primary(response)
                    continue
                if kind == "secondary":
                    self._wait_for_secondary(response, limit_hits)
                    limit_hits += 1
                    continue
            if status >= 500:
                self._backoff(attempt, f"GitHub answered {status} for {_shown(url)}")
                continue
            if status == 401:
                raise BadTokenError(
                    f"GitHub rejected the token in {self.token_source} (401 Bad credentials)",
                    hint=(
                        "The token may be mistyped, expired or revoked: create a new one at "
                        "https://github.com/settings/tokens (no scope is needed for public "
                        "data), or run with --no-token to fetch without one."
                    ),
                )
            self._count_cost(response)
            return response

    def _count_cost(self, response: Response) -> None:
        if urlsplit(response.url).hostname == RAW_HOST:
            return  # raw.githubusercontent.com is not part of the API rate limit
        if response.status == 304 and self.authenticated:
            return  # GitHub does not count an authorised 304
        if response.url == GRAPHQL_URL:
            return  # counted from the query's own rateLimit.cost
        self.stats.cost += 1

    def _note_rate(self, response: Response) -> None:
        headers = response.headers
        if urlsplit(response.url).hostname == RAW_HOST or "x-ratelimit-remaining" not in headers:
            return
        try:
            remaining = int(float(headers["x-ratelimit-remaining"]))
            limit = int(float(headers.get("x-ratelimit-limit", "0")))
            reset = float(headers.get("x-ratelimit-reset", "0"))
        except ValueError:
            return
        if headers.get("x-ratelimit-resource", "core") == "graphql":
            self.stats.graphql_remaining = remaining
            return
        self.stats.rate_remaining, self.stats.rate_limit = remaining, limit
        self.stats.rate_reset = reset or None

    @staticmethod
    def _rate_limit_kind(response: Response) -> str | None:
        if response.headers.get("x-ratelimit-remaining") == "0":
            return "primary"
        if "retry-after" in response.headers:
            return "secondary"
        message = ""
        try:
            payload = json.loads(response.text) if response.text else {}
            if isinstance(payload, dict):
                message = str(payload.get("message", "")).lower()
        except ValueError:
            pass
        if "secondary rate limit" in message or "abuse" in message:
            return "secondary"
        if response.status == 429:
            return "secondary"  # too many requests, with nothing more said
        return None

    def _wait_for_primary(self, response: Response) -> None:
        now = self._clock()
        try:
            reset = float(response.headers.get("x-ratelimit-reset", ""))
        except ValueError:
            reset = now + SECONDARY_MIN_WAIT
        wait = max(1.0, reset - now + 1)  # +1: GitHub's reset second is inclusive
        limit = response.headers.get("x-ratelimit-limit")
        who = "this token" if self.authenticated else "requests without a token"
        per_hour = f" ({limit} an hour)" if limit else ""
        if wait > self.max_wait:
            raise RateLimitError(
                f"GitHub's rate limit for {who}{per_hour} is used up; it resets at "
                f"{format_reset(reset, now)}",
                reset_at=reset,
                hint=self._rate_hint(),
            )
        self._pause(wait)

    def _wait_for_secondary(self, response: Response, hits: int) -> None:
        now = self._clock()
        retry_after = response.headers.get("retry-after")
        try:
            wait = float(retry_after) if retry_after is not None else None
        except ValueError:
            wait = None
        if wait is None:
            wait = SECONDARY_MIN_WAIT * (2**hits)
        if wait > self.max_wait:
            raise RateLimitError(
                "GitHub asked us to slow down (secondary rate limit); it accepts requests "
                f"again at {format_reset(now + wait, now)}",
                reset_at=now + wait,
                hint=self._rate_hint(),
            )
        self._pause(wait)

    def _rate_hint(self) -> str:
        hint = (
            "Run the same command again then: what was already fetched is cached and is not "
            "downloaded twice. --max-wait SECONDS lets it wait instead."
        )
        if not self.authenticated:
            hint += " With a token (GITHUB_TOKEN) the limit is 5,000 requests an hour."
        return hint

    def _backoff(self, attempt: int, what: str) -> None:
        wait = FIRST_BACKOFF * (2 ** (attempt - 1))
        if attempt >= MAX_ATTEMPTS or wait > self.max_wait:
            raise ServerTroubleError(
                f"{what} ({attempt} tries); GitHub or the network is having trouble",
                hint="Try again in a few minutes; see https://www.githubstatus.com.",
            )
        self.stats.retries += 1
        self._pause(wait)

    def _pause(self, seconds: float) -> None:
        self.stats.waited += seconds
        self._sleep(seconds)

    def _unexpected(self, response: Response) -> FetchError:
        message = ""
        try:
            payload = json.loads(response.text) if response.text else {}
            if isinstance(payload, dict):
                message = str(payload.get("message", ""))
        except ValueError:
            pass
        detail = f" ({message})" if message else ""
        return FetchError(f"GitHub answered {response.status}{detail} for {_shown(response.url)}")

    # --- cache -------------------------------------------------------------------------

    def _remember(self, response: Response, fresh_key: str | None) -> None:
        if self.cache is None:
            return
        etag = response.headers.get("etag")
        last_modified = response.headers.get("last-modified")
        if response.status == 200 and not (etag or last_modified or fresh_key):
            return
        if response.status != 200 and fresh_key is None:
            return  # an error answer is only worth keeping when its validity is known
        self._store(
            CacheEntry(
                url=response.url,
                authenticated=self.authenticated,
                status=response.status,
                body=response.text,
                etag=etag,
                last_modified=last_modified,
                link=response.headers.get("link"),
                fresh_key=fresh_key,
            )
        )

    def _store(self, entry: CacheEntry) -> None:
        assert self.cache is not None
        try:
            self.cache.store(entry)
        except OSError as exc:
            warning = f"could not write the cache in {self.cache.directory} ({exc.strerror})"
            if warning not in self.stats.warnings:
                self.stats.warnings.append(warning)

    def _from_entry(self, entry: CacheEntry) -> Response:
        headers = {"link": entry.link} if entry.link else {}
        return Response(entry.status, headers, entry.body, entry.url, from_cache=True)


def _replace_fresh_key(entry: CacheEntry, fresh_key: str) -> CacheEntry:
    return CacheEntry(**{**entry.__dict__, "fresh_key": fresh_key})


def _shown(url: str) -> str:
    """A URL as messages show it: without the scheme and host of the API."""
    return url.removeprefix(API_URL)
