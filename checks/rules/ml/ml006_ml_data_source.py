"""The README of a machine-learning project says where its data comes from.

What it does:
    For repositories detected as machine learning that train models, passes when the README
    has a data section ("Data", "Dataset", "Data preparation", "Download"), names a public
    dataset or data host (MNIST, CIFAR, ImageNet, COCO, Kaggle, OpenML, UCI, Hugging Face
    datasets, Zenodo...), talks about a dataset, downloading the data or what the model
    was "trained on", or links a guide of the repository that does: a page about the data
    (``docs/DATA.md``), or the training guide linked from its training section.
    A README not in English where none of that is found gets an inconclusive result, as
    in the README rules that read wording (RDM003): the headings and phrases looked for are
    mostly English.

Why it matters:
    A model is only as reproducible as its data. Saying which dataset, which version, where
    to download it, how it was split and under which licence lets others train the same
    model, and shows you took care with data you may not own.

Example:
    Fails: "trained on sensor data" with no source, version or download step.
    Passes: "## Data" naming the dataset, linking where to download it, the script that
    prepares the splits, and its licence.

How to fix:
    Add a "Data" section: the dataset's name and link (or how to request it), its version
    and licence, and the command that downloads and prepares it.

Fix safety:
    Display-only: the data's origin is yours to document.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.ml import TRAINING_HEADING, links_docs_on, ml_readme
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import (
    pointing_links,
    sections_found,
    sections_matching,
    unread_wording,
    where,
)

DATA_HEADING = re.compile(
    r"\b(data|datasets?|data ?sets?|data preparation|preprocessing|corpus|corpora|"
    r"downloads?|benchmarks?)\b",
    re.IGNORECASE,
)
_DATA_SOURCE = re.compile(
    r"\b(datasets?|data ?set|corpus|corpora|MNIST|Fashion-MNIST|CIFAR-?\d+|ImageNet|COCO|"
    r"Pascal VOC|Cityscapes|LibriSpeech|Common Voice|SQuAD|GLUE|WikiText|OpenWebText|"
    r"The Pile|LAION|Kaggle|OpenML|UCI|Zenodo|figshare|Dryad|data\.world|"
    r"download(?:s|ed|ing)? (?:the |our )?data|prepare(?:s|d)? (?:the )?data|trained on)\b|"
    r"huggingface\.co/datasets/|kaggle\.com/|archive\.ics\.uci\.edu|openml\.org",
    re.IGNORECASE,
)


# A page about the data kept outside the README: "[Data preparation](docs/DATA.md)".
_DATA_DOC = re.compile(r"(?:data(?:sets?)?|data ?prep\w*|prepar\w* (?:the )?data|downloads?)\b")
# Guides kept beside the README, which a section links for its details.
_GUIDE = re.compile(r"\.(?:md|markdown|rst|txt)$", re.IGNORECASE)


def names_data_source(analysis: ReadmeAnalysis, text: str) -> bool:
    if sections_matching(analysis, DATA_HEADING):
        return True
    if _DATA_SOURCE.search(" ".join(text.split())):
        return True
    return links_data_guide(analysis)


def links_data_guide(analysis: ReadmeAnalysis) -> bool:
    """Whether the README leaves the data to a guide of the repository that it links: a page
    about the data, or the training guide of its training section ("For training details,
    check [here](MiniGPT4_Train.md)"), which is where a project says what it trains on."""
    if links_docs_on(analysis, _DATA_DOC):
        return True
    for section in sections_matching(analysis, TRAINING_HEADING):
        for link in pointing_links(analysis, section):
            if link.kind == "relative" and _GUIDE.search(link.url.split("#", 1)[0]):
                return True
    return False


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, analysis = found
    if not (ml.model_code and ml.trains) or names_data_source(analysis, readme.text):
        return
    unread = unread_wording(ctx.repo, readme, analysis, "where the data comes from")
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say where the data comes from or how to get it "
            f"({ml.why()}; {sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add a "Data" section to {readme.path}: the dataset\'s name and link (or how '
                "to request it), its version and licence, and the command that downloads and "
                "prepares it."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="ML006",
    name="ml-data-source",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
