"""checks.ml: which repositories count as machine learning, and why."""

from __future__ import annotations

import pytest
from builders import make_repo

from checks.ml import (
    detect_ml,
    framework_in_readme,
    installed_by_name,
    ml_reason,
    paper_cue,
    training_files,
)
from checks.readme_for import analysis_for


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"topics": ("web", "deep-learning")}, "it has the topic `deep-learning`"),
        ({"files": ("src/", "scripts/train_gan.py")}, "it has `scripts/train_gan.py`"),
        ({"files": ("models/", "models/best.safetensors")},
         "it has the model file `models/best.safetensors`"),
        ({"readme": "# x\n\n```bash\npip install -U torch torchvision\n```\n"},
         "its README installs or imports `torch`"),
        ({"readme": "# x\n\n```python\nfrom sklearn.linear_model import Ridge\n```\n"},
         "its README installs or imports `sklearn`"),
        (
            {"language": "Jupyter Notebook", "readme": "# x\n\nWe fine-tune a classifier.\n"},
            "it has notebooks and its README or description says 'fine-tune'",
        ),
    ],
)  # fmt: skip
def test_detected_with_a_reason(fields: dict, reason: str) -> None:
    assert ml_reason(make_repo(**fields)) == reason


@pytest.mark.parametrize(
    "fields",
    [
        {"topics": ("react", "website"), "files": ("index.html", "package.json")},
        {"topics": ("ai",), "readme": "# Game\n\nA chess AI in Rust.\n"},
        # Notebooks of data analysis, without any ML word, are not ML.
        {
            "language": "Jupyter Notebook",
            "files": ("sales.ipynb",),
            "readme": "# Sales\n\nPlots.\n",
        },
        # A data file named like a split is not a training script.
        {"files": ("data/", "data/train.csv"), "readme": "# x\n\npip install pandas\n"},
    ],
)
def test_not_ml(fields: dict) -> None:
    assert ml_reason(make_repo(**fields)) is None


def test_model_code_needs_firm_evidence() -> None:
    tool = make_repo(topics=("machine-learning",), readme="# x\n\nChecks your training data.\n")
    assert detect_ml(tool).model_code is False
    research = make_repo(topics=("pytorch",), files=("train.py",), readme="# x\n")
    facts = detect_ml(research)
    assert (facts.model_code, facts.trains, facts.paper) == (True, True, None)
    explained = make_repo(topics=("pytorch",), readme="# x\n\n## Training\n\nRun it.\n")
    assert detect_ml(explained).model_code is True
    split_names = make_repo(
        topics=("pytorch",), readme="# x\n\n```yaml\nref: data/train_q4.parquet\n```\n"
    )
    assert detect_ml(split_names).model_code is False


@pytest.mark.parametrize(
    ("weights", "model_code"),
    [
        ("models/best.pt", True),
        ("checkpoint.safetensors", True),
        # ShawhinT/YouTube-Blog: tensors of data beside a blog post's code, not a model.
        ("multimodal-ai/3-multimodal-rag/data/image_embeddings.pt", False),
        ("examples/demo/model.pt", False),
        # keras: a saved model kept as a test fixture.
        ("keras/src/saving/test_data/nested_container.keras", False),
    ],
)
def test_weights_make_model_code_unless_they_are_data_or_an_example(
    weights: str, model_code: bool
) -> None:
    repo = make_repo(files=(weights, "notes.md"), readme="# x\n\nNotes.\n")
    facts = detect_ml(repo)
    assert facts.reason == f"it has the model file `{weights}`"
    assert facts.model_code is model_code


def test_training_scripts_of_examples_make_a_library_ml_but_not_model_code() -> None:
    files = ("src/", "examples/lora/train.py", "tests/test_train.py", "third_party/x/train.py")
    library = detect_ml(make_repo(files=files, readme="# x\n"))
    assert (library.reason, library.trains, library.model_code) == (
        "it has `examples/lora/train.py`",
        False,
        False,
    )
    # The project's own scripts are named first, the least deep first.
    own = make_repo(
        topics=("pytorch",),
        files=("examples/a/train.py", "vendored/x/apis/train.py", "scripts/train.py"),
    )
    assert training_files(own) == [
        "scripts/train.py",
        "vendored/x/apis/train.py",
        "examples/a/train.py",
    ]
    assert detect_ml(own).model_code is True


