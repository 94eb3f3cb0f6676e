"""RDM006 readme-usage: a usage / quick start / example section, or example code."""

from __future__ import annotations

import dataclasses

import pytest
from builders import make_repo, messages, repo_ctx, run

from checks.rules.readme.rdm006_readme_usage import RULE
from portfolio.snapshot import FileEntry


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA tool.\n\n## Usage\n\nRun it.\n",
        "# x\n\nA tool.\n\n## Quick start\n\nRun it.\n",
        "# x\n\nA tool.\n\n## Examples\n\nSee below.\n",
        # An example in code, even without a usage heading.
        "# x\n\nA tool.\n\n```python\nimport x\nx.run()\n```\n",
        # Headings in other languages, through their English stand-ins.
        "# 小工具\n\n一个处理表格的小工具。\n\n## 使用方法\n\n打开程序。\n",
        "# herramienta\n\nUna herramienta.\n\n## Uso\n\nAbra el programa.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_a_dependency_declaration_alone_is_not_usage() -> None:
    text = '# x\n\nErrors.\n\n```toml\n[dependencies]\nanyhow = "1.0"\n```\n'
    assert len(messages(RULE, repo_ctx(language="Rust", readme=text))) == 1


def test_install_code_alone_is_not_usage() -> None:
    text = (
        "# x\n\nA tool.\n\n## Installation\n\n"
        "```bash\ngit clone https://x\ncd x\npip install .\n```\n"
    )
    (problem,) = run(RULE, repo_ctx(language="Python", readme=text))
    assert problem.message == (
        "README.md of `ml-utils` has no section that shows how to use it "
        "(sections found: x, Installation)"
    )
    assert problem.file == "README.md"


def test_a_title_naming_a_tutorial_is_not_a_usage_section() -> None:
    assert messages(
        RULE, repo_ctx(language="Python", readme="# pytorch tutorial notes\n\nMine.\n")
    ) == [
        "README.md of `ml-utils` has no section that shows how to use it "
        "(sections found: pytorch tutorial notes)"
    ]


def test_repos_without_code_are_skipped() -> None:
    assert messages(RULE, repo_ctx(language=None, readme="# Notes\n")) == []


COURSE = "# a smol course\n\nA practical course on aligning small language models.\n\n"


def test_a_course_with_an_outline_passes() -> None:
    text = COURSE + "## Course Outline\n\n1. [Instruction tuning](./1_instruction_tuning)\n"
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


def test_a_course_without_an_outline_is_asked_for_one() -> None:
    (problem,) = run(
        RULE, repo_ctx(language="Python", readme=COURSE + "## Prerequisites\n\nPython.\n")
    )
    assert problem.message == (
        "README.md of `ml-utils` presents teaching material ('a smol course') but has no "
        "outline of its lessons to follow (sections found: a smol course, Prerequisites)"
    )
    assert 'Add a "Course outline" section to README.md' in problem.fix.description


def test_a_book_is_asked_for_its_chapters_and_pointed_to_its_summary() -> None:
    text = "## Interviews Book\n\nThis book is the result of many interviews.\n"
    (problem,) = run(RULE, repo_ctx(language="HTML", readme=text, files=("src/SUMMARY.md",)))
    assert "('This book') but has no outline of its chapters to follow" in problem.message
    assert problem.fix.description == (
        'Add a "Contents" section to README.md: the chapters in order, one line each, linked '
        "to its file, with what it covers. `src/SUMMARY.md` lists them already: link it, or "
        "copy its list."
    )
    (problem,) = run(RULE, repo_ctx(language="HTML", readme=text))
    assert problem.fix.description.endswith("with what it covers.")


def test_an_outline_heading_does_not_count_outside_teaching_material() -> None:
    text = "# x\n\nA tool.\n\n## Chapters\n\nNone.\n"
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == [
        "README.md of `ml-utils` has no section that shows how to use it "
        "(sections found: x, Chapters)"
    ]


@pytest.mark.parametrize(
    "lessons",
    [
        "**Lecture 1: building micrograd**\n\nText.\n\n**Lecture 2: makemore**\n\nText.\n",
        "- [Chapter 1](ch01/)\n- [Chapter 2](ch02/)\n",
        "1. Week 1 - Tensors\n2. Week 2 - Transformers\n",
    ],
)
def test_a_course_naming_its_numbered_lessons_passes(lessons: str) -> None:
    assert messages(RULE, repo_ctx(language="Python", readme=COURSE + lessons)) == []


# numpy-100: one set of exercises, as a notebook and its Markdown copies.
EXERCISES = "# x\n\nThis is a collection of numpy exercises.\n\n"
BINDER = "https://mybinder.org/repo/octo/ml-utils/notebooks/exercises.ipynb"


@pytest.mark.parametrize(
    "way_in",
    [
        "[Read them on GitHub](100_exercises.md)\n",
        f"[Test them on Binder]({BINDER})\n",
    ],
)
def test_a_few_lessons_linked_from_the_readme_need_no_outline(way_in: str) -> None:
    ctx = repo_ctx(language="Python", readme=EXERCISES + way_in, files=("exercises.ipynb",))
    assert messages(RULE, ctx) == []


