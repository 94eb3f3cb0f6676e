"""RDM014 code-block-language: fenced code names its language; one finding per block."""

from __future__ import annotations

import pytest
from builders import messages, repo_ctx, run

from checks.rules.readme.rdm014_code_block_language import RULE, guess_language


def test_blocks_with_a_language_and_indented_code_pass() -> None:
    text = "# x\n\n```bash\npip install x\n```\n\n~~~python\nimport x\n~~~\n\n    indented code\n"
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_bare_fences_fail_with_their_line_and_a_suggestion() -> None:
    text = "# x\n\n```\npip install x\n```\n\nThen:\n\n```\nimport x\nx.go()\n```\n"
    problems = run(RULE, repo_ctx(readme=text))
    assert [p.message for p in problems] == [
        "README.md of `ml-utils` line 3: fenced code block has no language",
        "README.md of `ml-utils` line 9: fenced code block has no language",
    ]
    assert [p.line for p in problems] == [3, 9]
    assert problems[0].fix.description.endswith("e.g. ```bash")
    assert problems[1].fix.description.endswith("e.g. ```python")


@pytest.mark.parametrize(
    ("code", "language"),
    [
        ("$ x --help\n", "console"),
        ("$ pip install x\nSuccessfully installed x\n", "console"),
        (">>> import x\n>>> x.go()\n42\n", "pycon"),
        ("x --help  # then $ y\n", "text"),
        ("cd x\n$ make\n", "bash"),
        ("docker run -p 80:80 x\n", "bash"),
        ("npm run lint\n", "bash"),
        ("rm -rf ./node_modules\nnpm i\n", "bash"),
        ("make\n", "text"),
        ("go install github.com/x/y@latest\n", "bash"),
        ("go to the settings page\n", "text"),
        ('{"a": 1}\n', "json"),
        ("name: x\non:\n  push:\n", "yaml"),
        ("const x = require('x')\n", "javascript"),
        ("Hello, World!\n", "text"),
    ],
)
def test_guess_language(code: str, language: str) -> None:
    assert guess_language(code) == language


def test_after_five_blocks_the_rest_come_in_one_finding() -> None:
    text = "# x\n\n" + "```\nx\n```\n\n" * 7
    problems = run(RULE, repo_ctx(readme=text))
    assert [p.line for p in problems] == [3, 7, 11, 15, 19, 23]
    assert problems[-1].message == (
        "README.md of `ml-utils` has 2 more fenced code blocks without a language, on lines 23, 27"
    )
    # One left over is one block, on one line.
    (*_, last) = run(RULE, repo_ctx(readme="# x\n\n" + "```\nx\n```\n\n" * 6))
    assert last.message == (
        "README.md of `ml-utils` has 1 more fenced code block without a language, on line 23"
    )
