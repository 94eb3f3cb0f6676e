"""Every image in a README has alt text that says what it shows.

What it does:
    Checks each image of the README (Markdown ``![alt](src)``, HTML ``<img>``, rst
    ``.. image::``), badges included, and reports those whose alt text is missing or says
    nothing: missing, a file name (``screenshot.png``), or a word GitHub fills in when you paste
    an image ("image", "Screenshot 2024-05-01 at 10.02.13"). One finding per line for the
    first five lines, then one finding listing the other lines.

Why it matters:
    Screen-reader users hear the alt text instead of seeing the image, and everyone sees it
    when the image fails to load. An empty alt makes the image vanish for them; "image"
    tells them nothing. An HTML image with an explicit ``alt=""`` is taken as decorative, as
    the HTML standard means it, and not reported.

Example:
    Fails: ``![](docs/demo.png)`` or ``<img src="demo.png">`` or ``![image](https://...)``.
    Passes: ``![Search results for "cats", ranked by similarity](docs/demo.png)``.

How to fix:
    Write between the brackets (or in ``alt="..."``; in reStructuredText, in an ``:alt:``
    option under ``.. image::``) what the image shows, as you would describe it to someone on
    the phone; for a badge, what it reports ("build status"). An
    HTML spacer that only makes room (``spacer.gif``, ``blank.png``) gets an empty
    ``alt=""`` instead: the fix says so. For an icon inside a link that has a ``title``
    ("Open in Colab"), the fix offers that title as the alt text.

Fix safety:
    Display-only: the description of an image needs a person who can see it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import Image
from checks.readme_for import (
    MAX_LINE_FINDINGS,
    line_list,
    readme_and_analysis,
    remaining_lines,
    where,
)

# Alt texts that say nothing: GitHub's defaults when pasting, and generic words.
_EMPTY_ALT = re.compile(
    r"^(image|img|picture|pic|photo|screenshot|screen ?shot|alt|alt text|untitled|"
    r"screenshot[\s_-]?\d[\w .:-]*|image[\s_-]?\d+|"
    r"[\w .()-]+\.(?:png|jpe?g|gif|svg|webp|bmp))$",
    re.IGNORECASE,
)


def poor_alt(image: Image) -> str | None:
    """Why the image's alt text does not describe it, or ``None`` when it does."""
    alt = " ".join(image.alt.split())
    if not alt:
        return "has no alt text"
    if _EMPTY_ALT.match(alt):
        return f'has alt text "{alt}", which does not say what it shows'
    return None


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    lines = readme.text.splitlines()
    by_line: dict[int, list[str]] = {}
    sources: dict[int, list[str]] = {}
    spacers_only: dict[int, bool] = {}
    for image in analysis.images:
        if not image.alt.strip() and _decorative(lines, image.line):
            continue
        why = poor_alt(image)
        if why is not None:
            kind = "badge" if image.badge else "image"
            by_line.setdefault(image.line, []).append(f"{kind} `{_short(image.src)}` {why}")
            sources.setdefault(image.line, []).append(image.src)
            # Only an <img> tag can say alt="" (Markdown's ![](...) already does, and is
            # reported as missing alt text: see poor_alt).
            spacer = _spacer(image.src) and "<img" in _line(lines, image.line).lower()
            spacers_only[image.line] = spacers_only.get(image.line, True) and spacer
    ordered = sorted(by_line.items())
    for line, issues in ordered[:MAX_LINE_FINDINGS]:
        if spacers_only[line]:
            # A spacer shows nothing: alt="" tells screen readers to skip it.
            fix = (
                f'On line {line} of {readme.path}, give the spacer an empty `alt=""`: it '
                "shows nothing, and screen readers then skip it instead of reading its address."
            )
        elif analysis.format == "rst" and (defined := _substitutions(lines, sources[line])):
            # `|coverage|` on this line is an image defined elsewhere: that is where the
            # alt text goes.
            fix = (
                f"Give {defined} of {readme.path}, used on line {line}, an indented `:alt:` "
                f"option saying what {'each' if ' and ' in defined else 'it'} shows, e.g. "
                "`:alt: Build status`."
            )
        elif analysis.format == "rst":
            fix = (
                f"Under the `image::` directive on line {line} of {readme.path}, add an "
                "indented `:alt:` option saying what each image shows, "
                "e.g. `:alt: Build status` or `:alt: The dashboard listing sales by region`."
            )
        elif _html_only(_line(lines, line)):
            title = _link_title(lines, line)
            example = (
                f'`alt="{title}"`, the title of its link'
                if title
                else '`alt="Build status"` or `alt="The dashboard listing sales by region"`'
            )
            fix = (
                f'On line {line} of {readme.path}, add `alt="..."` to each `<img>` tag, saying '
                f"what it shows, e.g. {example}."
            )
        else:
            fix = (
                f"On line {line} of {readme.path}, write what each image shows between "
                '`![` and `]` (or in `alt="..."` for an <img> tag), e.g. '
                "`![Build status](...)` or `![The dashboard listing sales by region](...)`."
            )
        yield Problem(
            message=f"{where(ctx.repo)} line {line}: " + "; ".join(issues),
            fix=Fix(description=fix, safety=FixSafety.DISPLAY_ONLY),
            file=readme.path,
            line=line,
        )
    rest = [line for line, _issues in ordered[MAX_LINE_FINDINGS:]]
    if rest:
        yield remaining_lines(
            ctx.repo,
            readme.path,
            rest,
            f"has images without useful alt text on {len(rest)} more "
            f"{'line' if len(rest) == 1 else 'lines'}: {line_list(rest)}",
            f"On each of those lines of {readme.path}, say what the image shows in an "
            "`:alt:` option under its `image::` directive."
            if analysis.format == "rst"
            else f'On each of those lines of {readme.path}, add `alt="..."` to each '
            "`<img>` tag, saying what it shows."
            if all(_html_only(_line(lines, line)) for line in rest)
            else f"On each of those lines of {readme.path}, write what the image shows "
            'between `![` and `]` (or in `alt="..."`).',
        )


