"""Metrics shared by the scorers: precision/recall/F1, span overlap, B-cubed and CoNLL-style cluster scores.

>>> PRF(tp=3, fp=1, fn=1).f1
0.75
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    """Counts of true positives, false positives and false negatives, with P, R and F1."""

    tp: float = 0
    fp: float = 0
    fn: float = 0

    @property
    def precision(self) -> float:
        """tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn), 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: PRF) -> PRF:
        return PRF(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self, prefix: str = "") -> dict[str, float]:
        """``{prefix}precision``, ``{prefix}recall``, ``{prefix}f1`` and the counts."""
        return {f"{prefix}precision": self.precision, f"{prefix}recall": self.recall, f"{prefix}f1": self.f1,
                f"{prefix}tp": self.tp, f"{prefix}fp": self.fp, f"{prefix}fn": self.fn}


def overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters two spans share.

    >>> overlap((0, 10), (5, 20))
    5
    """
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def overlap_ratio(gold: tuple[int, int], pred: tuple[int, int]) -> float:
    """Shared characters over the longer span's length (1.0 for identical spans).

    >>> overlap_ratio((0, 10), (0, 5))
    0.5
    """
    longest = max(gold[1] - gold[0], pred[1] - pred[0])
    return overlap(gold, pred) / longest if longest > 0 else 0.0


def match_spans(gold: list[tuple[int, int]], pred: list[tuple[int, int]],
                min_ratio: float = 1.0) -> list[tuple[int, int]]:
    """Greedy one-to-one matching of spans, best overlap first; pairs of (gold index, predicted index).

    ``min_ratio=1.0`` asks for exact spans; lower values accept partial overlaps (:func:`overlap_ratio`).

    >>> match_spans([(0, 5), (10, 15)], [(10, 15), (0, 4)], min_ratio=0.5)
    [(1, 0), (0, 1)]
    """
    scored = [(overlap_ratio(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)
              if overlap(g, p) > 0]
    scored.sort(key=lambda x: (-x[0], x[1], x[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for ratio, gi, pi in scored:
        if ratio + 1e-9 >= min_ratio and gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return pairs


def bcubed(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> PRF:
    """B-cubed precision/recall over items present in both maps (item -> cluster id).

    Returned as a PRF whose ``precision``/``recall``/``f1`` are the B-cubed figures.

    >>> bcubed({1: "a", 2: "a", 3: "b"}, {1: "x", 2: "x", 3: "x"}).recall
    1.0
    """
    items = [i for i in gold if i in pred]
    if not items:
        return PRF()
    g_members = _members({i: gold[i] for i in items})
    p_members = _members({i: pred[i] for i in items})
    prec = rec = 0.0
    for i in items:
        g, p = g_members[gold[i]], p_members[pred[i]]
        common = len(g & p)
        prec += common / len(p)
        rec += common / len(g)
    return _ratio_prf(prec / len(items), rec / len(items))


def muc(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> PRF:
    """MUC link-based precision/recall over items present in both maps.

    >>> round(muc({1: "a", 2: "a", 3: "a"}, {1: "x", 2: "x", 3: "y"}).recall, 2)
    0.5
    """
    items = [i for i in gold if i in pred]
    g_members = _members({i: gold[i] for i in items})
    p_members = _members({i: pred[i] for i in items})
    recall = _muc_side(g_members.values(), pred)
    precision = _muc_side(p_members.values(), gold)
    return _ratio_prf(precision, recall)


def conll_f1(gold: Mapping[Hashable, Hashable], pred: Mapping[Hashable, Hashable]) -> float:
    """CoNLL F1: the mean of MUC and B-cubed F1 (CEAF-e is not computed; documented in docs/evaluation.md).

    >>> conll_f1({"a": 1, "b": 1, "c": 2}, {"a": 1, "b": 1, "c": 2})
    1.0
    >>> round(conll_f1({"a": 1, "b": 1, "c": 1}, {"a": 1, "b": 2, "c": 3}), 3)
    0.25
    """
    return (muc(gold, pred).f1 + bcubed(gold, pred).f1) / 2


def _muc_side(clusters: Iterable[set[Hashable]], other: Mapping[Hashable, Hashable]) -> float:
    num = den = 0
    for cluster in clusters:
        parts = {other[i] for i in cluster}
        num += len(cluster) - len(parts)
        den += len(cluster) - 1
    return num / den if den else 1.0


def _members(assign: Mapping[Hashable, Hashable]) -> dict[Hashable, set[Hashable]]:
    members: dict[Hashable, set[Hashable]] = {}
    for item, cluster in assign.items():
        members.setdefault(cluster, set()).add(item)
    return members


def _ratio_prf(precision: float, recall: float) -> PRF:
    """A PRF whose precision and recall equal the given ratios (counts scaled to a unit total)."""
    if precision == 0 or recall == 0:
        return PRF(tp=0, fp=1, fn=1)
    return PRF(tp=1.0, fp=1 / precision - 1, fn=1 / recall - 1)
