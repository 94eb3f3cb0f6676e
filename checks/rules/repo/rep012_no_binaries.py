"""A repository does not commit build outputs, archives or large model weights.

What it does:
    Looks through the file list for compiled executables and libraries (``.exe``, ``.dll``,
    ``.so``, ``.o``, ``.class``, ``.pyc``, static libraries named ``lib*.a`` ...), archives
    and installers (``.zip``, ``.tar.gz``,
    ``.rar``, ``.dmg``, ``.msi`` ...), and model weights or data dumps larger than
    ``max_weights_mb`` (``.pt``, ``.ckpt``, ``.h5``, ``.onnx``, ``.safetensors``, ``.pkl`` ...).
    Files stored with Git LFS (tiny pointer files) pass; so do build-tool wrappers such as
    ``gradle-wrapper.jar``, files under test-fixture folders and files of another project
    vendored into this one (``_vendor/``, ``third_party/``: pip's Windows launchers in
    ``src/pip/_vendor/distlib/``), which it needs as they are. Files inside a folder that
    ``no-junk-files`` (REP013) reports, ``__pycache__/``, ``node_modules/`` or a committed
    virtual environment, are left to it: they go with the folder, in one fix.

Why it matters:
    Binaries cannot be reviewed, bloat every clone forever (Git keeps every version), and
    look like build debris. GitHub refuses files over 100 MB; weights belong in a release,
    Git LFS or a model hub.

Example:
    Fails: ``dist/app.exe`` and ``model.ckpt`` (420 MB) in the tree.
    Passes: the weights uploaded to a GitHub release and linked from the README.

How to fix:
    ``git rm --cached PATH``, add the pattern to ``.gitignore`` and commit. Publish binaries
    as release assets (``gh release upload``), weights on the Hugging Face Hub or with
    Git LFS. To shrink the repository, purge them from history with ``git filter-repo``.

Fix safety:
    Display-only: removing files from the history must be done by a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from checks.model import Fix, FixSafety, Problem, RepoContext, Rule, Severity, Target
from checks.rules.repo.rep013_no_junk_files import junk_folders

OPTIONS = {"max_weights_mb": 5, "max_listed": 10}

BINARY_SUFFIXES = {
    ".exe": "an executable", ".dll": "a compiled library", ".so": "a compiled library",
    ".dylib": "a compiled library", ".o": "an object file",
    ".a": "a static library", ".lib": "a static library", ".class": "compiled Java",
    ".jar": "a Java archive", ".war": "a Java archive", ".pyc": "compiled Python",
    ".zip": "an archive", ".tar": "an archive", ".tar.gz": "an archive", ".tgz": "an archive",
    ".tar.bz2": "an archive", ".tar.xz": "an archive", ".7z": "an archive",
    ".rar": "an archive", ".dmg": "an installer", ".msi": "an installer", ".pkg": "an installer",
    ".deb": "a package", ".rpm": "a package", ".apk": "an Android package",
    ".iso": "a disk image", ".whl": "a built Python wheel", ".egg": "a built Python egg",
}  # fmt: skip
WEIGHT_SUFFIXES = (".pt", ".pth", ".ckpt", ".h5", ".hdf5", ".keras", ".onnx", ".pb",
                   ".safetensors", ".bin", ".pkl", ".pickle", ".joblib", ".npy", ".npz",
                   ".tflite", ".mlmodel", ".gguf", ".caffemodel", ".params")  # fmt: skip
ALLOWED_NAMES = frozenset({"gradle-wrapper.jar", "maven-wrapper.jar"})
FIXTURE_FOLDERS = frozenset({"test", "tests", "testdata", "fixtures", "__fixtures__", "testing"})
# Another project's files kept as it ships them (pip's _vendor/distlib/t64.exe, the launcher
# its scripts need on Windows): not this project's build output, and removing them breaks it.
VENDORED_FOLDERS = frozenset({"_vendor", "vendor", "vendored", "third_party", "thirdparty",
                              "third-party", "3rdparty"})  # fmt: skip


def binary_kind(path: str, size: int | None, max_weights_mb: float) -> str | None:
    """What kind of binary the file is, or ``None`` when it is fine to commit."""
    lowered = path.lower()
    parts = lowered.split("/")
    if parts[-1] in ALLOWED_NAMES or (FIXTURE_FOLDERS | VENDORED_FOLDERS) & set(parts[:-1]):
        return None
    for suffix, kind in sorted(BINARY_SUFFIXES.items(), key=lambda kv: -len(kv[0])):
        if lowered.endswith(suffix):
            if suffix == ".a" and not parts[-1].startswith("lib"):
                # Linkers look for libNAME.a; `models.config.a` beside `.b` and `.c` is a
                # variant of a text file, not an archive.
                return None
            return kind
    if lowered.endswith(WEIGHT_SUFFIXES) and size is not None:
        megabytes = size / 1_000_000
        if megabytes > max_weights_mb:
            return f"model weights or a data dump ({megabytes:.0f} MB)"
    return None


def _inside(path: str, folders: set[str]) -> bool:
    parts = path.split("/")
    return any("/".join(parts[:depth]) in folders for depth in range(1, len(parts)))


def check(ctx: RepoContext) -> Iterator[Problem]:
    repo = ctx.repo
    options = {**OPTIONS, **ctx.options}
    junk = junk_folders(repo)
    found = [
        (entry.path, kind)
        for entry in repo.files
        if entry.type == "file"
        and (kind := binary_kind(entry.path, entry.size, options["max_weights_mb"]))
        and not _inside(entry.path, junk)
    ]
    for path, kind in found[: options["max_listed"]]:
        weights = kind.startswith("model weights")
        where = (
            "upload it to a GitHub release, the Hugging Face Hub or Git LFS and link it from "
            "the README"
            if weights
            else f"publish it as a release asset (`gh release upload TAG {path} --repo "
            f"{repo.full_name}`) if people need it"
        )
        yield Problem(
            message=f"`{repo.name}` has {path} committed: {kind}",
            file=path,
            fix=Fix(
                description=(
                    f"Run `git rm --cached {path}`, add it to .gitignore and commit; {where}."
                ),
                safety=FixSafety.DISPLAY_ONLY,
            ),
        )
    if len(found) > options["max_listed"]:
        rest = len(found) - options["max_listed"]
        yield Problem(
            message=f"`{repo.name}` has {rest} more binary files committed (not listed)",
            fix=Fix(
                description="Remove them the same way, and ignore their patterns in .gitignore.",
                safety=FixSafety.DISPLAY_ONLY,
            ),
        )


RULE = Rule(
    id="REP012",
    name="no-binaries",
    target=Target.REPO,
    severity=Severity.WARNING,
    options=OPTIONS,
    check=check,
    doc=__doc__,
)
