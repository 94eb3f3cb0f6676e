"""The README of a machine-learning project shows its results: a table or figure of metrics.

What it does:
    For repositories detected as machine learning that train or ship models, passes when
    the README has a results section ("Results", "Benchmarks", "Performance",
    "Leaderboard") holding a table, a figure or numbers; a table or figure anywhere that
    names a metric (accuracy, F1, AUC, BLEU, mAP, RMSE, perplexity...) or whose alt text
    says it shows evaluation or benchmark results; a figure right after prose that
    introduces it as what the model achieves ("we achieve the following decision
    boundary:", "the training curves:", "evaluations with ... show the improvements:"); or
    a sentence giving a metric with its value ("97% test accuracy", "F1 = 0.81").
    A README not in English where none of that is found gets an inconclusive result, as
    in the README rules that read wording (RDM003): the headings and phrases looked for are
    mostly English.

Why it matters:
    Results are the last item of the Papers with Code "ML code completeness checklist".
    They tell a reader at a glance what the model achieves, on which data, and whether it
    is worth their time; without them the repository asks to be trusted blindly.

Example:
    Fails: a README describing the approach with no number anywhere.
    Passes: "## Results" with a table of accuracy per dataset, or a plot of the validation
    loss with alt text saying what it shows.

How to fix:
    Add a "Results" section: a table of your main metric(s) per dataset or setting, with
    the baseline for comparison, and the command that reproduces it.

Fix safety:
    Display-only: the results are yours to report.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.ml import ml_readme
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import sections_found, sections_matching, unread_wording, where
from checks.readme_scan import split_lines
from checks.section_groups import with_nested

RESULTS_HEADING = re.compile(
    r"\b(results?|benchmarks?|performance|leaderboard|accuracy|metrics|scores?|evaluation)\b",
    re.IGNORECASE,
)
METRIC = (
    r"(?:top-?[15] )?(?:accuracy|acc|f1(?:[- ]score)?|auc|roc[- ]auc|auroc|bleu|rouge(?:-\w+)?|"
    r"map@[\d.]+|mean average precision|iou|miou|dice|rmse|mae|mse|r2|r²|perplexity|ppl|loss|"
    r"precision|recall|"
    r"fid|psnr|ssim|wer|cer|exact match|ndcg(?:@\d+)?|mrr|top-1|top-5)"
)
_METRIC_WORD = re.compile(rf"\b{METRIC}\b", re.IGNORECASE)
_METRIC_VALUE = re.compile(
    rf"\d+(?:\.\d+)?\s?%?\s(?:\w+\s){{0,2}}{METRIC}\b|\b{METRIC}\s?(?:of|:|=|is|was|reaches|≈)\s?"
    rf"(?:about |around |~)?\d",
    re.IGNORECASE,
)


# Prose that introduces a figure as what the model achieves: "using two hidden layers we
# achieve the following decision boundary:" followed by the plot; "evaluations with different
# guidance scales show the relative improvements of the checkpoints:" (Stable Diffusion).
_RESULT_LEAD = re.compile(
    r"\b(achiev\w*|we (?:get|obtain|reach)|obtains?|attains?|outperform\w*|decision boundar\w*|"
    r"(?:training|learning|loss|validation) curves?|evaluations? (?:with|on|of|across)|"
    r"(?:show|shows|showing) the (?:\w+ )?improvements?)\b",
    re.IGNORECASE,
)
# A figure whose alt text says it shows results: ![sd evaluation results](scores.jpg).
_RESULTS_ALT = re.compile(
    r"\b(?:evaluation|benchmark|leaderboard)s?\b|\bresults? (?:of|on|for)\b|"
    r"\b(?:evaluation|benchmark|test|validation) (?:results?|scores?)\b",
    re.IGNORECASE,
)
# How many lines above a figure its introduction may sit.
_LEAD_LINES = 3


def shows_results(analysis: ReadmeAnalysis, text: str) -> bool:
    for parts in with_nested(analysis, sections_matching(analysis, RESULTS_HEADING)):
        if any(s.tables or [i for i in s.images if not i.badge] for s in parts):
            return True
        if any(re.search(r"\d", s.text) for s in parts):
            return True
    for section in analysis.all_sections:
        if section.tables and _METRIC_WORD.search(section.text):
            return True
        if any(
            not i.badge and (_METRIC_WORD.search(i.alt) or _RESULTS_ALT.search(i.alt))
            for i in section.images
        ):
            return True
    if _introduced_figure(analysis, split_lines(text)):
        return True
    return bool(_METRIC_VALUE.search(" ".join(text.split())))


def _introduced_figure(analysis: ReadmeAnalysis, lines: list[str]) -> bool:
    """Whether a figure (not a badge) follows prose saying it shows what the model achieves."""
    for image in analysis.images:
        if image.badge:
            continue
        lead = " ".join(lines[max(image.line - 1 - _LEAD_LINES, 0) : image.line])
        if _RESULT_LEAD.search(lead):
            return True
    return False


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, analysis = found
    if not ml.model_code or shows_results(analysis, readme.text):
        return
    unread = unread_wording(ctx.repo, readme, analysis, "what results the model reaches")
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} shows no results: no table, figure or number for a metric "
            f"({ml.why()}; {sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add a "Results" section to {readme.path}: a table of your main metric per '
                "dataset or setting, next to a baseline, and the command that reproduces it."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="ML004",
    name="ml-results",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
