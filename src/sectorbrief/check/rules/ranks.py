"""Ranks: beyond their universe, one period's rank stated twice differently, or ranks whose order
contradicts the returns stated for the same indices and period (第3 with a lower return than 第5)."""

from __future__ import annotations

from itertools import combinations

from sectorbrief.check.claim_types import clause_start, other_subject_between
from sectorbrief.check.claims import Claims, RankClaim, ReturnClaim, chinese_number
from sectorbrief.check.entities import aliases, find_entities
from sectorbrief.check.lazy_regex import lazy_compile
from sectorbrief.check.report import Finding
from sectorbrief.check.rules.common import finding, tolerance


def check_ranks(claims: Claims) -> list[Finding]:
    out: list[Finding] = []
    seen: dict[tuple[str, str, str], RankClaim] = {}
    # each index and period's first rank in each stated classification
    stated_by: dict[tuple[str, str], dict[str, RankClaim]] = {}
    by_sentence = claims.returns_by_sentence
    for rank in claims.ranks:
        if rank.rank < 1 or (rank.universe is not None and rank.rank > rank.universe):
            out.append(
                finding(
                    "error",
                    "rank",
                    f"rank {rank.rank} is outside a universe of {rank.universe} ({rank.classification or 'stated'}); "
                    f"a rank must lie between 1 and {rank.universe}",
                    rank.sentence,
                    rank.start,
                    rank.end,
                )
            )
            continue
        if rank.universe is not None:
            claims.verify(rank)
        if rank.subject is None:
            continue
        period = _ranking_period(rank, by_sentence)
        if period is None:
            continue
        key = (rank.subject.name, period, rank.classification)
        first = seen.setdefault(key, rank)
        lone = first is rank and not rank.classification and rank.universe is None
        if lone:  # 成为涨幅榜第二位 with no universe: the one stated ranking of the same index and period
            stated = stated_by.get(key[:2], {})
            first = next(iter(stated.values())) if len(stated) == 1 else rank
        elif rank.classification:
            stated_by.setdefault(key[:2], {}).setdefault(rank.classification, rank)
        if first is not rank:
            claims.verify(first, rank)
        if first.rank != rank.rank:
            firm = (
                _firm(first, claims.returns) and _opens_sentence(rank)
                if lone
                else _both_firm(first, rank, claims.returns, by_sentence)
            )
            out.append(
                finding(
                    "error" if firm else "warning",
                    "rank",
                    f"{period} rank stated as {rank.rank} here but {first.rank} at {first.sentence.location} "
                    f"(「{first.sentence.text[first.start : first.end]}」); one of the two is wrong",
                    rank.sentence,
                    rank.start,
                    rank.end,
                )
            )
    return out


def _ranking_period(rank: RankClaim, by_sentence: dict[int, list[ReturnClaim]]) -> str | None:
    """The rank's period; with none stated, two ranks are still one ranking's when each sits beside the same
    printed return of their subject in a stated universe (9月中信机械板块上涨8.98% … 排名第23名 / … 上涨8.98% …
    排名第13名), so that return names the period."""
    if rank.period is not None:
        return rank.period
    beside = _return_before(rank, by_sentence)
    return None if beside is None or rank.universe is None else f"the period of its {beside}%"


def _both_firm(
    a: RankClaim, b: RankClaim, returns: list[ReturnClaim], by_sentence: dict[int, list[ReturnClaim]]
) -> bool:
    """Both ranks firm on their own, or both of one stated universe and each beside the same printed
    return of their subject (本周上涨6.04%，在131个行业中排名第13位 … 周涨幅达6.04%，在131个板块中排名第131):
    the same figure in the same ranking is the same period, however vaguely the second one says so."""
    if _firm(a, returns) and _firm(b, returns):
        return True
    if a.universe is None or a.universe != b.universe:
        return False
    beside = [_return_before(k, by_sentence) for k in (a, b)]
    return beside[0] is not None and beside[1] is not None and beside[0] == beside[1]


