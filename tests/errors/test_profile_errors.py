"""profile.yaml messages that no other test produced, word for word, with their file:line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from portfolio.errors import ConfigError
from portfolio.profile import load_profile


def error_of(folder: Path, text: str | None = None) -> ConfigError:
    if text is not None:
        (folder / "profile.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_profile(folder)
    assert info.value.exit_code == 2
    return info.value


def test_field_mistakes_each_on_their_own_line(tmp_path: Path) -> None:
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "me.svg").write_text("<svg/>")
    os.symlink("loop", tmp_path / "loop")  # a link to itself
    path = tmp_path / "profile.yaml"
    error = error_of(
        tmp_path,
        """\
schema: portfolio/v1
~: x
site:
  favicon: images
  content: images/me.svg
  social_image: ""
  nav:
    - title: Mail
      url: "mailto:not-an-address"
    - title: Odd
      url: "\\\\share\\\\x"
person:
  email: ines-at-example
  avatar: loop
links:
  linkedin: "https://"
projects:
  overrides: [tabcheck]
""",
    )
    assert error.message.splitlines() == [
        f"{path}: 10 mistakes to fix:",
        f"{path}:2: top level: a key must be a plain name",
        f"{path}:4: site.favicon: `images` is a folder; expected a file",
        f"{path}:5: site.content: `images/me.svg` is a file; expected a folder",
        f"{path}:6: site.social_image: expected the path of a file, got nothing",
        f"{path}:9: site.nav[0].url: `mailto:not-an-address` is not an email address",
        f"{path}:11: site.nav[1].url: expected an address or a path on the site, got `\\share\\x`",
        f"{path}:13: person.email: `ines-at-example` is not an email address",
        f"{path}:14: person.avatar: `loop` cannot be followed (a symbolic link loop?)",
        f"{path}:16: links.linkedin: `https://` is not a complete address",
        f"{path}:18: projects.overrides: expected a mapping, got a list",
    ]
    assert error.hint == "See docs/profile.md for every field, with examples."


def test_a_count_that_is_not_a_number_and_an_override_that_is_not_a_repository(
    tmp_path: Path,
) -> None:
    path = tmp_path / "profile.yaml"
    error = error_of(
        tmp_path,
        "schema: portfolio/v1\n"
        "projects:\n"
        "  auto:\n"
        "    limit: six\n"
        "  overrides:\n"
        '    "not a repo!": {featured: true}\n',
    )
    assert error.message.splitlines() == [
        f"{path}: 2 mistakes to fix:",
        f"{path}:4: projects.auto.limit: expected a whole number, got `six`",
        f"{path}:6: projects.overrides.not a repo!: "
        "expected a repository name such as `my-repo` or `owner/my-repo`",
    ]


def test_a_profile_file_that_cannot_be_read(tmp_path: Path) -> None:
    path = tmp_path / "profile.yaml"
    error = error_of(tmp_path)
    assert error.message == f"{path}: no such file"
    assert error.hint == "Create one with `portfolio init`, or copy sample-profile/profile.yaml."

    path.mkdir()
    assert error_of(tmp_path).message == f"{path}: is a folder, not a file"

    path.rmdir()
    os.symlink("profile.yaml", path)  # a link to itself: the system refuses to open it
    assert error_of(tmp_path).message == (
        f"{path}: cannot read it (Too many levels of symbolic links)"
    )


def test_a_character_yaml_refuses_is_named(tmp_path: Path) -> None:
    # PyYAML's reader refuses control characters before any line is parsed, without a mark.
    path = tmp_path / "profile.yaml"
    error = error_of(tmp_path, "schema: portfolio/v1\nperson:\n  name: a\x07b\n")
    assert "\n" not in error.message  # PyYAML's own text spans two lines; ours stays on one
    assert error.message.startswith(
        f"{path}: not valid YAML (unacceptable character #x0007: special characters are not "
        "allowed in "
    )
