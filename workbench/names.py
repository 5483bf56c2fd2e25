"""Name keys: the comparable form of a person's or place's name."""

from __future__ import annotations

import re
import unicodedata


def name_key(text: str) -> str:
    """Lower case, no accents, no periods or possessives, hyphens as spaces:
    "Kim Jong-un", "Kim Jong Un" and "Kim Jong-Un’s" all give "kim jong un"."""
    text = text.replace("’", "'").replace("‘", "'").strip()
    text = re.sub(r"'s?$", "", text)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(r"[.\u2010-\u2015\-]+", " ", text.lower())
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "x"


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def compatible_full_names(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: equal, or the shorter is the longer with a middle part
    left out ("Donald Trump" / "Donald J. Trump") or cut at its end ("Moon Jae" / "Moon Jae In")."""
    if a == b:
        return True
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2 or len(short) == len(long):
        return False
    same_ends = short[0] == long[0] and short[-1] == long[-1] and is_subsequence(short, long)
    return same_ends or long[: len(short)] == short
