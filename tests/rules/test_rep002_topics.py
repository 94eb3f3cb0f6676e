"""REP002 repo-topics: topics present (showcase: three), suggestions from language and files."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.rules.repo.rep002_topics import RULE


def test_passes_with_a_topic_and_showcase_with_three() -> None:
    assert messages(RULE, repo_ctx(topics=("python",))) == []
    assert messages(RULE, repo_ctx(topics=("python", "nlp", "cli"), showcase=True)) == []


def test_no_topics_suggests_from_language_and_files() -> None:
    ctx = repo_ctx(language="Python", languages={"Python": 900, "C++": 100},
                   files=("Dockerfile", "demo.ipynb"))  # fmt: skip
    (problem,) = run(RULE, ctx)
    assert problem.message == "`ml-utils` has no topics"
    assert problem.fix.command == (
        "gh repo edit octo/ml-utils --add-topic python --add-topic cpp "
        "--add-topic docker --add-topic jupyter-notebook"
    )
    assert not problem.inconclusive


def test_showcase_needs_three_and_suggests_only_new_topics() -> None:
    (problem,) = run(RULE, repo_ctx(topics=("python",), language="Python", showcase=True))
    assert problem.message == (
        "`ml-utils` has 1 topic (python); a showcase repo needs at least 3 so people find it"
    )
    assert problem.fix.command == "gh repo edit octo/ml-utils --add-topic TOPIC"


def test_unknown_topics_are_inconclusive() -> None:
    (problem,) = run(RULE, repo_ctx(unknown=("topics",)))
    assert problem.inconclusive
    assert problem.message == "the topics of `ml-utils` are unknown: the fetch could not get them"


def test_empty_and_profile_repos_are_skipped() -> None:
    assert messages(RULE, repo_ctx(is_empty=True)) == []
    assert messages(RULE, repo_ctx(name="octo")) == []


def test_notebook_suggestions_are_not_repeated() -> None:
    ctx = repo_ctx(language="Jupyter Notebook", languages={"Jupyter Notebook": 9, "Python": 1},
                   files=("a.ipynb",), topics=("kaggle",), showcase=True)  # fmt: skip
    (problem,) = run(RULE, ctx)
    assert problem.fix.command == (
        "gh repo edit octo/ml-utils --add-topic jupyter-notebook --add-topic python"
    )


def test_apply_adds_only_the_derived_topics_never_the_placeholder() -> None:
    from checks.model import ApiChange

    ctx = repo_ctx(language="Python", languages={"Python": 900}, files=("demo.ipynb",))
    (problem,) = run(RULE, ctx)
    assert problem.fix.api == ApiChange.add_topics("octo/ml-utils", ["python", "jupyter-notebook"])
    (placeholder,) = run(RULE, repo_ctx(topics=("python",), language="Python", showcase=True))
    assert placeholder.fix.api is None
