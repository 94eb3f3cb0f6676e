"""`portfolio serve`: serves on 127.0.0.1 and rebuilds when a file of the profile changes."""

from __future__ import annotations

import os
import threading
import time
import urllib.request
from pathlib import Path

from sample_site import copy_sample

from portfolio.serve import ServeEvent, serve, watched_state


def test_watched_state_skips_the_output_and_build_folders(tmp_path: Path) -> None:
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "index.html").write_text("x")
    (tmp_path / ".output.building-1").mkdir()
    (tmp_path / ".output.building-1" / "a.html").write_text("x")
    (tmp_path / "profile.yaml").write_text("schema: portfolio/v1\n")
    state = watched_state(tmp_path, tmp_path / "output")
    assert list(state) == [str(tmp_path / "profile.yaml")]


def test_serve_builds_serves_and_rebuilds_on_a_profile_change(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    events: list[ServeEvent] = []
    stop = threading.Event()
    thread = threading.Thread(
        target=serve,
        kwargs={
            "profile_dir": profile,
            "port": 0,
            "interval": 0.1,
            "on_event": events.append,
            "stop": stop,
        },
        daemon=True,
    )
    thread.start()
    try:
        _wait(lambda: any(e.kind == "serving" for e in events))
        address = next(e for e in events if e.kind == "serving").message.split()[1]
        assert address.startswith("http://127.0.0.1:")
        with urllib.request.urlopen(address) as answer:
            assert answer.status == 200
            assert b"Ines Okoro" in answer.read()

        yaml_path = profile / "profile.yaml"
        yaml_path.write_text(yaml_path.read_text().replace("title: Ines Okoro", "title: Ines O."))
        later = time.time() + 5  # coarse file systems: make sure the mtime moves
        os.utime(yaml_path, (later, later))
        _wait(lambda: sum(e.kind == "built" for e in events) >= 2)
        with urllib.request.urlopen(address) as answer:
            assert b"<title>Ines O." in answer.read()

        yaml_path.write_text("schema: [broken\n")
        os.utime(yaml_path, (later + 5, later + 5))
        _wait(lambda: any(e.kind == "failed" for e in events))
        with urllib.request.urlopen(address) as answer:  # the previous site is still online
            assert b"<title>Ines O." in answer.read()
    finally:
        stop.set()
        thread.join(10)
    assert events[-1].kind == "stopped"


def _wait(condition, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)
