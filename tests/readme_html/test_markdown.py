"""GitHub-flavoured Markdown READMEs: each feature renders as GitHub shows it."""

from __future__ import annotations

import pytest

from portfolio.readme import github_slug, render_readme
from portfolio.snapshot import Readme, Repo

REPO = Repo(name="kit", owner="octo", default_branch="main")


def html_of(text: str, path: str = "README.md") -> str:
    return render_readme(Readme(path, "markdown", text), REPO).html


def test_tables_keep_alignment() -> None:
    assert html_of("| a | b |\n|---|:-:|\n| 1 | 2 |\n") == (
        "<table>\n<thead>\n<tr>\n<th>a</th>\n"
        '<th style="text-align:center">b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n'
        '<td style="text-align:center">2</td>\n</tr>\n</tbody>\n</table>'
    )


def test_task_lists_are_disabled_checkboxes_named_by_their_task() -> None:
    # GitHub leaves the checkbox unnamed (axe: "Form elements must have labels"); the task's
    # words, before any nested list, name it here.
    assert html_of("- [x] done &amp; dusted\n- [ ] todo\n  - [ ] sub\n") == (
        '<ul class="task-list">\n<li class="task-list-item"><input aria-label="done &amp; '
        'dusted" checked="" disabled="" type="checkbox"> done &amp; dusted</li>\n'
        '<li class="task-list-item"><input aria-label="todo" disabled="" type="checkbox"> todo'
        '<ul class="task-list">\n<li class="task-list-item"><input aria-label="sub" '
        'disabled="" type="checkbox"> sub</li>\n</ul>\n</li>\n</ul>'
    )
    loose = html_of("- [x] done\n\n- [ ] todo\n")
    assert '<p><input aria-label="done" checked="" disabled="" type="checkbox"> done</p>' in loose


def test_strikethrough_with_tildes() -> None:
    assert html_of("~~old~~ and ~one~") == "<p><del>old</del> and ~one~</p>"


def test_footnotes_link_both_ways_with_prefixed_ids() -> None:
    html = html_of("Claim[^1].\n\n[^1]: Source.\n")
    assert (
        '<sup id="user-content-fnref:1"><a class="footnote-ref" href="#user-content-fn:1"' in html
    )
    assert '<li id="user-content-fn:1">' in html
    assert 'class="footnote-backref" href="#user-content-fnref:1"' in html


def test_alerts_of_every_kind() -> None:
    for kind in ("NOTE", "TIP", "IMPORTANT", "WARNING", "CAUTION"):
        html = html_of(f"> [!{kind}]\n> Read this.\n")
        assert html == (
            f'<div class="markdown-alert markdown-alert-{kind.lower()}">'
            f'<p class="markdown-alert-title">{kind.capitalize()}</p>\n'
            "<p>Read this.</p>\n</div>"
        )


def test_a_quote_that_is_not_an_alert_stays_a_quote() -> None:
    assert html_of("> [!NOTICE] not a kind\n") == (
        "<blockquote>\n<p>[!NOTICE] not a kind</p>\n</blockquote>"
    )


def test_a_blank_line_ends_a_quote_so_alerts_in_a_row_stay_apart() -> None:
    # fzf's README: a note, then a tip holding a list, then a plain quote.
    html = html_of(
        "> [!NOTE]\n> Note.\n\n> [!TIP]\n> Tip:\n>\n> - bash\n\n> Quoted.\n> > Nested.\n> >\n"
        "> > More.\n"
    )
    assert html == (
        '<div class="markdown-alert markdown-alert-note"><p class="markdown-alert-title">Note'
        "</p>\n<p>Note.</p>\n</div>\n"
        '<div class="markdown-alert markdown-alert-tip"><p class="markdown-alert-title">Tip</p>'
        "\n<p>Tip:</p>\n<ul>\n<li>bash</li>\n</ul>\n</div>\n"
        "<blockquote>\n<p>Quoted.</p>\n<blockquote>\n<p>Nested.</p>\n<p>More.</p>\n"
        "</blockquote>\n</blockquote>"
    )


def test_emoji_shortcodes_become_unicode() -> None:
    assert html_of(":rocket: :+1: :tada: :not-an-emoji:") == "<p>🚀 👍 🎉 :not-an-emoji:</p>"