def test_many_notebooks_still_need_an_outline_and_other_links_are_no_way_in() -> None:
    many = tuple(f"lesson{i}.ipynb" for i in range(5))
    linked = EXERCISES + "[Read them on GitHub](lesson0.ipynb)\n"
    assert len(messages(RULE, repo_ctx(language="Python", readme=linked, files=many))) == 1
    licence = EXERCISES + "See [the licence](LICENSE.md).\n"
    ctx = repo_ctx(language="Python", readme=licence, files=("exercises.ipynb",))
    assert len(messages(RULE, ctx)) == 1


def test_one_numbered_lesson_is_not_an_outline() -> None:
    text = COURSE + "Start with **Lecture 1**.\n\nLecture 1 covers tensors.\n"
    assert len(run(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_a_collection_of_examples_each_with_its_readme_passes() -> None:
    text = (
        "# Examples\n\nExamples of using PyTorch.\n\n- [MNIST](./mnist/README.md)\n- [VAE](vae)\n"
    )
    files = ("mnist/README.md", "mnist/main.py", "vae/README.md", "vae/main.py")
    assert messages(RULE, repo_ctx(language="Python", readme=text, files=files)) == []
    alone = ("mnist/README.md", "mnist/main.py", "vae/main.py")
    assert len(messages(RULE, repo_ctx(language="Python", readme=text, files=alone))) == 1


@pytest.mark.parametrize(
    "docs",
    [
        # A Documentation section linking the docs and saying they hold examples (LangChain).
        "## Documentation\n\nPlease see [here](https://x.readthedocs.io/en/latest/) for "
        "full documentation on:\n\n- Getting started (installation, simple examples)\n",
        "See the [Quick start](https://x.readthedocs.io/) to try it.\n",
        "More in [the docs](https://x.dev/docs/getting-started).\n",
        "Run the scripts in [examples/](examples/).\n",
        # mdBook: the sentence beside a shortcut reference link says what the page holds.
        "Check out **[the manual]** for a list of features and usage information.\n\n"
        "[the manual]: https://rust-lang.github.io/mdBook/\n",
    ],
)
def test_usage_kept_in_linked_documentation_passes(docs: str) -> None:
    text = "# x\n\nA tool.\n\n## Quick Install\n\n`pip install x`\n\n" + docs
    assert messages(RULE, repo_ctx(language="Python", readme=text)) == []


@pytest.mark.parametrize(
    "docs",
    [
        "## Documentation\n\nSee [here](https://x.readthedocs.io/en/latest/).\n",
        "Read the [contributing guide](CONTRIBUTING.md).\n",
        "## Documentation\n\nExamples will come.\n",
        # An example of something else beside a link is not usage shown elsewhere.
        "[Foo](https://foo.org) is an example of a tool we like.\n",
        # Usage words on a line without a link point nowhere.
        "Usage information will come with the User Guide.\n",
    ],
)
def test_other_links_and_documentation_sections_are_not_usage(docs: str) -> None:
    text = "# x\n\nA tool.\n\n## Quick Install\n\n`pip install x`\n\n" + docs
    assert len(messages(RULE, repo_ctx(language="Python", readme=text))) == 1


def test_exercise_solutions_are_read_not_used_or_installed() -> None:
    # varunu28/LeetCode-Java-Solutions: a list of solved problems.
    from checks.rules.readme.rdm004_readme_install import RULE as INSTALL
    from checks.rules.repo.rep009_dependency_manifest import RULE as MANIFEST

    text = "# LeetCode Java Solutions\n\nMy solutions, by difficulty.\n\n## Easy\n\n- Two Sum\n"
    for name, expected in (("LeetCode-Java-Solutions", 0), ("java-utils", 1)):
        repo = make_repo(name=name, language="Java", files=("Easy/", "Easy/TwoSum.java"),
                         readme=text)  # fmt: skip
        for rule in (RULE, INSTALL, MANIFEST):
            assert len(run(rule, repo_ctx(repo))) == expected, (name, rule.id)


def test_numbered_parts_at_the_root_are_offered_as_the_outline_in_their_order() -> None:
    # Sentdex/nnfs_book: Chapter_2 ... Chapter_22, separated by chapter.
    text = "# NNFS book code\n\nCode from the NNFS book, separated by chapter.\n"
    tree = make_repo(language="Python", readme=text)
    entries = [FileEntry(p, "dir") for p in ("Chapter_10", "Chapter_2", "Chapter_22", "docs")]
    ctx = repo_ctx(dataclasses.replace(tree, files=(*entries, FileEntry("README.md", "file"))))
    (problem,) = run(RULE, ctx)
    assert problem.fix.description.endswith(
        "Its 3 numbered parts, `Chapter_2` to `Chapter_22`, are the outline, in that order: "
        "e.g. `- [Chapter 2](Chapter_2/): what it covers`."
    )
