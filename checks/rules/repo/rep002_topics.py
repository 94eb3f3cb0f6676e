"""A repository has topics, so people browsing a subject can find it.

What it does:
    Checks that the repository has at least one topic (showcase repositories: at least
    three) and suggests topics from its language and files.

Why it matters:
    Topics are how GitHub's search and topic pages group projects, and they tell a visitor in
    one glance what a project is about. A project without topics is invisible to anyone
    browsing ``github.com/topics/machine-learning``.

Example:
    Fails: a Python library with no topics.
    Passes: topics ``python``, ``embeddings``, ``nearest-neighbour-search``.

How to fix:
    On the repository page click the gear next to "About" and add topics, or run
    ``gh repo edit OWNER/NAME --add-topic python --add-topic embeddings``.

Fix safety:
    Unsafe: it changes a public repository setting, so it is printed as a ``gh`` command.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks import repo_kinds
from checks.model import ApiChange, Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target

OPTIONS = {"min_topics": 1, "showcase_min_topics": 3}

# GitHub topics are lower case with hyphens; a few language names need spelling out.
_LANGUAGE_TOPICS = {
    "C++": "cpp",
    "C#": "csharp",
    "F#": "fsharp",
    "Jupyter Notebook": "jupyter-notebook",
}
_FILE_TOPICS = {
    "dockerfile": "docker",
    "*.ipynb": "jupyter-notebook",
    "streamlit_app.py": "streamlit",
    "mkdocs.yml": "documentation",
    "action.yml": "github-actions",
    "manage.py": "django",
    "next.config.*": "nextjs",
    "vite.config.*": "vite",
}


def suggested_topics(ctx: RepoContext) -> list[str]:
    """Topics the repository's language and files point to, minus those it already has."""
    repo = ctx.repo
    found: list[str] = []
    for language in [repo.language, *sorted(repo.languages, key=repo.languages.get, reverse=True)]:
        if language:
            found.append(_LANGUAGE_TOPICS.get(language, language.lower().replace(" ", "-")))
    for pattern, topic in _FILE_TOPICS.items():
        if repo_kinds.find_files(repo, pattern):
            found.append(topic)
    have = {t.lower() for t in repo.topics}
    unique = [t for t in dict.fromkeys(found) if t not in have]
    return unique[:5]


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    options = {**OPTIONS, **ctx.options}
    if repo.is_empty or repo_kinds.is_profile_repo(repo):
        return  # nothing to describe yet; PRF017 lists empty repos
    if not repo.knows("topics"):
        yield Problem(
            message=f"the topics of `{repo.name}` are unknown: the fetch could not get them",
            inconclusive=True,
        )
        return
    needed = options["showcase_min_topics"] if ctx.showcase else options["min_topics"]
    have = len(repo.topics)
    if have >= needed:
        return
    known = suggested_topics(ctx)
    suggestions = known or ["TOPIC"]
    command = f"gh repo edit {repo.full_name} " + " ".join(f"--add-topic {t}" for t in suggestions)
    fix = Fix(
        description=(
            f'On github.com/{repo.full_name} click the gear next to "About" and add topics '
            f"that say what it is about (for example: {', '.join(suggestions)})."
        ),
        safety=FixSafety.UNSAFE,
        command=command,
        # --apply adds only topics derived from the repo itself, never the placeholder.
        api=ApiChange.add_topics(repo.full_name, known) if known else None,
    )
    if have == 0:
        message = f"`{repo.name}` has no topics"
    else:
        listed = ", ".join(repo.topics)
        message = (
            f"`{repo.name}` has {have} topic{'s' if have > 1 else ''} ({listed}); "
            f"a showcase repo needs at least {needed} so people find it"
        )
    yield Problem(message=message, fix=fix)


RULE = Rule(
    id="REP002",
    name="repo-topics",
    target=Target.REPO,
    severity=Severity.INFO,
    showcase_severity=Severity.WARNING,
    options=OPTIONS,
    check=check,
    doc=__doc__,
)
