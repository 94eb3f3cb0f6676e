"""RDM015 heading-increment: heading levels go down one at a time; names the line."""

from __future__ import annotations

from builders import messages, repo_ctx, run

from checks.rules.readme.rdm015_heading_increment import RULE


def test_one_step_at_a_time_and_going_back_up_pass() -> None:
    text = "# x\n\n## Usage\n\n### Options\n\n#### Flags\n\n## License\n\n# Appendix\n"
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_a_skipped_level_fails_with_its_line() -> None:
    text = "# x\n\n## Usage\n\n#### Options\n\n## License\n"
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.message == (
        "README.md of `ml-utils` line 5: heading `Options` is level 4 right after the level-2 "
        "heading `Usage` (line 3)"
    )
    assert (problem.file, problem.line) == ("README.md", 5)
    assert "level 3 (###)" in problem.fix.description


def test_title_followed_by_a_level_three_heading() -> None:
    assert messages(RULE, repo_ctx(readme="# x\n\n### Installation\n")) == [
        "README.md of `ml-utils` line 3: heading `Installation` is level 3 right after the "
        "level-1 heading `x` (line 1)"
    ]


def test_after_five_skips_the_rest_come_in_one_finding() -> None:
    # awesome-machine-learning: `## Language` then `#### Topic`, for every language.
    text = "# x\n\n" + "".join(f"## L{n}\n\n#### Topic\n\n" for n in range(7))
    problems = run(RULE, repo_ctx(readme=text))
    assert [p.line for p in problems] == [5, 9, 13, 17, 21, 25]
    assert problems[-1].message == (
        "README.md of `ml-utils` has 2 more headings more than one level below the heading "
        "before them, on lines 25, 29"
    )
    assert problems[-1].fix.description.startswith("On each of those lines of README.md")
