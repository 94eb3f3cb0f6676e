"""The code of a paper says how to cite it: a CITATION.cff file or a BibTeX entry.

What it does:
    For machine-learning repositories whose README points to a paper of their own (an arXiv
    link or id, a DOI, "official implementation", "our paper", a BibTeX entry other than a
    ``@misc`` citing the software at its GitHub address; a paper linked as a term, "a
    [Transformer](https://arxiv.org/abs/...)", named in passing, "the [Chinchilla
    paper](https://arxiv.org/abs/2203.15556)" (unless the name is the project's), or listed
    under "References" or "Acknowledgements" is someone else's and does not count, and so
    are the papers that teaching material, a course or a book's code, or a collection of
    projects each with its own README names), passes when the repository has a
    ``CITATION.cff`` at its root or the README holds a BibTeX entry (``@article{...}``,
    ``@inproceedings{...}``). When the file list is unknown and the README has no BibTeX,
    the result is inconclusive.

Why it matters:
    People who build on your paper's code want to credit you, and citation counts matter
    for researchers. With ``CITATION.cff``, GitHub shows a "Cite this repository" button
    with APA and BibTeX; a BibTeX block in the README is the least people expect.

Example:
    Fails: "Official PyTorch implementation of our NeurIPS paper" and no way to cite it.
    Passes: a ``CITATION.cff`` at the root, or a "## Citation" section with a ```` ```bibtex ````
    block.

How to fix:
    Run ``portfolio check --repo . --fix`` to create a ``CITATION.cff`` filled with the
    repository's name, URL, licence and your name, then add the paper under
    ``preferred-citation``; or paste the paper's BibTeX into a "Citation" section.

Fix safety:
    Safe: the fix only creates ``CITATION.cff`` when it does not exist; it never changes or
    overwrites a file.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.fixes import citation_cff
from checks.ml import ml_readme
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import where
from checks.repo_kinds import has_path

BIBTEX = re.compile(
    r"@(?:article|inproceedings|incollection|misc|conference|phdthesis|mastersthesis|"
    r"techreport|book|inbook|unpublished|software|online|electronic|dataset|proceedings|"
    r"manual|thesis|report)\s*\{",
    re.IGNORECASE,
)


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = ml_readme(ctx.repo)
    if found is None:
        return
    ml, readme, _analysis = found
    if ml.paper is None or BIBTEX.search(readme.text):
        return
    has_cff = has_path(ctx.repo, "CITATION.cff")
    if has_cff:
        return
    if has_cff is None:
        yield Problem(
            message=(
                f'{where(ctx.repo)} points to a paper ("{ml.paper}") and has no BibTeX entry; '
                "whether the repository has a CITATION.cff is unknown (its file list was not "
                "fetched)"
            ),
            fix=Fix(description="Fetch again, or run `portfolio check --repo .` in a checkout."),
            file=readme.path,
            inconclusive=True,
        )
        return
    user = ctx.snapshot.user if ctx.snapshot is not None else None
    yield Problem(
        message=(
            f'`{ctx.repo.name}` is the code of a paper (its README says "{ml.paper}") but has '
            "no CITATION.cff and its README no BibTeX entry"
        ),
        fix=Fix(
            description=(
                'Create CITATION.cff at the root (GitHub then shows "Cite this repository"), '
                "then add the paper under `preferred-citation`; or paste the paper's BibTeX "
                f'into a "Citation" section of {readme.path}.'
            ),
            safety=FixSafety.SAFE,
            creates={"CITATION.cff": citation_cff(ctx.repo, user)},
        ),
        file=readme.path,
    )


RULE = Rule(
    id="ML007",
    name="ml-citation",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
