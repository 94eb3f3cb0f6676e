"""profile.yaml: the site's content and settings, validated into a ``Profile``.

Public interface::

    from portfolio.profile import find_profile_dir, load_profile, select_projects

    root = find_profile_dir("sample-profile")      # a folder, or its profile.yaml
    profile = load_profile(root)                   # ConfigError listing every mistake
    projects = select_projects(profile, snapshot, warn=print_warning)

The format is described by the dataclasses in ``portfolio.profile.model`` (the one source of
truth), documented in docs/profile.md and published as docs/profile.schema.json.
"""

from __future__ import annotations

from portfolio.profile.loader import PROFILE_FILENAME, find_profile_dir, load_profile
from portfolio.profile.model import (
    SCHEMA_ID,
    Analytics,
    AutoProjects,
    Award,
    Certification,
    CustomItem,
    CustomLink,
    CustomSection,
    Education,
    Experience,
    ExternalProject,
    Language,
    Links,
    NavLink,
    PelicanOptions,
    Person,
    Profile,
    ProjectOverride,
    Projects,
    Publication,
    Publications,
    Site,
    Skill,
    SkillGroup,
    Talk,
    is_url,
)
from portfolio.profile.projects import Project, select_projects

__all__ = [
    "PROFILE_FILENAME",
    "SCHEMA_ID",
    "Analytics",
    "AutoProjects",
    "Award",
    "Certification",
    "CustomItem",
    "CustomLink",
    "CustomSection",
    "Education",
    "Experience",
    "ExternalProject",
    "Language",
    "Links",
    "NavLink",
    "PelicanOptions",
    "Person",
    "Profile",
    "Project",
    "ProjectOverride",
    "Projects",
    "Publication",
    "Publications",
    "Site",
    "Skill",
    "SkillGroup",
    "Talk",
    "find_profile_dir",
    "is_url",
    "load_profile",
    "select_projects",
]
