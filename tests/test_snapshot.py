"""The snapshot format: round trip, strict validation with field paths, versioning, atomic save."""

from __future__ import annotations

import json

import pytest

from portfolio.errors import SnapshotError
from portfolio.snapshot import (
    SCHEMA_VERSION,
    FileEntry,
    Readme,
    Release,
    Repo,
    Snapshot,
    SocialAccount,
    User,
    load_snapshot,
    save_snapshot,
)


def make_snapshot() -> Snapshot:
    repo = Repo(
        name="ml-utils",
        owner="octo",
        description="Small tools",
        topics=("machine-learning", "python"),
        languages={"Python": 1200, "Shell": 30},
        license="MIT",
        latest_release=Release(tag_name="v1.0.0", published_at="2026-01-02T00:00:00Z"),
        readme=Readme(path="README.md", format="markdown", text="# ml-utils\n"),
        files=(FileEntry(path="LICENSE", type="file", size=1070),),
    )
    return Snapshot(
        user=User(login="octo", name="Octo Cat", bio="ML engineer"),
        fetched_at="2026-11-21T12:00:00Z",
        repos=(repo,),
        social_accounts=(SocialAccount(provider="linkedin", url="https://linkedin.com/in/octo"),),
        unknown=("pinned",),
    )


def test_round_trip_is_lossless() -> None:
    snap = make_snapshot()
    again = Snapshot.from_json(snap.to_json())
    assert again == snap
    assert again.repos[0].topics == ("machine-learning", "python")
    assert again.schema_version == SCHEMA_VERSION


def test_unknown_fields_are_not_guessed() -> None:
    snap = make_snapshot()
    assert not snap.knows("pinned")
    assert snap.knows("profile_readme")
    assert snap.repo("octo/ml-utils") is snap.repos[0]
    assert snap.repo("ml-utils") is snap.repos[0]
    assert snap.repo("nope") is None


def test_wrong_type_names_the_field_path() -> None:
    data = json.loads(make_snapshot().to_json())
    data["repos"][0]["stars"] = "many"
    with pytest.raises(SnapshotError) as err:
        Snapshot.from_json(json.dumps(data), source="snap.json")
    assert str(err.value) == "snap.json: repos[0].stars: expected a whole number, got str"


def test_missing_required_field_is_named() -> None:
    data = json.loads(make_snapshot().to_json())
    del data["user"]["login"]
    with pytest.raises(SnapshotError, match=r"^snap.json: user.login: missing$"):
        Snapshot.from_json(json.dumps(data), source="snap.json")


def test_truncated_json_names_the_line() -> None:
    text = make_snapshot().to_json()
    with pytest.raises(SnapshotError, match=r"^snap.json:\d+: not valid JSON"):
        Snapshot.from_json(text[: len(text) // 2], source="snap.json")


def test_newer_schema_asks_for_an_upgrade() -> None:
    data = json.loads(make_snapshot().to_json())
    data["schema_version"] = SCHEMA_VERSION + 1
    with pytest.raises(SnapshotError, match="newer than this version of portfolio"):
        Snapshot.from_json(json.dumps(data))


def test_save_is_atomic_and_keeps_the_old_file_on_failure(tmp_path, monkeypatch) -> None:
    target = tmp_path / "snapshot.json"
    save_snapshot(make_snapshot(), target)
    before = target.read_text()
    assert load_snapshot(tmp_path) == make_snapshot()

    def boom(*_args, **_kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("portfolio.files.os.replace", boom)
    with pytest.raises(OSError):
        save_snapshot(Snapshot(user=User(login="other"), fetched_at="x"), target)
    assert target.read_text() == before
    assert [p.name for p in tmp_path.iterdir()] == ["snapshot.json"]


def test_missing_snapshot_says_how_to_create_it(tmp_path) -> None:
    with pytest.raises(SnapshotError) as err:
        load_snapshot(tmp_path)
    assert "no snapshot here" in str(err.value)
    assert "portfolio fetch" in err.value.hint


def test_saved_files_get_ordinary_permissions(tmp_path) -> None:
    import os
    import stat

    from portfolio.files import write_text_atomic

    old_umask = os.umask(0o022)
    try:
        fresh = tmp_path / "fresh.json"
        write_text_atomic(fresh, "{}")
        assert stat.S_IMODE(fresh.stat().st_mode) == 0o644
        kept = tmp_path / "kept.json"
        kept.write_text("old")
        kept.chmod(0o640)
        write_text_atomic(kept, "new")
        assert stat.S_IMODE(kept.stat().st_mode) == 0o640
    finally:
        os.umask(old_umask)
