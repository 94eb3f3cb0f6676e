"""ML007 ml-citation: paper code has CITATION.cff or BibTeX; the safe fix creates the file."""

from __future__ import annotations

import pytest
from builders import make_snapshot, make_user, messages, repo_ctx, run

from checks.model import FixSafety
from checks.rules.ml.ml007_ml_citation import RULE

PAPER = "# x\n\nOfficial code of our paper: https://arxiv.org/abs/2401.00001\n"


@pytest.mark.parametrize(
    ("files", "text"),
    [
        (("train.py", "CITATION.cff"), PAPER),
        (("train.py",), PAPER + "\n```bibtex\n@article{x2024,\n  title={X}\n}\n```\n"),
        # Fashion-MNIST asks to be cited with an @online entry.
        (("train.py",), PAPER + "\n```latex\n@online{xiao2017/online,\n  title={X}\n}\n```\n"),
        (("train.py",), "# x\n\nA model, no paper.\n"),
    ],
)
def test_passes(files: tuple[str, ...], text: str) -> None:
    assert messages(RULE, repo_ctx(topics=("pytorch",), files=files, readme=text)) == []


def test_fails_with_a_safe_fix_creating_citation_cff() -> None:
    snapshot = make_snapshot(make_user(name="Ada Lovelace"))
    ctx = repo_ctx(topics=("pytorch",), files=("train.py",), readme=PAPER, license="MIT")
    ctx = type(ctx)(repo=ctx.repo, snapshot=snapshot)
    (problem,) = run(RULE, ctx)
    assert problem.message == (
        '`ml-utils` is the code of a paper (its README says "Official code") but has no '
        "CITATION.cff and its README no BibTeX entry"
    )
    assert problem.fix.safety is FixSafety.SAFE
    content = problem.fix.creates["CITATION.cff"]
    assert content.startswith("cff-version: 1.2.0\n")
    assert 'family-names: "Lovelace"' in content
    assert 'repository-code: "https://github.com/octo/ml-utils"' in content


def test_unknown_file_list_is_inconclusive() -> None:
    ctx = repo_ctx(topics=("pytorch",), unknown=("files",), readme=PAPER)
    (problem,) = run(RULE, ctx)
    assert problem.inconclusive
    assert problem.message == (
        'README.md of `ml-utils` points to a paper ("Official code") and has no BibTeX entry; '
        "whether the repository has a CITATION.cff is unknown (its file list was not fetched)"
    )
