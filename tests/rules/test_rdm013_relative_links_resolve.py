"""RDM013 relative-links-resolve: relative links and images exist; partial trees inconclusive."""

from __future__ import annotations

from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm013_relative_links_resolve import RULE, targets

TREE = ("README.md", "LICENSE", "docs/", "docs/guide.md", "docs/screenshot.png", "src/")


def test_existing_targets_pass() -> None:
    text = (
        "# x\n\nSee [the guide](docs/guide.md#install), [the licence](./LICENSE), "
        "[the code](src/) and [issues](../../issues).\n\n"
        "![The app](docs/screenshot.png?raw=true)\n\n[Top](#x) [site](https://x.example.org)\n"
    )
    assert messages(RULE, repo_ctx(files=TREE, files_complete=True, readme=text)) == []


def test_missing_file_fails_with_its_line() -> None:
    text = "# x\n\nIntro.\n\n![Architecture](docs/architecture.png)\n\n[Old](OLD.md)\n"
    problems = run(RULE, repo_ctx(files=TREE, readme=text))
    assert [p.message for p in problems] == [
        "README.md of `ml-utils` line 5: an image points to `docs/architecture.png`, which is "
        "not in the repository",
        "README.md of `ml-utils` line 7: a link points to `OLD.md`, which is not in the repository",
    ]
    assert [(p.line, p.inconclusive) for p in problems] == [(5, False), (7, False)]


def test_letter_case_is_named() -> None:
    (problem,) = run(RULE, repo_ctx(files=TREE, readme="# x\n\n![App](docs/Screenshot.png)\n"))
    assert problem.message == (
        "README.md of `ml-utils` line 3: an image points to `docs/Screenshot.png`, which is not "
        "in the repository (letter case differs from `docs/screenshot.png`)"
    )
    assert "case-sensitive" in problem.fix.description


def test_a_missing_extension_is_named() -> None:
    # kaggle-api's README links `./CHANGELOG` and `LICENSE`; the files are CHANGELOG.md and
    # LICENSE.txt, and GitHub serves a file only at its full name.
    files = ("README.md", "CHANGELOG.md", "LICENSE.txt", "docs/", "docs/guide.md",
             "docs/guide.rst", "docs/api/", "docs/api/index.md")  # fmt: skip
    text = "# x\n\n[Changes](./CHANGELOG)\n\n[Licence](LICENSE)\n\n[Guide](docs/guide)\n"
    problems = run(RULE, repo_ctx(files=files, readme=text))
    assert [p.message.split(": ", 1)[1] for p in problems] == [
        "a link points to `CHANGELOG`, which is not in the repository (did you mean "
        "`CHANGELOG.md`?)",
        "a link points to `LICENSE`, which is not in the repository (did you mean `LICENSE.txt`?)",
        # Two candidates: no guess.
        "a link points to `docs/guide`, which is not in the repository",
    ]
    assert (
        problems[0].fix.description == "Change the path on line 3 of README.md to `CHANGELOG.md`."
    )


def test_unlisted_folder_is_inconclusive_once() -> None:
    files = ("README.md", "assets/", "examples/")  # folders seen but not opened
    text = "# x\n\n![A](assets/a.png)\n\n![B](assets/b.png)\n\n[Demo](examples/demo.py)\n"
    (problem,) = run(RULE, repo_ctx(files=files, readme=text))
    assert problem.inconclusive
    assert problem.message == (
        "README.md of `ml-utils`: 3 relative link(s) point into folders the snapshot did not "
        "list, so they could not be checked: `assets/a.png`, `assets/b.png`, `examples/demo.py`"
    )


def test_unknown_file_list_is_inconclusive() -> None:
    ctx = repo_ctx(
        files=("README.md",), unknown=("files",), readme="# x\n\n[Guide](docs/guide.md)\n"
    )
    (problem,) = run(RULE, ctx)
    assert problem.inconclusive
    assert problem.message == (
        "README.md of `ml-utils` has 1 relative links or images, but the file list of the "
        "repository is unknown, so they could not be checked"
    )


def test_links_resolve_from_the_readme_folder() -> None:
    repo = make_repo(
        files=("docs/", "docs/README.md", "docs/img.png"),
        readme=readme("# x\n\n![Pic](img.png) [Up](../docs/img.png)\n", path="docs/README.md"),
    )
    assert messages(RULE, repo_ctx(repo)) == []


def test_targets() -> None:
    assert targets("docs/a%20b.md#part", "README.md") == "docs/a b.md"
    assert targets("/docs/guide.md", "sub/README.md") == "docs/guide.md"
    assert targets("../../wiki", "README.md") is None
    assert targets("mailto:a@example.org", "README.md") is None
    assert targets("//cdn.example.org/x.png", "README.md") is None
    assert targets("{{ site.baseurl }}/x", "README.md") is None


def test_letter_case_of_a_folder_is_named_too() -> None:
    (problem,) = run(RULE, repo_ctx(files=TREE, readme="# x\n\n[The docs](Docs/)\n"))
    assert problem.message.endswith("(letter case differs from `docs`)")


def test_a_web_address_without_its_scheme_is_named_as_one() -> None:
    # nlohmann/json: "fixed the links to [cppreference.com](cppreference.com)".
    text = (
        "# x\n\n[cppreference.com](cppreference.com), [docs](www.example.org/docs) and "
        "[the notes](NOTES.md)\n"
    )
    problems = run(RULE, repo_ctx(files=TREE, files_complete=True, readme=text))
    assert [p.fix.description for p in problems] == [
        "On line 3 of README.md, write the address in full: `https://cppreference.com`.",
        "On line 3 of README.md, write the address in full: `https://www.example.org/docs`.",
        "Commit `NOTES.md`, or correct the path on line 3 of README.md (`git ls-files` lists "
        "the exact names).",
    ]
    assert "looks like a web address" in problems[0].message


def test_a_web_address_missing_the_colon_after_its_scheme_is_named_as_one() -> None:
    # ecco: "[Transformer](https//jalammar.github.io/illustrated-transformer/)".
    text = "# x\n\n[Transformer](https//jalammar.github.io/illustrated-transformer/)\n"
    (problem,) = run(RULE, repo_ctx(files=TREE, files_complete=True, readme=text))
    assert problem.message.endswith("it looks like a web address missing the `:` after `https`")
    assert problem.fix.description == (
        "On line 3 of README.md, write the address in full: "
        "`https://jalammar.github.io/illustrated-transformer`."
    )
