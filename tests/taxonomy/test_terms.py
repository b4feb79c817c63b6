from sectorbrief.taxonomy.terms import find_lookalikes, fix_lookalikes


def test_digit_letter_confusions_are_fixed() -> None:
    text, hits = fix_lookalikes("英伟达CP0供应伙伴与NP0方案，lDC与4OOG模块")
    assert text == "英伟达CPO供应伙伴与NPO方案，IDC与400G模块"
    assert [(h.found, h.expected) for h in hits] == [
        ("CP0", "CPO"),
        ("NP0", "NPO"),
        ("lDC", "IDC"),
        ("4OOG", "400G"),
    ]


def test_known_terms_and_plain_words_are_left_alone() -> None:
    assert find_lookalikes("CPO、NPO、5G、800G、1.6T、H100、GB200、Spectrum-X、GlassWorks、2026年") == []
