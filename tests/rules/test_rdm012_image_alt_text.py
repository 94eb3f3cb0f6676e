"""RDM012 image-alt-text: every image has alt text that describes it; one finding per line."""

from __future__ import annotations

from builders import make_repo, messages, readme, repo_ctx, run

from checks.rules.readme.rdm012_image_alt_text import RULE


def test_described_images_pass() -> None:
    text = (
        "# x\n\n![Search results ranked by similarity](docs/demo.png)\n\n"
        '<img src="docs/flow.svg" alt="Data flows from the API to the index">\n\n'
        "[![Build status](https://github.com/octo/x/actions/workflows/ci.yml/badge.svg)](x)\n"
    )
    assert messages(RULE, repo_ctx(readme=text)) == []


def test_explicitly_decorative_html_image_passes() -> None:
    assert messages(RULE, repo_ctx(readme='<img src="logo.svg" alt="" height="90">\n\n# x\n')) == []


def test_missing_and_meaningless_alt_texts_fail_with_their_lines() -> None:
    text = (
        "# x\n\n"
        "![](docs/demo.png)\n\n"
        '<img src="docs/flow.svg">\n\n'
        "![image](https://github.com/user-attachments/assets/1234)\n\n"
        "![Screenshot 2026-05-01 at 10.02.13](docs/s.png) ![demo.gif](docs/demo.gif)\n\n"
        "[![](https://img.shields.io/badge/ci-passing-green)](x)\n"
    )
    problems = run(RULE, repo_ctx(readme=text))
    assert [p.message for p in problems] == [
        "README.md of `ml-utils` line 3: image `docs/demo.png` has no alt text",
        "README.md of `ml-utils` line 5: image `docs/flow.svg` has no alt text",
        "README.md of `ml-utils` line 7: image `https://github.com/user-attachments/assets/1234` "
        'has alt text "image", which does not say what it shows',
        'README.md of `ml-utils` line 9: image `docs/s.png` has alt text "Screenshot 2026-05-01 '
        'at 10.02.13", which does not say what it shows; image `docs/demo.gif` has alt text '
        '"demo.gif", which does not say what it shows',
        "README.md of `ml-utils` line 11: badge `https://img.shields.io/badge/ci-passing-green` "
        "has no alt text",
    ]
    assert [(p.file, p.line) for p in problems][:2] == [("README.md", 3), ("README.md", 5)]
    assert "line 3 of README.md" in problems[0].fix.description


def test_after_five_lines_the_rest_come_in_one_finding() -> None:
    text = "# x\n\n" + "".join(f"![](img/{i}.png)\n\n" for i in range(8))
    problems = run(RULE, repo_ctx(readme=text))
    assert len(problems) == 6
    assert [p.line for p in problems] == [3, 5, 7, 9, 11, 13]
    assert problems[-1].message == (
        "README.md of `ml-utils` has images without useful alt text on 3 more lines: 13, 15, 17"
    )


def test_a_spacer_image_is_told_to_take_an_empty_alt() -> None:
    text = (
        "# x\n\nA tool.\n\n"
        '<img src="https://img.spacergif.org/spacer.gif" width="1" height="64"/>\n'
        "\n![](docs/spacer.gif)\n\n"
        '<img src="shot.png" width="300">\n'
    )
    fixes = [p.fix.description for p in run(RULE, repo_ctx(readme=text))]
    assert len(fixes) == 3
    assert fixes[0].startswith('On line 5 of README.md, give the spacer an empty `alt=""`')
    # Markdown cannot say alt="" on purpose, and a screenshot needs words.
    assert "write what each image shows" in fixes[1]
    assert 'add `alt="..."` to each `<img>` tag, saying what it shows' in fixes[2]


def test_an_rst_image_is_told_to_take_an_alt_option() -> None:
    # pytest's README: badges as rst directives, a :target: and no :alt:.
    text = (
        "x\n=\n\n"
        ".. image:: https://img.shields.io/pypi/v/pytest.svg\n"
        "    :target: https://pypi.org/project/pytest/\n\n"
        + "".join(f".. image:: img/{i}.png\n\n" for i in range(6))
    )
    repo = make_repo(readme=readme(text, "README.rst", "rst"))
    problems = run(RULE, repo_ctx(repo))
    assert problems[0].message == (
        "README.rst of `ml-utils` line 4: badge `https://img.shields.io/pypi/v/pytest.svg` "
        "has no alt text"
    )
    assert problems[0].fix.description == (
        "Under the `image::` directive on line 4 of README.rst, add an indented `:alt:` option "
        "saying what each image shows, e.g. `:alt: Build status` or `:alt: The dashboard "
        "listing sales by region`."
    )
    assert problems[-1].fix.description == (
        "On each of those lines of README.rst, say what the image shows in an `:alt:` option "
        "under its `image::` directive."
    )
    assert not any("![" in p.fix.description for p in problems)


def test_an_rst_substitution_is_given_its_alt_where_it_is_defined() -> None:
    # celery: `|build-status| |coverage|` on line 3, the images defined at the end.
    text = (
        "x\n=\n\n|build-status| |coverage| |license|\n\nA task queue.\n\n"
        ".. |build-status| image:: https://example.org/ci.svg\n    :alt: Build status\n"
        ".. |coverage| image:: https://example.org/cov.svg\n"
        ".. |license| image:: https://example.org/lic.svg\n    :target: LICENSE\n"
    )
    repo = make_repo(readme=readme(text, "README.rst", "rst"))
    (problem,) = run(RULE, repo_ctx(repo))
    assert problem.line == 4
    assert problem.fix.description == (
        "Give `|coverage|` (line 10) and `|license|` (line 11) of README.rst, used on line 4, "
        "an indented `:alt:` option saying what each shows, e.g. `:alt: Build status`."
    )


def test_an_img_tag_is_asked_for_its_alt_attribute() -> None:
    text = '# x\n\n<a href="https://x.org/book"><img src="cover.jpg" width="250px"></a>\n'
    (problem,) = run(RULE, repo_ctx(readme=text))
    assert problem.fix.description.startswith(
        'On line 3 of README.md, add `alt="..."` to each `<img>` tag, saying what it shows'
    )


def test_an_icon_in_a_titled_link_is_offered_the_title_as_alt_text() -> None:
    # yolov5: `<a href="..." title="Open in Google Colab">` over the icon's line.
    text = (
        '# x\n\n<div align="center">\n  <a href="https://colab.x.org/nb" title="Open in Colab">\n'
        '    <img src="https://x.org/colab.png" width="10%" /></a>\n'
        '  <a href="https://x.org" title="Elsewhere">Docs</a>\n'
        '  <img src="https://x.org/kaggle.png" width="10%" />\n</div>\n'
    )
    first, second = run(RULE, repo_ctx(readme=text))
    assert '`alt="Open in Colab"`, the title of its link' in first.fix.description
    assert "Elsewhere" not in second.fix.description  # that link closed on the line above
