"""RDM009 readme-license: a licence named in the README."""

from __future__ import annotations

import pytest
from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm009_readme_license import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# x\n\nA tool.\n\n## License\n\nSee the file.\n",
        "# x\n\nA tool.\n\n## Licence\n\nSee the file.\n",
        "# x\n\nA tool. MIT.\n",
        "# x\n\nA tool, released under Apache-2.0.\n",
        "# x\n\nA tool. © 2026 Octo.\n",
        "# x\n\nA tool in the public domain.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_fails_and_the_fix_names_the_detected_licence() -> None:
    (problem,) = run(
        RULE,
        repo_ctx(
            license="MIT", readme="# x\n\nA tool; the word mit in lower case is not a name.\n"
        ),
    )
    assert (
        problem.message == "README.md of `ml-utils` does not mention a licence (sections found: x)"
    )
    assert "licensed under the MIT licence" in problem.fix.description


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("Llama 2 Community License Agreement", "the Llama 2 Community License Agreement:"),
        ("CC BY-NC 4.0", "the CC BY-NC 4.0 licence:"),
    ],
)
def test_a_licence_named_by_its_file_is_named_in_the_fix(name: str, said: str) -> None:
    ctx = repo_ctx(license="NOASSERTION", license_name=name, readme="# x\n\nA tool.\n")
    (problem,) = run(RULE, ctx)
    assert f"This project is licensed under {said} see [LICENSE](LICENSE)." in (
        problem.fix.description
    )


def test_unknown_licence_gives_a_generic_fix() -> None:
    ctx = repo_ctx(license="NOASSERTION", readme="# x\n\nA tool.\n", files=("COPYING", "x.py"))
    (problem,) = run(RULE, ctx)
    assert problem.fix.description == (
        'Add a last section "## License" to README.md naming the licence and linking the '
        "COPYING file."
    )


def test_without_any_licence_file_the_fix_says_to_add_one_first() -> None:
    ctx = repo_ctx(license=None, readme="# x\n\nA tool.\n", files=("README.md", "x.py"))
    (problem,) = run(RULE, ctx)
    assert problem.fix.description.startswith(
        "`ml-utils` has no licence file yet (see REP004): add a LICENSE file first, then add "
        'a last section "## License" to README.md'
    )


def test_the_link_in_the_fix_is_relative_to_the_readme() -> None:
    # GitHub shows docs/README.md when the root has none (pipx does this).
    repo = make_repo(
        license="MIT",
        readme=readme("# x\n\nA tool.\n", "docs/README.md"),
        files=("docs/README.md", "LICENSE", "x.py"),
    )
    (problem,) = run(RULE, repo_ctx(repo))
    assert problem.fix.description == (
        'Add a last section "## License" to docs/README.md saying: "This project is licensed '
        'under the MIT licence: see [LICENSE](../LICENSE).".'
    )


def test_an_organisations_project_named_after_it_is_checked_as_a_project() -> None:
    # Theano/Theano: its README.rst is a project's README, not a profile page.
    text = "Theano\n======\n\nA Python library for arrays.\n"
    theano = make_repo(name="Theano", owner="Theano", readme=readme(text, "README.rst", "rst"))
    assert len(run(RULE, repo_ctx(theano))) == 1
    # The profile repository's README.md is the profile page: the README rules leave it.
    profile = make_repo(name="octo", owner="octo", readme="# Hi, I'm Octo\n\nI build tools.\n")
    assert run(RULE, repo_ctx(profile)) == []
