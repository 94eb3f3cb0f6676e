"""Safe fixes: the files `portfolio check --repo PATH --fix` may create, and their templates.

Rules declare files in ``Fix.creates`` (path -> content) and build the content with the
template functions below, filled with what is known about the repository. Creating is the only
thing a fix does: an existing file is never overwritten, not even by a race (the file is
linked into place, which fails if something appeared meanwhile), and nothing is deleted.
"""

from __future__ import annotations

import contextlib
import difflib
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from checks.model import Finding, FixSafety
from portfolio.snapshot import Repo, User

# --- templates (rule authors call these to fill Fix.creates) ---------------------------------


def install_command(repo: Repo) -> str:
    """The command a newcomer would type to install the project, from its language."""
    language = (repo.language or "").lower()
    url = repo.html_url
    if language in ("python", "jupyter notebook"):
        return f"pip install git+{url}"
    if language in ("javascript", "typescript"):
        return f"npm install {repo.owner}/{repo.name}"
    if language == "rust":
        return f"cargo install --git {url}"
    if language == "go":
        return f"go install github.com/{repo.full_name}@latest"
    return f"git clone {url}.git"


def readme_skeleton(repo: Repo) -> str:
    """A README with the sections readers look for, filled with the name, description, install.

    The parts only the author can write are marked ``TODO`` so the README rules keep pointing
    at them until they are written.
    """
    description = repo.description or "TODO: one sentence saying what this is and for whom."
    licence = (
        f"{repo.license}; see [LICENSE](LICENSE)."
        if repo.license and repo.license != "NOASSERTION"
        else "TODO: choose a licence (https://choosealicense.com) and name it here."
    )
    return f"""# {repo.name}

{description}

## Why

TODO: the problem this solves, and what makes it different from what already exists.

## Install

```bash
{install_command(repo)}
```

## Usage

```bash
TODO: the shortest command or snippet that shows it working
```

## Status

TODO: maintained / experimental / finished, and what is planned.

## Contributing

Issues and pull requests are welcome at {repo.html_url}/issues.

## Licence

{licence}
"""


def citation_cff(repo: Repo, user: User | None = None) -> str:
    """A ``CITATION.cff`` (Citation File Format 1.2.0) so GitHub shows "Cite this repository"."""
    name = (user.name if user and user.name else "").strip()
    if " " in name:
        given, family = name.rsplit(" ", 1)
        author = f'  - given-names: "{_yaml_text(given)}"\n    family-names: "{_yaml_text(family)}"'
    elif name:
        author = f'  - name: "{_yaml_text(name)}"'
    else:
        author = f'  - alias: "{_yaml_text(user.login if user else repo.owner)}"'
    lines = [
        "cff-version: 1.2.0",
        'message: "If you use this software, please cite it as below."',
        "type: software",
        f'title: "{_yaml_text(repo.name)}"',
    ]
    if repo.description:
        lines.append(f'abstract: "{_yaml_text(repo.description)}"')
    lines += ["authors:", author, f'repository-code: "{repo.html_url}"']
    if repo.license and repo.license != "NOASSERTION":
        lines.append(f'license: "{repo.license}"')
    return "\n".join(lines) + "\n"


def _yaml_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")


_GITIGNORES = {
    "python": """# Python
__pycache__/
*.py[cod]
*.egg-info/
build/
dist/
.venv/
venv/
.pytest_cache/
.coverage
htmlcov/
.ipynb_checkpoints/
.env
""",
    "javascript": """# Node
node_modules/
dist/
build/
coverage/
.env
npm-debug.log*
""",
    "go": """# Go
/bin/
*.test
*.out
.env
""",
    "rust": """# Rust
/target/
.env
""",
    "java": """# Java
target/
build/
.gradle/
*.class
.env
""",
    "r": """# R
.Rhistory
.RData
.Rproj.user/
.env
""",
    "c": """# C / C++
build/
*.o
*.a
*.so
.env
""",
}
_GITIGNORE_ALIASES = {
    "jupyter notebook": "python",
    "typescript": "javascript",
    "kotlin": "java",
    "scala": "java",
    "c++": "c",
}
_COMMON_IGNORES = """
# Editors and operating systems
.DS_Store
Thumbs.db
.idea/
.vscode/
*.swp
"""


