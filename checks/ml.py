"""Tell machine-learning repositories apart, and say why, so the ML rules run only where they fit.

The ML rules follow the Papers with Code "ML code completeness checklist" (dependencies,
training code, evaluation code, pre-trained models, results). They make no sense for a web app
or a command-line tool, so they run only when ``ml_reason(repo)`` finds evidence: ML topics,
training scripts, model weight files, ML frameworks installed or imported in the README,
notebooks together with ML vocabulary, or a README that names a framework and shows training.
The reason is a short phrase that findings can quote, e.g. "it has the topic `deep-learning`"
or "it has `train.py`".

Only what the snapshot holds is used: the file list, topics, languages and the README text.
The contents of manifests (requirements.txt, pyproject.toml) are not in the snapshot, so a
framework named only there is not seen; the README's install commands usually name it too.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from checks.install_args import install_commands
from checks.readme import Link, ReadmeAnalysis
from checks.readme_for import (
    analysis_for,
    analysis_of,
    is_collection,
    letters,
    names_project,
    pointing_links,
    readme_and_analysis,
    sections_matching,
    url_path,
)
from checks.repo_kinds import DOCUMENT_LANGUAGES, has_path
from portfolio.snapshot import Readme, Repo

ML_TOPICS = frozenset(
    {
        "machine-learning",
        "deep-learning",
        "deep-neural-networks",
        "neural-network",
        "neural-networks",
        "artificial-intelligence",
        "pytorch",
        "tensorflow",
        "tensorflow2",
        "keras",
        "jax",
        "flax",
        "scikit-learn",
        "sklearn",
        "xgboost",
        "lightgbm",
        "huggingface",
        "transformers",
        "transformer",
        "llm",
        "llms",
        "large-language-models",
        "computer-vision",
        "nlp",
        "natural-language-processing",
        "reinforcement-learning",
        "object-detection",
        "image-classification",
        "image-segmentation",
        "semantic-segmentation",
        "speech-recognition",
        "generative-model",
        "generative-ai",
        "diffusion-models",
        "stable-diffusion",
        "gan",
        "cnn",
        "convolutional-neural-networks",
        "lstm",
        "rnn",
        "bert",
        "gpt",
        "kaggle",
        "mlops",
    }
)

# Files whose name says "this trains a model"; matched on the base name, lower case.
# "main_pretrain.py", "run_finetune.py" (mae, BEiT and many research repositories) too.
_TRAIN_SCRIPT = re.compile(
    r"^(?:(?:main|run)[_-])?(?:pre[_-]?)?(train|training|finetune|fine_tune|fine-tune)"
    r"([_-][\w-]*)?\.(py|ipynb|sh)$"
)

# Model weights and serialised models. ``.pkl`` and ``.pb`` are left out: they are used for
# many other things, and one false "this is ML" would switch on a whole family of rules.
WEIGHT_SUFFIXES = (
    ".pt",
    ".pth",
    ".ckpt",
    ".h5",
    ".hdf5",
    ".keras",
    ".safetensors",
    ".onnx",
    ".tflite",
    ".gguf",
    ".joblib",
    ".mlmodel",
)

# Frameworks installed or imported in the README ("pip install torch", "import tensorflow as tf").
_FRAMEWORKS = (
    "torch",
    "torchvision",
    "pytorch",
    "pytorch-lightning",
    "lightning",
    "tensorflow",
    "tensorflow-gpu",
    "keras",
    "jax",
    "flax",
    "scikit-learn",
    "sklearn",
    "transformers",
    "xgboost",
    "lightgbm",
    "catboost",
    "fastai",
    "diffusers",
    "timm",
)
_FRAMEWORK_NAMES = "|".join(re.escape(name) for name in sorted(_FRAMEWORKS, key=len, reverse=True))
# Frameworks named in prose, as people write them: "PyTorch", "TensorFlow", "scikit-learn".
_FRAMEWORK_NAMED = re.compile(
    r"\b(?:pytorch|tensorflow|keras|jax|scikit-learn|xgboost|lightgbm|catboost|fastai|"
    r"pytorch lightning|hugging ?face)\b",
    re.IGNORECASE,
)
_FRAMEWORK_USE = re.compile(
    rf"(?:^|\n)\s*(?:[$>]\s*)?(?:"
    rf"(?:pip3?|conda|mamba|uv pip|poetry)\s+(?:install|add)\b[^\n]*?"
    rf"\b(?P<installed>{_FRAMEWORK_NAMES})\b"
    rf"|import\s+(?P<imported>{_FRAMEWORK_NAMES})\b"
    rf"|from\s+(?P<from>{_FRAMEWORK_NAMES})(?:\.\w+)*\s+import\b"
    rf")",
    re.IGNORECASE,
)

# Words that, next to notebooks, say the notebooks are about models rather than spreadsheets.
_ML_WORDS = re.compile(
    r"\b(machine learning|deep learning|neural (?:network|net)s?|train(?:ing|ed)? (?:a |the )?"
    r"(?:model|network|classifier)|fine-?tun(?:e|ed|ing)|classifier|regression model|"
    r"pytorch|tensorflow|keras|scikit-learn|hugging ?face|transformer model|embeddings?|"
    r"accuracy|f1[- ]score|epochs?)\b",
    re.IGNORECASE,
)

# Signs that the repository is the code of a paper: a BibTeX entry, wording such as "official
# implementation of the paper", or a link to a paper (arXiv, DOI) that is the project's own.
_PAPER_WORDS = re.compile(
    r"@(?:article|inproceedings|misc|conference|phdthesis|techreport)\s*\{|"
    r"\bofficial (?:\w+ )?(?:implementation|code)\b|\b(?:our|this|the) paper\b",
    re.IGNORECASE,
)
# A ``@misc`` entry published at a code host cites the software itself, not a paper:
# ``@Misc{peft, ..., howpublished = {\url{https://github.com/huggingface/peft}}}``.
_SOFTWARE_CITATION = re.compile(
    r"(?:howpublished|url)\s*=\s*[{\"]\s*(?:\\url\{)?\s*https?://(?:www\.)?"
    r"(?:github\.com|gitlab\.com|huggingface\.co|pypi\.org|bitbucket\.org)/",
    re.IGNORECASE,
)
# Fields only a paper's entry has.
_PUBLISHED_IN = re.compile(r"\b(?:journal|booktitle|eprint|archiveprefix|doi)\s*=", re.IGNORECASE)
# How far an entry is read: a BibTeX entry is a few hundred characters.
_ENTRY_CHARS = 1500
# A DOI of Zenodo or figshare archives a release of the software (tqdm's "Citation
# information: |DOI|"), not a paper.
_PAPER_LINK = re.compile(
    r"arxiv\.org/(?:abs|pdf)/|\barxiv[: ]\s*\d{4}\.\d{4,5}|"
    r"doi\.org/10\.(?!5281/zenodo\.|6084/m9\.figshare\.)",
    re.IGNORECASE,
)
_MARKDOWN_LINK = re.compile(r"\[((?:[^\[\]]|\[[^\[\]]*\])*)\]\(([^()\s]+)[^()]*\)")
# Link texts that present a paper as the project's: "[Paper]", "[arXiv]", "[PDF]", a badge.
# "[the paper]" or "[our paper]" too, but "[Chinchilla paper]" names someone else's, unless
# the name is the project's ("[DETR paper]" in detr: see ``_unless_cited_term``).
_PAPER_LABEL = re.compile(
    r"^\W*(?:paper|arxiv|pdf|preprint|publication|article|manuscript)\b|"
    r"^\W*(?:the|our|this|full|arxiv) paper\W*$|^\s*!\[",
    re.IGNORECASE,
)
_NAMED_PAPER_LABEL = re.compile(r"^\W*(.+?)\s+paper\W*$", re.IGNORECASE)
# Words just before a linked title that make it the project's paper: "the code for [Title]".
# "An implementation of [Title]" alone is as often someone else's paper re-implemented, so
# "implementation" counts only when the project says it is the paper's own.
_OWN_PAPER_BEFORE = re.compile(
    r"(?:\b(?:code|repository|repo|companion|accompan\w*|introduced|proposed|published|"
    r"accepted|appear\w*|presented)|\b(?:official|our|authors'?) (?:[\w-]+ )?implementation)"
    r"\b[^.!?]{0,40}$",
    re.IGNORECASE,
)
# Sections that cite other people's work: their papers say nothing of the project's own.
_OTHERS_WORK = re.compile(
    r"\b(?:references?|related|acknowledg\w*|credits?|further reading|see also|resources|"
    r"bibliography|inspired|background|prior work)\b",
    re.IGNORECASE,
)


# Services that run a notebook with its environment: a link to one brings the libraries along
# (a Kaggle notebook, not a Kaggle dataset).
HOSTED_NOTEBOOKS = re.compile(
    r"colab\.research\.google\.com|\bcolab\.google\b|mybinder\.org|kaggle\.com/(?:code|kernels)/",
    re.IGNORECASE,
)


# Teaching material says so where it introduces itself: "A course on neural networks", "the
# official code repository for the book", "useful for educational purposes", "tutorial code
# for researchers", "a collection of numpy exercises". Nouns that are
# also what a model is about ("a book recommender", "course ratings"), "of course", "the
# course of training" and "our workshop paper" do not count.
_TEACHING = re.compile(
    r"\b(?:(?:a|an|the|this|my|our|free|online|video|crash|university|full|mini)[ -])"
    r"(?:[\w-]+ )?(?:course|lecture series|lectures|lecture notes|class notes|tutorial series|"
    r"workshop|curriculum|textbook|book)\b"
    r"(?!\s*(?:recommend\w*|reviews?|ratings?|datasets?|genres?|covers?|titles?|sales|"
    r"prices?|catalog\w*|classif\w*|enrol\w*|data\b|of\b|papers?|submissions?|tracks?))|"
    r"\beducational (?:purposes|code|material|project|implementation)|\bfor teaching\b|"
    # "This repository provides tutorial code for deep learning researchers to learn PyTorch".
    r"\btutorial (?:code|notebooks?|materials?)\b|"
    # "This repo contains tutorials covering sequence classification".
    r"\b(?:contains|provides|offers|collects) (?:[\w-]+ )?(?:tutorials|lessons|exercises)\b|"
    r"\b(?:collection|series) of (?:[\w-]+ )?(?:tutorials|exercises|lessons)\b",
    re.IGNORECASE,
)
# A library says so where it introduces itself: "Ecco is a python library for exploring and
# explaining NLP models", "Detectron2 is Facebook AI Research's next generation library",
# "MMDetection is an open source object detection toolbox", "tinygrad is an end-to-end deep
# learning stack".
# Papers present models as "a framework for...", so that word does not count.
_LIBRARY = re.compile(
    r"\b(?:is|are|provides)\s+(?:an?\s+|the\s+|(?:[\w-]+\s+){0,3}[\w-]+['’]s\s+)"
    r"(?:[\w-]+\s+){0,4}(?:library|package|toolkit|toolbox|sdk|tool|stack)\b"
    r"(?!\s+(?:of|kit)\b)",
    re.IGNORECASE,
)
# How much of the README introduces it: the title and the opening paragraphs.
_INTRO_CHARS = 2000


@dataclass(frozen=True)
class MlRepo:
    """What the ML rules need to know about a repository detected as machine learning."""

    reason: str
    """Why it counts as ML, as a phrase: "it has the topic `pytorch`"."""
    trains: bool
    """It has training code: a train script or notebook, or its README talks about training."""
    paper: str | None
    """The paper cue found (an arXiv link, a BibTeX entry...), when it looks like paper code."""
    notebook_only: bool
    """Its code is mostly notebooks: more notebooks than Python files, and no package."""
    model_code: bool
    """It trains or ships models (training scripts, weights, paper code, a README about
    training), rather than being a tool or library for ML work, teaching material or a
    collection of examples: the checklist's model items (training, evaluation, results, data)
    apply."""
    teaching: str | None = None
    """The words that present it as teaching material (a course, lectures, a book's code),
    if any: its notebooks train models to show how, not to publish one, so the checklist's
    model items and paper citation do not apply."""
    collection: bool = False
    """Its README links two or more folders that have their own README (``pytorch/examples``),
    or its notebooks are spread over many folders (``spread_notebooks``): each example says
    how to train and evaluate itself, so the top README need not."""

    def why(self) -> str:
        """The reason, as findings quote it: "an ML repository: it has `train.py`"."""
        return f"an ML repository: {self.reason}"


def file_paths(repo: Repo) -> list[str]:
    """The repository's listed paths (files and folders), lower case, ``/``-separated."""
    return [entry.path.lower() for entry in repo.files]


def base_name(path: str) -> str:
    return path.rsplit("/", 1)[-1]


def _first(paths: Iterable[str], predicate) -> str | None:
    for path in paths:
        if predicate(path):
            return path
    return None


# Folders whose training scripts show how to use a library, test it, or are someone else's
# code kept beside the project's: they make a repository ML, not the code of a model.
_NOT_OWN_FOLDERS = frozenset(
    {"examples", "example", "samples", "tests", "test", "docs", "doc", "third_party",
     "thirdparty", "vendor", "external", "contrib",
     # Test fixtures: keras keeps a saved model in keras/src/saving/test_data/.
     "test_data", "testdata", "test-data", "fixtures", "testing"}
)  # fmt: skip


_DATA_FOLDERS = frozenset({"data", "dataset", "datasets"})


def training_files(repo: Repo) -> list[str]:
    """Listed files whose name says they train a model (``train.py``, ``train_gan.ipynb``),
    the project's own first (see ``own_training_files``), then the least deep."""
    found = [
        e.path
        for e in repo.files
        if e.type == "file" and _TRAIN_SCRIPT.match(base_name(e.path.lower()))
    ]
    # Shallow first: ``train.py`` at the root says more than ``annotator/x/apis/train.py``.
    return sorted(found, key=lambda path: (not _is_own(path), path.count("/")))


def own_training_files(repo: Repo) -> list[str]:
    """The training files outside examples, tests, docs and vendored folders: a library's
    ``examples/lora/train.py`` shows how to use the library; it trains no model of its own."""
    return [path for path in training_files(repo) if _is_own(path)]


def _is_own(path: str) -> bool:
    return _NOT_OWN_FOLDERS.isdisjoint(path.lower().split("/")[:-1])


def weight_files(repo: Repo) -> list[str]:
    """Listed files holding model weights (``.pt``, ``.safetensors``, ``.h5``...)."""
    return [
        e.path for e in repo.files if e.type == "file" and e.path.lower().endswith(WEIGHT_SUFFIXES)
    ]


def own_weight_files(repo: Repo) -> list[str]:
    """The weight files that are the project's models: not an example's or a test's, and not
    under a data folder, where a ``.pt`` holds tensors of data (``data/image_embeddings.pt``)."""
    return [
        path
        for path in weight_files(repo)
        if _is_own(path) and _DATA_FOLDERS.isdisjoint(path.lower().split("/")[:-1])
    ]


def notebooks(repo: Repo) -> list[str]:
    return [e.path for e in repo.files if e.type == "file" and e.path.lower().endswith(".ipynb")]


# Notebooks spread over this many top-level folders, this many in all, are examples of many
# things (huggingface/notebooks: 1,500 notebooks in course/, diffusers/, peft/...), not the
# code of one model.
_SPREAD_FOLDERS = 5
_SPREAD_NOTEBOOKS = 20


def spread_notebooks(repo: Repo) -> bool:
    """Whether the repository is notebooks about many subjects: at least 20 notebooks in at
    least 5 different top-level folders, none at the root, and no training script at the
    root or one folder down (a ``src/train.py`` beside analysis notebooks is one project's
    model code; ``sagemaker/01_getting_started/scripts/train.py`` belongs to one example)."""
    found = notebooks(repo)
    if len(found) < _SPREAD_NOTEBOOKS or any("/" not in path for path in found):
        return False
    if any(
        path.count("/") <= 1 and not path.lower().endswith(".ipynb")
        for path in own_training_files(repo)
    ):
        return False
    return len({path.split("/", 1)[0] for path in found}) >= _SPREAD_FOLDERS


def readme_text(repo: Repo) -> str:
    return repo.readme.text if repo.readme is not None else ""


def framework_in_readme(text: str) -> str | None:
    """The ML framework a README installs or imports, if any (``torch``, ``tensorflow``...)."""
    match = _FRAMEWORK_USE.search(text)
    if match is None:
        return None
    return (match.group("installed") or match.group("imported") or match.group("from")).lower()


def paper_cue(text: str, fmt: str = "markdown", name: str = "") -> str | None:
    """The text that makes a README (``fmt``: markdown or rst) of the project ``name`` look
    like the code of a paper, if any.

    A paper linked as a term ("a [Transformer](https://arxiv.org/abs/1706.03762)", "the
    [Chinchilla paper](...)") or listed under "References", "Related work" or
    "Acknowledgements" is someone else's work that the project builds on, so only links
    labelled as the paper (or as the paper of ``name``), badges and bare addresses count.
    """
    unless_cited = functools.partial(_unless_cited_term, name=name)
    for match in _PAPER_WORDS.finditer(text):
        if not _cites_software(match, text) and not _points_elsewhere(match, text):
            return match.group(0).strip()
    others_level = 0  # the level of the "References"-like section we are in, 0 outside
    for section in analysis_of(text, fmt).all_sections:
        # The preamble (level 0) and subsections of the references keep the current state.
        if section.level and not (others_level and section.level > others_level):
            others_level = section.level if _OTHERS_WORK.search(section.heading) else 0
        if others_level:
            continue
        for line in section.text.splitlines():
            if _PAPER_LINK.search(line):
                found = _PAPER_LINK.search(_MARKDOWN_LINK.sub(unless_cited, line))
                if found:
                    return found.group(0).strip()
    return None


# "The official TensorFlow implementation can be found in: [tensorflow/tensor2tensor](...)":
# a re-implementation naming the authors' code, which lives elsewhere.
_ELSEWHERE = re.compile(
    r"^[^.\n]{0,30}?\b(?:can be found|is (?:available |hosted )?(?:at|here|in|on)|lives|"
    r"see)\b",
    re.IGNORECASE,
)


def _points_elsewhere(match: re.Match[str], text: str) -> bool:
    """Whether an "official implementation" found by ``_PAPER_WORDS`` is said to be found
    elsewhere rather than here."""
    if not match.group(0).lower().startswith("official"):
        return False
    return bool(_ELSEWHERE.search(text[match.end() : match.end() + 80]))


def _cites_software(match: re.Match[str], text: str) -> bool:
    """Whether a ``@misc{`` entry found by ``_PAPER_WORDS`` cites the software at its code
    host rather than a paper."""
    if not match.group(0).lower().startswith("@misc"):
        return False
    entry = text[match.end() : match.end() + _ENTRY_CHARS]
    closing = entry.find("\n}")
    entry = entry if closing < 0 else entry[:closing]
    return bool(_SOFTWARE_CITATION.search(entry)) and not _PUBLISHED_IN.search(entry)


def _unless_cited_term(link: re.Match[str], name: str) -> str:
    label, url = link.group(1), link.group(2)
    if not _PAPER_LINK.search(url) or _PAPER_LABEL.search(label):
        return link.group(0)
    named = _NAMED_PAPER_LABEL.match(label)
    if named and names_project(named.group(1), name):
        return link.group(0)  # "the [DETR paper](...)" in detr
    if _OWN_PAPER_BEFORE.search(link.string[max(0, link.start() - 80) : link.start()]):
        return link.group(0)  # "Code for [Paper Title](...)"
    return label  # a term with its reference: not the project's paper


def _is_notebook_only(repo: Repo) -> bool:
    """More notebooks than scripts, and no package: a ``utils.py`` helper beside the
    notebooks is common, a ``src/`` folder or a package named like the repo is not. A book
    or site (its main language HTML, TeX...) is not made of its one helper notebook."""
    count = len(notebooks(repo))
    if count == 0 or repo.language in DOCUMENT_LANGUAGES:
        return False
    scripts = [
        e.path
        for e in repo.files
        if e.type == "file"
        and e.path.lower().endswith((".py", ".r", ".jl"))
        and base_name(e.path.lower()) not in ("setup.py", "conftest.py")
    ]
    root_dirs = {e.path.lower() for e in repo.files if e.type == "dir" and "/" not in e.path}
    package = repo.name.lower().replace("-", "_") in root_dirs or "src" in root_dirs
    return len(scripts) < count and not package


def ml_reason(repo: Repo) -> str | None:
    """Why ``repo`` is a machine-learning repository, as a phrase; ``None`` when it is not."""
    topics = [t for t in repo.topics if t.lower() in ML_TOPICS]
    if topics:
        return f"it has the topic `{topics[0]}`"
    trainers = training_files(repo)
    if trainers:
        return f"it has `{trainers[0]}`"
    weights = weight_files(repo)
    if weights:
        return f"it has the model file `{weights[0]}`"
    text = readme_text(repo)
    framework = framework_in_readme(text)
    if framework:
        return f"its README installs or imports `{framework}`"
    # Notebooks alone are as often data analysis as machine learning: ask for ML words too.
    has_notebooks = bool(notebooks(repo)) or repo.language == "Jupyter Notebook"
    if has_notebooks:
        words = _ML_WORDS.search(f"{repo.description or ''}\n{text}")
        if words:
            return f"it has notebooks and its README or description says {words.group(0)!r}"
    # A README that names a framework and shows training ("I'm playing with PyTorch on the
    # CIFAR10 dataset", then "## Training" with `python main.py`): the usual personal project.
    # Without code in the repository it is a guide or a list (a course's README pointing to
    # Colab notebooks), which the ML rules have nothing to ask of.
    named = _FRAMEWORK_NAMED.search(f"{repo.description or ''}\n{text}")
    analysis = analysis_for(repo) if repo.language else None
    if named and analysis is not None and training_shown(analysis):
        return f"its README names {named.group(0)} and shows how to train"
    return None


def detect_ml(repo: Repo) -> MlRepo | None:
    """The ML facts about ``repo``, or ``None`` when it is not a machine-learning repository.

    Every ML rule asks, so the answer is cached on what it depends on."""
    return _detect(_RepoKey(repo))


class _RepoKey:
    """``Repo`` holds a dict (languages) and so cannot be hashed; this key holds the fields
    detection reads, which can."""

    __slots__ = ("key", "repo")

    def __init__(self, repo: Repo) -> None:
        self.repo = repo
        self.key = (repo.full_name, repo.topics, repo.language, repo.description, repo.files,
                    repo.readme)  # fmt: skip

    def __hash__(self) -> int:
        return hash(self.key)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _RepoKey) and self.key == other.key


