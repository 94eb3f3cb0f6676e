"""``portfolio build``: profile folder in, static site out, through Pelican.

Order matters for safety: everything that can be wrong with the input (profile.yaml, the
snapshot, the theme, the output folder) is checked before a single file is written; the site is
then built into a temporary folder and swapped in only when Pelican reported no error.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import urlsplit

from portfolio.errors import BuildError, ConfigError
from portfolio.profile import find_profile_dir, load_profile, select_projects
from portfolio.profile.model import Profile
from portfolio.readme import RenderedReadme, render_readme
from portfolio.refresh import refresh_snapshot
from portfolio.site.output import check_replaceable, staged_output
from portfolio.site.pages import BuildInputs
from portfolio.site.projects import ProjectView, project_view
from portfolio.site.render_cache import ReadmeCache, default_readme_cache_dir
from portfolio.site.settings import pelican_settings
from portfolio.site.template_cache import default_template_cache_dir
from portfolio.site.themes import resolve_theme
from portfolio.site.views import cv_sections, person_view, publication_views, talk_views
from portfolio.snapshot import Readme, Repo, Snapshot, load_snapshot

OUTPUT_DIRNAME = "output"


@dataclass(frozen=True)
class BuildResult:
    """What a build wrote, for the command to report."""

    output: Path
    pages: int
    """HTML pages written."""
    files: int
    """All files written (pages, styles, feeds, sitemap, copied files)."""
    seconds: float
    theme: str
    base_url: str
    warnings: tuple[str, ...]


def build_site(
    profile_dir: str | Path,
    output: str | Path | None = None,
    *,
    base_url: str | None = None,
    theme: str | None = None,
    snapshot: Snapshot | None = None,
    refresh: bool = False,
    environ: Mapping[str, str] | None = None,
    jobs: int | None = None,
) -> BuildResult:
    """Build the site of the profile at ``profile_dir`` into ``output`` (default ``output/``).

    Raises ConfigError/SnapshotError/UsageError (exit 2) for bad input, with nothing written,
    and BuildError (exit 1) when Pelican fails; the previous site is then left as it was.
    With ``refresh`` the snapshot is fetched again first (for the login it already names),
    with the token in ``environ`` (default: the process environment), if any; ``environ``
    also names the user cache folder (``XDG_CACHE_HOME``), where rendered READMEs and compiled
    templates are kept. READMEs not in the render cache are rendered in ``jobs`` processes
    (default: one per core).
    """
    started = time.perf_counter()
    root = find_profile_dir(profile_dir)
    profile = load_profile(root)
    output_dir = Path(output) if output is not None else root / OUTPUT_DIRNAME
    check_replaceable(output_dir.absolute())
    if refresh:
        snapshot = refresh_snapshot(root, environ)
    elif snapshot is None:
        snapshot = load_snapshot(root)
    warnings: list[str] = []
    # Rendered READMEs are kept in the user's cache folder, so the next build renders only
    # those that changed; never in the profile folder, where a committed entry would put HTML
    # that was never sanitised into the site.
    readme_cache = ReadmeCache(default_readme_cache_dir(root, environ), warn=warnings.append)
    inputs = prepare_inputs(
        profile,
        snapshot,
        root,
        base_url=base_url,
        theme=theme,
        warn=warnings.append,
        render=readme_cache.render,
        render_ahead=functools.partial(readme_cache.render_ahead, jobs=jobs),
    )
    content_dir = root / profile.site.content

    with contextlib.ExitStack() as stack:
        if not content_dir.is_dir():
            # No posts yet: Pelican still needs a folder to read.
            content_dir = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        with staged_output(output_dir) as staging:
            settings = pelican_settings(
                inputs,
                content_dir=content_dir,
                output_dir=staging,
                profile_dir=root,
                template_cache_dir=default_template_cache_dir(environ),
            )
            problems = _run_pelican(settings)
            errors = [r for r in problems if r.levelno >= logging.ERROR]
            if errors:
                raise BuildError(
                    "the site was not built: "
                    + "; ".join(_one_line(r) for r in errors[:5])
                    + (f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""),
                    hint="Fix the files named above; the previous site was left as it was.",
                )
            warnings.extend(_one_line(r) for r in problems)
            pages = sum(1 for _ in staging.rglob("*.html"))
            files = sum(1 for p in staging.rglob("*") if p.is_file()) + 1  # + the marker
    # Only after a build that worked: a failed one leaves every entry for the next attempt.
    readme_cache.prune()
    return BuildResult(
        output=output_dir,
        pages=pages,
        files=files,
        seconds=time.perf_counter() - started,
        theme=inputs.theme.name,
        base_url=inputs.base_url,
        warnings=tuple(warnings),
    )


def prepare_inputs(
    profile: Profile,
    snapshot: Snapshot,
    root: Path,
    *,
    base_url: str | None = None,
    theme: str | None = None,
    warn: Callable[[str], None] = lambda _m: None,
    render: Callable[[Readme, Repo], RenderedReadme] = render_readme,
    render_ahead: Callable[[Sequence[tuple[Readme, Repo]]], None] | None = None,
) -> BuildInputs:
    """Resolve everything the pages show (projects, READMEs, files) before Pelican runs.

    ``render`` renders each shown README (``build_site`` passes its cache's);
    ``render_ahead``, if given, first gets all of them at once (to render them in parallel).
    """
    url = _base_url(base_url or profile.site.base_url, snapshot, given=base_url is not None)
    resolved_theme = resolve_theme(
        theme or profile.site.theme, root, where="--theme" if theme else "profile.yaml: site.theme"
    )
    assets: dict[str, Path] = {}

    def asset(relative: str) -> str:
        source = (root / relative).resolve()
        if not source.is_relative_to(root.resolve()) or not source.is_file():
            # The loader checks these; this guards files that vanished since.
            raise ConfigError(f"{relative}: not a file inside the profile folder")
        site_path = asset_site_path(relative)
        assets[site_path] = source
        return site_path

    selected = select_projects(profile, snapshot, warn=warn)
    if render_ahead is not None:
        render_ahead(
            [
                (p.repo.readme, p.repo)
                for p in selected
                if p.repo is not None and p.repo.readme is not None and p.show_readme
            ]
        )
    projects = tuple(project_view(p, asset, render) for p in selected)
    for view in projects:
        _warn_unnamed(view, warn)
    return BuildInputs(
        profile=profile,
        snapshot=snapshot,
        theme=resolved_theme,
        base_url=url,
        person=person_view(profile, snapshot, asset),
        projects=projects,
        publications=tuple(publication_views(profile, profile.publications.items, asset)),
        talks=tuple(talk_views(profile, asset)),
        sections=cv_sections(profile, asset),
        favicon_url=asset(profile.site.favicon) if profile.site.favicon else None,
        social_image_url=asset(profile.site.social_image) if profile.site.social_image else None,
        assets=assets,
        analytics_pixel=_analytics_pixel(profile, warn),
    )


def _warn_unnamed(view: ProjectView, warn: Callable[[str], None]) -> None:
    """Tell what a project page shows that screen readers cannot describe: the README's
    images without alt text, and links made only of such images (badges written
    ``[![](badge)](url)``). The page is the README's, so the fix is in the README."""
    images, links = view.readme_unnamed
    parts = []
    if images:
        parts.append(f"{images} image{'s' if images > 1 else ''} without alt text")
    if links:
        parts.append(
            f"{links} link{'s' if links > 1 else ''} made only of an image without alt text"
        )
    if parts:
        warn(
            f"{view.path}: the README of `{view.title}` shows {' and '.join(parts)}, which "
            "screen readers cannot describe; write what each image shows in the README "
            "(`portfolio check` lists them as RDM012)"
        )


def _analytics_pixel(profile: Profile, warn: Callable[[str], None]) -> str | None:
    analytics = profile.site.analytics
    if analytics.provider == "goatcounter" and analytics.site_id:
        # GoatCounter counts with a plain image request: no script, so the CSP stays strict.
        return f"https://{analytics.site_id}.goatcounter.com/count?p=/"
    if analytics.provider != "none":
        warn(
            f"site.analytics.provider: {analytics.provider} needs JavaScript, which the site "
            "does not load; no visits are counted (goatcounter works without JavaScript)"
            if analytics.provider == "plausible"
            else "site.analytics.site_id: missing, so no visits are counted"
        )
    return None


def asset_site_path(relative: str) -> str:
    """Where a local file of the profile folder is published: ``files/<its path>``."""
    return str(PurePosixPath("files") / PurePosixPath(relative.replace("\\", "/")))


def _base_url(value: str | None, snapshot: Snapshot, *, given: bool) -> str:
    if not value:
        # GitHub Pages' address for a user site: right for most people, and said in the docs.
        return f"https://{snapshot.user.login.lower()}.github.io"
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        where = "--base-url" if given else "profile.yaml: site.base_url"
        raise ConfigError(
            f"{where}: `{value}` is not a full http(s) address",
            hint="Write it like https://ada.github.io or https://ada.github.io/portfolio",
        )
    return value.rstrip("/")


def _run_pelican(settings: dict) -> list[logging.LogRecord]:
    """Run Pelican quietly; return the warnings and errors it logged."""
    from pelican import Pelican
    from pelican.settings import read_settings

    with _captured_pelican_logs() as records:
        try:
            Pelican(read_settings(override=settings)).run()
        except BuildError:
            raise
        except Exception as exc:  # Pelican and Jinja raise anything; name it in one line
            raise BuildError(
                f"the site was not built: {type(exc).__name__}: {exc}",
                hint="Run again with --debug for the full traceback.",
            ) from exc
    return records


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@contextlib.contextmanager
def _captured_pelican_logs() -> Iterator[list[logging.LogRecord]]:
    # Pelican logs through Python logging: we keep its warnings and errors for the result,
    # and let records propagate so a caller who configures logging (--debug) still sees them.
    # Its end-of-run summary goes to a rich console, which we silence: libraries never print.
    from pelican.log import LimitFilter, console

    # Pelican drops a warning it has logged once in this process; `serve` builds many times,
    # and each build's result must list every warning that still applies.
    LimitFilter._raised_messages.clear()
    LimitFilter._group_count.clear()
    handler = _Collect()
    logger = logging.getLogger("pelican")
    logger.addHandler(handler)
    was_quiet = console.quiet
    console.quiet = True
    try:
        yield handler.records
    finally:
        console.quiet = was_quiet
        logger.removeHandler(handler)


def _one_line(record: logging.LogRecord) -> str:
    return " ".join(record.getMessage().split())