def test_fenced_code_is_highlighted_with_pygments_classes() -> None:
    html = html_of("```python\nimport os\n```\n")
    assert html == (
        '<div class="highlight"><pre><span></span><code><span class="kn">import</span>'
        '<span class="w"> </span><span class="nn">os</span>\n</code></pre></div>'
    )
    # An unlabelled fence is not guessed, like on GitHub.
    assert "<span" not in html_of("```\nimport os\n```\n").replace("<span></span>", "")


def test_autolinks_urls_but_not_issue_or_user_references_as_github_does_in_files() -> None:
    # GitHub links #12, @alice and commit hashes in issues and comments, not in README files.
    html = html_of("See https://example.org, www.example.com, #12, @alice and octo/kit#3.")
    assert '<a href="https://example.org" rel="nofollow noopener">https://example.org</a>' in html
    assert '<a href="http://www.example.com" rel="nofollow noopener">www.example.com</a>' in html
    assert "#12, @alice and octo/kit#3." in html
    assert html.count("<a ") == 2


def test_heading_anchors_follow_github_slugs_and_number_repeats() -> None:
    rendered = render_readme(
        Readme(
            "README.md",
            "markdown",
            "## Install & run\n## Install & run\n## Café: ünïcode!\n### `code` + C++\n",
        ),
        REPO,
    )
    assert rendered.toc == (
        (2, "Install & run", "user-content-install--run"),
        (2, "Install & run", "user-content-install--run-1"),
        (2, "Café: ünïcode!", "user-content-café-ünïcode"),
        (3, "code + C++", "user-content-code--c"),
    )
    assert github_slug("Hello, World! 🎉") == "hello-world-"


def test_in_page_links_reach_the_prefixed_anchors() -> None:
    html = html_of("[Go](#usage)\n\n## Usage\n")
    assert '<a href="#user-content-usage" rel="nofollow noopener">Go</a>' in html
    assert '<h2 id="user-content-usage">Usage</h2>' in html


def test_leading_h1_repeating_the_repo_name_is_dropped_but_kept_as_title() -> None:
    rendered = render_readme(Readme("README.md", "markdown", "# KIT\n\nIt sorts.\n"), REPO)
    assert (rendered.html, rendered.title, rendered.toc) == ("<p>It sorts.</p>", "KIT", ())
    other = render_readme(Readme("README.md", "markdown", "# Sorting kit\n\nIt sorts.\n"), REPO)
    assert other.html.startswith('<h1 id="user-content-sorting-kit">Sorting kit</h1>')
    assert other.title == "Sorting kit"


def test_summary_skips_badges_and_alerts() -> None:
    rendered = render_readme(
        Readme(
            "README.md",
            "markdown",
            "# kit\n\n[![CI](ci.svg)](https://ci.example)\n\n> [!NOTE]\n> Beta.\n\n"
            "Kit sorts *things*\nfast.\n\nMore.\n",
        ),
        REPO,
    )
    assert rendered.summary == "Kit sorts things fast."


def test_summary_passes_over_a_notice_about_upkeep_unless_nothing_else_is_said() -> None:
    # PyTorch-GAN opens on its maintenance notice, then says what it is.
    stale = (
        "**This repository has gone stale as I do not have the time to maintain it.**\n\n"
        "## PyTorch-GAN\nCollection of PyTorch implementations of GANs.\n"
    )
    rendered = render_readme(Readme("README.md", "markdown", stale), REPO)
    assert rendered.summary == "Collection of PyTorch implementations of GANs."
    alone = "# kit\n\nThis project is deprecated: use kat.\n"
    rendered = render_readme(Readme("README.md", "markdown", alone), REPO)
    assert rendered.summary == "This project is deprecated: use kat."


def test_images_are_lazy_and_keep_alt_text() -> None:
    assert html_of("![A chart of speed](docs/speed.png)") == (
        '<p><img alt="A chart of speed" loading="lazy" '
        'src="https://raw.githubusercontent.com/octo/kit/main/docs/speed.png"></p>'
    )


def test_markdown_inside_details_and_centred_divs_is_rendered() -> None:
    assert html_of("<details><summary>More</summary>\n\nPress <kbd>Ctrl</kbd>.\n</details>") == (
        "<details>\n<summary>More</summary>\n<p>Press <kbd>Ctrl</kbd>.</p>\n</details>"
    )
    html = html_of('<div align="center">\n\n## Kit\n\n**Sorts** things.\n\n</div>\n')
    assert html == (
        '<div align="center">\n<h2 id="user-content-kit">Kit</h2>\n'
        "<p><strong>Sorts</strong> things.</p>\n</div>"
    )


