"""A README names the project's licence.

What it does:
    Passes when the README mentions a licence: a "License" / "Licence" section or word, a
    licence name or SPDX id (MIT, Apache-2.0, GPL, BSD, MPL, CC-BY, Unlicense...), a licence
    badge, a link to the LICENSE file, or "public domain".

Why it matters:
    People can only reuse code whose licence they know; many check the README, not the file
    list. Naming it in the README (one line is enough) removes the doubt.

Example:
    Fails: a README that ends with "Contact" and never says how the code may be used.
    Passes: a last section "## License" that says "MIT, see the LICENSE file."

How to fix:
    Add a last section "## License" saying which licence applies, linking the LICENSE file.

Fix safety:
    Display-only: the choice of licence is yours (the repo rule about LICENSE files helps).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks import readme_markup as markup
from checks import repo_kinds
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme_for import readme_and_analysis, sections_found, where
from checks.rules.repo.rep004_license import licence_file, licence_link
from portfolio.snapshot import Readme, Repo

_LICENCE_WORDS = re.compile(
    r"\b(licen[cs]e[ds]?|licensing|copyright|copyleft|public domain|unlicense|spdx)\b|©",
    re.IGNORECASE,
)
# Licence names are matched in capitals only: "mit" or "isc" in prose are other words.
_LICENCE_NAMES = re.compile(
    r"\b(MIT|Apache[- ]?2(?:\.0)?|Apache License|[AL]?GPL(?:-?v?\d(?:\.\d)?)?|BSD|MPL|EUPL|ISC|"
    r"CC[- ]BY(?:-\w+)*|CC0|WTFPL|Zlib|Boost Software)\b"
)


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if _LICENCE_WORDS.search(readme.text) or _LICENCE_NAMES.search(readme.text):
        return
    known = ctx.repo.license if ctx.repo.license and ctx.repo.license != "NOASSERTION" else None
    if ctx.repo.license == "NOASSERTION" and ctx.repo.license_name:
        known = ctx.repo.license_name  # a published licence GitHub does not list
    yield Problem(
        message=(f"{where(ctx.repo)} does not mention a licence ({sections_found(analysis)})"),
        fix=Fix(description=_fix(ctx.repo, readme, known), safety=FixSafety.DISPLAY_ONLY),
        file=readme.path,
    )


def _fix(repo: Repo, readme: Readme, known: str | None) -> str:
    readme_path = readme.path
    section = f"add a last section {markup.heading(readme.format, 'License')} to {readme_path}"
    path = licence_file(repo)
    link = licence_link(path, readme_path)
    if known:
        # An SPDX id reads "the MIT licence"; a full name already says what it is.
        full_name = re.search(r"licen[cs]e|terms", known, re.IGNORECASE)
        licence = known if full_name else f"{known} licence"
        line = (
            f"This project is licensed under the {licence}: see "
            f"{markup.link(readme.format, 'LICENSE', link)}."
        )
        return f'{section[0].upper()}{section[1:]} saying: "{line}".'
    if path is None and repo_kinds.files_known(repo):
        # Nothing to name or link yet: the README section comes second.
        return (
            f"`{repo.name}` has no licence file yet (see REP004): add a LICENSE file first, "
            f"then {section} naming that licence and linking "
            f"{markup.link(readme.format, 'LICENSE', link)}."
        )
    return (
        f"{section[0].upper()}{section[1:]} naming the licence and linking the "
        f"{path or 'LICENSE'} file."
    )


RULE = Rule(
    id="RDM009",
    name="readme-license",
    target=Target.README,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
