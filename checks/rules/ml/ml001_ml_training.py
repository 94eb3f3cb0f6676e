"""The README of a machine-learning project says how to train its models.

What it does:
    For repositories detected as machine learning that train or ship models (not libraries
    for others to build on, such as a package the README installs by its own name, ``pip
    install vit-pytorch``, unless it ships weights; nor teaching material that says so in
    its opening: "a course on neural networks", "the code for the book", "tutorial code",
    nor a collection of examples whose README links two or more folders with a README of
    their own or whose notebooks, 20 or more, are spread over five or more top-level
    folders), passes when the README has a section about training ("Training",
    "Fine-tuning", "Reproducing the results"), a code block or inline command that trains
    (``python train.py``, ``--train``, ``model.fit(``), prose that refers to the training
    script, or a link to a page about training kept elsewhere
    (``[Training](docs/TRAINING.md)``). Otherwise it reports, naming the training files it
    saw.
    A README not in English where none of that is found gets an inconclusive result, as
    in the README rules that read wording (RDM003): the headings and phrases looked for are
    mostly English. A README that says the training code is not released ("We do not
    release the training code") passes: it answers the reader. When the repository holds no
    training script at all (weights and inference code only), the fix asks for that
    sentence or a link to the training code, not for a command that does not exist.

Why it matters:
    Training code is the second item of the Papers with Code "ML code completeness
    checklist": repositories that explain how to train get reused and cited far more. A
    ``train.py`` without the command, its config and its expected time leaves people
    guessing the arguments.

Example:
    Fails: a repository with ``train.py`` whose README has only an intro and a licence.
    Passes: "## Training" with ``python train.py --config configs/base.yaml`` and how long
    it takes on which hardware.

How to fix:
    Add a "Training" section with the exact command, the config or hyper-parameters, the
    hardware it was run on and how long it takes.

Fix safety:
    Display-only: the training command and its settings are yours to write.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.ml import TRAINING_DOC, links_docs_on, ml_readme, training_files, training_shown
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import sections_found, unread_wording, where

# A README may say that training is not part of the release: that answers the reader too.
_TRAINING_NOT_RELEASED = re.compile(
    r"\btrain(?:ing)? (?:code|scripts?|pipeline) (?:is|are|has|have|will|was|were)"
    r"(?: (?:not|no longer|yet to|currently|be|been))+ "
    r"(?:released|available|public|provided|included|published|open-sourced|be released)\b|"
    r"\btrain(?:ing)? (?:code|scripts?|pipeline) (?:will be|is|are) "
    r"(?:released|available|published|coming) (?:later|soon)\b|"
    r"\b(?:not|never|don't|do not|cannot|can't) (?:yet )?(?:release|provide|include|publish|"
    r"share|open-source)\w* (?:the |our |any |its )?train(?:ing)? (?:code|scripts?|pipeline)",
    re.IGNORECASE,
)


def explains_training(analysis: ReadmeAnalysis, text: str, trainers: list[str]) -> bool:
    if training_shown(analysis) or links_docs_on(analysis, TRAINING_DOC):
        return True
    flat = " ".join(text.split())
    if any(name.rsplit("/", 1)[-1] in flat for name in trainers):
        return True
    return bool(
        re.search(r"\bto (?:re-?)?train\b|\btrain(?:ing)? (?:the|a|your) model\b", flat, re.I)
        or _TRAINING_NOT_RELEASED.search(flat)
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, analysis = found
    if not ml.model_code:
        return
    trainers = training_files(ctx.repo)
    if explains_training(analysis, readme.text, trainers):
        return
    unread = unread_wording(ctx.repo, readme, analysis, "how to train the model")
    if unread is not None:
        yield unread
        return
    if not trainers and ctx.repo.files_complete:
        # Released weights and inference code only (segment-anything): there is no command
        # to show, but readers still ask how the model was trained.
        yield Problem(
            message=(
                f"{where(ctx.repo)} does not say how the model was trained, and the "
                f"repository holds no training script ({ml.why()}; {sections_found(analysis)})"
            ),
            fix=Fix(
                description=(
                    f'Add a "Training" section to {readme.path}: link the training code if it '
                    "is published elsewhere, or say that it is not released (e.g. "
                    '"Training code is not released; the paper gives the settings"), so '
                    "readers do not look for it."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
            file=readme.path,
        )
        return
    seen = f"; `{trainers[0]}` exists but is not explained" if trainers else ""
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say how to train the model ({ml.why()}{seen}; "
            f"{sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add a "Training" section to {readme.path} with the exact command'
                + (f" ({_example(trainers[0])})" if trainers else "")
                + ", the config or hyper-parameters, the hardware used and how long it takes."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


def _example(trainer: str) -> str:
    """How the fix names the training file: a command for a script, steps for a notebook."""
    if trainer.lower().endswith(".ipynb"):
        return f"or, for `{trainer}`, which notebook to open and run in order"
    return f"e.g. `python {trainer} ...`"


RULE = Rule(
    id="ML001",
    name="ml-training",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