def _return_before(rank: RankClaim, by_sentence: dict[int, list[ReturnClaim]]) -> str | None:
    """The printed figure of the subject's return stated last before the rank in its sentence (a benchmark's
    return may stand between them: 上涨8.98%，跑输沪深300指数(11.51%)…，排名第23名); ``by_sentence`` holds
    each sentence's returns under ``Sentence.index`` (``Claims.returns_by_sentence``)."""
    if rank.subject is None:
        return None
    name = rank.subject.name
    before = [
        r for r in by_sentence.get(rank.sentence.index, []) if r.end <= rank.start and r.entity.name == name
    ]
    return before[-1].value.text if before else None


def _opens_sentence(rank: RankClaim) -> bool:
    """The rank's subject opens its sentence and no other index is named before the rank (国防军工指数昨日低开
    之后…，午后随着大盘的上扬而翻红，…，成为涨幅榜第二位: the market named on the way is no subject)."""
    subject, text = rank.subject, rank.sentence.text
    if subject is None or text[: subject.start].strip("，,：: "):
        return False
    return not other_subject_between(text, subject.end, rank.start)


def _firm(rank: RankClaim, returns: list[ReturnClaim]) -> bool:
    """The rank's subject named in its clause or the clause before, or owning the return stated last
    before the rank in its sentence (or one of the list of returns stated last: 甲、乙涨跌幅分别为 …，
    排名第13、26); and its period not carried past a time the period table cannot read. Else which index
    and period it ranks is a guess."""
    text, subject = rank.sentence.text, rank.subject
    if subject is None or rank.sentence.period_guessed(rank.start):
        return False
    near = clause_start(text, max(clause_start(text, rank.start) - 1, 0))
    before = [r for r in returns if r.sentence is rank.sentence and r.end <= rank.start]
    # the last return statement before the rank (one figure, or a list given 分别) includes the subject
    last = {r.entity.start for r in before if r.end == before[-1].end} if before else set()
    return subject.start >= near or subject.start in last


# 位居第六，仅次于甲、乙、丙、丁、戊 / 排名第三，仅次于甲及乙板块: the names ahead, as many as the places before
_BEHIND = lazy_compile(
    r"(?:位居|位列|排名|排在|排|居)第(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})(?:名|位)?[，,]\s*"
    r"(?:仅次于|次于|落后于)(?P<names>[\u4e00-\u9fffA-Za-z]{1,12}(?:(?:、|和|及|与)[\u4e00-\u9fffA-Za-z]{1,12})*)"
    r"(?=[，,。；;]|$)"
)
_JOIN = lazy_compile(r"和|及|与")


def check_places_behind(claims: Claims) -> list[Finding]:
    """A place stated with the names ahead of it (位居第七，仅次于甲、乙、丙、丁、戊): five names ahead is the sixth
    place. Not read when the names may stand for more (等, 的 …) or repeat."""
    out: list[Finding] = []
    for sentence in claims.sentences:
        if "次于" not in sentence.text and "落后于" not in sentence.text:
            continue
        for m in _BEHIND.finditer(sentence.text):
            names = _names(m.group("names"))
            if (
                not names
                or any("等" in n or "的" in n or "其他" in n for n in names)
                or len(set(names)) != len(names)
            ):
                continue
            raw = m.group("n")
            place = int(raw) if raw.isdigit() else chinese_number(raw)
            if place >= 1 and place != len(names) + 1:
                out.append(
                    finding(
                        "error",
                        "rank",
                        f"place {place} is said to come only after {len(names)} named "
                        f"({'、'.join(names)}), which makes it place {len(names) + 1}; the place or the names "
                        f"are wrong",
                        sentence,
                        m.start(),
                        m.end(),
                    )
                )
    return out


