"""One finding per root cause: a wrong return that makes several excess figures disagree.

When two or more excess figures that share one stated return all disagree with it, and each of them
(with its other return) implies the same value for that shared return, the return is the one slip:
report it once, quoting every excess figure, instead of one finding per excess figure.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from sectorbrief.check.claims import ExcessClaim, ReturnClaim
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, fmt, tolerance


@dataclass(frozen=True)
class Failure:
    """An excess figure that disagrees with its two returns, and the finding it would raise."""

    excess: ExcessClaim
    mine: ReturnClaim
    theirs: ReturnClaim
    finding: Finding

    def implied(self, shared: ReturnClaim) -> float:
        """The value of ``shared`` that would make this excess figure right."""
        assert self.excess.value is not None
        stated = self.excess.direction * abs(self.excess.value.value)
        if shared is self.mine:
            return self.theirs.value.value + stated
        return self.mine.value.value - stated


def by_root_cause(failures: list[Failure]) -> list[Finding]:
    """The failures' findings, those that one shared return explains folded into one finding."""
    folded: set[int] = set()
    out: list[Finding] = []
    for side in ("mine", "theirs"):
        groups: dict[int, list[int]] = defaultdict(list)
        for i, f in enumerate(failures):
            if i not in folded and f.excess.value is not None:
                groups[id(getattr(f, side))].append(i)
        for members in groups.values():
            shared = getattr(failures[members[0]], side)
            group = [failures[i] for i in members]
            if len(group) >= 2 and _agree(group, shared):
                out.append(_one_finding(group, shared))
                folded.update(members)
    return out + [f.finding for i, f in enumerate(failures) if i not in folded]


def _agree(group: list[Failure], shared: ReturnClaim) -> bool:
    values = [f.implied(shared) for f in group]
    numbers = [n for f in group for n in (f.mine.value, f.theirs.value, f.excess.value) if n is not None]
    return max(values) - min(values) <= 2 * tolerance(*numbers)


def _one_finding(group: list[Failure], shared: ReturnClaim) -> Finding:
    implied = sum(f.implied(shared) for f in group) / len(group)
    name = shared.entity.label
    quoted = "、".join(
        f"{f.excess.word}{f.excess.benchmark.label if shared is f.mine else name} "
        f"{f.excess.value.text if f.excess.value else ''}"
        for f in group
    )
    stated = f"{shared.value.value:+.{shared.value.decimals}f}"
    text = shared.sentence.text[shared.start : shared.end]
    guessed = all(f.finding.severity == "warning" for f in group)  # every excess subject was guessed
    return finding(
        "warning" if guessed else "error",
        "arithmetic",
        f"{name} {stated}% (「{text[-24:]}」) disagrees with all {len(group)} excess figures beside it "
        f"({quoted}), which with their other returns each imply {name} {fmt(implied)}%; "
        f"one return is wrong: consistent would be {name} {fmt(implied)}% (or each excess figure restated)",
        shared.sentence,
        shared.start,
        shared.end,
    )
