"""ML008 notebooks-explained: notebook repos say how, in which order, with what to run them."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.ml.ml008_notebooks_explained import RULE

NOTEBOOKS = ("explore.ipynb", "train.ipynb", "report.ipynb")


def test_a_complete_readme_passes() -> None:
    text = (
        "# x\n\n```bash\npip install -r requirements.txt\njupyter lab\n```\n\n"
        "Run explore.ipynb, then train.ipynb, then report.ipynb.\n"
    )
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=NOTEBOOKS, readme=text)) == []


def test_numbered_notebooks_and_an_environment_file_pass() -> None:
    files = ("01_data.ipynb", "02_model.ipynb", "environment.yml")
    ctx = repo_ctx(topics=("pytorch",), files=files, readme="# x\n\nOpen them in Colab.\n")
    assert messages(RULE, ctx) == []


def test_lists_everything_missing_in_one_finding() -> None:
    (problem,) = run(RULE, repo_ctx(topics=("pytorch",), files=NOTEBOOKS, readme="# x\n\nNotes.\n"))
    assert problem.message == (
        "README.md of `ml-utils` does not say how to run its 3 notebooks: how to open them "
        "(Jupyter, Colab...); in which order to run them; which environment they need (no "
        "requirements.txt or install step) (an ML repository: it has the topic `pytorch`)"
    )
    assert "`explore.ipynb`" in problem.fix.description


def test_a_virtual_environment_added_as_a_jupyter_kernel_says_how_to_open_them() -> None:
    # TFODCourse: numbered notebooks, opened in the kernel made for them.
    files = ("1. Image Collection.ipynb", "2. Training and Detection.ipynb", "requirements.txt")
    text = "# x\n\n<pre>\npip install ipykernel\npython -m ipykernel install --name=tfod\n</pre>\n"
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files, readme=text)) == []


def test_repos_with_a_package_are_not_notebook_repos() -> None:
    files = (*NOTEBOOKS, "src/", "train.py")
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files, readme="# x\n")) == []


def test_numbered_chapters_beside_extras_and_colab_links_pass() -> None:
    files = ("01_intro.ipynb", "02_models.ipynb", "extra_tips.ipynb", "tools_numpy.ipynb")
    text = "# x\n\nOpen any chapter on https://colab.research.google.com/github/octo/x\n"
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files, readme=text)) == []


def test_a_collection_of_unnumbered_notebooks_is_asked_what_each_shows() -> None:
    # Many separate studies (one per dataset) have no order to run them in.
    files = (*(f"study_{name}.ipynb" for name in "abcdefghijkl"), "requirements.txt")
    (problem,) = run(RULE, repo_ctx(topics=("pytorch",), files=files, readme="# x\n\nJupyter.\n"))
    assert "12 notebooks: what each one shows (" in problem.message
    assert "order" not in problem.message
    assert "grouped by topic" in problem.fix.description
    assert "`study_a.ipynb`" in problem.fix.description


def test_a_few_unnumbered_notebooks_are_still_asked_for_an_order() -> None:
    files = (*(f"study_{name}.ipynb" for name in "abcdefghi"), "requirements.txt")
    (problem,) = run(RULE, repo_ctx(topics=("pytorch",), files=files, readme="# x\n\nJupyter.\n"))
    assert "9 notebooks: in which order to run them (" in problem.message


def test_notebooks_linked_with_spaces_spelt_as_percent_20_are_named() -> None:
    files = ("DP/Policy Evaluation.ipynb", "DP/Value Iteration.ipynb", "requirements.txt")
    text = (
        "# RL\n\nOpen them with Jupyter.\n\n- [Policy evaluation](DP/Policy%20Evaluation.ipynb)\n"
        "- [Value iteration](DP/Value%20Iteration.ipynb)\n"
    )
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files, readme=text)) == []


FOLDER_BOOKS = tuple(
    f"{folder}/{topic}_study.ipynb"
    for folder in ("DP", "MC")
    for topic in ("alpha", "beta", "gamma", "delta", "kappa", "omega")
)


@pytest.mark.parametrize(
    "toc",
    [
        "- [Dynamic programming](DP/)\n- [Monte Carlo](./MC)\n",
        "- [Attention](https://github.com/octo/ml-utils/tree/master/DP): what it is.\n"
        "- [GANs](https://github.com/octo/ml-utils/tree/master/MC): make faces.\n",
    ],
)
def test_a_table_of_contents_linking_the_notebook_folders_says_what_each_shows(toc: str) -> None:
    text = "# RL\n\nOpen them with Jupyter.\n\n" + toc
    ctx = repo_ctx(topics=("pytorch",), files=(*FOLDER_BOOKS, "requirements.txt"), readme=text)
    assert messages(RULE, ctx) == []


def test_folders_of_another_repository_say_nothing_about_these_notebooks() -> None:
    text = (
        "# RL\n\nOpen them with Jupyter.\n\n"
        "- [Attention](https://github.com/someone/else/tree/master/DP)\n"
        "- [GANs](https://github.com/someone/else/tree/master/MC)\n"
    )
    ctx = repo_ctx(topics=("pytorch",), files=(*FOLDER_BOOKS, "requirements.txt"), readme=text)
    assert len(messages(RULE, ctx)) == 1


def test_a_notebook_name_inside_another_word_is_not_a_mention() -> None:
    files = ("eda.ipynb", "fit.ipynb", "requirements.txt")
    text = "# x\n\nOpen them with Jupyter. Predators make a profit.\n"
    (problem,) = run(RULE, repo_ctx(topics=("pytorch",), files=files, readme=text))
    assert "in which order to run them" in problem.message


def test_the_fix_starts_with_the_first_notebook_in_reading_order() -> None:
    # Numbers read as numbers (section2 before section10), the shallowest first.
    files = ("course/section10.ipynb", "course/section2.ipynb", "deep/x/a.ipynb")
    ctx = repo_ctx(topics=("pytorch",), files=files, readme="# x\n\nNotes.\n")
    (problem,) = run(RULE, ctx)
    assert "starting with `section2.ipynb`" in problem.fix.description