# 涨幅前五的行业为甲、乙、丙、丁、戊 / 跌幅最小的五名是甲、… (with none risen, the top five by return)
_TOP_LIST = lazy_compile(
    r"(?=[涨跌])(?:(?:涨幅|涨跌幅)(?:排名)?前|涨幅最(?:大|高)的(?:前)?|(?P<least>跌幅最小的(?:前)?))"
    r"(?P<n>\d{1,2}|[一二两三四五六七八九十]{1,3})(?:名|位|个)?(?:的)?(?:申万|中信)?(?:一级)?(?:行业|板块)?"
    r"(?:分别|依次)?(?:为|是)[：:]?\s*"
    r"(?P<names>[\u4e00-\u9fffA-Za-z]{2,12}(?:(?:、|和|及|与)[\u4e00-\u9fffA-Za-z]{2,12})+)(?=[，,。；;]|$)"
)
_NONE_ROSE = lazy_compile(r"(?<!\d)0个(?:行业|板块)?上涨|无一上涨|全部下跌|悉数下跌|全线下跌")


def check_ranks_in_top_lists(claims: Claims) -> list[Finding]:
    """A rank and a named top list of one ranking in one sentence (…中0个上涨，跌幅最小的五名是甲、乙、丙、丁、戊，
    其中己下跌7.91%，…位列第4): a place within the list's size is one of its names, a place beyond it is not.
    A 跌幅最小 list is the top of the ranking only when the sentence says none rose."""
    out: list[Finding] = []
    by_sentence: dict[int, list[RankClaim]] = {}
    for k in claims.ranks:
        if k.subject is not None and not k.classification.startswith("scoped"):
            by_sentence.setdefault(id(k.sentence), []).append(k)
    for ranks in by_sentence.values():
        sentence = ranks[0].sentence
        if "前" not in sentence.text and "最" not in sentence.text:
            continue
        for m in _TOP_LIST.finditer(sentence.text):
            if m.group("least") and not _NONE_ROSE.search(sentence.text, 0, m.start()):
                continue
            raw = m.group("n")
            size = int(raw) if raw.isdigit() else chinese_number(raw)
            names = _names(m.group("names"))
            known = {e.name for e in find_entities(m.group("names"))}
            if size < 1 or len(names) != size or len(known) != size:
                continue
            for k in ranks:
                inside = k.subject is not None and k.subject.name in known
                if k.start > m.end() and inside is not (k.rank <= size):
                    claims.verify(k)
                    where = "one of" if inside else "not among"
                    out.append(
                        finding(
                            "error",
                            "rank",
                            f"{_name(k)} ranks {k.rank}, but it is {where} the {size} named at the top "
                            f"({'、'.join(names)}): the rank or the list is wrong",
                            sentence,
                            k.start,
                            k.end,
                        )
                    )
    return out


def _names(listed: str) -> list[str]:
    """The names of a list joined by 、/和/及/与; a piece between 、 that the alias table knows whole with its
    joining word (电力设备及新能源, 旅游及景区) is one name."""
    known = aliases().names
    names: list[str] = []
    joined = [k for k in known if _JOIN.search(k)]
    for piece in listed.split("、"):
        whole = _TAG.sub("", piece)
        if whole in known:
            names.append(whole)
        elif any(k in piece for k in joined):
            return []  # 电力设备及新能源和国防军工: where one name ends is a guess
        else:
            names += [_TAG.sub("", n) for n in _JOIN.split(piece)]
    return [n for n in names if n]


_TAG = lazy_compile(r"(?:板块|行业|指数)$")