@pytest.mark.parametrize(
    ("name", "trains"),
    [
        ("main_pretrain.py", True),  # mae
        ("run_finetune.sh", True),
        ("pretrain.py", True),
        ("pre-train_bert.ipynb", True),
        ("main.py", False),
        ("maintrain.py", False),
        ("trainer_utils.py", False),
        ("run_server.py", False),
    ],
)
def test_training_script_names(name: str, trains: bool) -> None:
    assert bool(training_files(make_repo(files=(name,)))) is trains


@pytest.mark.parametrize(
    ("name", "install", "package"),
    [
        # peft, vit-pytorch, litgpt, whisper: packages whose README trains with them.
        ("vit-pytorch", "```bash\n$ pip install vit-pytorch\n```", "vit-pytorch"),
        ("litgpt", "```bash\npip install 'litgpt[all]'\n```", "litgpt"),
        ("whisper", "```\npip install -U openai-whisper\n```", "openai-whisper"),
        ("x", "Then `uv add x>=1.2`.", None),  # a name too short to tell
        # A channel is not a package: `forge` is not installed by `-c conda-forge`.
        ("forge", "```bash\nconda install -c conda-forge numpy\n```", None),
        # Installing the frameworks, the requirements or the checkout is not a package.
        ("pytorch-tutorial", "```bash\npip install torch torchvision\n```", None),
        ("ml-utils", "```bash\npip install -r requirements.txt\npip install -e .\n```", None),
        ("CLIP", "```bash\npip install git+https://github.com/openai/CLIP.git\n```", None),
    ],
)
def test_a_package_installed_by_its_name_is_a_library_not_model_code(
    name: str, install: str, package: str | None
) -> None:
    readme = (
        f"# {name}\n\nImplementation of [ViT](https://arxiv.org/abs/2010.11929), the "
        f"paper.\n\n## Install\n\n{install}\n\n## Training\n\n```bash\npython train.py\n```\n"
    )
    repo = make_repo(name=name, topics=("pytorch",), files=("train.py",), readme=readme)
    assert installed_by_name(repo, analysis_for(repo)) == package
    assert detect_ml(repo).model_code is (package is None)
    # Published weights still make it model code.
    shipped = make_repo(
        name=name, topics=("pytorch",), files=("train.py", "model.safetensors"), readme=readme
    )
    assert detect_ml(shipped).model_code is True


def test_a_package_named_after_its_folder_in_the_repo_is_the_project_itself() -> None:
    # annotated_deep_learning_paper_implementations installs as labml-nn, from labml_nn/.
    readme = "# Paper implementations\n\n## Installation\n\n```bash\npip install labml-nn\n```\n"
    files = ("labml_nn/", "labml_nn/__init__.py", "labml_nn/gan/", "labml_nn/gan/train.py")
    repo = make_repo(name="annotated_deep_learning_paper_implementations", files=files,
                     topics=("pytorch",), readme=readme)  # fmt: skip
    assert installed_by_name(repo, analysis_for(repo)) == "labml-nn"
    assert detect_ml(repo).model_code is False
    # A framework it installs is not its own package, even with a folder of that name.
    notes = ("torchvision/", "torchvision/notes.md", "train.py")
    framework = readme.replace("labml-nn", "torchvision")
    other = make_repo(name="gan-zoo", files=notes, topics=("pytorch",), readme=framework)
    assert installed_by_name(other, analysis_for(other)) is None


