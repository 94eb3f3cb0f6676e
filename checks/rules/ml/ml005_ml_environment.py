"""A machine-learning repository specifies its dependencies, ideally pinned.

What it does:
    For repositories detected as machine learning, looks at the files at the root for a
    specification of the environment: ``requirements*.txt``, ``environment.yml``, a lock
    file (``poetry.lock``, ``uv.lock``, ``Pipfile.lock``, ``conda-lock.yml``...),
    ``pyproject.toml`` / ``setup.py``, a ``Dockerfile`` or a dev container, or a
    ``requirements/`` or ``docker/`` folder. It also passes when the README's install
    commands pin versions (``pip install torch==2.3.1``), and for a collection of standalone
    projects when at least two folders at the root have their own (``mnist/requirements.txt``,
    ``bert/requirements.txt``), when a training script has one in its folder or a folder
    above it (``src/requirements.txt`` beside ``src/train.py``), and for a repository of
    notebooks whose README runs them on Colab, Binder or Kaggle, which bring their own
    environment. The snapshot holds file names, not contents, so whether
    ``requirements.txt`` pins every version is not checked. When
    the README names the packages without versions (``pip install torch numpy tqdm``), the
    finding quotes that command: the dependencies are known, their versions are not.

Why it matters:
    "Specification of dependencies" is the first item of the Papers with Code "ML code
    completeness checklist". ML results depend on library versions (a new PyTorch or CUDA
    changes the numbers); without the environment, code that worked for you fails or
    silently differs for everyone else.

Example:
    Fails: notebooks and a ``train.py`` with imports but no requirements file.
    Passes: an ``environment.yml`` or a ``requirements.txt`` with ``torch==2.3.1``.

How to fix:
    In the environment you ran the code in, run ``pip freeze > requirements.txt`` (trim it
    to what you import) or ``conda env export --from-history > environment.yml``, commit
    it, and say in the README which Python and CUDA versions you used.

Fix safety:
    Display-only: only your environment knows the right versions.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator

from checks.install_args import install_commands
from checks.ml import HOSTED_NOTEBOOKS, detect_ml, training_files
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.repo_kinds import files_known, root_names
from portfolio.snapshot import Repo

ENVIRONMENT_FILES = (
    "requirements*.txt",
    "requirements*.in",
    "requirements",
    "environment.yml",
    "environment.yaml",
    "environment*.yml",
    "conda*.yml",
    "conda*.yaml",
    "conda-lock.yml",
    "pyproject.toml",
    "setup.py",
    "setup.cfg",
    "pipfile",
    "pipfile.lock",
    "poetry.lock",
    "uv.lock",
    "pdm.lock",
    "pixi.toml",
    "pixi.lock",
    "dockerfile",
    "dockerfile.*",
    "docker",
    "docker-compose.yml",
    "compose.yaml",
    ".devcontainer",
    "renv.lock",
    "description",
    "project.toml",
    "manifest.toml",
    "package.json",
    "cargo.toml",
    "install.r",
)
# A version pinned in an install command: `torch==2.3.1`, conda's `numpy=1.26`.
_PINNED = re.compile(r"[\w.-](?:==|=)\d")
# The installer and the notebook server: tools to run the code, not what the code imports.
_TOOLING_PACKAGES = frozenset(
    {"pip", "setuptools", "wheel", "uv", "ipykernel", "jupyter", "jupyterlab", "notebook"}
)
# Longest install command quoted in a finding.
_QUOTED = 60


def environment_file(names: frozenset[str]) -> str | None:
    for pattern in ENVIRONMENT_FILES:
        for name in sorted(names):
            if fnmatch.fnmatchcase(name, pattern):
                return name
    return None


def folders_with_environment(repo: Repo) -> list[str]:
    """Folders at the root that specify their own environment (``bert/requirements.txt``):
    a collection of standalone projects pins each one's dependencies there."""
    folders: set[str] = set()
    for entry in repo.files:
        parts = entry.path.lower().split("/")
        if entry.type == "file" and len(parts) == 2 and environment_file(frozenset(parts[1:])):
            folders.add(parts[0])
    return sorted(folders)


def environment_beside_training(repo: Repo) -> str | None:
    """An environment file in the folder of a training file or in a folder above it (below
    the root): ``src/requirements.txt`` beside ``src/train.py``, a course's
    ``05-deployment/code/Pipfile`` beside its ``train.py``."""
    names: dict[str, set[str]] = {}
    for entry in repo.files:
        folder, _, name = entry.path.lower().rpartition("/")
        names.setdefault(folder, set()).add(name)
    for path in training_files(repo):
        folder = path.lower().rpartition("/")[0]
        while folder:
            found = environment_file(frozenset(names.get(folder, ())))
            if found:
                return f"{folder}/{found}"
            folder = folder.rpartition("/")[0]
    return None


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    ml = detect_ml(repo)
    if ml is None:
        return
    if not files_known(repo):
        yield Problem(
            message=(
                f"`{repo.name}` is {ml.why()}, but its file list is unknown, so its "
                "dependency files could not be checked"
            ),
            fix=Fix(description="Fetch again, or run `portfolio check --repo .` in a checkout."),
            inconclusive=True,
        )
        return
    if environment_file(root_names(repo)):
        return
    if len(folders_with_environment(repo)) >= 2:
        return  # standalone examples, each with its own requirements (mlx-examples)
    if environment_beside_training(repo):
        return  # `src/requirements.txt` beside `src/train.py`
    if repo.readme is not None and _pins_versions(repo.readme.text):
        return
    if ml.notebook_only and repo.readme is not None and HOSTED_NOTEBOOKS.search(repo.readme.text):
        return  # notebooks run on Colab, Binder or Kaggle, which bring their environment
    listed = _unpinned_install(repo.readme.text) if repo.readme is not None else None
    what = (
        f"lists its dependencies only in its README, without versions (`{listed}`)"
        if listed
        else "does not specify its dependencies"
    )
    yield Problem(
        message=(
            f"`{repo.name}` {what}: no requirements.txt, "
            f"environment.yml, lock file or Dockerfile at the root ({ml.why()})"
        ),
        fix=Fix(
            description=(
                "In the environment you ran the code in, run `pip freeze > requirements.txt` "
                "(keep what you import, with their == versions) or `conda env export "
                "--from-history > environment.yml`, commit it at the root of "
                f"{repo.full_name}, and say in the README which Python and CUDA versions you used."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


def _pins_versions(text: str) -> bool:
    """Whether an install command of the README pins a version (``pip install torch==2.3.1``)."""
    return any(
        _PINNED.search(requirement)
        for command in install_commands(text)
        for requirement in command.requirements
    )


def _unpinned_install(text: str) -> str | None:
    """The README's first command installing packages by name, shortened for a message; not
    one that installs the project itself (``pip install -e .``) or a requirements file, nor
    an application (``pipx install``)."""
    for command in install_commands(text):
        # A command starting its line (after a prompt), not a sentence that mentions one.
        line_start = text.rfind("\n", 0, command.start) + 1
        if text[line_start : command.start].strip(" \t$>") or command.other:
            continue
        if command.text.lower().startswith("pipx"):
            continue
        # `pip install --upgrade pip` updates the installer, not the project's dependencies.
        if not [name for name in command.packages if name.lower() not in _TOOLING_PACKAGES]:
            continue
        quoted = " ".join(command.text.split())
        if len(quoted) > _QUOTED:
            quoted = quoted[: _QUOTED - 4].rsplit(" ", 1)[0] + " ..."  # cut between words
        return quoted
    return None


RULE = Rule(
    id="ML005",
    name="ml-environment",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
