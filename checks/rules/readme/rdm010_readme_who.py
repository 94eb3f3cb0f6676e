"""A README says who is behind the project and how to reach them or contribute.

What it does:
    Passes when the README analysis finds a *Who* or *Contribution* section, or a heading
    such as "Author", "Maintainers", "Contact", "Contributing", "Team", "Collaborators",
    "Governance", "Credits" or "Acknowledgements" (also in Chinese, Japanese, Spanish,
    Portuguese, French, German, Italian and Russian), or a contact route (an email link, a
    link to CONTRIBUTING, to the project's Discord, Slack, Gitter, Matrix, Zulip or IRC
    chat, to its GitHub Discussions or issue tracker, a Discourse forum or a mailing list,
    or to a LinkedIn, X, Bluesky or Mastodon profile, badges included), or wording such as
    "made by", "created by", "maintained by", "mailing list", "get involved", or
    a citation that names the authors (a BibTeX ``author = {...}`` field).
    A README not in English (written mostly in Chinese, Japanese, Korean, Cyrillic or
    Arabic script, or with at least three times more common words of Spanish, Portuguese,
    French, Italian, German, Dutch, Turkish or Indonesian than of English), where none of
    that is found, gets an inconclusive result: the wording this rule looks for is mostly
    English.

Why it matters:
    A project with a named person behind it is one people can trust, credit and hire. For a
    portfolio, the README is where your work and your name meet.

Example:
    Fails: a README that never says who wrote it or where to ask questions.
    Passes: "## Author\n\nAda Lovelace, [@ada](https://github.com/ada), ada@example.org".

How to fix:
    Add an "Author" or "Contact" section with your name and a way to reach you, or a
    "Contributing" section saying how others can help.

Fix safety:
    Display-only: how you want to be reached is your choice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import CONTRIBUTION, WHO
from checks.readme_for import readme_and_analysis, sections_found, unread_wording, where

_WHO_HEADING = re.compile(
    r"\b(authors?|authorship|maintainers?|maintained by|contact|contacts|contributing|"
    r"contribut\w+|team|credits?|acknowledge?ments?|thanks|about (?:me|us|the author)|"
    r"support|community|help|questions|feedback|who|collaborators|governance|"
    r"(?:core |team |project |current |group )members|(?:steering|technical) committee)\b",
    re.IGNORECASE,
)
_WHO_WORDS = re.compile(
    r"\b(made|created|written|developed|built|maintained|designed) (?:with [^.\n]{0,40} )?by\b|"
    r"\bcontact (?:me|us)\b|\breach (?:me|us|out)\b|\bpull requests? (?:are )?welcome\b|"
    r"\bcontributions? (?:are )?welcome\b|\bopen an issue\b|\bmailing lists?\b|"
    r"\bget involved\b|\btalk to (?:us|the (?:developers|maintainers|team|authors?))\b|"
    # A citation names the authors: BibTeX's author field, CITATION.cff's authors list.
    r"\bauthors?\s*[=:]\s*[{\"\[\n]",
    re.IGNORECASE,
)


# The same headings in other languages that READMEs are often written in, for READMEs with
# an English part beside another language (no \b: Chinese and Japanese put no spaces).
_WHO_HEADING_ELSEWHERE = re.compile(
    r"作者|联系|聯繫|贡献|貢獻|维护者|維護者|致谢|致謝|連絡|お問い合わせ|謝辞|"
    r"\b(?:autor|autores|contacto|contato|contribuir|auteurs?|remerciements|kontakt|"
    r"mitwirken|autore|contatti|ringraziamenti|автор\w*|контакт\w*|благодарност\w*)\b",
    re.IGNORECASE,
)


# Where a project's people answer: a chat server or forum of its own is a way to reach them.
_COMMUNITY_LINK = re.compile(
    r"^(?:ircs?://|https?://(?:www\.)?(?:discord\.gg/|discord\.com/invite/|gitter\.im/|"
    r"join\.slack\.com/|[\w-]+\.slack\.com/|matrix\.to/|[\w-]+\.zulipchat\.com/|"
    r"github\.com/[\w.-]+/[\w.-]+/discussions|"
    # IRC through the web, a Discourse forum, a mailing list.
    r"web\.libera\.chat/|kiwiirc\.com/|(?:discuss|discourse)\.[\w-]+\.\w+|"
    r"groups\.google\.com/(?:g|forum)/|[\w.-]+/mailman/listinfo/|lists\.[\w-]+\.\w+/))",
    re.IGNORECASE,
)


# A person's or team's own page on a social network: LinkedIn, X (Twitter), Bluesky, Mastodon.
_PERSON_LINK = re.compile(
    r"^https?://(?:www\.)?(?:[a-z]{2}\.)?(?:linkedin\.com/in/[\w%-]+|"
    r"(?:twitter|x)\.com/(?!intent/|share|home|search|hashtag/|i/)\w{1,15}|"
    r"bsky\.app/profile/[\w.-]+|[\w.-]+/@\w+)/?(?:[?#].*)?$",
    re.IGNORECASE,
)


def _who_heading(heading: str) -> bool:
    return bool(_WHO_HEADING.search(heading) or _WHO_HEADING_ELSEWHERE.search(heading))


def _own_issues(url: str, ctx: RepoContext) -> bool:
    """A link to the project's own issue tracker: where its maintainers answer."""
    own = f"github.com/{ctx.repo.owner}/{ctx.repo.name}/issues".lower()
    return url.lower().split("://", 1)[-1].removeprefix("www.").startswith(own)


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if analysis.has(WHO) or analysis.has(CONTRIBUTION):
        return
    if any(_who_heading(s.heading) for s in analysis.sections):
        return
    if any(
        link.url.lower().startswith("mailto:")
        or "contributing" in link.url.lower()
        or _COMMUNITY_LINK.match(link.url)
        or _PERSON_LINK.match(link.url)
        or _own_issues(link.url, ctx)
        for link in analysis.links
    ):
        return
    if _WHO_WORDS.search(readme.text):
        return
    unread = unread_wording(
        ctx.repo, readme, analysis, "who is behind the project or how to reach them"
    )
    if unread is not None:
        yield unread
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} does not say who is behind the project or how to reach them "
            f"({sections_found(analysis)})"
        ),
        fix=Fix(
            description=(
                f'Add an "Author" or "Contact" section at the end of {readme.path} with your '
                f"name and a way to reach you (e.g. https://github.com/{ctx.repo.owner}), or a "
                '"Contributing" section saying how others can help.'
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="RDM010",
    name="readme-who",
    target=Target.README,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
