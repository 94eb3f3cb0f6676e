"""PRF013 links-consistent: README links agree with profile fields; README links the site."""

from __future__ import annotations

from builders import make_snapshot, make_user, messages, profile_ctx, run

from checks.rules.profile.prf013_links_consistent import RULE

SOCIAL = (("linkedin", "https://www.linkedin.com/in/octo-cat"),)


def ctx(text: str, **user_fields):
    user = make_user(blog="https://octo.dev", twitter_username="octo", **user_fields)
    return profile_ctx(make_snapshot(user, social=SOCIAL, profile_readme=text))


def test_consistent_links_pass() -> None:
    text = (
        "I'm Octo. [site](https://octo.dev/) · [in](https://linkedin.com/in/octo-cat/) · "
        "[x](https://x.com/octo) · [share](https://twitter.com/intent/tweet?text=hi)\n"
    )
    assert messages(RULE, ctx(text)) == []


def test_conflicts_are_reported_at_their_line() -> None:
    text = "I'm Octo.\n\n[LinkedIn](https://linkedin.com/in/octocat-old)\nhttps://twitter.com/octo_old\n"
    problems = run(RULE, ctx(text))
    assert [(p.message, p.line) for p in problems] == [
        (
            "your profile README links LinkedIn https://linkedin.com/in/octocat-old but your "
            "profile says https://www.linkedin.com/in/octo-cat",
            3,
        ),
        (
            "your profile README links Twitter/X https://twitter.com/octo_old but your profile "
            "says https://twitter.com/octo",
            4,
        ),
        ("your profile README does not link your website (https://octo.dev)", None),
    ]


def test_nothing_to_compare() -> None:
    snapshot = make_snapshot(profile_readme="I'm Octo. [in](https://linkedin.com/in/x)\n")
    assert messages(RULE, profile_ctx(snapshot)) == []
    assert messages(RULE, profile_ctx(make_snapshot())) == []
