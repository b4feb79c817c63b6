"""Named figures for the contradiction rule: a subject, a metric, a period and a unit-aware value.

"花旗预计2028年全球光互连市场规模将达到920亿美元" gives (全球光互连, 市场规模, 2028) = 9.2e10 美元.
A figure is only kept when its clause names a subject; an unnamed one cannot contradict anything.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sectorbrief.check.claim_types import SCALES
from sectorbrief.check.claims import NUMBER, Number, Sentence, parse_number
from sectorbrief.check.lazy_regex import lazy_compile

METRICS: dict[str, str] = {
    "市场规模": "市场规模",
    "规模": "市场规模",
    "出货量": "出货量",
    "营业收入": "收入",
    "营收": "收入",
    "收入": "收入",
    "净利润": "净利润",
    "复合增速": "复合增速",
    "复合增长率": "复合增速",
    "CAGR": "复合增速",
    "渗透率": "渗透率",
    "市场份额": "份额",
    "市占率": "份额",
    "PE-TTM": "PE-TTM",
    "PE(TTM)": "PE-TTM",
    "市盈率": "PE-TTM",
    "建设成本": "建设成本",
    "资本开支": "资本开支",
    "同比增速": "同比增速",
    "同比增长": "同比增速",
    "同比激增": "同比增速",
    "同比下降": "同比降幅",
}
_METRIC_RE = lazy_compile("|".join(re.escape(k) for k in sorted(METRICS, key=len, reverse=True)))
_VALUE_RE = lazy_compile(
    rf"(?:(?P<approx>约|近|超过|逾|接近|超|至少|不到|不足)(?:为|达|是|达到)?)?(?P<num>{NUMBER})\s*(?P<scale>万亿|千亿|百亿|亿|千万|百万|万|千)?"
    r"(?P<unit>%|倍|美元|元|人民币|港元|欧元|只|颗|台|片|个|家|GW|MW|吉瓦|TB|EB|亿次)(?P<tail>左右|以上|以下|多)?"
)
_PERIOD_RE = lazy_compile(  # looks ahead for the characters a period can start with first
    r"(?=[12Q未])(?:(?P<range>(?:19|20)\d{2}-(?:19|20)\d{2})年"
    r"|(?P<year>(?:19|20)\d{2})年(?:(?P<month>\d{1,2})月(?:(?P<day>\d{1,2})日)?"
    r"|(?P<qual>前[一二三四1-4]季度|[上下]半年|第?[一二三四1-4]季度|Q[1-4]|1-\d{1,2}月|前\d{1,2}个?月))?"
    r"|(?P<q2>Q[1-4])\s*(?P<year2>(?:19|20)\d{2})"
    r"|(?P<future>未来(?:[一二三四五六七八九十\d]+)年))"
)
_LEAD = lazy_compile(
    r"^(?:.*(?:预计|预测|显示|认为|表示|指出|测算|估算|推算|判断|看好|截至|到|至|在|从|将|，))?"
)
_SUBJECT_TRIM = lazy_compile(r"^[的在将到于为是]+|[的将在为是]+$")
# "全球市场规模" or "公司营收" could be anyone's: such figures are not compared.
_GENERIC_SUBJECT = lazy_compile(
    r"(?:全球|国内|我国|中国|海外|美国|公司|该公司|其|行业|市场|整体|板块|相关|产品|业务|总|合计|全年|当期)+"
)
_NAMED = lazy_compile(r"[\u4e00-\u9fffA-Za-z]{2,}")
_UP_TO_LAST_STOP = lazy_compile(r".*[，,；;：:。]", re.DOTALL)
_CLAUSE_END = lazy_compile(r"[，,；;。]")
_SYNONYMS = (("光互联", "光互连"), ("行业指数", "行业"), ("申万", ""), ("中信", ""))
_QUARTERS = {"一": "1", "二": "2", "三": "3", "四": "4"}


@dataclass(frozen=True, slots=True)
class Figure:
    subject: str
    metric: str
    period: str
    value: float
    unit: str
    number: Number
    scale: float
    approximate: bool
    sentence: Sentence
    start: int
    end: int

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.subject, self.metric, self.period, self.unit)

    @property
    def tolerance(self) -> float:
        """Half a unit of the last printed digit, in base units (a rounded figure may be this far off)."""
        return 0.5 * 10 ** (-self.number.decimals) * self.scale


def _period_before(text: str, pos: int) -> str:
    """The last period named before ``pos``: 2028, 2026-07-05, 2026Q1, 2026前三季度, 2023-2025, 未来三年."""
    found = list(_PERIOD_RE.finditer(text, 0, pos))
    if not found:
        return ""
    m = found[-1]
    if m.group("future") or m.group("range"):
        return str(m.group("future") or m.group("range"))
    if m.group("q2"):
        return f"{m.group('year2')}{m.group('q2')}"
    label = str(m.group("year"))
    if m.group("month"):
        label += f"-{int(m.group('month')):02d}" + (f"-{int(m.group('day')):02d}" if m.group("day") else "")
    qual = m.group("qual")
    if qual:
        for word, digit in _QUARTERS.items():
            qual = qual.replace(word, digit)
        quarter = re.fullmatch(r"第?([1-4])季度", qual)
        label += f"Q{quarter.group(1)}" if quarter else qual.replace("上半年", "H1").replace("下半年", "H2")
    return label


def _subject(clause: str) -> str:
    text = _SUBJECT_TRIM.sub("", _PERIOD_RE.sub("", clause))
    text = _SUBJECT_TRIM.sub("", _LEAD.sub("", text))
    for old, new in _SYNONYMS:
        text = text.replace(old, new)
    if _GENERIC_SUBJECT.fullmatch(text) or not _NAMED.search(text):
        return ""
    return text[-14:]


def extract_figures(sentences: list[Sentence]) -> list[Figure]:
    out: list[Figure] = []
    for sentence in sentences:
        text = sentence.text
        for metric in _METRIC_RE.finditer(text):
            before = _UP_TO_LAST_STOP.match(text, 0, metric.start())
            clause_start = before.end() if before else 0
            after = _CLAUSE_END.search(text, metric.end())
            clause_end = after.start() if after else len(text)
            subject = _subject(text[clause_start : metric.start()])
            if not subject:
                continue
            previous = metric.end()
            for value in _VALUE_RE.finditer(text, metric.end(), clause_end):
                # a later value is the metric's only for another period (2026年达到40万只、2027年达到1800万只);
                # 每股营业总收入1.9878元、每股经营活动…净额为0.0988元 is another measure's
                if previous != metric.end() and not _PERIOD_RE.search(text, previous, value.start()):
                    break
                out.append(_figure(sentence, subject, METRICS[metric.group(0)], value))
                if METRICS[metric.group(0)] not in ("出货量", "收入"):
                    break
                previous = value.end()
    return out


def _figure(sentence: Sentence, subject: str, metric: str, value: re.Match[str]) -> Figure:
    number = parse_number(value.group("num"))
    scale = SCALES[value.group("scale") or ""]
    unit = value.group("unit").replace("人民币", "元").replace("吉瓦", "GW")
    approximate = bool(value.group("approx") or value.group("tail"))
    return Figure(
        subject,
        metric,
        _period_before(sentence.text, value.start()),
        number.value * scale,
        unit,
        number,
        scale,
        approximate,
        sentence,
        value.start(),
        value.end(),
    )
