"""A machine-learning project that trains models links its trained weights.

What it does:
    For repositories detected as machine learning that train models (a training script of
    their own, not one under ``examples/`` or ``tests/``, or a README that talks about
    training), passes when weights are within reach: a weights file in the repository
    (``.pt``, ``.safetensors``, ``.h5``...), a link to one, a Hugging Face model, or a
    README section or sentence about pretrained models, checkpoints or a model zoo.

Why it matters:
    Pre-trained models are the fourth item of the Papers with Code "ML code completeness
    checklist". Training can take days of GPU time; published weights let people try your
    model in minutes and check your results.

Example:
    Fails: a README with training and evaluation commands but no way to get a trained model.
    Passes: "## Pretrained models" linking ``https://huggingface.co/OWNER/MODEL`` or a
    release asset, with the metric each checkpoint reaches.

How to fix:
    Upload the trained weights (a GitHub release asset, Hugging Face Hub, Zenodo) and add a
    "Pretrained models" section linking them, with the command that loads them.

Fix safety:
    Display-only: publishing the weights is your call (size, licence, data).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.ml import WEIGHT_SUFFIXES, ml_readme, weight_files
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import sections_found, where

_PRETRAINED_WORDS = re.compile(
    r"\bpre-?trained\b|\bcheckpoints?\b|\bmodel (?:zoo|card|weights|hub)\b|"
    r"\b(?:trained|model|download(?:ed)?(?: the)?) weights\b|\bweights (?:are|can be|for)\b|"
    r"huggingface\.co/(?!spaces/|datasets/|docs/)[\w-]+/[\w.-]+",
    re.IGNORECASE,
)


def links_weights(analysis: ReadmeAnalysis, text: str) -> bool:
    for link in analysis.links:
        url = link.url.lower().split("?", 1)[0]
        if url.endswith(WEIGHT_SUFFIXES):
            return True
    return bool(_PRETRAINED_WORDS.search(" ".join(text.split())))


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, analysis = found
    if not (ml.model_code and ml.trains):
        return
    if weight_files(ctx.repo) or links_weights(analysis, readme.text):
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not link trained weights or pretrained models "
            f"({ml.why()}; {sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                "Publish the trained weights (as an asset of a release at "
                f"{ctx.repo.html_url}/releases/new, on the Hugging Face Hub or Zenodo) and add "
                f'a "Pretrained models" section to {readme.path} linking them, with the '
                "command that loads them and the score each reaches."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="ML003",
    name="ml-pretrained",
    target=Target.README,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
