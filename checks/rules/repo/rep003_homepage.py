"""A repository that can be opened in a browser links to it in its "Website" field.

What it does:
    For deployable projects (GitHub Pages enabled, an ``index.html``, a web framework or
    hosting config, a documentation site), checks that the repository's homepage field is set.

Why it matters:
    A live demo is the fastest way to show what a project does. The homepage appears at the
    top of the repository page and in link previews; without it, visitors never find the demo.

Example:
    Fails: a React app with a ``vite.config.ts`` and no website in its About box.
    Passes: the same app with ``https://octo.github.io/todo-app`` as its website.

How to fix:
    Click the gear next to "About" on the repository page and fill in "Website", or run
    ``gh repo edit OWNER/NAME --homepage URL``. For a GitHub Pages site the URL is
    ``https://OWNER.github.io/NAME``.

Fix safety:
    Unsafe: it changes a public repository setting, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import ApiChange, Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target


def pages_url(owner: str, name: str) -> str:
    """Where GitHub Pages serves a repository (the user site for ``OWNER.github.io``)."""
    site = f"https://{owner.lower()}.github.io"
    return site if name.lower() == f"{owner.lower()}.github.io" else f"{site}/{name}"


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if (repo.homepage or "").strip():
        return
    evidence = repo_kinds.deployable_evidence(repo)
    if evidence is None:
        return
    if not repo.knows("homepage"):
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has a website in its About box ({evidence}): "
                "only GitHub knows it; run the check on a fetched snapshot"
            ),
            inconclusive=True,
        )
        return
    url = pages_url(repo.owner, repo.name) if repo.has_pages else "URL"
    where = (
        f"its GitHub Pages address, {url}"
        if repo.has_pages
        else "the address where it runs (deploy it first if it is not online yet)"
    )
    yield Problem(
        message=f"`{repo.name}` has no website in its About box, though {evidence}",
        fix=Fix(
            description=(
                f'On github.com/{repo.full_name} click the gear next to "About" and set '
                f'"Website" to {where}.'
            ),
            safety=FixSafety.UNSAFE,
            command=f"gh repo edit {repo.full_name} --homepage {url}",
            api=ApiChange.repo_settings(repo.full_name, homepage=url) if repo.has_pages else None,
        ),
    )


RULE = Rule(
    id="REP003",
    name="repo-homepage",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
