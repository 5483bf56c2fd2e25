from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture
def make_corpus(tmp_path):
    """Write {name: str | bytes} into a fresh corpus folder and return its path."""
    def make(files: dict, name: str = "corpus") -> Path:
        root = tmp_path / name
        root.mkdir()
        for filename, content in files.items():
            path = root / filename
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root
    return make
