"""A repository declares its dependencies in the manifest its language expects.

What it does:
    For the repository's main language, looks for the usual dependency manifest:
    ``pyproject.toml``, ``requirements*.txt``, ``setup.py`` or ``environment.yml`` for Python
    (notebooks count as Python), ``package.json`` for JavaScript and TypeScript,
    ``Cargo.toml`` for Rust, ``go.mod`` for Go, ``pom.xml`` or ``build.gradle`` for Java,
    ``Gemfile`` for Ruby, and so on. Languages without one convention are skipped. Where
    ML005 (ml-environment) reports a machine-learning repository for the same missing
    file, this rule says nothing more there: one fix, one finding. A ``Dockerfile`` does not
    count (it installs the packages only inside its image), but the finding names it.
    Solutions to the exercises of a judge or puzzle site, named after it (LeetCode, Advent
    of Code...), are skipped: the judge runs each with the standard library. So are curated
    lists of links ("awesome lists"): their scripts sort or check the links.

Why it matters:
    Without a manifest nobody can install and run the project without guessing packages and
    versions; a reviewer who tries and fails stops there.

Example:
    Fails: a folder of Jupyter notebooks importing pandas and scikit-learn, with no
    ``requirements.txt`` or ``environment.yml``.
    Passes: the same notebooks with ``requirements.txt`` listing ``pandas==2.2.2`` and
    ``scikit-learn==1.5.0``.

How to fix:
    Create the manifest at the root of the repository, listing every package the code
    imports with the versions you used (for Python: ``pip freeze`` in the project's
    environment, then keep only what the code imports).

Fix safety:
    Display-only: only the author knows which packages and versions the code needs.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from portfolio.snapshot import Repo

_HOW = {
    "Python": (
        "requirements.txt",
        "in the environment where the code runs, `pip freeze > requirements.txt`, then keep "
        "only the packages the code imports (or declare them in pyproject.toml)",
    ),
    "JavaScript": ("package.json", "run `npm init -y`, then `npm install` each package"),
    "TypeScript": ("package.json", "run `npm init -y`, then `npm install` each package"),
    "Rust": ("Cargo.toml", "run `cargo init` in the repository and add the crates"),
    "Go": ("go.mod", f"run `go mod init github.com/{'{owner}'}/{'{name}'} && go mod tidy`"),
}


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo_kinds.is_profile_repo(repo) or repo_kinds.is_exercise_solutions(repo):
        return  # a LeetCode solution uses the standard library the judge gives it
    if repo_kinds.is_link_list(repo):
        return  # an awesome list's scripts check its links; it is read, not installed
    if repo.is_empty:
        return
    language = repo_kinds.main_language(repo)
    patterns = repo_kinds.expected_manifests(language)
    if not patterns:
        return
    if not repo_kinds.files_known(repo):
        yield Problem(
            message=f"cannot tell whether `{repo.name}` declares its dependencies: files unknown",
            inconclusive=True,
        )
        return
    if repo_kinds.find_files(repo, *patterns):
        return
    shown = ", ".join(p.replace("*", "") for p in patterns[:4])
    kind = "Jupyter notebook (Python)" if repo.language == "Jupyter Notebook" else language
    file, how = _HOW.get(language or "", (patterns[0], "list every package the code uses"))
    how = how.replace("{owner}", repo.owner).replace("{name}", repo.name)
    image = _image_file(repo)
    # A Dockerfile installs the packages inside its image (so ML005 is satisfied), but
    # whoever runs the code without Docker still has to guess them.
    docker = (
        f"; {image} installs them inside its image, but not for people who run the code "
        "without Docker"
        if image
        else ""
    )
    yield Problem(
        message=(
            f"`{repo.name}` is a {kind} project with no dependency manifest at its root "
            f"(looked for {shown}{docker})"
        ),
        fix=Fix(
            description=f"Create {file} at the root of `{repo.name}`: {how}.",
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


def _image_file(repo: Repo) -> str | None:
    """The Dockerfile (or docker/ folder) at the root, as the README would name it."""
    names = repo_kinds.root_names(repo)
    if "dockerfile" in names:
        return "the Dockerfile"
    return "docker/" if "docker" in names else None


RULE = Rule(
    id="REP009",
    name="dependency-manifest",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("ML005",),
)
