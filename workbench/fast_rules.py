"""A faster stand-in for the model's `attribute_ruler`, compiled from the model's own rules.

spaCy's English models map each fine-grained tag to a part of speech and morphology, plus a few
hundred exceptions, with an AttributeRuler built on the general-purpose Matcher; on news text
that costs about an eighth of the whole pipeline. Almost every rule is a single token with a tag,
so here the rules are indexed by the word or tag they need and checked with integer comparisons
on the tokens' attributes read once with `Doc.to_array`, then applied exactly as the
AttributeRuler does: every match first, then the attributes in rule order (later rules win), on
the token the rule's index names. A rule this module cannot compile (an operator it does not
know) keeps the original component in place. `tests/test_fast_rules.py` checks that parts of
speech, morphology and lemmas come out identical on real articles.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace

#: Token attributes a rule may test, in the order of the columns `Doc.to_array` gives them.
_COLUMNS = ("TAG", "LOWER", "ORTH", "DEP", "POS", "IS_SPACE")


class UnsupportedRule(Exception):
    """A rule uses an attribute or operator this module does not compile."""


def _value_id(key: str, value, strings) -> int:
    """The integer `Doc.to_array` gives for a string or boolean value of attribute `key`."""
    if key == "IS_SPACE":
        return int(bool(value))
    if key == "POS":
        from spacy.parts_of_speech import IDS

        return IDS.get(value, -1)
    return strings.add(value) if strings is not None else hash(value)


def _compile_test(key: str, value, strings=None) -> tuple[int, str, object]:
    """One constraint of a token pattern as (column, operator, argument) on `to_array` integers;
    a regular expression is matched on the column's string."""
    if key not in _COLUMNS:
        raise UnsupportedRule(key)
    col = _COLUMNS.index(key)
    if isinstance(value, (str, bool)):
        return col, "eq", _value_id(key, value, strings)
    if isinstance(value, dict) and len(value) == 1:
        (op, arg), = value.items()
        if op == "IN":
            return col, "in", frozenset(_value_id(key, v, strings) for v in arg)
        if op == "NOT_IN":
            return col, "not_in", frozenset(_value_id(key, v, strings) for v in arg)
        if op == "REGEX" and key in ("LOWER", "ORTH"):
            return col, "regex", re.compile(arg)
    raise UnsupportedRule(f"{key}: {value!r}")


@dataclass(frozen=True)
class _Rule:
    order: int
    tests: tuple[tuple[tuple[int, str, object], ...], ...]  # per token of the pattern, its constraints
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
    """Callable pipeline component equivalent to the AttributeRuler it was compiled from.

    The tokens' attributes are read once as integers (`Doc.to_array`), each rule is looked up
    by the value it needs and checked with integer comparisons, and each token that a rule
    names gets the attributes of all its rules in one write, later rules winning, as the
    AttributeRuler applies them one after another."""

    def __init__(self, ruler):
        from spacy.tokens._retokenize import set_token_attrs

        self._set = set_token_attrs
        vocab = getattr(ruler, "vocab", None)
        self._strings = vocab.strings if vocab is not None else None
        # one-token rules, looked up by (column, value); the rest tried on every position
        self.index: dict[int, dict[int, list[_Rule]]] = {}
        self.unindexed: list[_Rule] = []
        for order, spec in enumerate(ruler.patterns):
            for pattern in spec["patterns"]:
                tests = tuple(tuple(_compile_test(k, v, self._strings) for k, v in token.items()) for token in pattern)
                rule = _Rule(order, tests, ruler.attrs[order], ruler.indices[order])
                found = _index_values(pattern[0])
                if found is None:
                    self.unindexed.append(rule)
                else:
                    key, values = found
                    col = _COLUMNS.index(key)
                    table = self.index.setdefault(col, defaultdict(list))
                    # (the looked-up constraint holds; a one-token rule checks only the others)
                    rest = tuple(t for t in tests[0] if t[0] != col or t[1] not in ("eq", "in"))
                    entry = rule if len(tests) > 1 else replace(rule, tests=(rest,))
                    for value in values:
                        table[_value_id(key, value, self._strings)].append(entry)
        self._tables = [(col, dict(table)) for col, table in sorted(self.index.items(), key=lambda kv: _INDEX_KEYS.index(_COLUMNS[kv[0]]))]

    def _passes(self, row, tests) -> bool:
        for col, op, arg in tests:
            value = row[col]
            if op == "eq":
                if value != arg:
                    return False
            elif op == "in":
                if value not in arg:
                    return False
            elif op == "not_in":
                if value in arg:
                    return False
            elif arg.search(self._strings[value]) is None:
                return False
        return True

    def __call__(self, doc):
        from spacy.attrs import IDS

        rows = doc.to_array([IDS[c] for c in _COLUMNS]).tolist() if len(doc) else []
        n = len(rows)
        matches = []
        passes = self._passes
        for i, row in enumerate(rows):
            for col, table in self._tables:
                for rule in table.get(row[col], ()):
                    tests = rule.tests
                    if len(tests) == 1:
                        if not tests[0] or passes(row, tests[0]):
                            matches.append((rule.order, i, rule))
                    elif i + len(tests) <= n and all(passes(rows[i + k], t) for k, t in enumerate(tests)):
                        matches.append((rule.order, i, rule))
            for rule in self.unindexed:
                if i + len(rule.tests) <= n and all(passes(rows[i + k], t) for k, t in enumerate(rule.tests)):
                    matches.append((rule.order, i, rule))
        matches.sort(key=lambda m: (m[0], m[1]))
        merged: dict[int, dict] = {}
        for _, start, rule in matches:
            merged.setdefault(start + rule.index, {}).update(rule.attrs)
        for i, attrs in merged.items():
            self._set(doc[i], attrs)
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