@functools.lru_cache(maxsize=256)
def _detect(key: _RepoKey) -> MlRepo | None:
    repo = key.repo
    reason = ml_reason(repo)
    if reason is None:
        return None
    text = readme_text(repo)
    trains = bool(own_training_files(repo)) or bool(
        re.search(r"\b(train(?:ing|ed)?|fine-?tun(?:e|ed|ing))\b", text, re.IGNORECASE)
    )
    analysis = analysis_for(repo)
    teaching = teaching_cue(repo.description, analysis)
    collection = (analysis is not None and is_collection(repo, analysis)) or spread_notebooks(repo)
    # A course's papers are the ones it teaches, a collection's those of its projects: neither
    # is the code of one paper.
    paper = (
        None
        if teaching or collection
        else paper_cue(text, repo.readme.format if repo.readme else "markdown", repo.name)
    )
    notebook_only = _is_notebook_only(repo)
    shows_training = analysis is not None and training_shown(analysis)
    # A package installed by its name (peft, vit-pytorch), or a repository that introduces
    # itself as a library (detectron2), is a library: its training scripts and README
    # examples show how to train with it, its paper is the method it implements.
    library = installed_by_name(repo, analysis) or library_cue(repo.description, analysis)
    return MlRepo(
        reason=reason,
        trains=trains,
        paper=paper,
        notebook_only=notebook_only,
        # Only firm evidence counts: notebooks are as often notes and analyses as models, and
        # a README that mentions "training data" may describe a tool for ML work. A library
        # with a paper of its own (Ecco) ships no model: its paper alone does not count.
        model_code=not teaching
        and not collection
        and bool(
            own_weight_files(repo)
            or (not library and (own_training_files(repo) or paper or shows_training))
        ),
        teaching=teaching,
        collection=collection,
    )


