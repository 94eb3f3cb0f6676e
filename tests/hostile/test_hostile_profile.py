"""Hostile profile.yaml files through `portfolio build` and `portfolio check`.

Each row of the table is one attack or mistake. For every row and both commands: exit code 2,
an error line that names profile.yaml and the line (and the field, when there is one), no
traceback, and nothing written: the previous site, the report file and the profile folder are
byte for byte what they were.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_kit import copy_sample, run_cli, tree

SCHEMA = "schema: portfolio/v1\n"


@dataclass(frozen=True)
class Case:
    id: str
    write: Callable[[Path], None]
    """Makes the profile folder hostile (it starts as a copy of the sample)."""
    expected: str
    """A line of the error output must contain this (the location, and the field if any)."""


def yaml(text: str) -> Callable[[Path], None]:
    def write(profile: Path) -> None:
        (profile / "profile.yaml").write_bytes(text.encode("utf-8"))

    return write


def raw(data: bytes) -> Callable[[Path], None]:
    def write(profile: Path) -> None:
        (profile / "profile.yaml").write_bytes(data)

    return write


def fifty_megabytes(profile: Path) -> None:
    line = b"# " + b"x" * 1021 + b"\n"
    with open(profile / "profile.yaml", "wb") as handle:
        handle.write(SCHEMA.encode())
        for _ in range(50 * 1024):
            handle.write(line)


def link(
    relative: str, target: str | Path, field_yaml: str, *, replace: bool = False
) -> Callable[[Path], None]:
    """A symlink inside the profile folder that leads outside it, used by ``field_yaml``.

    With ``replace``, an existing folder of the sample is moved out and linked back: the
    files are the same, only now they live outside the profile folder.
    """

    def write(profile: Path) -> None:
        path = profile / relative
        outside = Path(target) if os.path.isabs(target) else profile.parent / target
        if replace:
            shutil.move(path, outside)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        outside.parent.mkdir(parents=True, exist_ok=True)
        if not outside.exists():
            if outside.suffix:
                outside.write_text("secret\n")
            else:
                outside.mkdir()
        os.symlink(outside, path)
        (profile / "profile.yaml").write_text(SCHEMA + field_yaml)

    return write


BOMB = SCHEMA + (
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
    "c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
    "d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
    "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
    "f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
    "g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
)

CASES = [
    Case("yaml-bomb", yaml(BOMB), "profile.yaml:3: YAML aliases (*a) are not allowed"),
    Case("anchor-merge-key", yaml(SCHEMA + "x: &x {a: 1}\nsite:\n  <<: *x\n"), "profile.yaml:4"),
    Case(
        "bomb-in-check-section",
        yaml(SCHEMA + "check:\n  ignore: &a [REP001]\n  select: *a\n"),
        "profile.yaml:4: YAML aliases (*a) are not allowed",
    ),
    Case(
        "nested-50000-brackets",
        yaml(SCHEMA + "site: " + "[" * 50_000 + "]" * 50_000 + "\n"),
        "profile.yaml:2: values nested hundreds of levels deep",
    ),
    Case(
        "nested-800-indents",
        yaml(SCHEMA + "site:\n" + "".join("  " * i + "a:\n" for i in range(1, 800))),
        "profile.yaml:53: values nested hundreds of levels deep",
    ),
    Case("50-megabytes", fifty_megabytes, "profile.yaml: the file is 52,"),
    Case("not-utf8", raw(SCHEMA.encode() + b"person:\n  name: Ana \xe9\xff\n"), "profile.yaml:3"),
    Case("utf16", raw(SCHEMA.encode("utf-16")), "profile.yaml:1: not UTF-8"),
    Case("tab-indent", yaml(SCHEMA + "site:\n\ttitle: x\n"), "profile.yaml:3: indented with a tab"),
    Case(
        "duplicate-key",
        yaml(SCHEMA + "site:\n  title: a\n  title: b\n"),
        "profile.yaml:4: site.title: duplicate key",
    ),
    Case("two-documents", yaml(SCHEMA + "---\n" + SCHEMA), "profile.yaml:2"),
    Case("top-level-list", yaml("- schema\n"), "profile.yaml:1"),
    Case("no-schema", yaml("site:\n  title: x\n"), "profile.yaml:1: schema"),
    Case("future-schema", yaml("schema: portfolio/v9\n"), "profile.yaml:1: schema"),
    # Every wrong type: a list for text, text for a list, a mapping for a yes/no, and so on.
    Case("list-for-text", yaml(SCHEMA + "site:\n  title: [a, b]\n"), "profile.yaml:3: site.title"),
    Case("map-for-text", yaml(SCHEMA + "person:\n  name: {a: 1}\n"), "profile.yaml:3: person.name"),
    Case(
        "text-for-list",
        yaml(SCHEMA + "projects:\n  mode: manual\n  repos: tabcheck\n"),
        "profile.yaml:4: projects.repos",
    ),
    Case(
        "text-for-bool",
        yaml(SCHEMA + "person:\n  obfuscate_email: perhaps\n"),
        "profile.yaml:3: person.obfuscate_email",
    ),
    Case(
        "number-for-colour",
        yaml(SCHEMA + "site:\n  accent_color: 12\n"),
        "profile.yaml:3: site.accent_color",
    ),
    Case("null-section", yaml(SCHEMA + "site: 3\n"), "profile.yaml:2: site"),
    Case("list-for-map", yaml(SCHEMA + "links: [a]\n"), "profile.yaml:2: links"),
    Case(
        "map-in-list",
        yaml(SCHEMA + "experience:\n  - just text\n"),
        "profile.yaml:3: experience[0]",
    ),
    Case("unknown-key", yaml(SCHEMA + "sitee:\n  title: x\n"), "profile.yaml:2: sitee"),
    # Dates out of range.
    Case(
        "month-13",
        yaml(SCHEMA + "experience:\n  - role: r\n    organization: o\n    start: 2020-13\n"),
        "profile.yaml:5: experience[0].start",
    ),
    Case(
        "year-zero",
        yaml(SCHEMA + "experience:\n  - role: r\n    organization: o\n    start: '0000'\n"),
        "profile.yaml:5: experience[0].start",
    ),
    Case(
        "five-digit-year",
        yaml(SCHEMA + "education:\n  - institution: i\n    start: 10000-01-01\n"),
        "profile.yaml:4: education[0].start",
    ),
    Case(
        "february-30",
        yaml(SCHEMA + "education:\n  - institution: i\n    end: 2021-02-30\n"),
        "profile.yaml:4: education[0].end",
    ),
    # Addresses that would run code or leave the web.
    Case(
        "javascript-website",
        yaml(SCHEMA + "links:\n  website: javascript:alert(1)\n"),
        "profile.yaml:3: links.website",
    ),
    Case(
        "javascript-mixed-case",
        yaml(SCHEMA + "links:\n  custom:\n    - title: x\n      url: ' JaVaScRiPt:alert(1)'\n"),
        "profile.yaml:5: links.custom[0].url",
    ),
    Case(
        "javascript-tab-inside",
        yaml(SCHEMA + 'person:\n  cv: "java\\tscript:alert(1)"\n'),
        "profile.yaml:3: person.cv",
    ),
    Case(
        "data-url-nav",
        yaml(
            SCHEMA
            + "site:\n  nav:\n    - title: y\n      url: 'data:text/html,<script>x</script>'\n"
        ),
        "profile.yaml:5: site.nav[0].url",
    ),
    Case(
        "vbscript-linkedin",
        yaml(SCHEMA + "links:\n  linkedin: vbscript:msgbox(1)\n"),
        "profile.yaml:3: links.linkedin",
    ),
    # Paths that leave the profile folder.
    Case(
        "avatar-dotdot",
        yaml(SCHEMA + "person:\n  avatar: ../secret.png\n"),
        "profile.yaml:3: person.avatar",
    ),
    Case(
        "avatar-absolute",
        yaml(SCHEMA + "person:\n  avatar: /etc/passwd\n"),
        "profile.yaml:3: person.avatar",
    ),
    Case(
        "content-dotdot",
        yaml(SCHEMA + "site:\n  content: images/../../\n"),
        "profile.yaml:3: site.content",
    ),
    Case(
        "content-absolute",
        yaml(SCHEMA + "site:\n  content: /etc\n"),
        "profile.yaml:3: site.content",
    ),
    Case(
        "theme-dotdot",
        yaml(SCHEMA + "site:\n  theme: ./../../themes/default\n"),
        "profile.yaml:3: site.theme",
    ),
    Case(
        "theme-absolute",
        yaml(SCHEMA + "site:\n  theme: /usr/share\n"),
        "profile.yaml:3: site.theme",
    ),
    Case(
        "favicon-windows-absolute",
        yaml(SCHEMA + "site:\n  favicon: 'C:\\Windows\\win.ini'\n"),
        "profile.yaml:3: site.favicon",
    ),
    # Symlinks inside the folder that lead out of it.
    Case(
        "avatar-symlink-out",
        link("images/me.png", "outside/secret.png", "person:\n  avatar: images/me.png\n"),
        "profile.yaml:3: person.avatar",
    ),
    Case(
        "avatar-symlink-to-etc",
        link("images/me.png", "/etc/hostname", "person:\n  avatar: images/me.png\n"),
        "profile.yaml:3: person.avatar",
    ),
    Case(
        "content-symlink-out",
        link("posts", "outside-posts", "site:\n  content: posts\n"),
        "profile.yaml:3: site.content",
    ),
    Case(
        "theme-symlink-out",
        link("mytheme", "outside-theme", "site:\n  theme: ./mytheme\n"),
        "profile.yaml:3: site.theme",
    ),
    Case(
        "parent-folder-symlink-out",
        link("images", "outside-images", "person:\n  avatar: images/avatar.svg\n", replace=True),
        "profile.yaml:3: person.avatar",
    ),
]


@pytest.fixture(scope="module")
def previous_site(tmp_path_factory) -> Path:
    """One build of the sample for the whole module; each test gets a copy (builds are slow)."""
    tmp = tmp_path_factory.mktemp("previous")
    site = tmp / "site"
    run = run_cli("build", copy_sample(tmp), "-o", site)
    assert run.code == 0, run.printed
    return site


@pytest.mark.parametrize("case", CASES, ids=[case.id for case in CASES])
def test_hostile_profile_is_one_clear_error_and_nothing_is_written(
    case: Case, tmp_path: Path, previous_site: Path
) -> None:
    profile = copy_sample(tmp_path)
    site = tmp_path / "site"
    shutil.copytree(previous_site, site)
    case.write(profile)
    report = tmp_path / "report.md"
    before = {"site": tree(site), "profile": tree(profile), "all": sorted(os.listdir(tmp_path))}

    for argv in (
        ("build", profile, "-o", site),
        ("check", profile),
        ("check", profile, "--format", "markdown", "-o", report),
    ):
        run = run_cli(*argv)
        command = f"portfolio {argv[0]}"
        assert run.code == 2, f"{command}: exit {run.code}\n{run.printed}"
        assert "Traceback" not in run.printed
        assert run.out == "", f"{command} printed a report or a result for a broken profile"
        lines = run.err.splitlines()
        assert lines and lines[0].startswith("error: "), run.err
        assert any(case.expected in line for line in lines), f"{command}:\n{run.err}"
        # Each mistake is one line, and the output stays short even for a 50 MB file.
        assert len(run.err) < 4000

    assert tree(site) == before["site"], "the previous site changed"
    assert tree(profile) == before["profile"], "the profile folder changed"
    assert sorted(os.listdir(tmp_path)) == before["all"], "a file appeared next to them"
    assert not report.exists()


def test_the_table_covers_every_kind_of_path_field() -> None:
    """The paths named in the brief: avatar, content and theme, by `..`, absolute and link."""
    ids = {case.id for case in CASES}
    for field in ("avatar", "content", "theme"):
        assert {f"{field}-dotdot", f"{field}-absolute", f"{field}-symlink-out"} <= ids