def test_markdown_after_a_paragraph_tag_ending_the_opening_line_is_rendered() -> None:
    # fairseq: `<details><summary>List of implemented papers</summary><p>`, then the list.
    text = (
        "<details><summary>Papers</summary><p>\n\n* **CNN**\n  + [Gated](https://x.org/g)\n\n"
        "</p></details>\n\nAfter.\n"
    )
    html = html_of(text)
    assert "<li><strong>CNN</strong><ul>" in html
    assert '<a href="https://x.org/g" rel="nofollow noopener">Gated</a>' in html
    assert "**" not in html and "](" not in html
    assert html.index("<summary>Papers</summary>") < html.index("<ul>") < html.index("</details>")


def test_a_cell_opened_at_the_end_of_a_line_holds_blocks_of_markdown() -> None:
    # simonw's profile: three columns, each cell opened at the end of a line of tags.
    text = (
        '<table><tr><td valign="top" width="33%">\n\n### Releases\n\n[llm](https://x.org/l)'
        ' - 2026\n\n</td><td valign="top" width="34%">\n\n- [post](https://x.org/p)\n\n'
        "</td></tr></table>\n"
    )
    html = html_of(text)
    assert '<td>\n<h3 id="user-content-releases">Releases</h3>\n<p><a href="https://x.org/l"' in (
        html
    )
    assert '<td>\n<ul>\n<li><a href="https://x.org/p" rel="nofollow noopener">post</a></li>' in (
        html
    )
    assert "###" not in html and "](" not in html


def test_an_html_block_without_blank_lines_stays_html_however_indented() -> None:
    # got's README: a centred div of tab-indented tags, no blank line before `</div>`.
    text = (
        '<div align="center">\n\t<br>\n\t<img width="360" src="https://x.org/logo.svg" '
        'alt="Got">\n\t<p>\n\t\t<sup>Thanks to:</sup>\n\t</p>\n</div>\n\n> A library.\n'
    )
    html = html_of(text)
    assert "<pre" not in html and "&lt;" not in html
    assert '<img alt="Got"' in html or 'alt="Got"' in html
    # With Markdown after a blank line, the tags before it are still HTML, not code.
    mixed = (
        '<div align="center">\n\t<img src="https://x.org/logo.svg" alt="Kit">\n\n## Kit\n\n</div>\n'
    )
    html = html_of(mixed)
    assert "<pre" not in html and 'alt="Kit"' in html
    assert '<h2 id="user-content-kit">Kit</h2>' in html


def test_markdown_between_blank_lines_in_a_table_cell_is_rendered() -> None:
    # Textual's README: a table of screenshots, one Markdown image per cell.
    html = html_of(
        "<table>\n\n<tr>\n\n  <td>\n\n  ![buttons](img/buttons.png)\n\n  </td>\n\n"
        "  <td>__init__.py *as written*</td>\n\n</tr>\n\n</table>\n"
    )
    assert html == (
        "<table>\n<tbody><tr>\n<td>\n"
        '<p><img alt="buttons" loading="lazy" '
        'src="https://raw.githubusercontent.com/octo/kit/main/img/buttons.png"></p>\n</td>\n'
        "<td>__init__.py *as written*</td>\n</tr>\n</tbody></table>"
    )
    # A table never closed is left as written; what follows it is read as usual.
    html = html_of("<table>\n<tr>\n<td>\n\n*a*\n\n</td>\n</tr>\n")
    assert "<td>\n\n*a*\n\n</td>" in html
    # Without Markdown in any cell the table is left as it is, indented cells included.
    html = html_of("<table>\n  <tr>\n    <td>*a*</td>\n  </tr>\n</table>\n")
    assert html == "<table>\n<tbody><tr>\n<td>*a*</td>\n</tr>\n</tbody></table>"


def test_a_tag_closed_with_a_backslash_is_an_image_as_in_browsers() -> None:
    # PyTorch-GAN's README: `<img ... width="480"\>`, a logo on GitHub, not text.
    html = html_of('<p align="center"><img src="assets/logo.png" width="480"\\></p>\n')
    assert html == (
        '<p align="center"><img loading="lazy" '
        'src="https://raw.githubusercontent.com/octo/kit/main/assets/logo.png" width="480"></p>'
    )
    # Code keeps what it shows.
    assert html_of("Write `<x\\>`.\n") == "<p>Write <code>&lt;x\\&gt;</code>.</p>"


def test_markdown_in_code_blocks_stays_code() -> None:
    assert html_of("```html\n<div>\n\n*x*\n</div>\n```\n").count("<div") == 1  # the wrapper


