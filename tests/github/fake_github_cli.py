"""Runs the ``portfolio`` command line against the simulated GitHub of ``payloads.py``.

The interruption test needs a real process to send a real SIGINT to; this is that process.
It answers every request in-process (no network), can stall on one request so the test knows
where the fetch is when it interrupts it, and records the requests it saw.

    python fake_github_cli.py RECORD STALL_ON STALL_AT MARKER REPOS -- fetch octo-ml -o out.json

RECORD      a JSON file written at the end, whatever happens: the requests made and the
            GraphQL queries.
STALL_ON    a piece of URL ("" for none): the STALL_AT-th request whose URL contains it
            creates the file MARKER, then waits (for the test's SIGINT).
REPOS       how many repositories the simulated user has.
"""

from __future__ import annotations

import json
import signal
import sys
import time
from pathlib import Path

import responses
from payloads import FakeGitHub, FakeRepo, standard_files

from portfolio import cli

LOGIN = "octo-ml"


def main(argv: list[str]) -> int:
    record, stall_on, stall_at, marker, count = argv[1:6]
    command = argv[argv.index("--") + 1 :]
    # A shell that starts a job in the background may have it ignore SIGINT; the command
    # line in a terminal has Python's default handler, which this restores.
    signal.signal(signal.SIGINT, signal.default_int_handler)
    repos = [FakeRepo(f"project-{i:02}", files=standard_files(f"p{i}")) for i in range(int(count))]
    fake = FakeGitHub(LOGIN, repos, pinned=(f"{LOGIN}/project-01",))
    seen = {"matching": 0}

    def stalling(answer):
        def answer_or_stall(request):
            if stall_on and stall_on in request.url:
                seen["matching"] += 1
                if seen["matching"] == int(stall_at):
                    Path(marker).touch()
                    time.sleep(120)  # interrupted long before this ends
            return answer(request)

        return answer_or_stall

    fake._api = stalling(fake._api)
    fake._raw = stalling(fake._raw)
    code = 99
    try:
        with responses.RequestsMock(assert_all_requests_are_fired=False) as rsps:
            fake.install(rsps)
            code = cli.main(command)
    finally:
        calls = [
            {"method": m, "url": u, "conditional": "If-None-Match" in h} for m, u, h in fake.calls
        ]
        Path(record).write_text(json.dumps({"calls": calls, "graphql": fake.graphql_queries}))
    return code


if __name__ == "__main__":
    sys.exit(main(sys.argv))