def teaching_cue(description: str | None, analysis: ReadmeAnalysis | None) -> str | None:
    """The words of the description or of the README's opening (the preamble and the first
    two sections: the title and the intro under it, at most ``_INTRO_CHARS`` in all) that
    present the repository as teaching material, if any."""
    match = _TEACHING.search(_opening(description, analysis))
    return match.group(0) if match else None


def library_cue(description: str | None, analysis: ReadmeAnalysis | None) -> str | None:
    """The words of the description or of the README's opening that present the repository
    as a library or a tool ("is a python library for"), if any."""
    match = _LIBRARY.search(_opening(description, analysis))
    return match.group(0) if match else None


def installed_by_name(repo: Repo, analysis: ReadmeAnalysis | None) -> str | None:
    """The package name under which the README installs the project itself from a registry
    (``pip install vit-pytorch``, ``pip install -U openai-whisper``, or a name whose package
    folder the repo holds: ``pip install labml-nn`` beside ``labml_nn/``), if it does: a
    published package, used by importing it, not a model's code to run."""
    if analysis is None:
        return None
    wanted = letters(repo.name)
    if len(wanted) < 3:
        return None
    code = [block.text for block in analysis.code_blocks]
    code.extend(c for s in analysis.all_sections for c in s.inline_code)
    for text in code:
        for command in install_commands(text):
            for name in command.packages:
                found = letters(name)
                # `openai-whisper` installs whisper; `torch` does not install pytorch-tutorial.
                if found and (found == wanted or wanted in found or _own_package(repo, name)):
                    return name
    return None


