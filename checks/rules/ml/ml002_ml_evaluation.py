"""The README of a machine-learning project says how to evaluate its models.

What it does:
    For repositories detected as machine learning that train or ship models, passes when
    the README has a section about evaluation ("Evaluation", "Benchmark", "Test the
    model", "Reproducing the results"), or a code block or inline command that evaluates
    (``python evaluate.py``, ``--eval``, ``model.evaluate(``, ``eval.py``), says in
    words what is evaluated ("to evaluate", "evaluate the model", "evaluate validation
    loss"), or links a page about evaluation kept elsewhere (``[Evaluation](docs/EVAL.md)``,
    or a page of the repository on a line that says evaluation:
    ``Fine-tuning and evaluation: see [FINETUNE.md](FINETUNE.md)``). When the README links a
    training or fine-tuning page, the fix says how to point to the evaluation it may hold.
    A README not in English where none of that is found gets an inconclusive result, as
    in the README rules that read wording (RDM003): the headings and phrases looked for are
    mostly English.

Why it matters:
    Evaluation code is the third item of the Papers with Code "ML code completeness
    checklist". Without it, nobody can check your numbers or compare their own method on
    the same footing.

Example:
    Fails: a README that shows training but never says how the reported accuracy was
    measured.
    Passes: "## Evaluation" with ``python evaluate.py --checkpoint best.pt --split test``.

How to fix:
    Add an "Evaluation" section with the command that computes the reported metrics, on
    which split, and what it prints.

Fix safety:
    Display-only: the evaluation procedure is yours to describe.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.ml import TRAINING_DOC, docs_on, links_docs_on, ml_readme
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import (
    line_of,
    sections_found,
    sections_matching,
    unread_wording,
    url_path,
    where,
)

EVALUATION_HEADING = re.compile(
    r"\b(eval\w*|benchmark\w*|validat\w*|metrics?|test(?:ing)? the (?:trained )?model|test set|"
    r"reproduc\w*|inference and evaluation|scores?)\b",
    re.IGNORECASE,
)
EVALUATION_CODE = re.compile(
    r"\beval\w*|\bbenchmark\w*|\btest\.py\b|--test\b|--split[ =](?:test|val\w*)|\bvalidate\b|"
    r"\.evaluate\(|\bscore\(",
    re.IGNORECASE,
)


# Prose that says what is evaluated: "to evaluate", "evaluate the model", "evaluate
# validation loss" (llm.c's quick start trains, evaluates and samples in one command).
_EVALUATION_WORDS = re.compile(
    r"\bto evaluate\b|\bevaluat\w+ (?:the|a|your) model|"
    r"\bevaluat\w+ (?:the |its )?(?:validation|val|test|held-out) "
    r"(?:loss|accuracy|error|perplexity|set|split)",
    re.IGNORECASE,
)


# Pages about evaluation kept outside the README: "[Evaluation](docs/EVAL.md)".
_EVALUATION_DOC = re.compile(r"(?:evaluat(?:e|ion|ing)|eval)\b")


# ...or a line that says a page of the repository holds it: "Fine-tuning and evaluation: see
# [FINETUNE.md](FINETUNE.md)".
_EVALUATION_BESIDE_LINK = re.compile(r"\bevaluat(?:e|es|ion|ing)\b|\beval\b", re.IGNORECASE)


def _links_evaluation_page(analysis: ReadmeAnalysis, text: str) -> bool:
    lines = text.splitlines()
    return any(
        link.kind == "relative" and _EVALUATION_BESIDE_LINK.search(line_of(link, lines))
        for link in analysis.links
    )


def explains_evaluation(analysis: ReadmeAnalysis, text: str) -> bool:
    if sections_matching(analysis, EVALUATION_HEADING) or links_docs_on(analysis, _EVALUATION_DOC):
        return True
    if _links_evaluation_page(analysis, text):
        return True
    if any(EVALUATION_CODE.search(block.text) for block in analysis.code_blocks):
        return True
    inline = (code for s in analysis.all_sections for code in s.inline_code)
    if any(EVALUATION_CODE.search(code) for code in inline):
        return True
    flat = " ".join(text.split())
    return bool(_EVALUATION_WORDS.search(flat))


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, analysis = found
    if not ml.model_code or explains_evaluation(analysis, readme.text):
        return
    unread = unread_wording(ctx.repo, readme, analysis, "how to evaluate the model")
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say how to evaluate the model ({ml.why()}; "
            f"{sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add an "Evaluation" section to {readme.path}: the command that computes the '
                "metrics you report, on which data split, and what it prints."
                + _training_page_hint(analysis)
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


def _training_page_hint(analysis: ReadmeAnalysis) -> str:
    """When the README links a training or fine-tuning page of the repository (mae's
    FINETUNE.md), that page may hold the evaluation: the fix says how to point to it."""
    page = next((link for link in docs_on(analysis, TRAINING_DOC) if link.kind == "relative"), None)
    if page is None:
        return ""
    name = url_path(page.url)
    return (
        f" If `{name}` (linked on line {page.line}) already explains evaluation, say so "
        f'where the README links it: "Fine-tuning and evaluation: see [{name}]({name})".'
    )


RULE = Rule(
    id="ML002",
    name="ml-evaluation",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
