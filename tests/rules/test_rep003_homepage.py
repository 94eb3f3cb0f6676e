"""REP003 repo-homepage: deployable projects link to where they run."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.rules.repo.rep003_homepage import RULE


def test_passes_for_non_deployable_or_with_homepage() -> None:
    assert messages(RULE, repo_ctx(files=("main.py", "README.md"))) == []
    assert messages(RULE, repo_ctx(has_pages=True, homepage="https://octo.github.io/x")) == []


def test_pages_without_homepage_gets_the_pages_url() -> None:
    (problem,) = run(RULE, repo_ctx(name="todo-app", owner="Octo", has_pages=True))
    assert problem.message == (
        "`todo-app` has no website in its About box, though GitHub Pages is enabled"
    )
    assert (
        problem.fix.command
        == "gh repo edit Octo/todo-app --homepage https://octo.github.io/todo-app"
    )


def test_user_site_repo_and_app_files() -> None:
    (problem,) = run(RULE, repo_ctx(name="octo.github.io", has_pages=True))
    assert problem.fix.command.endswith("--homepage https://octo.github.io")
    assert messages(RULE, repo_ctx(files=("vite.config.ts", "src/"))) == [
        "`ml-utils` has no website in its About box, though it has a Vite config"
    ]


def test_a_local_checkout_cannot_know_the_homepage() -> None:
    (problem,) = run(RULE, repo_ctx(files=("docs/", "docs/conf.py"), unknown=("homepage",)))
    assert problem.inconclusive
    assert problem.message == (
        "cannot tell whether `ml-utils` has a website in its About box (it has a documentation "
        "site in docs/): only GitHub knows it; run the check on a fetched snapshot"
    )


def test_apply_sets_the_pages_address_only_when_it_is_known() -> None:
    from checks.model import ApiChange

    (pages,) = run(RULE, repo_ctx(name="todo-app", owner="Octo", has_pages=True))
    assert pages.fix.api == ApiChange.repo_settings(
        "Octo/todo-app", homepage="https://octo.github.io/todo-app"
    )
    (app,) = run(RULE, repo_ctx(files=("vite.config.ts", "src/")))
    assert app.fix.api is None
