"""The About box of a checkout, read from its package files."""

from __future__ import annotations

from pathlib import Path

from checks.local import load_local_repo
from checks.package_metadata import metadata_urls, package_metadata

# The shape of r-lib/usethis's DESCRIPTION: field names with slashes, an R expression over
# indented lines, a paragraph of Description, two URLs.
R_DESCRIPTION = """\
Package: tidyclean
Title: Tidy Messy Column Names
Version: 1.2.0.9000
Authors@R: c(
    person("Ada", "Lovelace", , "ada@example.org", role = c("aut", "cre"))
  )
Description: Renames the columns of a data frame so that they are
    valid, unique and consistent, with a report of what changed.
License: MIT + file LICENSE
URL: https://octo.github.io/tidyclean, https://github.com/octo/tidyclean
BugReports: https://github.com/octo/tidyclean/issues
Config/testthat/edition: 3
"""


def test_an_r_package_gives_its_title_and_website(tmp_path: Path) -> None:
    (tmp_path / "DESCRIPTION").write_text(R_DESCRIPTION)
    assert package_metadata(tmp_path) == {
        "description": "Tidy Messy Column Names",
        "homepage": "https://octo.github.io/tidyclean",
    }
    assert metadata_urls(tmp_path) == [
        "https://octo.github.io/tidyclean",
        "https://github.com/octo/tidyclean",
        "https://github.com/octo/tidyclean/issues",
    ]


def test_a_checkout_without_a_remote_is_named_by_its_description(tmp_path: Path) -> None:
    (tmp_path / "DESCRIPTION").write_text(R_DESCRIPTION)
    repo = load_local_repo(tmp_path)
    assert (repo.owner, repo.name) == ("octo", "tidyclean")
    assert repo.description == "Tidy Messy Column Names"
    assert repo.knows("description") and repo.knows("homepage")
    assert not repo.knows("topics")  # R packages have no keywords: only GitHub knows them


def test_a_description_file_that_is_not_an_r_packages_gives_nothing(tmp_path: Path) -> None:
    (tmp_path / "DESCRIPTION").write_text("This folder holds the survey data.\nTitle: no\n")
    assert package_metadata(tmp_path) == {}
    (tmp_path / "DESCRIPTION").write_text("Title: A note without a package name\n")
    assert package_metadata(tmp_path) == {}


def test_setup_cfg_metadata(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text(
        "[metadata]\nname = nlp-kit\n"
        "description = Industrial-strength NLP in Python\n"
        "url = https://nlp-kit.io\nkeywords = NLP, Text Mining\n  tokenizer\n"
        "[options]\npython_requires = >=3.9\n"
    )
    assert package_metadata(tmp_path) == {
        "description": "Industrial-strength NLP in Python",
        "topics": ("nlp", "text-mining", "tokenizer"),
        "homepage": "https://nlp-kit.io",
    }


def test_a_repository_url_is_no_website_and_broken_files_give_nothing(tmp_path: Path) -> None:
    (tmp_path / "setup.cfg").write_text(
        "[metadata]\ndescription = A tool\nurl = https://github.com/octo/tool\n"
    )
    assert package_metadata(tmp_path) == {"description": "A tool"}
    (tmp_path / "setup.cfg").write_text("[metadata\ndescription = %(broken\n")
    assert package_metadata(tmp_path) == {}


def test_pyproject_comes_first(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[project]\ndescription = "From pyproject"\n')
    (tmp_path / "setup.cfg").write_text(
        "[metadata]\ndescription = From setup.cfg\nurl = https://tool.dev\n"
    )
    assert package_metadata(tmp_path) == {
        "description": "From pyproject",
        "homepage": "https://tool.dev",
    }


def test_setup_py_is_read_not_run(tmp_path: Path) -> None:
    # micrograd's shape, plus what must not happen: running the file.
    marker = tmp_path / "ran"
    (tmp_path / "setup.py").write_text(
        "import setuptools, pathlib\n"
        f"pathlib.Path({str(marker)!r}).write_text('x')\n"
        "long = open('README.md').read()\n"
        "setuptools.setup(\n    name='micrograd',\n"
        "    description='A tiny scalar-valued autograd engine',\n"
        "    long_description=long,\n    keywords='autograd, neural networks',\n"
        "    url='https://github.com/karpathy/micrograd',\n)\n"
    )
    assert package_metadata(tmp_path) == {
        "description": "A tiny scalar-valued autograd engine",
        "topics": ("autograd", "neural-networks"),
    }
    assert not marker.exists()


def test_values_computed_at_run_time_and_broken_setup_py_give_nothing(tmp_path: Path) -> None:
    (tmp_path / "setup.py").write_text(
        "from setuptools import setup\nDESC = 'x'\nsetup(description=DESC, url=HOME)\n"
    )
    assert package_metadata(tmp_path) == {}
    (tmp_path / "setup.py").write_text("setup(description='unclosed\n")
    assert package_metadata(tmp_path) == {}
    (tmp_path / "setup.py").write_bytes(b"\xff\xfe\x00setup(")
    assert package_metadata(tmp_path) == {}