# Images that only make space: spacer.gif, blank.png, a transparent pixel.
_SPACER = re.compile(r"(?:^|[/_.-])(?:spacer|blank|transparent|pixel|1x1)(?:[_.-]|$)", re.I)


def _substitutions(lines: list[str], sources: list[str]) -> str:
    """The rst substitutions (``.. |name| image:: SRC``) that define images of ``sources``,
    named with their lines ("`|coverage|` (line 570)"), or "" when none is one."""
    wanted = set(sources)
    found = []
    for number, text in enumerate(lines, 1):
        match = _SUBSTITUTION_IMAGE.match(text)
        if match and match.group(2).strip() in wanted:
            found.append(f"`|{match.group(1)}|` (line {number})")
            wanted.discard(match.group(2).strip())
    return " and ".join([", ".join(found[:-1]), found[-1]] if len(found) > 1 else found)


_SUBSTITUTION_IMAGE = re.compile(r"\s*\.\.\s+\|([^|]+)\|\s+(?:image|figure)::\s*(\S+)")


def _html_only(text: str) -> bool:
    """Whether the images of a line are all ``<img>`` tags (no Markdown ``![...]``)."""
    return "<img" in text.lower() and "![" not in text


_TITLE = re.compile(r"""<a\s[^>]*\btitle\s*=\s*(?:"([^"<>]+)"|'([^'<>]+)')""", re.IGNORECASE)


def _link_title(lines: list[str], number: int) -> str | None:
    """The ``title`` of the ``<a>`` around the image, on its line or the line above
    (yolov5: ``<a href="..." title="Open in Google Colab">`` over the icon): the words that
    best say what an icon in a link stands for."""
    for text, own_line in ((_line(lines, number), True), (_line(lines, number - 1), False)):
        match = _TITLE.search(text)
        # A link closed on the line above is not around this image.
        if match and (own_line or "</a" not in text[match.end() :]):
            return (match.group(1) or match.group(2)).strip()
    return None


def _line(lines: list[str], number: int) -> str:
    return lines[number - 1] if 0 < number <= len(lines) else ""


def _spacer(src: str) -> bool:
    return bool(_SPACER.search(src.split("?", 1)[0].rsplit("/", 1)[-1]))


def _decorative(lines: list[str], line: int) -> bool:
    """Whether the image's line says ``alt=""`` on purpose: HTML's mark for an image that
    only decorates (a logo beside the written name), which screen readers skip."""
    return bool(re.search(r"""\balt\s*=\s*(?:""|'')""", _line(lines, line)))


def _short(src: str, limit: int = 60) -> str:
    return src if len(src) <= limit else src[: limit - 1] + "…"


RULE = Rule(
    id="RDM012",
    name="image-alt-text",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