def check_rank_order(claims: Claims) -> list[Finding]:
    """Within a paragraph, a better rank must not go with a clearly lower return of the same period.

    One finding per odd rank: the rank that disagrees with the most others is named once, with the
    returns it contradicts (证券 27th at +1.15% against 银行 and 保险 18th at -1.24%), then the next.
    """
    returns: dict[tuple[int, str, str | None], ReturnClaim] = {}
    for r in claims.returns:
        returns.setdefault((r.sentence.paragraph, r.entity.name, r.period), r)
    groups: dict[tuple[int, str | None, str], list[Ranked]] = {}
    for k in claims.ranks:
        found = returns.get((k.sentence.paragraph, k.subject.name, k.period)) if k.subject else None
        if found is not None and not k.classification.startswith("scoped"):
            groups.setdefault((k.sentence.paragraph, k.period, k.classification), []).append((k, found))
    out: list[Finding] = []
    for members in groups.values():
        conflicts: list[tuple[Ranked, Ranked]] = []
        for (a, ra), (b, rb) in combinations(members, 2):
            if a.subject == b.subject or (a.universe and b.universe and a.universe != b.universe):
                continue  # 排名9/11 among HK indices and 排名23/28 among SW industries: two rankings
            claims.verify(a, b, ra, rb)
            # one unit of the coarser digit, with a float epsilon (0.07 - 0.01 is a hair above 0.06)
            gap = tolerance(ra.value, rb.value)
            if (
                a.rank == b.rank
            ):  # 通信涨幅81.67%，居全行业第一 … 电子涨幅45.9%，排名第一: one place, two returns
                if _one_place(a, b) and abs(ra.value.value - rb.value.value) > tolerance(ra.value, rb.value):
                    conflicts.append(((b, rb), (a, ra)))
                continue
            better, worse = ((a, ra), (b, rb)) if a.rank < b.rank else ((b, rb), (a, ra))
            if better[1].value.value < worse[1].value.value - gap:
                conflicts.append((better, worse))
        out += [_order_finding(odd, others, claims.returns) for odd, others in _odd_ones(conflicts)]
    return out


Ranked = tuple[RankClaim, ReturnClaim]


def _one_place(a: RankClaim, b: RankClaim) -> bool:
    """Two first-level industries given one place in one universe (or both with none stated): a tie, which
    needs the same return. Lower levels are often ranked within their own parents (半导体 first in 电子,
    软件 first in 计算机), so their equal places are not read as one."""
    levels = {k.subject.level if k.subject else None for k in (a, b)}
    return levels == {"l1"} and a.universe == b.universe


def _odd_ones(conflicts: list[tuple[Ranked, Ranked]]) -> list[tuple[Ranked, list[Ranked]]]:
    """Each conflicting pair blamed on one member: the one in most pairs first (ties: the better rank)."""
    out: list[tuple[Ranked, list[Ranked]]] = []
    left = list(conflicts)
    while left:
        counts: dict[int, int] = {}
        for better, worse in left:
            counts[id(better[0])] = counts.get(id(better[0]), 0) + 1
            counts[id(worse[0])] = counts.get(id(worse[0]), 0) + 1
        first = left[0][0]
        odd = max((m for pair in left for m in pair), key=lambda m: (counts[id(m[0])], m is first))
        others = [b if a is odd else a for a, b in left if odd in (a, b)]
        out.append((odd, others))
        left = [pair for pair in left if odd not in pair]
    return out


def _order_finding(odd: Ranked, others: list[Ranked], returns: list[ReturnClaim]) -> Finding:
    k, r = odd
    firm = all(
        _firm(k2, returns) and not r2.guessed and not r2.sentence.period_guessed(r2.end - 1)
        for k2, r2 in [odd, *others]
    )
    listed = "; ".join(
        f"{_name(k2)} ranks {k2.rank} with {_pct(r2)} (at {r2.sentence.location})" for k2, r2 in others
    )
    shared = all(k2.rank == k.rank for k2, _ in others)
    return finding(
        "error" if firm else "warning",
        "rank",
        f"{_name(k)} ranks {k.rank} with {_pct(r)}, but {listed}: in one ranking "
        + (
            "two indices share a place only with the same return"
            if shared
            else "the higher return should have the better rank"
        ),
        k.sentence,
        k.start,
        k.end,
    )


def _name(k: RankClaim) -> str:
    return k.subject.label if k.subject else ""


def _pct(r: ReturnClaim) -> str:
    return f"{r.value.value:+.{r.value.decimals}f}%"