def gitignore(language: str | None) -> str:
    """A ``.gitignore`` for the main language (build output, environments, secrets, OS files)."""
    key = (language or "").lower()
    key = _GITIGNORE_ALIASES.get(key, key)
    specific = _GITIGNORES.get(key, "# Secrets\n.env\n")
    return specific + _COMMON_IGNORES


def ci_workflow(repo: Repo) -> str:
    """A GitHub Actions workflow that installs the project and runs its tests on every push."""
    language = (repo.language or "").lower()
    paths = {entry.path for entry in repo.files}
    if language in ("python", "jupyter notebook"):
        install = (
            "pip install -e '.[test]' || pip install -e ."
            if "pyproject.toml" in paths or "setup.py" in paths
            else "pip install -r requirements.txt"
        )
        steps = f"""      - uses: actions/setup-python@v5
        with:
          python-version: "3.12"
      - run: {install}
      - run: pip install pytest && python -m pytest"""
    elif language in ("javascript", "typescript"):
        steps = """      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - run: npm ci
      - run: npm test"""
    elif language == "go":
        steps = """      - uses: actions/setup-go@v5
        with:
          go-version: stable
      - run: go test ./..."""
    elif language == "rust":
        steps = """      - run: cargo test --all-features"""
    else:
        steps = """      # TODO: install the project and run its tests, e.g. `make test`.
      - run: make test"""
    return f"""name: CI

on:
  push:
  pull_request:

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
{steps}
"""


# --- planning and writing ----------------------------------------------------------------------


@dataclass(frozen=True)
class PlannedFile:
    """A file a safe fix would create."""

    path: str
    """Relative to the repository root, with ``/``."""
    content: str
    rule_id: str
    exists: bool
    """Already there: it will be left alone."""


def plan_fixes(findings: Iterable[Finding], root: str | Path) -> list[PlannedFile]:
    """The files the safe fixes of ``findings`` would create under ``root``, in report order.

    Ignored and inconclusive findings fix nothing; when two rules offer the same file, the
    first one wins.
    """
    root = Path(root)
    plan: dict[str, PlannedFile] = {}
    for finding in findings:
        fix = finding.fix
        if not finding.counted or fix is None or fix.safety != FixSafety.SAFE:
            continue
        for path, content in fix.creates.items():
            relative = _safe_relative(path, finding.rule_id)
            if relative not in plan:
                exists = os.path.lexists(root / relative)
                plan[relative] = PlannedFile(relative, content, finding.rule_id, exists)
    return list(plan.values())


def _safe_relative(path: str, rule_id: str) -> str:
    pure = PurePosixPath(path)
    if pure.is_absolute() or ".." in pure.parts or not pure.parts or "\\" in path:
        # Rules build these paths; one that escapes the repository is a bug in the rule.
        raise ValueError(f"rule {rule_id} asked to create {path!r}, outside the repository")
    return pure.as_posix()


def fixes_diff(plan: Iterable[PlannedFile]) -> str:
    """Unified diffs of the files that would be created (existing ones are not touched)."""
    chunks = []
    for planned in plan:
        if planned.exists:
            continue
        chunks.append(
            "".join(
                difflib.unified_diff(
                    [],
                    planned.content.splitlines(keepends=True),
                    fromfile="/dev/null",
                    tofile=f"b/{planned.path}",
                )
            )
        )
    return "".join(chunks)


def write_fixes(plan: Iterable[PlannedFile], root: str | Path) -> tuple[list[str], list[str]]:
    """Create the planned files; returns (created, left alone because they exist)."""
    root = Path(root)
    created, kept = [], []
    for planned in plan:
        if planned.exists or not create_new_file(root / planned.path, planned.content):
            kept.append(planned.path)
        else:
            created.append(planned.path)
    return created, kept


def create_new_file(path: Path, content: str) -> bool:
    """Write ``path`` whole, only if it does not exist; False (and nothing written) if it does."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            os.link(tmp_name, path)  # fails if the path exists: never replaces a file
        except FileExistsError:
            return False
        return True
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp_name)