def test_output_is_deterministic() -> None:
    text = "# kit\n\nText[^a] :rocket:\n\n## A\n## A\n\n[^a]: note\n"
    assert len({html_of(text) for _ in range(3)}) == 1


def test_plain_text_readme_is_escaped_preformatted_text() -> None:
    rendered = render_readme(Readme("README", "text", "a <b> & c\n"), REPO)
    assert rendered.html == "<pre>a &lt;b&gt; &amp; c\n</pre>"


def test_two_space_nested_lists_nest_like_on_github() -> None:
    assert html_of("- a\n  - b\n    - c\n- d\n") == (
        "<ul>\n<li>a<ul>\n<li>b<ul>\n<li>c</li>\n</ul>\n</li>\n</ul>\n</li>\n<li>d</li>\n</ul>"
    )


def test_list_items_continue_with_paragraphs_and_code() -> None:
    html = html_of(
        # A blank line before "2." is needed: Python-Markdown reads it as the paragraph's
        # continuation otherwise (a known difference from GitHub).
        "1. Install:\n\n   ```sh\n   pip install kit\n   ```\n\n   Then run it.\n\n2. Done\n"
    )
    assert html.startswith('<ol>\n<li>\n<p>Install:</p>\n<div class="highlight">')
    assert "<p>Then run it.</p>\n</li>\n<li>\n<p>Done</p>\n</li>\n</ol>" in html


def test_fenced_code_outside_lists_is_left_alone() -> None:
    assert html_of("```\n- x\n  - y\n```\n") == (
        '<div class="highlight"><pre><span></span><code>- x\n  - y\n</code></pre></div>'
    )


def test_old_style_named_anchors_keep_working() -> None:
    assert html_of('<a name="faq"></a>\n\n[FAQ](#faq)') == (
        '<p><a name="user-content-faq" rel="nofollow noopener"></a></p>\n'
        '<p><a href="#user-content-faq" rel="nofollow noopener">FAQ</a></p>'
    )


def test_a_hugging_face_spaces_front_matter_is_left_out() -> None:
    space = (
        "---\ntitle: Chat Demo\nemoji: 💬\nsdk: gradio\nsdk_version: 4.44.1\n"
        "tags:\n  - chat\n# a comment\n\nlicense: mit\n---\n\nAn example chatbot.\n"
    )
    page = html_of(space)
    assert "sdk_version" not in page and "Chat Demo" not in page and "<hr" not in page
    assert "<p>An example chatbot.</p>" in page


def test_rules_around_text_are_not_front_matter() -> None:
    # A README opening on a rule, a sentence and another rule keeps all three.
    page = html_of("---\nA small tool: it sorts files.\n---\n\nMore.\n")
    assert "it sorts files" in page
    assert "<hr" in page
    # No `key: value` line at all: not front matter either.
    assert "one item" in html_of("---\n- one item\n---\n")


def test_a_readme_of_front_matter_only_renders_empty() -> None:
    assert "title" not in html_of("---\ntitle: x\n---")


def test_reference_labels_holding_code_link_like_on_github() -> None:
    # anyhow's README: "[`std::error::Error`]" with its definition inside the list item.
    text = (
        "- Use it with any [`std::error::Error`] and [its `source`][`Std::Error::Error`].\n"
        "  Set the variables of [`std::error::Error`]:\n\n"
        "  ```rust\n  let x = [`not_a_link`];\n  ```\n\n"
        "  [`std::error::Error`]: https://doc.rust-lang.org/std/error/trait.Error.html\n\n"
        "Left as written: [`undefined`] and [`x`](https://x.org).\n"
    )
    html = html_of(text)
    url = "https://doc.rust-lang.org/std/error/trait.Error.html"
    assert f'<a href="{url}" rel="nofollow noopener"><code>std::error::Error</code></a>' in html
    assert f'<a href="{url}" rel="nofollow noopener">its <code>source</code></a>' in html
    assert "[<code>undefined</code>]" in html
    assert "[<code>std" not in html  # also before a colon ending the sentence
    assert '<a href="https://x.org" rel="nofollow noopener"><code>x</code></a>' in html
    assert "not_a_link" in html and "code-reference" not in html


