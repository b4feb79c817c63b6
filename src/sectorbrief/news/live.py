"""The week's news from akshare: the 财联社 telegraph (``stock_info_global_cls``), East Money's
global newsflash (``stock_info_global_em``) and, for chosen stocks, East Money's per-stock news
(``stock_news_em``). Columns as akshare 1.19's source (akshare/stock_feature/stock_info.py,
akshare/news/news_stock.py) builds them. Every frame is normalised to NewsItems, kept to the
dates asked for, and deduplicated (same link, same text, then near-duplicates by MinHash).

akshare is the optional ``[live]`` extra, imported only here and only when news is fetched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from types import ModuleType
from typing import Any

import pandas as pd

from sectorbrief.errors import DataError
from sectorbrief.news.dedup import clusters
from sectorbrief.news.models import NewsItem

log = logging.getLogger(__name__)

INSTALL_HINT = "akshare is not installed; install the live extra: pip install 'sectorbrief[live]'"


@dataclass(frozen=True)
class Feed:
    """One akshare call: a label for progress and errors, the call, and its frame → items."""

    label: str
    call: Callable[[ModuleType], pd.DataFrame]
    parse: Callable[[pd.DataFrame], list[NewsItem]]


def load_akshare() -> ModuleType:
    try:
        import akshare
    except ImportError:
        raise DataError(INSTALL_HINT) from None
    return akshare


def feeds(symbols: Sequence[str] = ()) -> list[Feed]:
    """The telegraph and the newsflash, then one per-stock feed per symbol."""
    out = [
        Feed("财联社电报", lambda ak: ak.stock_info_global_cls(symbol="全部"), parse_cls),
        Feed("东方财富快讯", lambda ak: ak.stock_info_global_em(), parse_em_global),
    ]
    for symbol in symbols:
        out.append(Feed(f"东方财富个股新闻 {symbol}", _stock_call(symbol), parse_em_stock))
    return out


def _stock_call(symbol: str) -> Callable[[ModuleType], pd.DataFrame]:
    return lambda ak: ak.stock_news_em(symbol=symbol)


def fetch_news(
    start: dt.date,
    end: dt.date,
    symbols: Sequence[str] = (),
    on_done: Callable[[str, bool], None] | None = None,
) -> list[NewsItem]:
    """Items published from ``start`` to ``end`` (inclusive), deduplicated, oldest first.
    DataError if akshare is missing or no feed answered (offline)."""
    ak = load_akshare()
    items: list[NewsItem] = []
    failures: list[str] = []
    for feed in feeds(symbols):
        try:
            found = feed.parse(feed.call(ak))
        except DataError:
            raise
        except Exception as exc:  # akshare raises whatever requests/curl raise
            log.warning("%s failed: %s", feed.label, exc)
            failures.append(f"{feed.label}: {type(exc).__name__}")
            found = None
        if on_done is not None:
            on_done(feed.label, found is not None)
        items.extend(found or [])
    if failures and len(failures) == len(feeds(symbols)):
        raise DataError(f"no news source answered (offline?): {'; '.join(failures)}")
    kept = [item for item in items if start <= item.published <= end]
    return deduplicate(sorted(kept, key=lambda i: (i.published, i.id)))


def deduplicate(items: list[NewsItem]) -> list[NewsItem]:
    """One item per link, per exact text, then per near-duplicate cluster (the first kept)."""
    seen: set[str] = set()
    unique: list[NewsItem] = []
    for item in items:
        keys = {item.url, _fingerprint(item.text)} - {""}
        if keys & seen:
            continue
        seen |= keys
        unique.append(item)
    return [unique[group[0]] for group in clusters([i.text for i in unique])]


@dataclass(frozen=True)
class Columns:
    """Which columns of one akshare function's frame carry what (source: a column or a fixed name)."""

    function: str
    prefix: str
    title: str
    body: str
    date: str
    url: str | None
    source: str | None
    default_source: str

    @property
    def read(self) -> tuple[str, ...]:
        return tuple(c for c in (self.title, self.body, self.date, self.url, self.source) if c)


CLS = Columns("stock_info_global_cls", "cls", "标题", "内容", "发布日期", None, None, "财联社")
EM_GLOBAL = Columns("stock_info_global_em", "em", "标题", "摘要", "发布时间", "链接", None, "东方财富")
EM_STOCK = Columns(
    "stock_news_em", "em", "新闻标题", "新闻内容", "发布时间", "新闻链接", "文章来源", "东方财富"
)


def parse_cls(frame: pd.DataFrame) -> list[NewsItem]:
    return parse_frame(frame, CLS)


def parse_em_global(frame: pd.DataFrame) -> list[NewsItem]:
    return parse_frame(frame, EM_GLOBAL)


def parse_em_stock(frame: pd.DataFrame) -> list[NewsItem]:
    return parse_frame(frame, EM_STOCK)


def parse_frame(frame: pd.DataFrame, columns: Columns) -> list[NewsItem]:
    """One NewsItem per row of an akshare news frame."""
    _check(frame, columns.read, columns.function)
    return [
        _item(
            columns.prefix,
            _text(row[columns.title]),
            _text(row[columns.body]),
            (_text(row[columns.source]) if columns.source else "") or columns.default_source,
            _day(row[columns.date]),
            _text(row[columns.url]) if columns.url else "",
        )
        for _, row in frame.iterrows()
    ]


def _check(frame: Any, columns: tuple[str, ...], function: str) -> None:
    if not isinstance(frame, pd.DataFrame):
        raise DataError(f"akshare {function} returned {type(frame).__name__}, not a table")
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise DataError(f"akshare {function}: columns {', '.join(missing)} missing (akshare changed?)")


def _text(value: Any) -> str:
    """A cell as text; missing cells (None, NaN) as empty."""
    return "" if value is None or (isinstance(value, float) and value != value) else str(value)


def _day(value: Any) -> dt.date:
    """A date from a date, a timestamp or a 'YYYY-MM-DD hh:mm:ss' string."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return pd.Timestamp(str(value)).date()


def _item(prefix: str, title: str, body: str, source: str, day: dt.date, url: str) -> NewsItem:
    title, body = title.strip(), body.strip()
    ident = f"{prefix}-{day:%Y%m%d}-{_fingerprint(title + body)[:10]}"
    return NewsItem(ident, title, body or title, source.strip(), day, url.strip(), origin=f"akshare {prefix}")


def _fingerprint(text: str) -> str:
    return hashlib.sha1("".join(text.split()).encode("utf-8")).hexdigest()


def to_record(item: NewsItem) -> dict[str, str]:
    """The JSONL record `news classify|digest|route` and `build --news` read."""
    return {
        "id": item.id,
        "title": item.title,
        "body": item.body,
        "source": item.source,
        "published": item.published.isoformat(),
        "url": item.url,
    }
