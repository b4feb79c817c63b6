"""Term typos: look-alike acronyms (CP0 for CPO), a token repeated around a slash, % for 个百分点."""

from __future__ import annotations

from sectorbrief.check.claims import Claims
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding
from sectorbrief.taxonomy.terms import find_lookalikes

_SLASH_REPEAT = lazy_compile(
    r"(?=[A-Za-z0-9])(?<![A-Za-z0-9.\-])([A-Za-z][A-Za-z0-9.\-]*|[0-9][A-Za-z0-9.\-]*[A-Za-z][A-Za-z0-9.\-]*)/\1(?![A-Za-z0-9])"
)
_DIRECTION_WORDS = ("跑赢", "跑输", "超越", "落后", "落后于", "强于", "弱于", "优于", "不及", "逊于")


# A look-alike that is itself a symbol in use (Al is aluminium, Si silicon, Co cobalt) may be meant as
# written: a warning, not an error. CP0 or NP0 is no word at all.
_CHEMICAL_SYMBOLS = frozenset(
    [
        "H",
        "He",
        "Li",
        "Be",
        "B",
        "C",
        "N",
        "O",
        "F",
        "Ne",
        "Na",
        "Mg",
        "Al",
        "Si",
        "P",
        "S",
        "Cl",
        "Ar",
        "K",
        "Ca",
        "Sc",
        "Ti",
        "V",
        "Cr",
        "Mn",
        "Fe",
        "Co",
        "Ni",
        "Cu",
        "Zn",
        "Ga",
        "Ge",
        "As",
        "Se",
        "Br",
        "Kr",
        "Rb",
        "Sr",
        "Y",
        "Zr",
        "Nb",
        "Mo",
        "Tc",
        "Ru",
        "Rh",
        "Pd",
        "Ag",
        "Cd",
        "In",
        "Sn",
        "Sb",
        "Te",
        "I",
        "Xe",
        "Cs",
        "Ba",
        "La",
        "Ce",
        "Pr",
        "Nd",
        "Pm",
        "Sm",
        "Eu",
        "Gd",
        "Tb",
        "Dy",
        "Ho",
        "Er",
        "Tm",
        "Yb",
        "Lu",
        "Hf",
        "Ta",
        "W",
        "Re",
        "Os",
        "Ir",
        "Pt",
        "Au",
        "Hg",
        "Tl",
        "Pb",
        "Bi",
        "Po",
        "At",
        "Rn",
        "Fr",
        "Ra",
        "Ac",
        "Th",
        "Pa",
        "U",
        "Np",
        "Pu",
        "Am",
        "Cm",
        "Bk",
        "Cf",
        "Es",
        "Fm",
        "Md",
        "No",
        "Lr",
    ]
)


def check_typos(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    for sentence in claims.sentences:
        for hit in find_lookalikes(sentence.text):
            meant = hit.found in _CHEMICAL_SYMBOLS
            out.append(
                finding(
                    "warning" if meant else "error",
                    "typo",
                    f"'{hit.found}' looks like a typo for '{hit.expected}'"
                    + (f" (or is the symbol {hit.found} as meant)" if meant else ""),
                    sentence,
                    hit.start,
                    hit.end,
                )
            )
        for m in _SLASH_REPEAT.finditer(sentence.text) if "/" in sentence.text else ():
            out.append(
                finding(
                    "warning",
                    "typo",
                    f"'{m.group(1)}' is repeated around a slash",
                    sentence,
                    m.start(),
                    m.end(),
                )
            )
    for excess in claims.excess:
        if excess.unit == "%" and excess.word in _DIRECTION_WORDS and excess.value is not None:
            out.append(
                finding(
                    "warning",
                    "typo",
                    f"a difference of returns is in 个百分点, not %: '{excess.word} … {excess.value.text}%'",
                    excess.sentence,
                    excess.start,
                    excess.end,
                )
            )
    return out
