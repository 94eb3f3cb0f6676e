"""Loading profile.yaml: the sample, defaults, and every kind of mistake, word for word."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from portfolio import cli
from portfolio.errors import ConfigError
from portfolio.profile import (
    PROFILE_FILENAME,
    Profile,
    Skill,
    find_profile_dir,
    load_profile,
)

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "sample-profile"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty profile folder that is also the current folder, so messages say profile.yaml."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def errors_of(folder: Path, text: str | bytes) -> list[str]:
    path = folder / PROFILE_FILENAME
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        load_profile(folder)
    assert caught.value.exit_code == 2
    assert caught.value.hint
    return caught.value.message.splitlines()


# --- happy paths ----------------------------------------------------------------------------


def test_sample_profile_loads_with_every_section() -> None:
    profile = load_profile(SAMPLE)
    assert isinstance(profile, Profile)
    assert profile.root == SAMPLE
    assert profile.person.name == "Ines Okoro"
    assert profile.person.avatar == "images/avatar.svg"
    assert profile.path(profile.person.avatar).is_file()
    assert profile.links.linkedin == "https://www.linkedin.com/in/ines-okoro-ml"
    assert profile.links.orcid and profile.links.scholar and profile.links.huggingface
    assert profile.projects.mode == "manual"
    assert profile.projects.overrides["tabcheck"].featured is True
    assert [p.title for p in profile.projects.external] == ["Lisbon PyData talks archive"]
    assert profile.experience[0].end is None  # `present`
    assert profile.skills[0].skills[2] == Skill(name="XGBoost")
    assert profile.site.analytics.provider == "none"
    assert profile.custom_sections[0].id == "teaching"
    assert profile.check == {"showcase": ["tabcheck", "label-noise-tabular", "churn-explainer"]}
    assert profile.pelican.settings == {"DEFAULT_PAGINATION": 5}


def test_sample_publications_merge_yaml_and_bibtex_newest_first() -> None:
    items = load_profile(SAMPLE).publications.items
    # The BibTeX copy of the workshop paper (same DOI) is dropped: the YAML entry wins.
    assert [(p.date, p.title[:24]) for p in items] == [
        ("2024-07", "When Labels Lie: Robust "),
        ("2023-11", "Catching Feature Drift B"),
        ("2022", "Semi-Supervised Anomaly "),
    ]
    assert items[0].selected is True
    assert items[1].authors == ("Ines Okoro", "Marta Santos")
    assert items[1].url == "https://doi.org/10.5555/jadq.2023.0402"
    assert items[2].venue == "Instituto Superior Técnico, University of Lisbon"


def test_sample_matches_the_sample_snapshot() -> None:
    from portfolio.snapshot import load_snapshot

    snapshot = load_snapshot(SAMPLE)
    profile = load_profile(SAMPLE)
    assert profile.links.github == snapshot.user.profile_url
    assert profile.person.name == snapshot.user.name
    for name in profile.projects.repos + tuple(profile.projects.overrides):
        assert snapshot.repo(name) is not None, name


def test_schema_line_alone_is_a_complete_profile(folder: Path) -> None:
    (folder / PROFILE_FILENAME).write_text("schema: portfolio/v1\n")
    profile = load_profile(folder)
    assert profile == Profile(schema="portfolio/v1", root=folder)
    assert profile.site.theme == "default"
    assert profile.projects.mode == "auto" and profile.projects.auto.limit == 6
    assert profile.person.avatar == "github"
    assert profile.person.obfuscate_email is True


def test_empty_sections_mean_defaults_and_text_fields_keep_raw_text(folder: Path) -> None:
    (folder / PROFILE_FILENAME).write_text(
        "schema: portfolio/v1\nskills:\nsite:\n  language: no\n  title: 1984\n"
        "experience:\n  - {role: R, organization: O, start: 2021-05-01, end: Present}\n"
    )
    profile = load_profile(folder)
    assert profile.skills == ()
    assert (profile.site.language, profile.site.title) == ("no", "1984")
    assert (profile.experience[0].start, profile.experience[0].end) == ("2021-05-01", None)


def test_own_theme_folder_keeps_its_dot_slash(folder: Path) -> None:
    (folder / "themes" / "default" / "templates").mkdir(parents=True)
    (folder / PROFILE_FILENAME).write_text(
        "schema: portfolio/v1\nsite:\n  theme: themes/default/\n"
    )
    assert load_profile(folder).site.theme == "./themes/default"
    (folder / "default").mkdir()
    (folder / PROFILE_FILENAME).write_text("schema: portfolio/v1\nsite:\n  theme: ./default\n")
    assert load_profile(folder).site.theme == "./default"


def test_find_profile_dir_accepts_the_folder_or_the_file(folder: Path) -> None:
    (folder / PROFILE_FILENAME).write_text("schema: portfolio/v1\n")
    assert find_profile_dir(folder) == folder
    assert find_profile_dir(folder / PROFILE_FILENAME) == folder
    assert find_profile_dir() == Path.cwd()


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "nowhere", "nowhere: no such folder"),
        (lambda d: d, ".: no profile.yaml in this folder"),
        (lambda d: (d / "notes.txt").write_text("x") and d / "notes.txt",
         "notes.txt: expected a profile folder or its profile.yaml, got another file"),
    ],
)  # fmt: skip
def test_find_profile_dir_says_what_is_missing(folder: Path, make, message: str) -> None:
    target = make(folder)
    with pytest.raises(ConfigError) as caught:
        find_profile_dir(os.path.relpath(target))
    assert caught.value.message == message
    assert "portfolio init" in (caught.value.hint or "") or "folder" in caught.value.hint


# --- mistakes, word for word ----------------------------------------------------------------


def test_every_mistake_is_reported_at_once_with_its_line(folder: Path) -> None:
    (folder / "me.png").write_bytes(b"\x89PNG")
    (folder.parent / "outside.pdf").write_bytes(b"%PDF")
    (folder / "cv.pdf").symlink_to(folder.parent / "outside.pdf")
    lines = errors_of(
        folder,
        """\
