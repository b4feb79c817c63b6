"""Accuracy and macro-F1 of a classifier on labelled items (pure: labels in, scores out)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class LabelScore:
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class Evaluation:
    accuracy: float
    macro_f1: float
    per_label: dict[str, LabelScore]
    errors: list[tuple[int, str, str]]
    """(index, expected, predicted) of each miss."""


def evaluate(expected: Sequence[str], predicted: Sequence[str], labels: Sequence[str]) -> Evaluation:
    """Accuracy (0..1) and per-label precision/recall/F1 with their unweighted mean over ``labels``."""
    if len(expected) != len(predicted) or not expected:
        raise ValueError("expected and predicted must be non-empty and of one length")
    per_label: dict[str, LabelScore] = {}
    for label in labels:
        tp = sum(e == label and p == label for e, p in zip(expected, predicted, strict=True))
        fp = sum(e != label and p == label for e, p in zip(expected, predicted, strict=True))
        fn = sum(e == label and p != label for e, p in zip(expected, predicted, strict=True))
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_label[label] = LabelScore(precision, recall, f1, tp + fn)
    hits = sum(e == p for e, p in zip(expected, predicted, strict=True))
    errors = [(i, e, p) for i, (e, p) in enumerate(zip(expected, predicted, strict=True)) if e != p]
    return Evaluation(
        hits / len(expected), sum(s.f1 for s in per_label.values()) / len(labels), per_label, errors
    )
