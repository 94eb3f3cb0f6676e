"""REP005 license-detectable: GitHub's NOASSERTION means an unrecognised licence text."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.repo.rep005_license_detectable import RULE


def test_passes_for_identified_or_absent_licences() -> None:
    assert messages(RULE, repo_ctx(license="MIT", files=("LICENSE",))) == []
    assert messages(RULE, repo_ctx(license=None)) == []


def test_noassertion_names_the_file() -> None:
    (problem,) = run(RULE, repo_ctx(license="NOASSERTION", files=("LICENSE.md", "README.md")))
    assert problem.message == (
        "GitHub cannot identify LICENSE.md of `ml-utils`: it is not the standard text of a "
        "known licence"
    )
    assert problem.file == "LICENSE.md"


def test_noassertion_without_a_visible_file() -> None:
    assert messages(RULE, repo_ctx(license="NOASSERTION")) == [
        "GitHub cannot identify the licence of `ml-utils`: it is not the standard text of a "
        "known licence"
    ]


@pytest.mark.parametrize(
    "readme",
    [
        # A licence section naming a licence GitHub does not list.
        "# x\n\nA model.\n\n## License\n\nCC BY-NC 4.0, see [LICENSE](LICENSE).\n",
        "# x\n\n## Licence\n\nThis work is licensed under a Creative Commons "
        "Attribution-NonCommercial-ShareAlike 4.0 International License.\n",
        "# x\n\n## License and terms of use\n\nThe weights are under the Llama 3.1 Community "
        "License Agreement.\n",
        # stable-diffusion: the sentence linking the licence file names it.
        "# x\n\n## Weights\n\n[The CreativeML OpenRAIL M license](LICENSE) is an Open RAIL M "
        "license.\n",
        "# x\n\n## Usage\n\nRun it.\n\nLicensed under the [Business Source License 1.1](./LICENSE)"
        ".\n",
    ],
)
def test_a_published_licence_github_does_not_list_passes_when_the_readme_names_it(
    readme: str,
) -> None:
    ctx = repo_ctx(license="NOASSERTION", files=("LICENSE", "README.md"), readme=readme)
    assert messages(RULE, ctx) == []


@pytest.mark.parametrize(
    "readme",
    [
        # A licence GitHub does know: an edited copy of it is a real problem.
        "# x\n\n## License\n\nMIT, see [LICENSE](LICENSE).\n",
        "# x\n\n## License\n\nCC BY 4.0 and CC BY-SA 4.0.\n",
        # A dataset's terms, named outside the licence section and away from the file's link.
        "# x\n\n## Data\n\nThe images are CC BY-NC 4.0.\n\n## License\n\nSee [LICENSE](LICENSE).\n",
    ],
)
def test_other_readmes_do_not_excuse_an_unidentified_licence(readme: str) -> None:
    ctx = repo_ctx(license="NOASSERTION", files=("LICENSE", "README.md"), readme=readme)
    (problem,) = run(RULE, ctx)
    assert "name it in a License section of the README instead" in problem.fix.description


def test_a_named_licence_the_readme_does_not_name_asks_for_the_readme_line() -> None:
    # meta-llama/llama: LICENSE is the Llama 2 Community License Agreement; the README's
    # licence section says only "See the LICENSE file".
    ctx = repo_ctx(
        license="NOASSERTION",
        license_name="Llama 2 Community License Agreement",
        files=("LICENSE", "README.md"),
        readme="# Llama 2\n\n## License\n\nSee the [LICENSE](LICENSE) file.\n",
    )
    (problem,) = run(RULE, ctx)
    assert problem.message == (
        "LICENSE of `ml-utils` is the Llama 2 Community License Agreement, a published "
        'licence that GitHub does not list (it shows "Other"), and README.md does not name it'
    )
    assert problem.fix.description == (
        'Keep the licence, and name it in a "## License" section of README.md: "Licensed under '
        'the Llama 2 Community License Agreement: see [LICENSE](LICENSE)."'
    )
    named = "# Llama 2\n\n## License\n\nThe Llama 2 Community License: see LICENSE.\n"
    ctx = repo_ctx(
        license="NOASSERTION",
        license_name="Llama 2 Community License Agreement",
        files=("LICENSE", "README.md"),
        readme=named,
    )
    assert messages(RULE, ctx) == []
