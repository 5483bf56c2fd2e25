"""Digests of the workbench's own code, so that caches know when what made them has changed."""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from workbench import __version__

PACKAGE = Path(__file__).parent


@lru_cache(maxsize=8)
def code_digest(names: tuple[str, ...]) -> str:
    """A hash of the named files and folders of the package (and the package version)."""
    digest = hashlib.sha256(__version__.encode())
    for name in names:
        path = PACKAGE / name
        for file in sorted(path.rglob("*")) if path.is_dir() else [path]:
            if file.is_file():
                digest.update(file.name.encode() + file.read_bytes())
    return digest.hexdigest()
