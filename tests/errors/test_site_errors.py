"""`portfolio build`, `serve` and snapshot-reading messages no other test produced, word for word.

Some of these guard against the world changing under the command (a file deleted after the
profile was checked, a disk that refuses a rename): those are simulated at the one call that
fails, and the test checks the message and that nothing of the user's was lost.
"""

from __future__ import annotations

import errno
import os
import shutil
import socket
from pathlib import Path

import pytest

from portfolio import cli
from portfolio.errors import BuildError, ConfigError, SnapshotError, UsageError
from portfolio.profile import load_profile
from portfolio.serve import serve
from portfolio.site import build as build_module
from portfolio.site import output as output_module
from portfolio.site.build import build_site
from portfolio.snapshot import load_snapshot

SAMPLE = Path(__file__).resolve().parents[2] / "sample-profile"


@pytest.fixture
def profile(tmp_path: Path) -> Path:
    target = tmp_path / "profile"
    shutil.copytree(SAMPLE, target, ignore=shutil.ignore_patterns("output", ".cache"))
    return target


def first_error_line(capsys) -> str:
    return capsys.readouterr().err.splitlines()[0]


def test_a_base_url_without_a_scheme(profile: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "site"
    code = cli.main(["build", str(profile), "-o", str(out), "--base-url", "ines.example.org"])
    assert code == 2
    assert first_error_line(capsys) == (
        "error: --base-url: `ines.example.org` is not a full http(s) address"
    )
    assert not out.exists()


@pytest.mark.parametrize(
    ("theme_yaml", "message"),
    [
        ("colors: [red\n", "{path}:2: not valid YAML"),
        ("- red\n", "{path}: expected a mapping of options"),
    ],
    ids=["broken-yaml", "a-list"],
)
def test_a_theme_folder_with_a_bad_theme_yaml(
    profile: Path, tmp_path: Path, capsys, theme_yaml: str, message: str
) -> None:
    theme = tmp_path / "my-theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "theme.yaml").write_text(theme_yaml)
    out = tmp_path / "site"
    code = cli.main(["build", str(profile), "-o", str(out), "--theme", str(theme)])
    assert code == 2
    path = theme / "theme.yaml"
    assert first_error_line(capsys) == "error: " + message.format(path=path)
    assert not out.exists()


def test_a_profile_file_deleted_after_the_check(profile: Path, tmp_path: Path, monkeypatch) -> None:
    # The loader checked that the avatar exists; it vanishes before the site copies it.
    def load_then_delete(root):
        loaded = load_profile(root)
        (Path(root) / loaded.person.avatar).unlink()
        return loaded

    monkeypatch.setattr(build_module, "load_profile", load_then_delete)
    with pytest.raises(ConfigError) as info:
        build_site(profile, tmp_path / "site")
    assert info.value.message == "images/avatar.svg: not a file inside the profile folder"
    assert not (tmp_path / "site").exists()


def test_an_output_folder_that_cannot_be_created(profile: Path, tmp_path: Path, monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(errno.EROFS, os.strerror(errno.EROFS))

    monkeypatch.setattr(output_module.tempfile, "mkdtemp", read_only)
    out = tmp_path / "site"
    with pytest.raises(UsageError) as info:
        build_site(profile, out)
    assert info.value.message == f"{out}: cannot create the site here (Read-only file system)"


def test_a_new_site_that_cannot_be_put_in_place(profile: Path, tmp_path: Path, monkeypatch):
    out = tmp_path / "site"
    real_replace = os.replace

    def refuse_the_swap(source, target, *args, **kwargs):
        if Path(target) == out and ".building-" in Path(source).name:
            raise OSError(errno.EXDEV, os.strerror(errno.EXDEV))
        return real_replace(source, target, *args, **kwargs)

    monkeypatch.setattr(output_module.os, "replace", refuse_the_swap)
    with pytest.raises(BuildError) as info:
        build_site(profile, out)
    assert info.value.message == (
        f"{out}: could not put the new site in place (Invalid cross-device link)"
    )
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile"]  # no staging left behind


def test_serve_on_a_port_already_taken(profile: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        with pytest.raises(UsageError) as info:
            serve(profile, port=port)
    assert info.value.message == f"127.0.0.1:{port}: cannot listen there (Address already in use)"
    assert info.value.hint == "Another program may use that port; pick another with --port 8001."


def test_a_snapshot_that_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "snapshot.json"
    os.symlink("snapshot.json", path)  # a link to itself: the system refuses to open it
    with pytest.raises(SnapshotError) as info:
        load_snapshot(path)
    assert info.value.message == f"{path}: cannot read (Too many levels of symbolic links)"
