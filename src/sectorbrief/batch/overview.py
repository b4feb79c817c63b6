"""The week's 31-industry overview for the batch index: one analytics panel per batch, all weeks at once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pandas as pd

from sectorbrief.analytics.panel import weekly_panel
from sectorbrief.calendar import Sessions, week_period, ytd_period
from sectorbrief.market import Market
from sectorbrief.taxonomy import Taxonomy


def week_overview(
    market: Market, sessions: Sessions, ends: Sequence[dt.date], taxonomy: Taxonomy
) -> pd.DataFrame:
    """Weekly and YTD returns and ranks and PE-TTM of every industry with closes, for each end session.

    Index (end, code); columns of analytics.panel.weekly_panel plus ``name``.
    """
    codes = [code for code in taxonomy.industry_codes if code in market.closes.columns]
    periods = [(week_period(sessions, end).base, ytd_period(sessions, end).base, end) for end in ends]
    pe = market.pe_ttm.reindex(columns=codes)
    panel = weekly_panel(market.closes, pe, codes, periods)
    panel["name"] = [taxonomy.name_of(code) for code in panel.index.get_level_values("code")]
    return panel
