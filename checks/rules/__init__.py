"""The registry of every rule, keyed by id. Explicit on purpose: no import-time discovery.

To add a rule: write ``checks/rules/<area>/<id>_<name>.py`` defining ``RULE``, import it
below, add it to ``_ALL``, and add ``tests/rules/test_<id>_<name>.py``.
"""

from __future__ import annotations

from checks.model import Rule
from checks.rules.profile import (
    prf001_name,
    prf002_bio,
    prf003_bio_length,
    prf004_bio_role_and_focus,
    prf005_custom_avatar,
    prf006_website,
    prf007_linkedin,
    prf008_contact_route,
    prf009_profile_readme_exists,
    prf010_profile_readme_not_template,
    prf011_profile_readme_introduces,
    prf012_profile_readme_links_work,
    prf013_links_consistent,
    prf014_pinned_repos,
    prf015_pinned_enough,
    prf016_pinned_quality,
    prf017_low_signal_repos,
)
from checks.rules.repo import (
    rep001_description,
    rep002_topics,
    rep003_homepage,
    rep004_license,
    rep005_license_detectable,
    rep006_readme,
    rep007_ci,
    rep008_tests,
    rep009_dependency_manifest,
    rep010_releases_or_changelog,
    rep011_no_committed_secrets,
    rep012_no_binaries,
    rep013_no_junk_files,
    rep014_stale_showcase_status,
    rep015_gitignore,
    rep016_contributing_guide,
    rep017_security_policy,
)

_ALL: tuple[Rule, ...] = (
    prf001_name.RULE,
    prf002_bio.RULE,
    prf003_bio_length.RULE,
    prf004_bio_role_and_focus.RULE,
    prf005_custom_avatar.RULE,
    prf006_website.RULE,
    prf007_linkedin.RULE,
    prf008_contact_route.RULE,
    prf009_profile_readme_exists.RULE,
    prf010_profile_readme_not_template.RULE,
    prf011_profile_readme_introduces.RULE,
    prf012_profile_readme_links_work.RULE,
    prf013_links_consistent.RULE,
    prf014_pinned_repos.RULE,
    prf015_pinned_enough.RULE,
    prf016_pinned_quality.RULE,
    prf017_low_signal_repos.RULE,
    rep001_description.RULE,
    rep002_topics.RULE,
    rep003_homepage.RULE,
    rep004_license.RULE,
    rep005_license_detectable.RULE,
    rep006_readme.RULE,
    rep007_ci.RULE,
    rep008_tests.RULE,
    rep009_dependency_manifest.RULE,
    rep010_releases_or_changelog.RULE,
    rep011_no_committed_secrets.RULE,
    rep012_no_binaries.RULE,
    rep013_no_junk_files.RULE,
    rep014_stale_showcase_status.RULE,
    rep015_gitignore.RULE,
    rep016_contributing_guide.RULE,
    rep017_security_policy.RULE,
)

RULES: dict[str, Rule] = {rule.id: rule for rule in _ALL}
