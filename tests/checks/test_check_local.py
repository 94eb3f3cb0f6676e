"""A checkout on disk as a Repo: identity, files, README, licence and package metadata."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from checks.local import licence_from_text, load_local_repo, parse_remote
from portfolio.errors import UsageError

MIT = """MIT License

Copyright (c) 2026 Octo

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction...
"""
APACHE = " " * 30 + "Apache License\n" + " " * 25 + "Version 2.0, January 2004\n"
GPL3 = " " * 20 + "GNU GENERAL PUBLIC LICENSE\n" + " " * 20 + "Version 3, 29 June 2007\n"
LGPL3 = (
    "GNU LESSER GENERAL PUBLIC LICENSE\n   Version 3, 29 June 2007\n  This version of the GNU "
    "Lesser General Public License incorporates the terms of version 3 of the GNU General "
    "Public License"
)
BSD3 = """Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:
3. Neither the name of the copyright holder nor the names of its contributors"""
BSD2 = """Redistribution and use in source and binary forms, with or without
modification, are permitted provided that the following conditions are met:"""

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def git(folder: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-C", str(folder), *args],
        check=True,
        capture_output=True,
        env={"GIT_CONFIG_GLOBAL": "/dev/null", "PATH": "/usr/bin:/bin", "HOME": str(folder)},
    )


@pytest.mark.parametrize(
    ("text", "spdx"),
    [
        (MIT, "MIT"),
        (APACHE, "Apache-2.0"),
        (GPL3, "GPL-3.0"),
        (LGPL3, "LGPL-3.0"),
        (BSD3, "BSD-3-Clause"),
        (BSD2, "BSD-2-Clause"),
        ("This is free and unencumbered software released into the public domain.", "Unlicense"),
        ("All rights reserved.", None),
        # google-research/tuning_playbook; a CC licence with NonCommercial is none GitHub names.
        (
            "Creative Commons Attribution 4.0 International Public License\n\nBy exercising",
            "CC-BY-4.0",
        ),
        (
            "Creative Commons Attribution-ShareAlike 4.0 International Public\nLicense",
            "CC-BY-SA-4.0",
        ),
        ("Creative Commons Attribution-NonCommercial 4.0 International Public License", None),
    ],
)
def test_licence_from_key_phrases(text: str, spdx: str | None) -> None:
    assert licence_from_text(text) == spdx


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://github.com/octo/tool.git", ("octo", "tool")),
        ("https://github.com/octo/tool", ("octo", "tool")),
        ("git@github.com:octo/tool.git\n", ("octo", "tool")),
        ("ssh://git@github.com/octo/tool.git", ("octo", "tool")),
        ("https://gitlab.com/octo/tool.git", None),
    ],
)
def test_parse_remote(url: str, expected) -> None:
    assert parse_remote(url) == expected


@needs_git
def test_a_git_checkout(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q")
    git(tmp_path, "remote", "add", "origin", "git@github.com:octo/tool.git")
    (tmp_path / ".gitignore").write_text("build/\n")
    (tmp_path / "build").mkdir()
    (tmp_path / "build" / "out.bin").write_bytes(b"\0" * 10)
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "tool.py").write_text("print('hi')\n")
    (tmp_path / "LICENCE").write_text(MIT)
    (tmp_path / "README.rst").write_text("tool\n====\n")
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "tool"\ndescription = "A   tool."\nkeywords = ["Data Science", "cli"]\n'
        '[project.urls]\nHomepage = "https://octo.dev/tool"\n'
    )
    repo = load_local_repo(tmp_path)
    assert (repo.owner, repo.name) == ("octo", "tool")
    assert [(e.path, e.type) for e in repo.files] == [
        (".gitignore", "file"),
        ("LICENCE", "file"),
        ("README.rst", "file"),
        ("pyproject.toml", "file"),
        ("src", "dir"),
        ("src/tool.py", "file"),
    ]  # build/ is ignored by .gitignore; untracked but not ignored files count
    assert repo.files_complete
    assert repo.license == "MIT"
    assert (repo.readme.path, repo.readme.format, repo.readme.text) == (
        "README.rst",
        "rst",
        "tool\n====\n",
    )
    assert repo.description == "A tool."
    assert repo.topics == ("data-science", "cli")
    assert repo.homepage == "https://octo.dev/tool"
    assert repo.language == "Python"
    assert repo.knows("description") and not repo.knows("latest_release")


def test_a_plain_folder_is_walked_skipping_tool_folders(tmp_path: Path) -> None:
    (tmp_path / "node_modules" / "x").mkdir(parents=True)
    (tmp_path / "node_modules" / "x" / "index.js").write_text("")
    (tmp_path / ".venv").mkdir()
    (tmp_path / ".venv" / "pyvenv.cfg").write_text("")
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "README.md").write_text("# docs readme\n")
    (tmp_path / "COPYING").write_text("Some custom terms.")
    (tmp_path / "package.json").write_text(
        json.dumps({"description": "A web thing.", "keywords": ["web"], "homepage": "x"})
    )
    (tmp_path / "app.js").write_text("console.log(1)\n")
    repo = load_local_repo(tmp_path)
    assert (repo.owner, repo.name) == ("local", tmp_path.name)
    assert sorted(e.path for e in repo.files) == [
        "COPYING",
        "app.js",
        "docs",
        "docs/README.md",
        "package.json",
    ]
    assert repo.readme.path == "docs/README.md"  # GitHub's last place to look
    assert repo.license == "NOASSERTION"  # a licence file GitHub would not recognise
    assert repo.license_name is None  # and no published licence either
    assert repo.description == "A web thing."
    assert repo.homepage is None  # "x" is not an address
    assert not repo.knows("homepage")
    assert repo.language == "JavaScript"


@pytest.mark.parametrize(
    ("opening", "name"),
    [
        ("LLAMA 2 COMMUNITY LICENSE AGREEMENT\nLlama 2 Version Release Date: July 18, 2023\n",
         "Llama 2 Community License Agreement"),
        ("Attribution-NonCommercial 4.0 International\n\n=====\n\nCreative Commons Corporation",
         "Creative Commons Attribution-NonCommercial 4.0 International"),
        ("Copyright (c) 2021, NVIDIA Corporation.\n\n\nNVIDIA Source Code License for StyleGAN3",
         "NVIDIA Source Code License"),
        # A name further down, past the title, is a citation, not the licence's own.
        ("Our own terms.\n" + "You may use it. " * 40 + "Unlike CC BY-NC 4.0, ...",
         None),
    ],
)  # fmt: skip
def test_a_published_licence_github_does_not_list_is_named(
    tmp_path: Path, opening: str, name: str | None
) -> None:
    (tmp_path / "LICENSE").write_text(opening)
    repo = load_local_repo(tmp_path)
    assert (repo.license, repo.license_name) == ("NOASSERTION", name)


def test_readme_preference_github_folder_first_then_markdown(tmp_path: Path) -> None:
    (tmp_path / "README").write_text("plain\n")
    (tmp_path / "README.md").write_text("# md\n")
    assert load_local_repo(tmp_path).readme.path == "README.md"
    (tmp_path / ".github").mkdir()
    (tmp_path / ".github" / "readme.markdown").write_text("# gh\n")
    assert load_local_repo(tmp_path).readme.path == ".github/readme.markdown"


def test_a_linked_licence_and_readme_are_read_but_never_outside_the_checkout(
    tmp_path: Path,
) -> None:
    # Theano's LICENSE.txt is a link to doc/LICENSE.txt.
    repo_dir = tmp_path / "repo"
    (repo_dir / "doc").mkdir(parents=True)
    (repo_dir / "doc" / "LICENSE.txt").write_text(MIT)
    (repo_dir / "doc" / "index.md").write_text("# ml-utils\n\nSmall helpers.\n")
    (repo_dir / "LICENSE.txt").symlink_to("doc/LICENSE.txt")
    (repo_dir / "README.md").symlink_to("doc/index.md")
    repo = load_local_repo(repo_dir)
    assert repo.license == "MIT"
    assert repo.readme.text == "# ml-utils\n\nSmall helpers.\n"
    # A link leading out of the checkout is never followed: its text could be anything.
    (tmp_path / "secret.txt").write_text("# not yours\n")
    other = tmp_path / "other"
    other.mkdir()
    (other / "README.md").symlink_to(tmp_path / "secret.txt")
    (other / "LICENSE").symlink_to("../missing")
    linked_out = load_local_repo(other)
    assert linked_out.readme is None and linked_out.license is None


def test_without_metadata_the_about_box_is_unknown(tmp_path: Path) -> None:
    (tmp_path / "main.go").write_text("package main\n")
    repo = load_local_repo(tmp_path)
    assert repo.readme is None and repo.license is None
    assert {"description", "topics", "homepage"} <= set(repo.unknown)


def test_not_a_folder(tmp_path: Path) -> None:
    with pytest.raises(UsageError) as info:
        load_local_repo(tmp_path / "missing")
    assert info.value.message == f"{tmp_path / 'missing'}: not a folder"


def test_without_a_remote_the_package_metadata_names_the_repository(tmp_path: Path) -> None:
    (tmp_path / "package.json").write_text(
        json.dumps({"repository": {"type": "git", "url": "git+https://github.com/octo/web.git"}})
    )
    repo = load_local_repo(tmp_path)
    assert (repo.owner, repo.name) == ("octo", "web")
    (tmp_path / "package.json").unlink()
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n[project.urls]\n'
        'Docs = "https://x.readthedocs.io"\nSource = "https://github.com/octo/x-py/tree/main"\n'
    )
    repo = load_local_repo(tmp_path)
    assert (repo.owner, repo.name) == ("octo", "x-py")


def test_environment_files_are_read_for_the_names_of_their_secrets(tmp_path: Path) -> None:
    (tmp_path / "docker").mkdir()
    (tmp_path / "docker" / ".env").write_text("COMPOSE_PROJECT_NAME=handson-ml3\n")
    (tmp_path / ".env").write_text("DEBUG=1\nOPENAI_API_KEY=sk-live-abc123\n")
    (tmp_path / ".env.example").write_text("OPENAI_API_KEY=sk-your-key\n")
    repo = load_local_repo(tmp_path)
    # Names only: the value never enters the Repo the rules and reports see.
    assert repo.secret_settings == {".env": ("OPENAI_API_KEY",), "docker/.env": ()}
    assert "sk-live" not in repr(repo.secret_settings)


def test_vendored_and_minified_code_is_not_the_main_language(tmp_path: Path) -> None:
    # mdBook's shape: a Rust tool whose bundled editor and highlighter outweigh its Rust.
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "main.rs").write_text("fn main() {}\n" * 200)
    front = tmp_path / "front-end"
    front.mkdir()
    (front / "ace.js").write_text(("var a=1;" * 200 + "\n") * 40)  # long lines: minified
    (front / "search.min.js").write_text("var b = 2;\n" * 400)
    (tmp_path / "vendor" / "lib").mkdir(parents=True)
    (tmp_path / "vendor" / "lib" / "big.js").write_text("var c = 3;\n" * 1000)
    (front / "book.js").write_text("let d = 4;\n" * 10)
    repo = load_local_repo(tmp_path)
    assert repo.language == "Rust"


def test_readable_scripts_still_count(tmp_path: Path) -> None:
    (tmp_path / "main.rs").write_text("fn main() {}\n" * 10)
    (tmp_path / "app.js").write_text("const x = require('x');\n" * 200)
    assert load_local_repo(tmp_path).language == "JavaScript"
