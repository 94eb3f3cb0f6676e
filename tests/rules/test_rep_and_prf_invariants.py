"""Every profile and repository rule, on arbitrary snapshots: never crashes, always actionable.

Hypothesis builds repos and profiles from realistic pieces (file names that trigger rules,
unknown fields, empty and forked repos). Whatever it builds, each problem a PRF/REP rule yields
must be either inconclusive, or carry a fix that matches its safety: a safe fix creates files,
an unsafe one is an exact ``gh`` command, and every fix says in words what to do.
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.model import FixSafety, ProfileContext, RepoContext, Target
from checks.rules import RULES
from portfolio.snapshot import FileEntry, Readme, Release, Repo, Snapshot, SocialAccount, User

PATHS = [
    "README.md", "LICENSE", "setup.py", "pyproject.toml", "src", "src/lib.rs", "Cargo.toml",
    ".github", ".github/workflows", ".github/workflows/ci.yml", "tests", "tests/test_a.py",
    ".env", ".env.example", "id_rsa", "node_modules", "node_modules/x.js", "__pycache__",
    "model.ckpt", "app.exe", "index.html", "CHANGELOG.md", "docs", "docs/conf.py",
    "notebook.ipynb", "requirements.txt", ".gitignore", "CONTRIBUTING.md", "SECURITY.md",
]  # fmt: skip
TEXTS = ["", "# x\n", "### Hi there 👋\n<!-- ideas -->\n", "# T\n\n## License\nMIT\n",
         "I'm Ada, an engineer. [x](https://github.com/octo/x) https://octo.dev\n",
         "**Status:** finished\n", "[in](https://linkedin.com/in/other)\n"]  # fmt: skip
TIMES = st.sampled_from([None, "2020-01-01T00:00:00Z", "2026-11-01T00:00:00Z", "not a date"])
REPO_UNKNOWN = ["files", "readme", "topics", "license", "homepage", "latest_release"]


@st.composite
def repos(draw: st.DrawFn) -> Repo:
    chosen = draw(st.lists(st.sampled_from(PATHS), unique=True, max_size=8))
    files = tuple(
        FileEntry(path=p, type="file" if "." in p.rpartition("/")[2] else "dir",
                  size=draw(st.sampled_from([None, 10, 600_000_000])))
        for p in chosen
    )  # fmt: skip
    text = draw(st.sampled_from([None, *TEXTS]))
    return Repo(
        name=draw(st.sampled_from(["ml-utils", "octo", "hello-world", "octo.github.io"])),
        owner="octo",
        description=draw(st.sampled_from([None, "", "A parsing library", "x" * 400])),
        homepage=draw(st.sampled_from([None, "https://octo.dev"])),
        topics=tuple(
            draw(st.lists(st.sampled_from(["python", "library", "streamlit"]), unique=True))
        ),
        language=draw(st.sampled_from([None, "Python", "Jupyter Notebook", "Rust", "Haskell"])),
        license=draw(st.sampled_from([None, "MIT", "NOASSERTION"])),
        fork=draw(st.booleans()),
        archived=draw(st.booleans()),
        is_empty=draw(st.booleans()),
        has_pages=draw(st.booleans()),
        created_at=draw(TIMES),
        pushed_at=draw(TIMES),
        latest_release=draw(st.sampled_from([None, Release(tag_name="v1")])),
        readme=None if text is None else Readme(path="README.md", format="markdown", text=text),
        files=files,
        files_complete=draw(st.booleans()),
        unknown=tuple(draw(st.lists(st.sampled_from(REPO_UNKNOWN), unique=True, max_size=2))),
    )


@st.composite
def snapshots(draw: st.DrawFn) -> Snapshot:
    repo_list = draw(st.lists(repos(), max_size=4))
    text = draw(st.sampled_from([None, *TEXTS]))
    return Snapshot(
        user=User(
            login="octo",
            name=draw(st.sampled_from([None, "", "octo", "Ada Lovelace"])),
            bio=draw(
                st.sampled_from([None, "", "Dev", "ML engineer working on search", "x" * 200])
            ),
            blog=draw(
                st.sampled_from(
                    [
                        None,
                        "",
                        "https://octo.dev",
                        "https://github.com/octo",
                        "https://linkedin.com/in/octo",
                    ]
                )
            ),
            email=draw(st.sampled_from([None, "octo@example.com"])),
        ),
        fetched_at=draw(st.sampled_from(["2026-11-21T12:00:00Z", "garbage"])),
        repos=tuple(repo_list),
        social_accounts=tuple(
            SocialAccount(provider=p, url=u)
            for p, u in draw(
                st.lists(
                    st.sampled_from(
                        [
                            ("linkedin", "https://linkedin.com/in/octo"),
                            ("twitter", "https://x.com/octo"),
                        ]
                    ),
                    unique=True,
                )
            )
        ),
        pinned=tuple(
            draw(
                st.lists(
                    st.sampled_from([f"octo/{r.name}" for r in repo_list] + ["pallets/flask"]),
                    unique=True,
                    max_size=6,
                )
            )
            if repo_list
            else []
        ),
        profile_readme=None if text is None else Readme("README.md", "markdown", text),
        unknown=tuple(
            draw(
                st.lists(
                    st.sampled_from(["pinned", "social_accounts", "profile_readme"]), unique=True
                )
            )
        ),
    )


MINE = [rule for rule in RULES.values() if rule.id[:3] in ("PRF", "REP")]


def assert_actionable(problems) -> None:
    for problem in problems:
        assert problem.message.strip()
        if problem.inconclusive:
            continue
        fix = problem.fix
        assert fix is not None and fix.description.strip(), problem.message
        if fix.safety is FixSafety.SAFE:
            assert fix.creates, problem.message
        if fix.safety is FixSafety.UNSAFE:
            assert fix.command and fix.command.startswith("gh "), problem.message


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(snapshots(), st.booleans())
def test_rules_never_crash_and_every_problem_is_actionable(snapshot, showcase) -> None:
    profile = ProfileContext(snapshot=snapshot, showcase=frozenset(snapshot.pinned))
    for rule in MINE:
        if rule.target is Target.PROFILE:
            assert_actionable(list(rule.check(profile)))
            continue
        for repo in snapshot.repos:
            ctx = RepoContext(repo=repo, snapshot=snapshot, showcase=showcase)
            assert_actionable(list(rule.check(ctx)))