def test_a_code_label_defined_inside_a_longer_fence_stays_code() -> None:
    # A ```` fence showing Markdown that holds a ``` fence: the inner marks do not close it,
    # so the definition written inside the example is not read as one.
    text = (
        "See [`Config`].\n\n"
        "````markdown\n```\n[`Config`]: https://example.org/inside\n````\n\n"
        "```\n```toml\n[`Config`]: https://example.org/info-string\n```\n"
    )
    html = html_of(text)
    # A line with an info string does not close a fence either.
    assert 'href="https://example.org/' not in html
    assert "[<code>Config</code>]" in html
    assert "code-reference" not in html  # the example is shown as written


def test_a_code_label_after_a_fence_closed_by_a_longer_run_still_links() -> None:
    text = "See [`Config`].\n\n```\ncode\n`````\n\n[`Config`]: https://example.org/config\n"
    html = html_of(text)
    link = '<a href="https://example.org/config" rel="nofollow noopener">'
    assert f"{link}<code>Config</code></a>" in html


@pytest.mark.parametrize(
    ("after", "block"),
    [
        ("### Installation", '<h3 id="user-content-installation">Installation</h3>'),
        ("> A note.", "<blockquote>"),
        ("---", "<hr"),
        ("```bash\npip install x\n```", '<div class="highlight">'),
        ('<div align="center">centred</div>', '<div align="center">centred</div>'),
    ],
)
def test_a_block_right_under_a_table_ends_it_as_on_github(after: str, block: str) -> None:
    # ChatGLM-6B writes "### 环境安装" on the line after its table's last row.
    html = html_of(f"| Mode | Memory |\n|---|---|\n| FP16 | 13 GB |\n{after}\n\nText.\n")
    assert "<td>13 GB</td>" in html
    assert block in html
    assert html.index("</table>") < html.index(block)
    assert "<td>###" not in html and "<td>&gt;" not in html and "<td>---" not in html


def test_a_table_inside_a_code_fence_is_left_as_written() -> None:
    html = html_of("```\n| a |\n|---|\n| b |\n### not a heading\n```\n")
    assert "<table>" not in html and "### not a heading" in html


@pytest.mark.parametrize(
    "text",
    [
        "Model | Acc\n--- | ---\nbase | 71.2\n| large | 74.8 |\n",  # header bare, a row piped
        "| Model | Acc |\n| --- | --- |\nbase | 71.2\n| large | 74.8\n",  # rows bare or half
    ],
)
def test_each_row_may_leave_out_its_outer_pipes_as_on_github(text: str) -> None:
    html = html_of(text)
    cells = [
        "<th>Model</th>", "<th>Acc</th>", "<td>base</td>", "<td>71.2</td>",
        "<td>large</td>", "<td>74.8</td>",
    ]  # fmt: skip
    assert all(cell in html for cell in cells), html
    assert "<td></td>" not in html


def test_a_table_inside_a_list_item_stays_in_it() -> None:
    html = html_of("- Results:\n\n  Model | Acc\n  --- | ---\n  base | 71.2\n")
    assert html.index("<li>") < html.index("<table>") < html.index("</li>")
    assert "<td>71.2</td>" in html


SHELL_PIP = 'pip<span class="w"> </span>install'  # as Pygments' shell lexer marks it
PYTHON_PIP = '<span class="n">pip</span>'  # as its Python lexer does


@pytest.mark.parametrize(
    ("opening", "highlighted"),
    [
        ("```shell script", SHELL_PIP),  # latent-diffusion
        ('```python title="train.py"', PYTHON_PIP),
        ("~~~ bash  -e", SHELL_PIP),
    ],
)
def test_a_fence_takes_the_first_word_of_its_info_string_as_the_language(
    opening: str, highlighted: str
) -> None:
    html = html_of(f"Run:\n{opening}\npip install x\n{opening[:3]}\n\nAfter.\n")
    assert '<div class="highlight">' in html and highlighted in html
    assert "<p>After.</p>" in html
    assert "script" not in html and "title" not in html and "-e" not in html


def test_inline_code_of_three_backticks_is_not_taken_for_a_fence() -> None:
    html = html_of("``` `x` ```\n")
    assert "<code>`x`</code>" in html


@pytest.mark.parametrize(
    "above",
    [
        "The naive model reaches 55%.",  # the paragraph's last line is the header, not this
        "```\n$ python3 pixelda.py\n```  ",  # PyTorch-GAN: the table under the command
    ],
)
def test_a_table_needs_no_blank_line_above_it(above: str) -> None:
    html = html_of(f"{above}\n| Method | Accuracy |\n|---|:-:|\n| PixelDA | 95% |\n")
    assert '<td style="text-align:center">95%</td>' in html
    assert "| Method" not in html
    assert html.index("</") < html.index("<table>")  # what was above stays above, closed


