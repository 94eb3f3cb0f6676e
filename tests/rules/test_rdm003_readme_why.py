"""RDM003 readme-why: motivation, from the analysis, a heading or purpose wording."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.model import Severity
from checks.rules.readme.rdm003_readme_why import RULE


@pytest.mark.parametrize(
    "text",
    [
        "# ml-utils\n\nSearch.\n\n## Motivation\n\nExisting libraries need a GPU.\n",
        "# ml-utils\n\nSearch.\n\n## Why ml-utils?\n\nIt runs on a laptop.\n",
        "# ml-utils\n\nA search library designed\nto run on a laptop without a GPU.\n",
        "# ml-utils\n\nA small tool that lets data scientists compare embeddings quickly.\n",
        "# vit\n\nImplementation of ViT, a simple way to achieve SOTA with a single encoder.\n",
        "# ml-utils\n\nCompare embeddings, with no need to write the loop yourself.\n",
        # LLMs-from-scratch: what the reader of a book's code gets.
        "# ml-utils\n\nIn this book, you'll learn and understand how search works.\n",
        "# ml-utils\n\nA small model trained for educational purposes.\n",
        # bubbletea.
        "# ml-utils\n\nA Go framework. It is well-suited for simple and complex apps.\n",
        # Real-ESRGAN.
        "# ml-utils\n\nml-utils aims at developing **Practical Algorithms for Search**.\n",
        "# llm.c\n\nLLMs in simple, pure C/CUDA with no need for 245MB of PyTorch.\n",
        # The problem it solves, stated as a problem.
        "# specmatch\n\nDoes the code still do what the spec says? Usually nobody can tell "
        "without reading both.\n\n## Install\n",
        "# tabcheck\n\nChecking a table's columns by hand before training is tedious.\n",
        # An advantage over the alternatives, further down.
        "# tok\n\nA tokeniser.\n\n## Install\n\npip install tok\n\n## Performance\n\n"
        "tok is 3-6x faster than a comparable tokeniser written in Python.\n",
        # The intro under "Overview", after a title whose badges' alt text runs over lines.
        "# dplyr\n\n[![CRAN\nstatus](https://www.r-pkg.org/badges/version/dplyr)](https://cran"
        ".r-project.org/package=dplyr)\n[![Codecov test\ncoverage](https://codecov.io/gh/t/d/"
        "badge.svg)](https://app.codecov.io/gh/t/d)\n\n## Overview\n\ndplyr is a grammar of "
        "data manipulation, providing verbs that help you solve the most common data "
        "manipulation challenges.\n\n## Installation\n",
        # Measured against the alternatives it replaces or rivals.
        "# ddpm\n\nA new approach to generative modeling that may have the potential to "
        "rival GANs.\n",
        "# enc\n\nAn encoder.\n\n## Results\n\nOur encoder outperforms BERT on GLUE.\n",
        "# fetchy\n\nA drop-in replacement for requests.\n",
        "# lora\n\nAn instruct model of similar quality to `text-davinci-003` that runs on a "
        "Raspberry Pi.\n",
        "# 小工具\n\n一个小工具。\n\n## 为什么\n\n现有的工具需要 GPU。\n",
        "# outil\n\nUn outil.\n\n## Pourquoi ?\n\nLes outils existants exigent un GPU.\n",
        # An image, then a table of contents, then the intro under a level-2 heading.
        '<img src="vit.gif" alt="ViT">\n\n## Contents\n\n- [ViT](#vit)\n- [Usage](#usage)\n\n'
        "## ViT\n\nViT in PyTorch, a simple way to achieve SOTA with a single encoder.\n",
        # Who it is for and what they get (yunjey/pytorch-tutorial).
        "# tutorial\n\nThis repository provides tutorial code for deep learning researchers to "
        "learn PyTorch.\n",
    ],
)
def test_passes(text: str) -> None:
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_fails_without_any_motivation() -> None:
    text = "# ml-utils\n\nSearch for vectors.\n\n## Install\n\npip install ml-utils\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.message == (
        "README.md of `ml-utils` does not say why the project exists or what problem it solves "
        "(sections found: ml-utils, Install)"
    )
    assert problem.file == "README.md"
    assert '"Why" paragraph' in problem.fix.description


@pytest.mark.parametrize(
    "text",
    [
        "# ml-utils\n\nThe way to search for vectors, in Python.\n",
        # Words of the comparison pattern used otherwise.
        "# arrivals\n\nTrack arrivals of trains; rivalry aside, it lists them.\n",
        "# alt\n\nSets the alternative text of images.\n",
        # An audience alone gives no purpose.
        "# kit\n\nA kit for researchers.\n",
    ],
)
def test_wording_that_gives_no_purpose(text: str) -> None:
    assert len(messages(RULE, repo_ctx(readme=text))) == 1


def test_info_by_default_warning_for_showcase() -> None:
    assert (RULE.severity, RULE.showcase_severity) == (Severity.INFO, Severity.WARNING)
