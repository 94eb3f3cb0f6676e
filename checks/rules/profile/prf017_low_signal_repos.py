"""Empty repositories, untouched forks and practice repos do not bury your real work.

What it does:
    Lists your public, unarchived repositories that add noise rather than signal: empty
    ones, forks with no commits of yours (GitHub moves a fork's push date past its creation
    date only when it gets its own commits) and tutorial or practice repos recognised by
    name ("hello-world", "test", "...-tutorial", "...-course"). Pinned ones are PRF016's
    business. One finding lists them all, with the commands to tidy each up.

Why it matters:
    Your repository list is sorted by recent activity, not quality: five course exercises
    and untouched forks push your real projects off the first screen, and a skimming visitor
    judges you by them.

Example:
    Fails: public repositories ``hello-world`` (a tutorial), ``test`` (empty) and a fork
    of ``psf/requests`` you never changed.
    Passes: the fork deleted, ``hello-world`` made private, ``test`` deleted.

How to fix:
    For each repository listed: archive it (``gh repo archive OWNER/NAME``) if it is
    finished work, make it private (``gh repo edit OWNER/NAME --visibility private
    --accept-visibility-change-consequences``) if it is just for you, or delete it
    (``gh repo delete OWNER/NAME``) if it has no value; a fork can always be forked again.

Fix safety:
    Display-only: archiving, hiding and deleting are choices only you can make, and deleting
    cannot be undone.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, ProfileContext, Rule, Severity, Target
from checks.repo_kinds import low_signal_reason


def check(ctx: ProfileContext) -> Iterator[Problem]:
    snapshot = ctx.snapshot
    login = snapshot.user.login.lower()
    pinned = set(snapshot.pinned)
    noisy = []
    for repo in snapshot.repos:
        if repo.archived or repo.full_name in pinned or repo.name.lower() == login:
            continue
        reason = low_signal_reason(repo)
        if reason:
            noisy.append((repo, reason))
    if not noisy:
        return
    listed = "; ".join(f"`{repo.name}` ({reason})" for repo, reason in noisy)
    commands = []
    for repo, reason in noisy:
        if reason.startswith("it is a fork") or repo.is_empty:
            commands.append(f"gh repo delete {repo.full_name}")
        else:
            commands.append(
                f"gh repo edit {repo.full_name} --visibility private "
                "--accept-visibility-change-consequences"
            )
    count = len(noisy)
    yield Problem(
        message=(
            f"{count} public repo{'s add' if count > 1 else ' adds'} noise to your profile: "
            f"{listed}"
        ),
        fix=Fix(
            description=(
                "For each one, archive it (`gh repo archive OWNER/NAME`) if it is finished "
                "work, make it private if it is just for you, or delete it if it has no value. "
                "Suggested: " + "; ".join(f"`{c}`" for c in commands)
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
    )


RULE = Rule(
    id="PRF017",
    name="low-signal-repos",
    target=Target.PROFILE,
    severity=Severity.INFO,
    check=check,
    doc=__doc__,
)
