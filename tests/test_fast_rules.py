"""The fast attribute ruler gives the model's own parts of speech, morphology and lemmas."""

from pathlib import Path

from workbench import settings
from workbench.fast_rules import FastAttributeRuler, UnsupportedRule, _compile_test
from workbench.nlp import load_pipeline

ROOT = Path(__file__).resolve().parent.parent


def token_view(doc):
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_) for t in doc]


def test_same_annotations_as_the_models_attribute_ruler_on_real_articles(monkeypatch):
    fast = load_pipeline()
    assert "workbench_fast_attribute_ruler" in fast.pipe_names and "attribute_ruler" not in fast.pipe_names
    monkeypatch.setattr(settings, "FAST_ATTRIBUTES", False)
    plain = load_pipeline()
    assert "attribute_ruler" in plain.pipe_names
    texts = [p.read_text(encoding="utf-8") for folder in ("seeds", "tests/heldout", "tests/heldout2")
             for p in sorted((ROOT / folder).glob("*.txt"))]
    texts.append("Y'all gonna let's c'mon, there are gotta ain't nothing: it's what they're doing.")
    tokens = 0
    for a, b in zip(plain.pipe(texts), fast.pipe(texts)):
        assert token_view(a) == token_view(b)
        tokens += len(a)
    assert tokens > 10000


def test_rules_it_cannot_compile_keep_the_original():
    import pytest

    with pytest.raises(UnsupportedRule):
        _compile_test("SHAPE", "Xxxx")
    with pytest.raises(UnsupportedRule):
        _compile_test("LOWER", {"FUZZY": "kim"})

    class Ruler:  # the shape of spaCy's AttributeRuler that the compiler reads
        patterns = [{"patterns": [[{"LENGTH": 3}]], "attrs": {"POS": "X"}, "index": 0}]
        attrs = [{}]
        indices = [0]

    with pytest.raises(UnsupportedRule):
        FastAttributeRuler(Ruler())
