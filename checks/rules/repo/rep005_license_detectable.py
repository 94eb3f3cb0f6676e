"""A repository's licence is one GitHub can recognise.

What it does:
    Reports a repository whose licence GitHub saw but could not identify (GitHub's
    ``NOASSERTION``), usually because the standard text was edited, shortened or combined
    with other terms. A published licence that GitHub does not list passes when the README
    names it in its licence section or beside a link to the licence file: the
    non-commercial and no-derivatives Creative Commons licences (CC BY-NC 4.0), model
    licences (CreativeML OpenRAIL-M, the Llama community licences, Gemma's terms of use) and
    source-available ones (Business Source License, PolyForm, Elastic License). When the
    licence file's opening names such a licence (the fetch and a local checkout both read
    it), the finding names it, and the fix asks only for the README line that names it.

Why it matters:
    When GitHub cannot name the licence, neither can visitors, package indexes or the legal
    checks companies run: a modified licence text is treated as "unknown terms" and the
    project gets skipped.

Example:
    Fails: a ``LICENSE`` file that starts with the MIT text but adds a custom clause.
    Passes: the unmodified MIT text with your name and year (GitHub shows "MIT license"),
    or the CC BY-NC 4.0 text with "## License" saying "CC BY-NC 4.0, see LICENSE".

How to fix:
    Replace the licence file with the unmodified text of a standard licence from
    https://choosealicense.com (only the year and names change). Put any extra terms in a
    separate file, or reconsider them. If the file is a published licence GitHub does not
    list, keep it and name it in the README's licence section.

Fix safety:
    Display-only: the licence text is a legal choice only the author can make.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import readme_markup as markup
from checks.licence_names import licence_named_in_readme
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import readme_and_analysis
from checks.rules.repo.rep004_license import licence_file, licence_link
from portfolio.snapshot import Repo


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    if repo.license != "NOASSERTION":
        return
    path = licence_file(repo)
    found = readme_and_analysis(repo)
    if found is not None:
        readme, analysis = found
        if licence_named_in_readme(analysis, readme.text, path):
            return  # a published licence GitHub does not list, and the README names it
    named = f"{path} of `{repo.name}`" if path else f"the licence of `{repo.name}`"
    if repo.license_name:
        yield _unnamed_in_readme(repo, named, path)
        return
    yield Problem(
        message=(f"GitHub cannot identify {named}: it is not the standard text of a known licence"),
        file=path,
        fix=Fix(
            description=(
                f"Replace {path or 'the licence file'} with the unmodified text of a standard "
                "licence from https://choosealicense.com (change only the year and names); "
                "keep any extra terms in a separate file. If it is a published licence that "
                "GitHub does not list (CC BY-NC 4.0, a model licence such as CreativeML "
                "OpenRAIL-M), keep it and name it in a License section of the README instead."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


def _unnamed_in_readme(repo: Repo, named: str, path: str | None) -> Problem:
    """A published licence GitHub does not list (read from a checkout's licence file), which
    the README does not name: the file is fine, the README should say what it is."""
    readme = repo.readme
    readme_path = readme.path if readme else "README.md"
    fmt = readme.format if readme else "markdown"
    link = licence_link(path, readme_path)
    line = (
        f"Licensed under the {repo.license_name}: see {markup.link(fmt, path or 'LICENSE', link)}."
    )
    return Problem(
        message=(
            f"{named} is the {repo.license_name}, a published licence that GitHub does not "
            f'list (it shows "Other"), and {readme_path} does not name it'
        ),
        file=path,
        fix=Fix(
            description=(
                f"Keep the licence, and name it in a {markup.heading(fmt, 'License')} section "
                f'of {readme_path}: "{line}"'
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="REP005",
    name="license-detectable",
    target=Target.REPO,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
)
