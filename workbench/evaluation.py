"""Scoring extracted tables against hand annotations (entity-level precision, recall, F1).

A predicted row matches an annotated entity when its name or one of its aliases has the same
name key as one of the entity's accepted names. Each annotated entity is matched at most once:
a second row for the same person or place counts as an error, as the issue's scoring does.
"""

from __future__ import annotations

from dataclasses import dataclass

from workbench.names import name_key


@dataclass(frozen=True)
class Score:
    true_positives: int
    false_positives: int
    false_negatives: int
    matches: dict  # annotated name -> predicted row index

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 0.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f} "
                f"(tp {self.true_positives}, fp {self.false_positives}, fn {self.false_negatives})")


def score_entities(predicted: list[list[str]], gold: dict[str, list[str]]) -> Score:
    """`predicted`: each row's names (canonical name first, then aliases); `gold`: each annotated
    entity's canonical name -> other accepted names."""
    gold_keys = {g: {name_key(n) for n in [g, *alts]} for g, alts in gold.items()}
    matches: dict[str, int] = {}
    false_positives = 0
    for i, names in enumerate(predicted):
        keys = {name_key(n) for n in names if n}
        # a row matches through its canonical name first, then through its aliases
        hit = next((g for g, ks in gold_keys.items() if name_key(names[0]) in ks), None)
        if hit is None:
            hit = next((g for g, ks in gold_keys.items() if keys & ks), None)
        if hit is None or hit in matches:
            false_positives += 1
        else:
            matches[hit] = i
    return Score(len(matches), false_positives, len(gold) - len(matches), matches)