@pytest.mark.parametrize(
    ("fields", "cue"),
    [
        ({"readme": "## Neural Networks: Zero to Hero\n\nA course on neural networks that "
                    "starts all the way at the basics. We read the paper together.\n"},
         "A course"),
        ({"readme": "# LLMs\n\nThe official code repository for the book Build a Large "
                    "Language Model.\n"},
         "the book"),
        ({"readme": "# grad\n\nA tiny autograd engine. Useful for educational purposes.\n"},
         "educational purposes"),
        ({"description": "Notebooks of my university course on deep learning",
          "readme": "# dl\n"},
         "my university course"),
        ({"readme": "# pytorch-tutorial\n\nThis repository provides tutorial code for deep "
                    "learning researchers to learn PyTorch.\n"},
         "tutorial code"),
        ({"readme": "## 100 numpy exercises\n\nThis is a collection of numpy exercises from "
                    "the mailing list.\n"},
         "collection of numpy exercises"),
        ({"readme": "# PyTorch Sentiment Analysis\n\nThis repo contains tutorials covering "
                    "sequence classification models.\n"},
         "contains tutorials"),
    ],
)  # fmt: skip
def test_teaching_material_is_not_model_code(fields: dict, cue: str) -> None:
    facts = detect_ml(make_repo(topics=("pytorch",), files=("train.py",), **fields))
    assert facts.teaching == cue
    # Its notebooks train models to teach, and the papers it names are the ones it teaches.
    assert (facts.model_code, facts.paper) == (False, None)


@pytest.mark.parametrize(
    "readme",
    [
        "# recsys\n\nA book recommender trained on ratings. Of course it is fast.\n",
        "# grades\n\nPredicts the course ratings of students from the lecture slides.\n",
        "# x\n\nCode of our paper.\n\n## Training\n\nOver the course of training, the loss "
        "falls.\n",
        "# x\n\nCode for our NeurIPS workshop paper on sparse attention.\n",
        "# x\n\nA model that writes tutorial text for novices, and a set of exercises to "
        "test it.\n",
        # Teaching words far down the README, not in its opening, do not count.
        "# x\n\nCode of our paper.\n\n" + "Results. " * 300 + "\n\nSee the course notes.\n",
    ],
)
def test_models_about_books_or_courses_are_not_teaching_material(readme: str) -> None:
    facts = detect_ml(make_repo(topics=("pytorch",), files=("train.py",), readme=readme))
    assert facts.teaching is None
    assert facts.model_code is True


def test_notebook_only() -> None:
    notes = make_repo(topics=("kaggle",), files=("a.ipynb", "b.ipynb", "utils.py"))
    assert detect_ml(notes).notebook_only is True
    package = make_repo(topics=("kaggle",), files=("a.ipynb", "b.ipynb", "src/", "train.py"))
    assert detect_ml(package).notebook_only is False
    # ml-interviews-book: a book built to HTML, with one notebook that tags its pages.
    book = make_repo(topics=("kaggle",), language="HTML", files=("SUMMARY.md", "ga_tag.ipynb"))
    assert detect_ml(book).notebook_only is False


