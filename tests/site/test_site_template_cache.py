"""Compiled templates kept between builds: fewer compilations, the same site, never a failure."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from sample_site import copy_sample, tree

from portfolio.site.build import build_site
from portfolio.site.template_cache import (
    TemplateCache,
    default_template_cache_dir,
    options_fingerprint,
)


@pytest.fixture
def compiled(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the templates Jinja really compiled (not loaded from the cache)."""
    names: list[str] = []
    original = jinja2.Environment.compile

    def counting(self, source, name=None, filename=None, raw=False, defer_init=False):
        names.append(name)
        return original(self, source, name, filename, raw, defer_init)

    monkeypatch.setattr(jinja2.Environment, "compile", counting)
    return names


def _build(profile: Path, out: Path, cache: Path):
    return build_site(profile, out, environ={"XDG_CACHE_HOME": str(cache)})


def test_a_second_build_compiles_no_template_and_writes_the_same_site(
    tmp_path: Path, compiled: list[str]
) -> None:
    profile = copy_sample(tmp_path)
    _build(profile, tmp_path / "first", tmp_path / "cache")
    assert len(set(compiled)) >= 10  # the theme's templates
    entries = list((tmp_path / "cache" / "portfolio-kit" / "templates").glob("*.cache"))
    assert entries
    assert not (profile / ".cache" / "templates").exists()  # never in the profile folder

    compiled.clear()
    _build(profile, tmp_path / "second", tmp_path / "cache")
    assert [name for name in compiled if name is not None] == []
    assert tree(tmp_path / "second") == tree(tmp_path / "first")


def test_a_changed_template_is_compiled_again(tmp_path: Path, compiled: list[str]) -> None:
    profile = copy_sample(tmp_path)
    _build(profile, tmp_path / "first", tmp_path / "cache")
    override = profile / "templates" / "footer.html"
    override.parent.mkdir(exist_ok=True)
    override.write_text('<footer class="site-footer"><p>My own footer</p></footer>\n')
    compiled.clear()
    _build(profile, tmp_path / "second", tmp_path / "cache")
    assert "footer.html" in compiled
    assert "My own footer" in (tmp_path / "second" / "index.html").read_text()


def test_damaged_entries_and_an_unwritable_cache_do_not_stop_a_build(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    _build(profile, tmp_path / "reference", tmp_path / "cache")
    for entry in (tmp_path / "cache" / "portfolio-kit" / "templates").glob("*.cache"):
        entry.write_bytes(entry.read_bytes()[:40])  # cut short: not loadable
    _build(profile, tmp_path / "damaged", tmp_path / "cache")
    assert tree(tmp_path / "damaged") == tree(tmp_path / "reference")

    # Only the templates' folder is blocked: the rendered READMEs' one beside it is not.
    blocked = tmp_path / "blocked"
    (blocked / "portfolio-kit").mkdir(parents=True)
    (blocked / "portfolio-kit" / "templates").write_text("a file where the cache folder would be")
    result = _build(profile, tmp_path / "no-cache", blocked)
    assert result.warnings == ()
    assert tree(tmp_path / "no-cache") == tree(tmp_path / "reference")


def test_other_options_use_other_entries_and_old_ones_are_pruned(tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    options = {"autoescape": True, "trim_blocks": True}
    old = TemplateCache(folder, options)
    (folder / f"{old.prefix}-abc.cache").write_bytes(b"x")
    (folder / "notes.txt").write_text("not ours")
    new = TemplateCache(folder, {**options, "trim_blocks": False})
    assert new.prefix != old.prefix == options_fingerprint(dict(options))
    new.prune()
    assert not (folder / f"{old.prefix}-abc.cache").exists()
    assert (folder / "notes.txt").exists()


def test_the_cache_folder_follows_xdg() -> None:
    assert default_template_cache_dir({"XDG_CACHE_HOME": "/c"}) == Path(
        "/c/portfolio-kit/templates"
    )
    assert default_template_cache_dir({}).parts[-3:] == (".cache", "portfolio-kit", "templates")