def test_a_fence_line_with_an_info_string_does_not_close_a_fence() -> None:
    # A README showing how to write a README: "```python" inside a ``` block is its text.
    text = '```\n```python\n<div align="center">\n\n- item\n  - nested\n```\n\nAfter.\n'
    html = html_of(text)
    assert 'markdown="1"' not in html and '&lt;div align="center"&gt;' in html
    assert "- item\n  - nested" in html  # as written: the list rules stay out of code
    assert "<p>After.</p>" in html


def test_markdown_between_blank_lines_inside_an_html_heading_is_rendered() -> None:
    # tinygrad: `<h3>`, a blank line, a row of Markdown links, a blank line, `</h3>`.
    html = html_of("<h3>\n\n[Homepage](https://x.org/home) | [Docs](https://x.org/docs)\n\n</h3>\n")
    assert '<a href="https://x.org/home" rel="nofollow noopener">Homepage</a>' in html
    assert "](" not in html
    # Without blank lines the heading stays as written: one HTML block, as on GitHub.
    assert html_of('<h2 align="center">\n  Hello\n</h2>\n').startswith('<h2 align="center"')


def test_an_escaped_pipe_in_code_in_a_table_cell_shows_as_a_pipe() -> None:
    # The GFM spec's example: "| b `\|` az |" is a cell holding the code `|`.
    html = html_of("| op | meaning |\n|---|---|\n| `a \\| b` | either |\n| b `\\|` az | x |\n")
    assert "<td><code>a | b</code></td>\n<td>either</td>" in html
    assert "<td>b <code>|</code> az</td>" in html
    assert "\\|" not in html


def test_a_header_and_delimiter_with_different_cell_counts_stay_text() -> None:
    # The GFM spec: "The header row must match the delimiter row in the number of cells."
    assert html_of("Text\n| a | b |\n|---|\n| c |\n") == "<p>Text\n| a | b |\n|---|\n| c |</p>"


def test_a_url_written_as_the_text_of_an_html_link_stays_one_link() -> None:
    # starlette: the autolinker used to wrap the text in a second link, which the parser
    # then split into an empty link (axe: "Links must have discernible text") and a bare one.
    html = html_of(
        '**Docs**: <a href="https://www.starlette.io/" target="_blank">'
        "https://www.starlette.io</a>, or www.example.org\n"
    )
    assert html == (
        '<p><strong>Docs</strong>: <a href="https://www.starlette.io/" rel="nofollow noopener">'
        'https://www.starlette.io</a>, or <a href="http://www.example.org" '
        'rel="nofollow noopener">www.example.org</a></p>'
    )


def test_a_link_left_open_keeps_the_links_after_it() -> None:
    # A browser closes an open <a> at the next link, which stays a link: so here.
    html = html_of('Open <a href="https://x.io/">never closed, then https://z.io\n')
    assert '<a href="https://z.io" rel="nofollow noopener">https://z.io</a>' in html


def test_a_fence_right_under_text_splits_the_paragraphs_as_on_github() -> None:
    # smolagents and bat write "Install it:" then the fence, then text, with no blank lines:
    # the code block used to sit inside the paragraph, which the parser then cut short.
    html = html_of("First install it:\n```bash\npip install x\n```\nThen run it!\n")
    assert html.startswith('<p>First install it:</p>\n<div class="highlight"><pre>')
    assert html.endswith("</code></pre></div>\n<p>Then run it!</p>")


def test_html_lines_right_under_a_div_opening_stay_as_written() -> None:
    # lazygit's sponsors: a link around a block, up to the first blank line, is raw HTML on
    # GitHub; read as Markdown it was cut into paragraphs and the link left empty. After the
    # blank line the div's text is Markdown again.
    html = html_of(
        '<div align="center">\n<sup>Thanks to:</sup>\n<a href="https://warp.dev">\n'
        '  <div>\n    <img src="https://x.org/w.png" alt="Warp">\n  </div>\n'
        "  <b>Warp, the terminal</b>\n</a>\n\n**Markdown** here\n\n</div>\n"
    )
    assert (
        '<a href="https://warp.dev" rel="nofollow noopener">\n<div>\n<img alt="Warp" '
        'loading="lazy" src="https://x.org/w.png">\n</div>\n<b>Warp, the terminal</b>\n</a>'
    ) in html
    assert "<p><strong>Markdown</strong> here</p>" in html
    assert "<p><sup>" not in html
