"""A repository runs its checks automatically (continuous integration).

What it does:
    Looks for a CI configuration: a workflow in ``.github/workflows/``, or ``.gitlab-ci.yml``,
    ``.travis.yml``, ``.circleci/config.yml``, ``azure-pipelines.yml``, ``Jenkinsfile``,
    ``.drone.yml``, ``appveyor.yml``, ``bitbucket-pipelines.yml``. Repositories without code
    (no language), notebook collections (notebooks and no Python module at the root) and the
    profile README repository are skipped; so are curated lists of links ("awesome lists":
    named or tagged so, or wearing the Awesome badge, with at least 30 links).

Why it matters:
    A green CI badge says "this builds and its tests pass" without the visitor running
    anything. It is the clearest sign of engineering care a reviewer can see in seconds.

Example:
    Fails: a Python package with tests but no workflow.
    Passes: ``.github/workflows/ci.yml`` that installs the package and runs the tests.

How to fix:
    Add ``.github/workflows/ci.yml`` that installs the project and runs its tests on every
    push and pull request. ``portfolio check --repo . --fix`` writes one for Python,
    JavaScript/TypeScript, Rust and Go. For a site (HTML, CSS, SCSS) the fix asks for a
    workflow that builds and publishes it on GitHub Pages; for a LaTeX document, one that
    compiles it.

Fix safety:
    Safe: the fix only creates ``.github/workflows/ci.yml`` when it does not exist.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.fixes import ci_workflow
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

CI_FILES = (
    ".github/workflows/*.yml",
    ".github/workflows/*.yaml",
    ".gitlab-ci.yml",
    ".travis.yml",
    ".circleci/config.yml",
    "azure-pipelines.yml",
    "jenkinsfile",
    ".drone.yml",
    "appveyor.yml",
    ".appveyor.yml",
    "bitbucket-pipelines.yml",
    ".woodpecker.yml",
    ".cirrus.yml",
)

# Languages the shared CI template knows how to install and test.
TEMPLATE_LANGUAGES = frozenset({"Python", "JavaScript", "TypeScript", "Rust", "Go"})


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo_kinds.is_profile_repo(repo) or repo_kinds.is_notebook_collection(repo):
        return
    if repo_kinds.is_link_list(repo):
        return  # a list of links: nothing to build or test
    if repo.is_empty or not repo.language:
        return
    if any(_is_ci_path(e.path) for e in repo_kinds.find_files(repo, *CI_FILES)):
        return
    if not repo_kinds.files_known(repo) or not repo_kinds.folder_listed(repo, ".github/workflows"):
        yield Problem(
            message=(
                f"cannot tell whether `{repo.name}` has CI: its .github/workflows folder "
                "was not listed"
            ),
            inconclusive=True,
        )
        return
    language = repo_kinds.main_language(repo)
    if language in TEMPLATE_LANGUAGES:
        fix = Fix(
            description=(
                "Add .github/workflows/ci.yml that installs the project and runs its tests on "
                "every push and pull request."
            ),
            safety=FixSafety.SAFE,
            creates={".github/workflows/ci.yml": ci_workflow(repo)},
        )
    elif language == "TeX":
        fix = Fix(
            description=(
                "Add a workflow in .github/workflows/ that compiles the document on every "
                "push (a LaTeX action such as xu-cheng/latex-action), so a broken build shows "
                "before anyone downloads the PDF."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        )
    elif language in repo_kinds.DOCUMENT_LANGUAGES:
        # A site has no tests to run (REP008 asks for none): CI builds and publishes it.
        fix = Fix(
            description=(
                "Add a workflow in .github/workflows/ that builds the site on every push and "
                f"publishes it: on github.com/{repo.full_name} open Settings > Pages, choose "
                "GitHub Actions, and pick the workflow for your generator (Jekyll, Hugo or "
                "static HTML)."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        )
    else:
        fix = Fix(
            description=(
                "Add a workflow in .github/workflows/ that builds the project and runs its "
                f"tests: on github.com/{repo.full_name} open Actions and pick a starter "
                f"workflow for {repo.language}."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        )
    yield Problem(
        message=f"`{repo.name}` has no CI: no workflow in .github/workflows/ or other CI config",
        fix=fix,
    )


def _is_ci_path(path: str) -> bool:
    """Whether a matched entry is really CI config (workflow patterns must sit in that folder)."""
    lowered = path.lower()
    if lowered.startswith(".github/workflows/"):
        return lowered.count("/") == 2
    if lowered == ".circleci/config.yml":
        return True
    return "/" not in lowered


RULE = Rule(
    id="REP007",
    name="repo-ci",
    target=Target.REPO,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