def _own_package(repo: Repo, name: str) -> bool:
    """Whether the package ``name`` is imported from a folder of the repo: ``pip install
    labml-nn`` installs labml_nn/ of annotated_deep_learning_paper_implementations."""
    module = re.sub(r"[-.]", "_", name.lower())
    return len(module) >= 3 and any(
        has_path(repo, f"{folder}{module}/__init__.py") for folder in ("", "src/")
    )


def _opening(description: str | None, analysis: ReadmeAnalysis | None) -> str:
    opening = [description or ""]
    if analysis is not None:
        opening.append(analysis.preamble.text)
        opening.extend(f"{s.heading}\n{s.text}" for s in analysis.sections[:2])
    return " ".join("\n".join(opening)[:_INTRO_CHARS].split())


TRAINING_HEADING = re.compile(
    r"\b(train\w*|fine-?tun\w*|finetun\w*|reproduc\w*|replicat\w*|experiments?)\b",
    re.IGNORECASE,
)
# A command that trains: a training script run, a ``train`` subcommand or flag, ``.fit(``.
# Paths such as ``data/train_2025q4.parquet`` name a data split, not training, so "train"
# counts only as a whole word or as the stem of a script.
TRAINING_CODE = re.compile(
    r"(?:train|training|finetune|fine_tune|fine-tune)(?:_[\w-]+)?\.(?:py|sh|ipynb)\b|"
    r"(?<![\w/.-])(?:train|finetune|fine-tune)(?![\w/.-])|"
    r"\.fit\(|\.train\(|--(?:do_)?train\b",
    re.IGNORECASE,
)


