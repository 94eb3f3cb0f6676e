"""The README of an app with a user interface shows it: a screenshot, a GIF or a demo link.

What it does:
    For repositories that look like apps with a UI (a web app or site, a Streamlit or Gradio
    app, a desktop, mobile or browser-extension app, a game, or a homepage that is not a
    library's documentation), checks that the README shows at least one image that is not a
    badge, a video, or a link to a live demo (Hugging Face Spaces, streamlit.app, YouTube,
    a link whose text says "demo" or "live"). A README that opens a local address counts as
    an app's (``localhost:8501``), except TensorBoard's and Jupyter's (ports 6006 and 8888),
    which are tools of an ML project, not its interface.

Why it matters:
    A screenshot says in one second what a paragraph says in a minute. For a portfolio, an
    app nobody can see is an app nobody remembers.

Example:
    Fails: a Streamlit dashboard whose README only lists its features.
    Passes: ``![The dashboard showing sales by region](docs/screenshot.png)`` under the title.

How to fix:
    Take a screenshot (or a short GIF) of the app at work, add it to the repository (e.g.
    ``docs/screenshot.png``) and show it near the top of the README with alt text saying
    what it shows; link the live demo if there is one.

Fix safety:
    Display-only: the screenshot has to be taken by you.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Iterator

from checks import readme_markup as markup
from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.readme import ReadmeAnalysis
from checks.readme_for import readme_and_analysis, where
from checks.repo_kinds import is_library, root_names
from portfolio.snapshot import Readme, Repo

UI_TOPICS = frozenset(
    {"webapp", "web-app", "web-application", "website", "streamlit", "gradio", "dashboard",
     "react-app", "nextjs", "vuejs", "svelte", "gui", "desktop-app", "desktop-application",
     "electron", "tauri", "tkinter", "pyqt", "pyqt5", "pyside", "qt", "android", "android-app",
     "ios", "ios-app", "flutter", "react-native", "game", "gamedev", "unity", "godot", "pygame",
     "chrome-extension", "browser-extension", "firefox-extension", "portfolio-website", "pwa"}
)  # fmt: skip
# Root files of a site or a UI app (docs-site builders such as mkdocs.yml are left out: a
# documentation site needs no screenshot in the README).
UI_FILES = {
    "index.html": "an index.html",
    "vite.config.*": "a Vite config",
    "next.config.*": "a Next.js config",
    "nuxt.config.*": "a Nuxt config",
    "svelte.config.*": "a SvelteKit config",
    "angular.json": "an Angular config",
    "astro.config.*": "an Astro config",
    "gatsby-config.*": "a Gatsby config",
    "streamlit_app.py": "a Streamlit app",
    "pubspec.yaml": "a Flutter app",
    "project.godot": "a Godot project",
    "manifest.json": "a browser-extension manifest",
}
# Commands and addresses that mean "this opens in a browser"; plain substrings of the
# lower-cased README, which is much faster on long READMEs than one big regex.
_UI_IN_README = (
    "streamlit run",
    "import streamlit",
    "import gradio",
    "gr.interface",
    "gr.blocks",
    "flask run",
    "npm start",
    "npm run start",
    "npm run dev",
    "yarn start",
    "yarn dev",
    "pnpm dev",
    "pnpm start",
    "localhost:",
    "127.0.0.1:",
)
# Local addresses of the tools an ML project uses, not of its own interface: TensorBoard's
# localhost:6006 and Jupyter's localhost:8888.
_TOOL_ADDRESSES = tuple(
    f"{host}:{port}" for host in ("localhost", "127.0.0.1") for port in ("6006", "8888")
)
_DEMO_LINK = re.compile(
    r"huggingface\.co/spaces/|\.streamlit\.app|\.gradio\.live|youtube\.com/watch|youtu\.be/|"
    r"vimeo\.com/|loom\.com/share|\.(?:gif|mp4|webm|mov)(?:$|\?)|asciinema\.org/a/",
    re.IGNORECASE,
)
_DEMO_TEXT = re.compile(r"\b(demo|live|try it|preview|screenshots?|video)\b", re.IGNORECASE)


def ui_evidence(repo: Repo, readme: Readme) -> str | None:
    """Why the repo looks like an app with a user interface, or ``None``."""
    topics = UI_TOPICS & {t.lower() for t in repo.topics}
    if topics:
        return f"it has the topic `{sorted(topics)[0]}`"
    names = root_names(repo)
    for pattern, what in UI_FILES.items():
        if any(fnmatch.fnmatchcase(name, pattern) for name in names):
            return f"it has {what}"
    lowered = readme.text.lower()
    for address in _TOOL_ADDRESSES:
        lowered = lowered.replace(address, "")
    for command in _UI_IN_README:
        if command in lowered:
            return f"its README runs it with `{command.rstrip(':')}`"
    if repo.homepage and not is_library(repo) and repo.language in _WEB_LANGUAGES:
        return f"it has a homepage ({repo.homepage})"
    return None


_WEB_LANGUAGES = frozenset({"HTML", "CSS", "JavaScript", "TypeScript", "Vue", "Svelte", "Astro"})


_VIDEO = re.compile(r"<video\b", re.IGNORECASE)


def shows_ui(analysis: ReadmeAnalysis) -> bool:
    """Whether the README shows the app: a picture that is not a badge, a video, a demo link."""
    if any(not image.badge for image in analysis.images):
        return True
    # A <video> tag may open an HTML block or stand inside a paragraph (`<video src="demo.mp4"
    # controls></video>` is one); one shown as an example inside code does not count.
    if any(
        _VIDEO.search(section.text)
        and not any(_VIDEO.search(code.text) for code in section.code_blocks)
        for section in analysis.all_sections
    ):
        return True
    return any(
        _DEMO_LINK.search(link.url) or (_DEMO_TEXT.search(link.text) and link.kind == "absolute")
        for link in analysis.links
    )


def check(ctx: RepoContext) -> Iterator[Problem]:
    found = readme_and_analysis(ctx.repo)
    if found is None:
        return
    readme, analysis = found
    if shows_ui(analysis):
        return
    why = ui_evidence(ctx.repo, readme)
    if why is None:
        return
    yield Problem(
        message=(
            f"{where(ctx.repo)} shows no screenshot or demo, though `{ctx.repo.name}` is an "
            f"app with a user interface ({why})"
        ),
        fix=Fix(
            description=(
                "Take a screenshot or a short GIF of the app at work, commit it (e.g. "
                f"docs/screenshot.png) and show it under the title of {readme.path}: "
                + markup.image(readme.format, "What the screenshot shows", "docs/screenshot.png")
                + (f"; link the live demo {ctx.repo.homepage}" if ctx.repo.homepage else "")
                + "."
            ),
            safety=FixSafety.DISPLAY_ONLY,
        ),
        file=readme.path,
    )


RULE = Rule(
    id="RDM011",
    name="readme-screenshot",
    target=Target.README,
    severity=Severity.WARNING,
    check=check,
    doc=__doc__,
    covered_by=("REP019",),
)
