"""A faster stand-in for the model's `attribute_ruler`, compiled from the model's own rules.

spaCy's English models map each fine-grained tag to a part of speech and morphology, plus a few
hundred exceptions, with an AttributeRuler built on the general-purpose Matcher; on news text
that costs about an eighth of the whole pipeline. Almost every rule is a single token with a tag,
so here the rules are indexed by the word or tag they need and checked with plain comparisons, then applied exactly as
the AttributeRuler does: every match first, then the attributes in rule order (later rules win),
on the token the rule's index names. A rule this module cannot compile (an operator it does not
know) keeps the original component in place. `tests/test_fast_rules.py` checks that parts of
speech, morphology and lemmas come out identical on real articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Callable

_ATTRIBUTES: dict[str, Callable] = {
    "TAG": lambda t: t.tag_, "LOWER": lambda t: t.lower_, "ORTH": lambda t: t.text, "DEP": lambda t: t.dep_,
    "POS": lambda t: t.pos_, "LEMMA": lambda t: t.lemma_, "IS_SPACE": lambda t: t.is_space,
}


class UnsupportedRule(Exception):
    """A rule uses an attribute or operator this module does not compile."""


def _predicate(key: str, value) -> Callable:
    get = _ATTRIBUTES.get(key)
    if get is None:
        raise UnsupportedRule(key)
    if isinstance(value, (str, bool)):
        return lambda t: get(t) == value
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            allowed = frozenset(arg)
            return lambda t: get(t) in allowed
        if op == "NOT_IN":
            banned = frozenset(arg)
            return lambda t: get(t) not in banned
        if op == "REGEX":
            pattern = re.compile(arg)
            return lambda t: pattern.search(get(t)) is not None
    raise UnsupportedRule(f"{key}: {value!r}")


@dataclass(frozen=True)
class _Rule:
    order: int
    tests: tuple[tuple[Callable, ...], ...]  # per token of the pattern, the checks it must pass
    attrs: dict
    index: int


#: Attributes a one-token rule can be looked up by, in order of preference (the most selective).
_INDEX_KEYS = ("LOWER", "ORTH", "TAG", "DEP", "POS", "IS_SPACE")


def _index_values(token_pattern: dict) -> tuple[str, list] | None:
    """(attribute, the values it may take) for one equality or IN constraint of a token pattern."""
    for key in _INDEX_KEYS:
        value = token_pattern.get(key)
        if isinstance(value, (str, bool)):
            return key, [value]
        if isinstance(value, dict) and list(value) == ["IN"]:
            return key, list(value["IN"])
    return None


class FastAttributeRuler:
    """Callable pipeline component equivalent to the AttributeRuler it was compiled from."""

    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        # one-token rules, looked up by (attribute, value); the rest tried on every position
        self.index: dict[str, dict[object, list[_Rule]]] = {k: defaultdict(list) for k in _INDEX_KEYS}
        self.unindexed: list[_Rule] = []
        for order, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                tests = tuple(tuple(_predicate(k, v) for k, v in token.items()) for token in pattern)
                rule = _Rule(order, tests, ruler.attrs[order], ruler.indices[order])
                found = _index_values(pattern[0])
                if found is None:
                    self.unindexed.append(rule)
                else:
                    key, values = found
                    for value in values:
                        self.index[key][value].append(rule)
        self._getters = [(_ATTRIBUTES[k], self.index[k]) for k in _INDEX_KEYS if self.index[k]]

    def __call__(self, doc):
        matches = []
        n = len(doc)
        for token in doc:
            i = token.i
            for get, table in self._getters:
                for rule in table.get(get(token), ()):
                    if i + len(rule.tests) <= n and all(
                            all(test(doc[i + k]) for test in rule.tests[k]) for k in range(len(rule.tests))):
                        matches.append((rule.order, i, rule))
            for rule in self.unindexed:
                if i + len(rule.tests) <= n and all(
                        all(test(doc[i + k]) for test in rule.tests[k]) for k in range(len(rule.tests))):
                    matches.append((rule.order, i, rule))
        matches.sort(key=lambda m: (m[0], m[1]))
        for _, start, rule in matches:
            self._set(doc[start + rule.index], rule.attrs)
        return doc


def _make(nlp, name):
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def speed_up(nlp) -> bool:
    """Put a FastAttributeRuler in place of the model's attribute_ruler; False when a rule
    cannot be compiled (the original stays)."""
    from spacy.language import Language

    if "attribute_ruler" not in nlp.pipe_names:
        return False
    if not Language.has_factory("workbench_fast_attribute_ruler"):
        Language.factory("workbench_fast_attribute_ruler", func=_make)
    try:
        nlp.add_pipe("workbench_fast_attribute_ruler", after="attribute_ruler")
    except UnsupportedRule:
        return False
    nlp.remove_pipe("attribute_ruler")
    return True
