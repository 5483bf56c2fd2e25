"""Name keys: the comparable form of a person's or place's name."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache


def without_accents(text: str) -> str:
    """Text without its accents, for matching names however they are written ("Hürriyet", "Tánaiste")."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@lru_cache(maxsize=200_000)
def name_key(text: str) -> str:
    """Lower case, no accents, no periods or possessives, hyphens as spaces:
    "Kim Jong-un", "Kim Jong Un" and "Kim Jong-Un’s" all give "kim jong un"."""
    text = text.replace("’", "'").replace("‘", "'").strip()
    text = re.sub(r"'s?$", "", text)
    text = without_accents(text)
    text = re.sub(r"[.\u2010-\u2015\-]+", " ", text.lower())
    text = re.sub(r"[^\w' ]+", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name_key(text)).strip("-") or "x"


def is_subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(word in it for word in short)


def one_edit_apart(a: str, b: str) -> bool:
    """Transliteration variants: "sergei"/"sergey", "zelensky"/"zelenskyy"."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1:] == short for i in range(len(long)))


def compatible_full_names(a: list[str], b: list[str]) -> bool:
    """Two multi-word names of one person: equal up to a transliteration variant or an initial
    of one word ("Sergei" / "Sergey Lavrov", "V.Petrov" / "Vladimir Petrov"), or the shorter is
    the longer with a middle part left out ("Donald Trump" / "Donald J. Trump"), its first name
    left out ("Ishaq Dar" / "Mohammad Ishaq Dar") or cut at its end ("Moon Jae" / "Moon Jae In")."""
    if a == b:
        return True
    if _generation(a) != _generation(b):
        return False  # "Donald Trump" and "Donald Trump Jr.": father and son
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1 and all(
            one_edit_apart(x, y) or _initial_of(x, y) or _initial_of(y, x) for x, y in zip(a, b))
    short, long = (a, b) if len(a) < len(b) else (b, a)
    if len(short) < 2:
        return False
    same_ends = short[0] == long[0] and short[-1] == long[-1] and is_subsequence(short, long)
    if long[-len(short):] == short and long[-len(short) - 1] in PATRONYMIC_WORDS:
        return False  # "Salman bin Abdulaziz Al Saud" is the father of "Mohammed bin Salman bin Abdulaziz Al Saud"
    return same_ends or long[: len(short)] == short or long[-len(short):] == short


def _initial_of(initial: str, word: str) -> bool:
    """"v" of "vladimir": the initial a name is written with ("V.Putin", "V. Putin")."""
    return len(initial) == 1 and len(word) > 1 and word.startswith(initial)


GENERATIONS = frozenset({"jr", "sr", "ii", "iii", "iv"})
#: Words that join a name to the father's: "Mohammed bin Salman" is Salman's son.
PATRONYMIC_WORDS = frozenset({"bin", "ibn", "bint", "binti"})
#: Regnal numbers after a monarch's name ("Abdullah II", "Frederik X"), lower case.
REGNAL_NUMBERS = ("ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi")


def _generation(words: list[str]) -> str:
    """The generational suffix a name key ends with ("jr"), or ""."""
    return words[-1] if len(words) > 2 and words[-1] in GENERATIONS else ""


#: Social media platforms (general knowledge), which share buttons and "wrote on X" name.
PLATFORMS = frozenset({"twitter", "facebook", "instagram", "tiktok", "youtube", "whatsapp", "telegram", "linkedin",
                       "wechat", "weibo", "vkontakte", "kakao", "kakaotalk", "bluesky", "snapchat"})


#: Capital letters with full stops and nothing else: "A.A.P.", "U. S.", "I.A.S." (initials without a
#: surname; one full stop to a letter).
DOTTED_LETTERS = re.compile(r"(?:[A-Z]\.\s?){2,}")


def names_a_platform(text: str) -> bool:
    """Whether a span names a social media platform ("wrote on Twitter", "Facebook | Twitter"):
    no one's name, and no place."""
    return bool(set(name_key(text).split()) & PLATFORMS)