schema: portfolio/v1
site:
  titel: My site
  accent_color: blue
  sections: [about, projets]
  color_scheme: darkish
  favicon: icon.png
person:
  name: [Ada]
  avatar: ../me.png
  cv: cv.pdf
  email: mailto:ada@example.org
  obfuscate_email: maybe
linkedin: https://linkedin.com/in/ada
links:
  website: javascript:alert(1)
  scholar: /home/ada/scholar.html
  custom:
    - title: Blog
experience:
  - role: Engineer
    organization: Acme
    start: May 2021
    end: 2022-13
  - Engineer at Acme
projects:
  mode: manual
  auto:
    limit: 0
  overrides:
    tabcheck:
      featurd: true
talks:
  - title: T
    event: E
    date: 2021-02-30
    slides: /etc/passwd
skills: PyTorch
""",
    )
    assert lines == [
        "profile.yaml: 23 mistakes to fix:",
        "profile.yaml:3: site.titel: unknown key; did you mean `title`?",
        "profile.yaml:4: site.accent_color: expected a colour such as `#2a6df4`, got `blue`",
        "profile.yaml:5: site.sections[1]: no section called `projets`; did you mean `projects`?",
        "profile.yaml:6: site.color_scheme: `darkish` is not one of `auto`, `light`, `dark`; "
        "did you mean `dark`?",
        "profile.yaml:7: site.favicon: file `icon.png` not found in the profile folder",
        "profile.yaml:9: person.name: expected text, got a list",
        "profile.yaml:10: person.avatar: `../me.png` leads outside the profile folder (`..`); "
        "keep it inside",
        "profile.yaml:11: person.cv: `cv.pdf` is a symbolic link that leads outside the profile "
        "folder; copy the file into the folder instead",
        "profile.yaml:12: person.email: write the address without `mailto:`: `ada@example.org`",
        "profile.yaml:13: person.obfuscate_email: expected true or false, got `maybe`",
        "profile.yaml:14: linkedin: unknown key here; did you mean `links.linkedin`?",
        "profile.yaml:16: links.website: `javascript:` addresses are not allowed; write an "
        "address starting with https://",
        "profile.yaml:17: links.scholar: expected an address starting with https://, got "
        "`/home/ada/scholar.html`",
        "profile.yaml:19: links.custom[0].url: missing; a custom link entry needs `url`",
        "profile.yaml:23: experience[0].start: expected a date as YYYY, YYYY-MM or YYYY-MM-DD, "
        "got `May 2021`",
        "profile.yaml:24: experience[0].end: `2022-13` is not a real date",
        "profile.yaml:25: experience[1]: expected a mapping (`key: value` lines), got "
        "`Engineer at Acme`",
        "profile.yaml:27: projects.repos: `mode: manual` needs the list of repositories to show "
        "under `projects.repos`",
        "profile.yaml:29: projects.auto.limit: must be at least 1, got 0",
        "profile.yaml:32: projects.overrides.tabcheck.featurd: unknown key; did you mean "
        "`featured`?",
        "profile.yaml:36: talks[0].date: `2021-02-30` is not a real date",
        "profile.yaml:37: talks[0].slides: `/etc/passwd` is an absolute path; write it relative "
        "to the profile folder, e.g. `passwd`",
        "profile.yaml:38: skills: expected a list, got `PyTorch`; write one item per line, each "
        "starting with `- `",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("",
         "profile.yaml:1: schema: missing; start the file with the line `schema: portfolio/v1`"),
        ("site:\n  title: x\n",
         "profile.yaml:1: schema: missing; start the file with the line `schema: portfolio/v1`"),
        ("schema: portfolio/v2\n",
         "profile.yaml:1: schema: `portfolio/v2` is not a format this version of portfolio-kit "
         "reads; it reads `portfolio/v1` (upgrade with `pip install -U portfolio-kit`, or fix "
         "the line)"),
        ("- a\n- b\n",
         "profile.yaml:1: top level: expected a mapping (`key: value` lines), got a list"),
        ("schema: portfolio/v1\nsite:\n  title: a\nsite:\n  title: b\n",
         "profile.yaml:4: site: duplicate key (first set on line 2); remove one of them"),
        ("schema: portfolio/v1\ncheck:\n  select: [A]\n  select: [B]\n",
         "profile.yaml:4: check.select: duplicate key (first set on line 3); remove one of them"),
        ("schema: portfolio/v1\n<<: {site: {}}\n",
         "profile.yaml:2: top level: merge keys (`<<`) are not allowed"),
        ("schema: portfolio/v1\ntitle: X\n",
         "profile.yaml:2: title: unknown key here; did you mean `site.title`?"),
        # A real tab inside the scheme (YAML "\t"): browsers ignore it, so must we.
        ('schema: portfolio/v1\nsite:\n  nav:\n    - {title: Evil, url: "JaVa\\tScRipt:x"}\n',
         "profile.yaml:4: site.nav[0].url: `javascript:` addresses are not allowed; write an "
         "address starting with https://"),
        ("schema: portfolio/v1\nsite:\n  nav:\n    - {title: Evil, url: '//evil.example'}\n",
         "profile.yaml:4: site.nav[0].url: expected an address starting with https://, got "
         "`//evil.example`"),
        ("schema: portfolio/v1\nperson:\n  avatar: 'data:image/png;base64,AAAA'\n",
         "profile.yaml:3: person.avatar: `data:` addresses are not allowed; write an address "
         "starting with https://"),
        ("schema: portfolio/v1\ncustom_sections:\n  - {id: Teaching!, title: T}\n",
         "profile.yaml:3: custom_sections[0].id: `Teaching!` must use only lower-case letters, "
         "digits and hyphens, e.g. `open-source`"),
        ("schema: portfolio/v1\ncustom_sections:\n  - {id: talks, title: T}\n",
         "profile.yaml:3: custom_sections[0].id: `talks` is already the id of a built-in "
         "section; choose another"),
        ("schema: portfolio/v1\nsite:\n  theme: ./mytheme\n",
         "profile.yaml:3: site.theme: folder `./mytheme` not found in the profile folder"),
        ("schema: portfolio/v1\ntalks:\n  -\n",
         "profile.yaml:3: talks[0]: empty entry; fill it in or remove the line"),
        ("schema: portfolio/v1\nsite:\n  theme: acadmic\n",
         "profile.yaml:3: site.theme: no bundled theme called `acadmic`; did you mean `academic`? "
         "(for a theme folder of your own, write its path: `./acadmic`)"),
        ("schema: portfolio/v1\neducation:\n  - degree: MSc\n    institution: U\n"
         "    start: 2021-09\n    end: 2020\n",
         "profile.yaml:6: education[0].end: `2020` is before the start, `2021-09`"),
    ],
)  # fmt: skip
def test_single_mistakes(folder: Path, text: str, expected: str) -> None:
    assert errors_of(folder, text) == ["profile.yaml: 1 mistake to fix:", expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("schema: portfolio/v1\nsite:\n\ttitle: x\n",
         "profile.yaml:3: indented with a tab; YAML needs spaces for indentation"),
        ("schema: portfolio/v1\nsite:\n  title: x\n\tlanguage: en\n",
         "profile.yaml:4: indented with a tab; YAML needs spaces for indentation"),
        ("schema: portfolio/v1\nsite: [\n",
         "profile.yaml:3: not valid YAML: expected the node content, but found '<stream end>'"),
        ("schema: portfolio/v1\n---\nschema: portfolio/v1\n",
         "profile.yaml:2: more than one YAML document (a `---` line); a profile is a single "
         "document"),
        ("schema: portfolio/v1\nsite: &s {title: x}\nperson: *s\n",
         "profile.yaml:3: YAML aliases (*s) are not allowed in a profile; write the value out "
         "in full"),
    ],
)  # fmt: skip
def test_unreadable_yaml_stops_with_one_line(folder: Path, text: str, expected: str) -> None:
    assert errors_of(folder, text) == [expected]


def test_control_characters_in_values_are_shown_escaped(folder: Path) -> None:
    assert errors_of(folder, 'schema: "portfolio/v1\\r\\n\\e[31m"\n') == [
        "profile.yaml: 1 mistake to fix:",
        "profile.yaml:1: schema: `portfolio/v1\\r\\n\\x1b[31m` is not a format this version of "
        "portfolio-kit reads; it reads `portfolio/v1` (upgrade with `pip install -U "
        "portfolio-kit`, or fix the line)",
    ]


def test_yaml_bomb_is_refused_at_its_first_alias(folder: Path) -> None:
    # The "billion laughs": nine levels of nine aliases would expand to 9**9 strings.
    lines = ["schema: portfolio/v1", "check:", '  a0: &a0 ["lol"]']
    for level in range(1, 10):
        refs = ", ".join([f"*a{level - 1}"] * 9)
        lines.append(f"  a{level}: &a{level} [{refs}]")
    assert errors_of(folder, "\n".join(lines) + "\n") == [
        "profile.yaml:4: YAML aliases (*a0) are not allowed in a profile; write the value out "
        "in full"
    ]


def test_non_utf8_file(folder: Path) -> None:
    assert errors_of(folder, b"schema: portfolio/v1\nsite:\n  title: caf\xe9\n") == [
        "profile.yaml:3: not UTF-8 text (byte 0xe9 at offset 39)"
    ]


def test_file_over_one_megabyte(folder: Path) -> None:
    text = "schema: portfolio/v1\n" + "# padding\n" * 110_000
    assert errors_of(folder, text) == [
        "profile.yaml: the file is 1,100,021 bytes, over the limit of 1,048,576 (1 MB); a "
        "profile needs only a few kilobytes"
    ]


def test_bibtex_syntax_error_names_the_bib_file_and_line(folder: Path) -> None:
    (folder / "refs.bib").write_text("@article{a,\n  title = {Fine},\n}\n@book{b,\n  title = {x\n")
    assert errors_of(folder, "schema: portfolio/v1\npublications:\n  bibtex: refs.bib\n") == [
        "profile.yaml: 1 mistake to fix:",
        "refs.bib:5: a `{` is never closed",
    ]


def test_messages_name_the_folder_when_run_from_elsewhere(tmp_path, monkeypatch) -> None:
    (tmp_path / "me").mkdir()
    (tmp_path / "me" / PROFILE_FILENAME).write_text("schema: portfolio/v1\nsite: 3\n")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(ConfigError) as caught:
        load_profile(Path("me"))
    assert caught.value.message.splitlines()[1] == (
        "me/profile.yaml:2: site: expected a mapping (`key: value` lines), got `3`"
    )


def test_nothing_is_written_and_the_cli_exits_2_without_traceback(folder, capsys) -> None:
    (folder / PROFILE_FILENAME).write_text("schema: portfolio/v1\nsite:\n  titel: x\n")
    before = sorted(p.name for p in folder.iterdir())

    def run(_args):
        load_profile(find_profile_dir(folder))

    parser = cli.build_parser()
    parser.set_defaults(run=run)
    original = cli.build_parser
    try:
        cli.build_parser = lambda: parser
        code = cli.main([])
    finally:
        cli.build_parser = original
    err = capsys.readouterr().err
    assert code == 2
    assert err.splitlines()[:2] == [
        "error: profile.yaml: 1 mistake to fix:",
        "profile.yaml:3: site.titel: unknown key; did you mean `title`?",
    ]
    assert "Traceback" not in err
    assert sorted(p.name for p in folder.iterdir()) == before
