"""The install commands of a README: which packages `pip install ...` names."""

from __future__ import annotations

import pytest

from checks.install_args import install_commands


@pytest.mark.parametrize(
    ("text", "packages", "other"),
    [
        ("pip install torch numpy", ("torch", "numpy"), False),
        ("$ pip3 install -U openai-whisper", ("openai-whisper",), False),
        ("python -m pip install 'transformers[torch]>=4.40' tqdm", ("transformers", "tqdm"), False),
        # A channel, an index or a file after its flag is not a package.
        ("conda install -c conda-forge faiss-cpu", ("faiss-cpu",), False),
        ("pip install -i https://test.pypi.org/simple/ mypkg", ("mypkg",), False),
        ("pip install -r requirements.txt", (), True),
        ("pip install -e .", (), True),
        ("pip install --editable .[dev] torch", ("torch",), True),
        ("pip install git+https://github.com/openai/CLIP.git", (), True),
        ("pip install ./dist/pkg-1.0.whl", (), True),
        # The command ends at a comment or at the next command of the line.
        ("pip install torch  # the CPU build is enough", ("torch",), False),
        ("pip install torch && python train.py --epochs 3", ("torch",), False),
        ("pip install numpy; python run.py", ("numpy",), False),
        ("uv add httpx", ("httpx",), False),
        ("poetry add pandas@^2.0", ("pandas",), False),
    ],
)
def test_packages_installed_by_name(text: str, packages: tuple[str, ...], other: bool) -> None:
    (command,) = install_commands(text)
    assert (command.packages, command.other) == (packages, other)


def test_commands_are_found_in_order_with_their_text_and_offset() -> None:
    text = "Install:\n\n    pip install torch==2.3.1 && pip install -e .  # editable\n"
    first, second = install_commands(text)
    assert (first.start, first.text, first.requirements) == (
        text.index("pip"),
        "pip install torch==2.3.1",
        ("torch==2.3.1",),
    )
    assert (second.text, second.packages, second.other) == ("pip install -e .", (), True)
    assert list(install_commands("No command here; pip is the installer.")) == []
