"""PRF010 profile-readme-not-template: GitHub's "Hi there 👋" template, whole or in part."""

from __future__ import annotations

from builders import make_snapshot, messages, profile_ctx, run

from checks.rules.profile.prf010_profile_readme_not_template import RULE

TEMPLATE = """### Hi there 👋

<!--
{special}

Here are some ideas to get you started:

- 🔭 I’m currently working on ...
- 🌱 I’m currently learning ...
- 👯 I’m looking to collaborate on ...
- 🤔 I’m looking for help with ...
- 💬 Ask me about ...
- 📫 How to reach me: ...
- 😄 Pronouns: ...
- ⚡ Fun fact: ...
-->
""".format(
    special="**octo/octo** is a ✨ _special_ ✨ repository because its `README.md` (this file) "
    "appears on your GitHub profile."
)


def ctx(text: str):
    return profile_ctx(make_snapshot(profile_readme=text))


def test_untouched_template() -> None:
    (problem,) = run(RULE, ctx(TEMPLATE))
    assert (
        problem.message
        == 'your profile README is GitHub\'s untouched template (only "Hi there 👋")'
    )
    assert (problem.file, problem.line) == ("octo/README.md", 1)


def test_uncommented_but_unfinished_lines() -> None:
    text = (
        "### Hi there 👋\n\n"
        "- 🔭 I’m currently working on a search engine in Rust\n"
        "- 🌱 I’m currently learning ...\n"
        "- 📫 How to reach me: ...\n"
    )
    problems = run(RULE, ctx(text))
    assert [(p.message, p.line) for p in problems] == [
        (
            "your profile README has an unfinished template line: "
            "'- 🌱 I’m currently learning ...'",
            4,
        ),
        ("your profile README has an unfinished template line: '- 📫 How to reach me: ...'", 5),
    ]


def test_visible_special_sentence() -> None:
    text = "# Octo\n\n**octo/octo** is a ✨ _special_ ✨ repository because its README shows.\n"
    assert messages(RULE, ctx(text)) == [
        'your profile README still shows the template\'s "✨ special ✨" sentence'
    ]


def test_a_written_readme_passes() -> None:
    text = "### Hi there 👋\n\nI'm Octo, a backend engineer. I build search tools in Rust.\n"
    assert messages(RULE, ctx(text)) == []
    assert messages(RULE, profile_ctx(make_snapshot())) == []
