"""Fenced code blocks in a README name their language.

What it does:
    Reports each fenced code block (```` ``` ```` or ``~~~``) whose opening fence names no
    language, with its line and a suggested language guessed from the code: the first five
    one by one, the others together in one finding listing their lines.

Why it matters:
    With a language, GitHub highlights the code, which makes it much easier to read, and
    readers know at once whether a block is a shell command or Python. Tools that copy
    commands out of READMEs rely on it too.

Example:
    Fails: a block opened with a bare ```` ``` ```` holding ``pip install ml-utils``.
    Passes: the same block opened with ```` ```bash ````; use ```` ```text ```` for output.

How to fix:
    Write the language right after the opening fence: ``bash``, ``python``, ``json``,
    ``yaml``, ``text`` for plain output; ``console`` for a shell session pasted with its
    ``$`` prompts and ``pycon`` for a Python one with ``>>>`` prompts.

Fix safety:
    Display-only: the language is suggested, but a person should confirm it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import (
    MAX_LINE_FINDINGS,
    on_lines,
    readme_and_analysis,
    remaining_lines,
    where,
)
from checks.rules.readme.rdm004_readme_install import INSTALL_COMMAND

# (language, pattern) in order: the first that matches the code is the suggestion.
_GUESSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    (
        "python",
        re.compile(r"^\s*(?:>>> |import \w|from [\w.]+ import |def \w+\(|class \w+[(:])", re.M),
    ),
    ("json", re.compile(r"^\s*[\[{]\s*(?:\"|$)")),
    ("yaml", re.compile(r"^[\w-]+:\s*(?:\S.*)?$\n^\s+[\w-]+:", re.M)),
    (
        "bash",
        re.compile(
            r"^\s*(?:\$ |sudo |cd |export |python3? |\./|"
            # A line that starts with a command-line tool and its arguments: `npm test`,
            # `npm run lint` (javascript-algorithms), `rm -rf ./node_modules`.
            r"(?:npm|npx|yarn|pnpm|pip3?|uv|conda|git|docker|make|cargo|brew|apt(?:-get)?|"
            r"curl|wget|poetry|pytest|node|mvn|gradle|rm|mkdir|cp|mv|chmod|source|bash|sh|"
            r"go (?:build|run|install|get|test|mod))[ \t]+\S)",
            re.M,
        ),
    ),
    ("javascript", re.compile(r"^\s*(?:const |let |import .* from |require\()", re.M)),
    ("html", re.compile(r"^\s*<(?:!doctype|html|div|script)\b", re.I | re.M)),
)


# A session pasted with its prompts: GitHub's ``console`` and ``pycon`` grammars colour the
# prompt apart from the command and leave the output plain, where ``bash`` or ``python``
# would read "$ " and the output as code.
_SESSION = re.compile(r"\A\s*(?:(?P<shell>\$ )|(?P<python>>>> ))")


def guess_language(code: str) -> str:
    """The most likely language of ``code`` (``text`` when nothing matches)."""
    session = _SESSION.match(code)
    if session:
        return "console" if session.group("shell") else "pycon"
    if INSTALL_COMMAND.search(code):
        return "bash"
    for language, pattern in _GUESSES:
        if pattern.search(code):
            return language
    return "text"


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    bare = [block for block in analysis.code_blocks if block.fenced and not block.language]
    for block in bare[:MAX_LINE_FINDINGS]:
        language = guess_language(block.text)
        yield Problem(
            message=f"{where(ctx.repo)} line {block.line}: fenced code block has no language",
            fix=Fix(
                description=(
                    f"On line {block.line} of {readme.path}, write the language after the "
                    f"opening fence, e.g. ```{language}"
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
            file=readme.path,
            line=block.line,
        )
    rest = [block.line for block in bare[MAX_LINE_FINDINGS:]]
    if rest:
        yield remaining_lines(
            ctx.repo,
            readme.path,
            rest,
            f"has {len(rest)} more fenced code {'block' if len(rest) == 1 else 'blocks'} "
            f"without a language, on {on_lines(rest)}",
            f"On each of those lines of {readme.path}, write the language after the opening "
            "fence (```bash, ```python, ```text for output).",
        )


RULE = Rule(
    id="RDM014",
    name="code-block-language",
    target=Target.README,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