def test_paper_cues_and_frameworks() -> None:
    assert paper_cue("See https://arxiv.org/abs/2106.09685 for details") == "arxiv.org/abs/"
    assert paper_cue("Official PyTorch implementation of CALS") == "Official PyTorch implementation"
    assert paper_cue("@inproceedings{x2024,") == "@inproceedings{"
    assert paper_cue("A paper airplane simulator") is None
    assert paper_cue("Paper: https://doi.org/10.1145/3292500.3330701") == "doi.org/10."
    # A DOI of a software archive (tqdm's Zenodo badge) is no paper.
    assert paper_cue("Cite: https://doi.org/10.5281/zenodo.595120") is None
    assert paper_cue("Data: https://doi.org/10.6084/m9.figshare.123") is None


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("[[Blog]](https://x.org) [[Paper]](https://arxiv.org/abs/2103.00020)", "arxiv.org/abs/"),
        ("[![arXiv](https://img.shields.io/badge/arXiv-2103.00020-red)](https://arxiv.org/abs/2103.00020)",
         "arxiv.org/abs/"),
        ("Code for [Learning Transferable Models](https://arxiv.org/abs/2103.00020).",
         "arxiv.org/abs/"),
        ("Preprint: arXiv:2103.00020", "arXiv:2103.00020"),
        # Someone else's paper: a term with its reference, or a list of references.
        ("A small re-implementation. Indices feed into a [Transformer](https://arxiv.org/abs/1706.03762).",
         None),
        ("# minGPT\n\n## References\n\n- [GPT-2](https://arxiv.org/abs/1905.00001)\n"
         "\n#### Language Models are Few-Shot Learners\n\n- https://arxiv.org/abs/2005.14165\n",
         None),
        ("## Acknowledgements\n\nWe use [LoRA](https://arxiv.org/abs/2106.09685).\n", None),
        # llama2.c: a paper named in passing is someone else's; "the paper" is the project's.
        ("Look at the table at the end of the [Chinchilla paper](https://arxiv.org/abs/2203.15556).",
         None),
        ("Details: [full paper](https://arxiv.org/abs/2203.15556).", "arxiv.org/abs/"),
        # A re-implementation of someone else's paper; the authors' own implementation.
        ("This model will be an implementation of [Convolutional Neural Networks for Sentence "
         "Classification](https://arxiv.org/abs/1408.5882).", None),
        ("The authors' PyTorch implementation of [Sparse Attention](https://arxiv.org/abs/1904.10509).",
         "arxiv.org/abs/"),
        # The authors' code named as living elsewhere: this is a re-implementation.
        ("> The official Tensorflow Implementation can be found in: [tensorflow/tensor2tensor]"
         "(https://github.com/tensorflow/tensor2tensor).", None),
        ("Official PyTorch implementation of StyleGAN3.", "Official PyTorch implementation"),
        # A comment in a code block is not a heading that ends the references.
        ("## References\n\n```sh\n# download the data\n```\n\nhttps://arxiv.org/abs/1905.00001\n",
         None),
        # After the references, a section of the project's own counts again.
        ("## References\n\n- https://arxiv.org/abs/1905.00001\n\n## Paper\n\n"
         "https://arxiv.org/abs/2401.00001\n", "arxiv.org/abs/"),
        # A @misc entry published at a code host cites the software, not a paper...
        ("```bibtex\n@Misc{peft,\n  title = {{PEFT}: Fine-Tuning methods},\n  howpublished = "
         "{\\url{https://github.com/huggingface/peft}},\n  year = {2022}\n}\n```\n", None),
        # ...unless it says where the paper appeared; a later paper entry still counts.
        ("@misc{x,\n  url = {https://github.com/a/x},\n  eprint = {2401.00001},\n}\n",
         "@misc{"),
        ("@misc{x,\n  url = {https://github.com/a/x}\n}\n@article{y,\n  journal = {JMLR}\n}\n",
         "@article{"),
    ],
)  # fmt: skip
def test_only_the_projects_own_paper_is_a_cue(text: str, cue: str | None) -> None:
    assert paper_cue(text) == cue
    assert framework_in_readme("$ conda install -c conda-forge lightgbm\n") == "lightgbm"
    assert framework_in_readme("import torchvision.transforms as T") == "torchvision"
    assert framework_in_readme("We like pip install and torches.") is None


def test_a_collection_of_examples_each_with_its_readme_is_not_model_code() -> None:
    readme = (
        "# Examples\n\nExamples of using PyTorch.\n\n- [MNIST](./mnist/README.md)\n- [VAE](vae)\n"
        "\nThe VAE one summarises the paper it implements.\n"
    )
    files = ("mnist/README.md", "mnist/train.py", "vae/README.md", "vae/main.py")
    facts = detect_ml(make_repo(topics=("pytorch",), files=files, readme=readme))
    # A portfolio of projects: the papers its projects name are not one paper it is the code of.
    assert (facts.collection, facts.model_code, facts.paper) == (True, False, None)
    # One linked folder with a README is a part of the project.
    alone = ("mnist/README.md", "mnist/train.py", "vae/main.py")
    part = detect_ml(make_repo(topics=("pytorch",), files=alone, readme=readme))
    assert (part.collection, part.model_code) == (False, True)


