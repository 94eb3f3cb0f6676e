"""A repository of notebooks says how to run them: with what, in which order, in which environment.

What it does:
    For machine-learning repositories whose code is mostly Jupyter notebooks, checks that
    the README says three things: how to open them (Jupyter, JupyterLab, a kernel made with
    ``ipykernel``, VS Code, Colab, Binder, Kaggle), in which order to run them when there
    are several (the README names or lists the notebooks, their file names are numbered
    ``01_...``, ``02_...``, an ``index.ipynb`` leads the way, or a table of contents links
    the folders that hold them), and in which environment (an install step in the README, a
    ``requirements.txt`` / ``environment.yml`` in the repository, or Colab, Binder or Kaggle
    links, which bring their own). It reports what is missing, in one finding.
    A collection of many notebooks that do not build on each other (ten or more, their
    names not numbered) is asked instead what each one shows: there is no order to give,
    but a visitor needs a way in.

Why it matters:
    Notebooks run top to bottom, one after the other, against a given set of libraries.
    Without the order and the environment, a visitor opens one at random, hits an import
    error or a missing file from a notebook that should have run first, and gives up.

Example:
    Fails: six notebooks and a README saying only "my notes on the PyTorch tutorials".
    Passes: "Open them with ``jupyter lab`` after ``pip install -r requirements.txt``, in
    this order: 1. data.ipynb, 2. train.ipynb, 3. evaluate.ipynb", or an "Open in Colab"
    badge per notebook.

How to fix:
    Add a "How to run" section: the environment (``pip install -r requirements.txt`` or
    ``conda env create -f environment.yml``, the Python version), how to open the notebooks
    (``jupyter lab``, or Colab links), and the order with one line per notebook.

Fix safety:
    Display-only: the order and the environment are yours to describe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import unquote

from checks.ml import HOSTED_NOTEBOOKS, base_name, ml_readme, notebooks
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import linked_paths, where
from checks.repo_kinds import root_names
from checks.rules.ml.ml005_ml_environment import environment_file
from checks.rules.readme.rdm004_readme_install import INSTALL_COMMAND

_HOW_TO_OPEN = re.compile(
    r"\b(jupyter(?:lab| lab| notebook)?|ipython|ipykernel|colab|binder|kaggle|vs ?code|"
    r"visual studio code|nbviewer|deepnote|sagemaker)\b",
    re.IGNORECASE,
)
_NUMBERED = re.compile(r"^(?:\d+|[a-z]?\d+)[_\-. ]")
# From this many notebooks with unnumbered names, a repository is read as separate studies
# (one per dataset or method) rather than a sequence.
SEPARATE_STUDIES = 10


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, analysis = found
    if not ml.notebook_only:
        return
    books = notebooks(ctx.repo)
    text = readme.text
    missing: list[str] = []
    if not _HOW_TO_OPEN.search(text):
        missing.append("how to open them (Jupyter, Colab...)")
    studies = _separate_studies(books)
    if len(books) > 1 and not _order_given(books, text, linked_paths(ctx.repo, analysis)):
        missing.append("what each one shows" if studies else "in which order to run them")
    # Colab, Binder or Kaggle links bring their own environment.
    hosted = HOSTED_NOTEBOOKS.search(text)
    if not (INSTALL_COMMAND.search(text) or environment_file(root_names(ctx.repo)) or hosted):
        missing.append("which environment they need (no requirements.txt or install step)")
    if not missing:
        return
    count = f"{len(books)} notebook" + ("s" if len(books) != 1 else "")
    first = base_name(min(books, key=_reading_order))
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say how to run its {count}: "
            + "; ".join(missing)
            + f" ({ml.why()})"
        ),
        fix=Fix(
            description=(
                f'Add a "How to run" section to {readme.path}: the environment '
                "(`pip install -r requirements.txt`, with the Python version), how to open the "
                "notebooks (`jupyter lab`, or an Open in Colab link each) and "
                + (
                    "a list of the notebooks grouped by topic, one line each saying what it "
                    f"shows, starting with `{first}`."
                    if studies
                    else f"the order, one line per notebook starting with `{first}`."
                )
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


def _separate_studies(books: list[str]) -> bool:
    numbered = sum(1 for path in books if _NUMBERED.match(base_name(path)))
    return len(books) >= SEPARATE_STUDIES and numbered < 2


def _order_given(books: list[str], text: str, linked: set[str]) -> bool:
    names = [base_name(path) for path in books]
    # Numbered file names give the order themselves (chapters 01_, 02_... beside extras), and
    # an index notebook is a table of contents.
    if sum(1 for name in names if _NUMBERED.match(name)) >= 2 or "index.ipynb" in names:
        return True
    # Links spell spaces as %20: "[Policy Evaluation](DP/Policy%20Evaluation%20Solution.ipynb)".
    text = unquote(text)
    mentioned = sum(1 for name in names if _mentions(text, name))
    if mentioned >= max(2, len(names) // 2):
        return True
    # A table of contents linking the folders that hold the notebooks, one line each ("[Deep
    # Q Learning](DQN/)"), says what each folder's notebooks are for.
    folders = {path.rsplit("/", 1)[0].lower() for path in books if "/" in path}
    return len(folders) >= 2 and len(folders & linked) * 2 >= len(folders)


def _mentions(text: str, name: str) -> bool:
    """Whether ``text`` names a notebook, with or without ``.ipynb``: as a word, so that
    ``eda.ipynb`` is not found in "needs data"."""
    if name in text:
        return True
    stem = re.escape(name.rsplit(".", 1)[0])
    return re.search(rf"(?<![\w-]){stem}(?![\w-])", text) is not None


def _reading_order(path: str) -> tuple[int, list[tuple[int, int | str]]]:
    """Shallow notebooks first, then numbers in their names read as numbers, so that
    ``section2.ipynb`` comes before ``section10.ipynb``."""
    parts = re.split(r"(\d+)", path.lower())
    return path.count("/"), [(0, int(p)) if p.isdigit() else (1, p) for p in parts if p]


RULE = Rule(
    id="ML008",
    name="notebooks-explained",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
