"""Building the sample profile: what every page carries, and what a build never destroys."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from sample_site import copy_sample, html_pages, soup, tree

from portfolio import cli
from portfolio.errors import BuildError, ConfigError, UsageError
from portfolio.site.build import build_site
from portfolio.site.output import MARKER_FILENAME

BASE = "https://ines-okoro-ml.github.io"


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    tmp = tmp_path_factory.mktemp("built")
    profile = copy_sample(tmp)
    build_site(profile, tmp / "site")
    return tmp / "site"


def test_the_sample_builds_every_kind_of_page(built: Path) -> None:
    for path in [
        "index.html",
        "projects/index.html",
        "projects/tabcheck/index.html",
        "projects/topics/data-quality/index.html",
        "projects/languages/python/index.html",
        "cv/index.html",
        "publications/index.html",
        "talks/index.html",
        "blog/index.html",
        "blog/tags/index.html",
        "uses/index.html",
        "404.html",
        "sitemap.xml",
        "robots.txt",
        "feeds/all.atom.xml",
        "theme/css/style.css",
        "theme/css/print.css",
        MARKER_FILENAME,
    ]:
        assert (built / path).is_file(), path


def test_every_page_has_its_own_title_description_canonical_and_social_tags(built: Path) -> None:
    titles: dict[str, str] = {}
    for page in html_pages(built):
        doc = soup(page)
        name = str(page.relative_to(built))
        head = doc.head
        first = head.find(True)
        assert first.name == "meta" and first.get("http-equiv") == "Content-Security-Policy", name
        csp = first["content"]
        assert "default-src 'none'" in csp and "script-src" not in csp, name
        title = head.title.get_text()
        assert title and title not in titles, f"{name} repeats the title of {titles.get(title)}"
        titles[title] = name
        description = head.find("meta", attrs={"name": "description"})["content"]
        assert len(description) > 10, name
        canonical = head.find("link", rel="canonical")["href"]
        assert canonical.startswith(BASE + "/"), name
        assert head.find("meta", property="og:title")["content"] == title, name
        assert head.find("meta", property="og:url")["content"] == canonical, name
        assert head.find("meta", attrs={"name": "twitter:card"}), name
        assert doc.html["lang"] == "en", name


def test_canonical_urls_are_the_pages_own_addresses(built: Path) -> None:
    doc = soup(built / "projects/tabcheck/index.html")
    assert doc.find("link", rel="canonical")["href"] == f"{BASE}/projects/tabcheck/"
    assert soup(built / "index.html").find("link", rel="canonical")["href"] == f"{BASE}/"


def test_json_ld_person_on_home_and_software_on_project_pages(built: Path) -> None:
    def ld(path: str) -> dict:
        script = soup(built / path).find("script", type="application/ld+json")
        return json.loads(script.string)

    home = ld("index.html")
    assert home["@type"] == "ProfilePage"
    assert home["mainEntity"]["@type"] == "Person"
    assert home["mainEntity"]["name"] == "Ines Okoro"
    assert "https://www.linkedin.com/in/ines-okoro-ml" in home["mainEntity"]["sameAs"]
    project = ld("projects/tabcheck/index.html")
    assert project["@type"] == "SoftwareSourceCode"
    assert project["codeRepository"] == "https://github.com/ines-okoro-ml/tabcheck"
    assert project["license"] == "https://spdx.org/licenses/MIT.html"


def test_pages_carry_no_script_and_no_inline_style(built: Path) -> None:
    for page in html_pages(built):
        doc = soup(page)
        name = str(page.relative_to(built))
        for script in doc.find_all("script"):
            assert script.get("type") == "application/ld+json", name
        assert not doc.find("style"), name
        assert not doc.find(attrs={"style": True}), name
        assert not doc.find(attrs={"onload": True}) and not doc.find(attrs={"onerror": True})


def test_project_page_shows_the_readme_and_the_facts(built: Path) -> None:
    doc = soup(built / "projects/tabcheck/index.html")
    facts = doc.find("aside").get_text(" ", strip=True)
    for expected in ("Python", "Stars 412", "MIT", "Code on GitHub"):
        assert expected in facts
    assert doc.find(class_="readme").find("pre"), "the README's code blocks are rendered"


@pytest.mark.parametrize(
    ("license", "license_name", "shown"),
    [
        ("NOASSERTION", "CC BY-NC 4.0", "Licence CC BY-NC 4.0"),
        ("NOASSERTION", None, "Licence other (see its licence file)"),
        (None, None, "Licence none stated"),
    ],
)
def test_the_licence_fact_names_a_licence_github_could_not(
    tmp_path: Path, license: str | None, license_name: str | None, shown: str
) -> None:
    profile = copy_sample(tmp_path)
    data = json.loads((profile / "snapshot.json").read_text())
    (repo,) = [r for r in data["repos"] if r["name"] == "tabcheck"]
    repo["license"], repo["license_name"] = license, license_name
    (profile / "snapshot.json").write_text(json.dumps(data))
    build_site(profile, tmp_path / "site")
    page = soup(tmp_path / "site/projects/tabcheck/index.html")
    assert shown in page.find("aside").get_text(" ", strip=True)
    # Only an SPDX id goes into the page's machine-readable facts.
    assert "license" not in json.loads(page.find("script", type="application/ld+json").string)


def test_topic_and_language_filters_are_static_pages(built: Path) -> None:
    index = soup(built / "projects/index.html")
    filters = [a["href"] for a in index.select(".filter a")]
    # Relative to projects/index.html, whose SITEURL is "..".
    assert "../projects/topics/data-quality/" in filters
    assert "../projects/languages/python/" in filters
    topic = soup(built / "projects/topics/data-quality/index.html")
    names = [h.get_text(strip=True) for h in topic.select(".card-title")]
    assert "tabcheck" in names
    current = topic.select('.filter a[aria-current="page"]')
    assert [a.get_text(" ", strip=True) for a in current] == ["data-quality 1"]


def test_sitemap_lists_every_page_but_the_404(built: Path) -> None:
    sitemap = (built / "sitemap.xml").read_text()
    locs = re.findall(r"<loc>([^<]+)</loc>", sitemap)
    assert f"{BASE}/" in locs and f"{BASE}/projects/tabcheck/" in locs
    assert f"{BASE}/blog/shipping-a-dataset-validation-library/" in locs
    assert not any("404" in loc for loc in locs)
    assert len(locs) == len(set(locs))
    assert (built / "robots.txt").read_text().endswith(f"Sitemap: {BASE}/sitemap.xml\n")


def test_the_404_page_links_from_the_site_root(built: Path) -> None:
    doc = soup(built / "404.html")
    hrefs = [link["href"] for link in doc.find_all("link", rel="stylesheet")]
    assert hrefs[0] == "/theme/css/style.css"


def test_the_accent_colour_comes_as_a_stylesheet(built: Path) -> None:
    assert (built / "theme/css/accent.css").read_text() == ":root{--accent:#0f766e}\n"


@pytest.mark.parametrize("theme", ["default", "academic"])
def test_home_page_weighs_under_50_kb_of_html_and_css(tmp_path: Path, theme: str) -> None:
    profile = copy_sample(tmp_path)
    build_site(profile, tmp_path / "site", theme=theme)
    site = tmp_path / "site"
    doc = soup(site / "index.html")
    sheets = [
        link["href"]
        for link in doc.find_all("link", rel="stylesheet")
        if link.get("media") != "print"
    ]
    weight = (site / "index.html").stat().st_size + sum(
        (site / href.removeprefix("./")).stat().st_size for href in sheets
    )
    assert weight < 50_000, f"{theme}: {weight} bytes"


def test_two_builds_of_the_same_data_are_identical(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    build_site(profile, tmp_path / "one")
    build_site(profile, tmp_path / "two")
    assert tree(tmp_path / "one") == tree(tmp_path / "two")


def test_a_failed_build_leaves_the_previous_site_intact(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    site = tmp_path / "site"
    build_site(profile, site)
    before = tree(site)
    # A template override with a mistake makes Pelican fail half-way through writing.
    (profile / "templates").mkdir()
    (profile / "templates" / "cv.html").write_text(
        "{% extends 'base.html' %}{% block content %}{{ nope() }}{% endblock %}"
    )
    with pytest.raises(BuildError, match="the site was not built"):
        build_site(profile, site)
    assert tree(site) == before
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_a_profile_with_errors_writes_nothing(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    text = (profile / "profile.yaml").read_text()
    (profile / "profile.yaml").write_text(text.replace("theme: default", "theme: [1, 2]"))
    with pytest.raises(ConfigError):
        build_site(profile, tmp_path / "site")
    assert not (tmp_path / "site").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["profile"]


def test_refuses_to_replace_a_folder_it_did_not_make(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "thesis.tex").write_text("precious")
    with pytest.raises(UsageError, match="not made by `portfolio build`"):
        build_site(profile, foreign)
    assert [p.name for p in foreign.iterdir()] == ["thesis.tex"]


def test_an_empty_folder_and_our_own_site_are_replaced(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    site = tmp_path / "site"
    site.mkdir()
    build_site(profile, site)
    (site / "stale.html").write_text("old")
    build_site(profile, site)
    assert not (site / "stale.html").exists()
    assert (site / "index.html").is_file()


def test_templates_in_the_profile_folder_override_the_theme(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    (profile / "templates").mkdir()
    (profile / "templates" / "footer.html").write_text(
        '<footer class="mine">My own footer</footer>'
    )
    build_site(profile, tmp_path / "site")
    assert soup(tmp_path / "site/index.html").find("footer", class_="mine")


def test_site_theme_may_be_a_folder_of_the_profile(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    theme = profile / "my-theme"
    (theme / "templates").mkdir(parents=True)
    (theme / "theme.yaml").write_text("extends: default\n")
    (theme / "templates" / "home.html").write_text(
        "{% extends 'base.html' %}{% block content %}<h1>Hand-made</h1>{% endblock %}"
    )
    build_site(profile, tmp_path / "site", theme="./my-theme")
    assert soup(tmp_path / "site/index.html").h1.get_text() == "Hand-made"


def test_an_unknown_theme_is_a_clear_error(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    with pytest.raises(ConfigError, match="--theme: no theme `nope`"):
        build_site(profile, tmp_path / "site", theme="nope")


def test_profile_may_not_override_the_settings_portfolio_owns(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    text = (profile / "profile.yaml").read_text()
    assert "    DEFAULT_PAGINATION: 5\n" in text
    text = text.replace("    DEFAULT_PAGINATION: 5\n", "    OUTPUT_PATH: /tmp/elsewhere\n")
    (profile / "profile.yaml").write_text(text)
    with pytest.raises(ConfigError, match=r"pelican\.settings\.OUTPUT_PATH: portfolio sets this"):
        build_site(profile, tmp_path / "site")
    assert not (tmp_path / "site").exists()


def test_build_command_reports_pages_and_exit_codes(tmp_path: Path, capsys) -> None:
    profile = copy_sample(tmp_path)
    assert cli.main(["build", str(profile), "-o", str(tmp_path / "site")]) == 0
    out = capsys.readouterr().out
    assert re.search(r"Built \d+ pages \(\d+ files\) with the default theme in [\d.]+ s", out)
    assert cli.main(["build", str(tmp_path / "nowhere")]) == 2
    assert "error:" in capsys.readouterr().err


def _set_analytics(profile: Path, block: str) -> None:
    text = (profile / "profile.yaml").read_text()
    old = "  analytics:\n    provider: none # the default: no tracking at all\n"
    assert old in text, "the sample changed: update this test"
    (profile / "profile.yaml").write_text(text.replace(old, block))


def test_goatcounter_counts_with_an_image_not_a_script(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    _set_analytics(profile, "  analytics:\n    provider: goatcounter\n    site_id: ines\n")
    build_site(profile, tmp_path / "site")
    pixel = soup(tmp_path / "site/projects/index.html").find("img", class_="pixel")
    assert pixel["src"] == "https://ines.goatcounter.com/count?p=/projects/"
    assert pixel["alt"] == ""


def test_plausible_is_refused_with_a_warning_since_it_needs_javascript(tmp_path: Path) -> None:
    profile = copy_sample(tmp_path)
    _set_analytics(profile, "  analytics:\n    provider: plausible\n    site_id: ines.example\n")
    result = build_site(profile, tmp_path / "site")
    assert any("plausible needs JavaScript" in w for w in result.warnings)
    assert not soup(tmp_path / "site/index.html").find("img", class_="pixel")


def test_readme_images_screen_readers_cannot_describe_are_reported(tmp_path: Path) -> None:
    import json

    profile = copy_sample(tmp_path)
    data = json.loads((profile / "snapshot.json").read_text())
    (repo,) = [r for r in data["repos"] if r["name"] == "tabcheck"]
    repo["readme"]["text"] += (
        '\n\n<img src="docs/shot.png">\n\n[![](https://img.shields.io/badge/ci-ok-green)]'
        '(https://ci.example.org)\n\n<img src="spacer.gif" width="1" height="60">\n'
    )
    (profile / "snapshot.json").write_text(json.dumps(data))
    result = build_site(profile, tmp_path / "site")
    assert [w for w in result.warnings if "screen readers" in w] == [
        "projects/tabcheck/: the README of `tabcheck` shows 1 image without alt text and 1 link "
        "made only of an image without alt text, which screen readers cannot describe; write "
        "what each image shows in the README (`portfolio check` lists them as RDM012)"
    ]
    # A one-pixel spacer is decorative: it gets an empty alt text, and no warning.
    (spacer,) = soup(tmp_path / "site/projects/tabcheck/index.html").select('img[width="1"]')
    assert spacer["alt"] == ""


def test_links_work_when_the_site_lives_under_a_path(built: Path) -> None:
    # GitHub project pages serve a site at https://LOGIN.github.io/REPO/: a link starting at
    # the domain's root would leave the site. Only the 404 page (served at any depth) uses them.
    for page in html_pages(built):
        if page.name == "404.html":
            continue
        doc = soup(page)
        for tag in doc.find_all(href=True) + doc.find_all(src=True):
            target = tag.get("href") or tag.get("src")
            assert not (target.startswith("/") and not target.startswith("//")), (
                f"{page.relative_to(built)}: {tag.name} -> {target}"
            )


def test_pelican_runs_only_the_plugins_we_name(tmp_path: Path) -> None:
    import dataclasses

    from portfolio.profile import load_profile
    from portfolio.site.build import prepare_inputs
    from portfolio.site.settings import PLUGIN, pelican_settings
    from portfolio.snapshot import load_snapshot

    profile_dir = copy_sample(tmp_path)
    profile = load_profile(profile_dir)
    inputs = prepare_inputs(profile, load_snapshot(profile_dir), profile_dir)
    settings = pelican_settings(
        inputs, content_dir=profile_dir / "content", output_dir=tmp_path, profile_dir=profile_dir
    )
    # An explicit list: Pelican would otherwise load every installed namespace plugin.
    assert settings["PLUGINS"] == [PLUGIN]
    extra = dataclasses.replace(
        profile, pelican=dataclasses.replace(profile.pelican, plugins=("my_plugin",))
    )
    settings = pelican_settings(
        dataclasses.replace(inputs, profile=extra),
        content_dir=profile_dir / "content",
        output_dir=tmp_path,
        profile_dir=profile_dir,
    )
    assert settings["PLUGINS"] == [PLUGIN, "my_plugin"]
    assert settings["DEFAULT_PAGINATION"] == 5  # the sample's extra Pelican setting


def test_without_posts_the_feed_is_dated_by_the_snapshot_so_rebuilds_are_identical(
    tmp_path: Path,
) -> None:
    profile = copy_sample(tmp_path)
    for post in (profile / "content").rglob("*.md"):
        if "pages" not in post.parts:
            post.unlink()
    build_site(profile, tmp_path / "first")
    feed = (tmp_path / "first" / "feeds" / "all.atom.xml").read_text(encoding="utf-8")
    assert "<entry>" not in feed
    fetched = json.loads((profile / "snapshot.json").read_text())["fetched_at"]
    assert f"<updated>{fetched[:19]}" in feed  # not the time of the build
    build_site(profile, tmp_path / "second")
    assert tree(tmp_path / "second") == tree(tmp_path / "first")


@pytest.mark.parametrize("jobs", ["0", "-2", "two"])
def test_jobs_must_be_a_whole_number_of_one_or_more(tmp_path: Path, capsys, jobs: str) -> None:
    profile = copy_sample(tmp_path)
    with pytest.raises(SystemExit) as stop:
        cli.main(["build", str(profile), "--jobs", jobs])
    assert stop.value.code == 2
    err = capsys.readouterr().err
    assert f"argument -j/--jobs: expected a whole number of 1 or more, got '{jobs}'" in err
    assert not (profile / "output").exists()


def test_jobs_one_builds_the_same_site(tmp_path: Path, capsys) -> None:
    profile = copy_sample(tmp_path)
    assert cli.main(["build", str(profile), "-o", str(tmp_path / "one"), "--jobs", "1"]) == 0
    assert cli.main(["build", str(profile), "-o", str(tmp_path / "auto")]) == 0
    assert tree(tmp_path / "one") == tree(tmp_path / "auto")