def training_shown(analysis: ReadmeAnalysis) -> bool:
    """Whether the README has a training section or a command that trains, in a code block
    or inline code: ``python train.py``, ``model.fit(``, ``--finetune``."""
    if sections_matching(analysis, TRAINING_HEADING):
        return True
    if any(TRAINING_CODE.search(block.text) for block in analysis.code_blocks):
        return True
    inline = (code for s in analysis.all_sections for code in s.inline_code)
    return any(TRAINING_CODE.search(code) for code in inline)


# Pages about training kept outside the README: "[Training](docs/TRAINING.md)", FINETUNE.md.
TRAINING_DOC = re.compile(
    r"(?:train(?:ing)?|fine-?tun(?:e|ing)|finetun(?:e|ing)|reproduc(?:e|ing|tion|ibility))\b"
)


def docs_on(analysis: ReadmeAnalysis, topic: re.Pattern[str]) -> list[Link]:
    """The README's links to pages about ``topic`` kept elsewhere: links whose text or page
    name starts with it ("[Training](docs/TRAINING.md)", "[How to evaluate](...)",
    ``docs/fine-tuning/``). ``topic`` is matched at the start, after "how to" or "how we":
    a link that only mentions it ("[trains much faster](benchmarks.html)") is not such a page.
    """
    found = []
    for link in pointing_links(analysis):
        path = url_path(link.url).rstrip("/")
        # "_" joins words in a file name (TRAINING_GUIDE.md) but is a word character to \b.
        page = path.rsplit("/", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
        if any(
            topic.match(_HOW_TO.sub("", words.strip().lower(), count=1))
            for words in (link.text, page)
        ):
            found.append(link)
    return found


def links_docs_on(analysis: ReadmeAnalysis, topic: re.Pattern[str]) -> bool:
    """Whether the README links a page about ``topic`` kept elsewhere (see ``docs_on``)."""
    return bool(docs_on(analysis, topic))


_HOW_TO = re.compile(r"^(?:how (?:to|we|you) |the |our )")


def ml_readme(repo: Repo) -> tuple[MlRepo, Readme, ReadmeAnalysis] | None:
    """For README-based ML rules: the ML facts, the README and its analysis, or ``None`` when
    the repository is not ML or has no README (REP006 reports a missing README)."""
    found = readme_and_analysis(repo)
    if found is None:
        return None
    ml = detect_ml(repo)
    if ml is None:
        return None
    return ml, found[0], found[1]
