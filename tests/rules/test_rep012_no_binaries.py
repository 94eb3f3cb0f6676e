"""REP012 no-binaries: executables, archives and large weights; LFS pointers and wrappers pass."""

from __future__ import annotations

from builders import files as entries
from builders import messages, repo_ctx, run

from checks.rules.repo.rep012_no_binaries import RULE
from portfolio.snapshot import FileEntry


def test_passes() -> None:
    tree = (
        *entries(
            "gradle/",
            "gradle/wrapper/",
            "gradle/wrapper/gradle-wrapper.jar",
            "tests/",
            "tests/data.zip",
            "src/",
            "src/main.py",
        ),
        FileEntry(path="model.safetensors", type="file", size=134),  # a Git LFS pointer
        FileEntry(path="small.pkl", type="file", size=20_000),
    )
    assert messages(RULE, repo_ctx(files=tree)) == []


def test_binaries_and_large_weights_are_named() -> None:
    tree = (
        FileEntry(path="dist", type="dir"),
        FileEntry(path="dist/app.exe", type="file", size=2_000_000),
        FileEntry(path="release.tar.gz", type="file", size=100),
        FileEntry(path="model.ckpt", type="file", size=420_000_000),
    )
    problems = run(RULE, repo_ctx(files=tree))
    assert [(p.message, p.file) for p in problems] == [
        ("`ml-utils` has dist/app.exe committed: an executable", "dist/app.exe"),
        ("`ml-utils` has release.tar.gz committed: an archive", "release.tar.gz"),
        ("`ml-utils` has model.ckpt committed: model weights or a data dump (420 MB)",
         "model.ckpt"),
    ]  # fmt: skip
    assert "gh release upload TAG dist/app.exe --repo octo/ml-utils" in problems[0].fix.description
    assert "Hugging Face Hub" in problems[2].fix.description


def test_a_static_library_is_named_lib_dot_a() -> None:
    # codebasics' tutorial keeps models.config.a, .b and .c: variants of a text file.
    tree = entries("build/", "build/libfast.a", "serving/", "serving/models.config.a")
    assert messages(RULE, repo_ctx(files=tree)) == [
        "`ml-utils` has build/libfast.a committed: a static library"
    ]


def test_long_lists_are_capped() -> None:
    tree = tuple(FileEntry(path=f"bin{i}.o", type="file") for i in range(12))
    found = messages(RULE, repo_ctx(files=tree))
    assert len(found) == 11
    assert found[-1] == "`ml-utils` has 2 more binary files committed (not listed)"


def test_binaries_inside_junk_folders_are_left_to_the_junk_rule() -> None:
    # A committed virtual environment (found by its pyvenv.cfg) and bytecode caches: REP013
    # removes each folder in one fix, so their .exe and .pyc files are not listed one by one.
    tree = entries(
        "retail/",
        "retail/env/",
        "retail/env/pyvenv.cfg",
        "retail/env/Scripts/",
        "retail/env/Scripts/ipython.exe",
        "src/",
        "src/__pycache__/",
        "src/__pycache__/data.cpython-313.pyc",
        "tools/",
        "tools/convert.exe",
    )
    assert messages(RULE, repo_ctx(files=tree)) == [
        "`ml-utils` has tools/convert.exe committed: an executable"
    ]


def test_vendored_projects_keep_their_binaries() -> None:
    # pip vendors distlib, whose Windows launchers pip's scripts need as they are.
    tree = entries("src/pip/_vendor/distlib/t64.exe", "third_party/zlib/zlib.lib", "dist/app.exe")
    assert [p.file for p in run(RULE, repo_ctx(files=tree))] == ["dist/app.exe"]