def test_notebooks_spread_over_many_folders_are_examples_not_model_code() -> None:
    # huggingface/notebooks: "Notebooks using the Hugging Face libraries", 1,500 of them.
    readme = "# notebooks\nNotebooks using the Hugging Face libraries\n"
    folders = ("course", "diffusers", "peft", "transformers_doc", "examples")
    spread = tuple(f"{folder}/nb{i}.ipynb" for folder in folders for i in range(4))
    spread += ("diffusers/training_example.ipynb",)
    facts = detect_ml(make_repo(topics=("pytorch",), files=spread, readme=readme))
    assert (facts.collection, facts.model_code) == (True, False)
    # Fewer folders, or a notebook at the root, is one project's notebooks.
    few = tuple(p for p in spread if not p.startswith(("peft/", "examples/")))
    assert detect_ml(make_repo(topics=("pytorch",), files=few, readme=readme)).model_code
    rooted = (*spread, "train.ipynb")
    assert detect_ml(make_repo(topics=("pytorch",), files=rooted, readme=readme)).model_code
    # A training script of its own beside notebooks of analyses: one project's model.
    scripted = (*spread, "src/train.py")
    assert detect_ml(make_repo(topics=("pytorch",), files=scripted, readme=readme)).model_code
    # ...but one example's own script, deep in its folder, does not make the whole one model.
    deep = (*spread, "peft/lora_example/scripts/train.py")
    assert not detect_ml(make_repo(topics=("pytorch",), files=deep, readme=readme)).model_code


def test_a_readme_naming_a_framework_and_showing_training_is_ml() -> None:
    # The usual personal project: no topic, a main.py, and a README that trains.
    readme = (
        "# Train CIFAR10 with PyTorch\n\nI'm playing with PyTorch on CIFAR10.\n\n"
        "## Training\n\n```\npython main.py --lr 0.1\n```\n"
    )
    project = make_repo(language="Python", files=("main.py", "models/"), readme=readme)
    assert ml_reason(project) == "its README names PyTorch and shows how to train"
    assert detect_ml(project).model_code is True
    # Naming a framework without training, or training without code to run, is not enough.
    tool = make_repo(language="Python", readme="# x\n\nExports PyTorch models to ONNX.\n")
    assert ml_reason(tool) is None
    guide = make_repo(language=None, files=("README.md", "img/roadmap.png"), readme=readme)
    assert ml_reason(guide) is None


@pytest.mark.parametrize(
    ("opening", "model_code"),
    [
        # A library with a paper of its own ships no model.
        ("Ecco is a python library for exploring and explaining NLP models.", False),
        ("This repository provides a toolkit for probing language models.", False),
        # Papers present their models as frameworks: still the code of a model.
        ("SimCLR is a simple framework for contrastive learning of representations.", True),
        ("Code for our paper on sparse attention.", True),
    ],
)
def test_a_library_with_its_own_paper_is_not_model_code(opening: str, model_code: bool) -> None:
    readme = f"# x\n\n{opening}\n\nRead [the paper](https://arxiv.org/abs/2104.00001).\n"
    facts = detect_ml(make_repo(topics=("pytorch",), files=("x/core.py",), readme=readme))
    assert facts.paper is not None
    assert facts.model_code is model_code


def test_a_paper_named_after_the_project_is_its_own() -> None:
    text = "Read the [DETR paper](https://arxiv.org/abs/2005.12872) for details."
    assert paper_cue(text, name="detr") == "arxiv.org/abs/"
    assert paper_cue(text, name="llama2.c") is None


@pytest.mark.parametrize(
    ("opening", "model_code"),
    [
        # detectron2: its tools/train_net.py trains models with the library.
        ("Detectron2 is Facebook AI Research's next generation library for detection.", False),
        ("x is an open source object detection toolbox based on PyTorch.", False),
        ("tinygrad is an end-to-end deep learning stack:", False),
        ("Official PyTorch implementation of our detector.", True),
    ],
)
def test_a_library_with_training_scripts_is_not_model_code(opening: str, model_code: bool) -> None:
    readme = f"# x\n\n{opening}\n\n## Installation\n\nSee the docs.\n"
    repo = make_repo(topics=("pytorch",), files=("tools/train_net.py", "x/core.py"), readme=readme)
    assert detect_ml(repo).model_code is model_code
