from __future__ import annotations

from sectorbrief.news.dedup import clusters

A = "据澳大利亚金融评论报消息，人工智能公司Anthropic计划在澳大利亚锁定至少1.4吉瓦的数据中心算力资源，基础设施建设成本将高达150亿美元。"
B = "澳大利亚金融评论报报道称，Anthropic正计划在澳大利亚锁定不少于1.4吉瓦的数据中心算力资源，基础设施建设成本预计高达150亿美元。"
C = "Meta正计划推出名为Meta Compute的云基础设施服务，向外部客户出售过剩AI算力和模型访问权限。"


def test_one_event_from_two_outlets_is_one_cluster() -> None:
    assert clusters([A, C, B]) == [[0, 2], [1]]


def test_reposts_merge_and_groups_keep_themes_apart() -> None:
    assert clusters([C, C + "（转载）"]) == [[0, 1]]
    assert clusters([C, C], ["智算中心", "光通信"]) == [[0], [1]]


def test_unrelated_items_with_one_shared_figure_stay_apart() -> None:
    x = "中国移动上半年营运收入同比增长3.1%，5G网络客户数达到5.9亿户。"
    y = "某光模块厂商上半年收入同比增长3.1%，800G产品出货翻倍。"
    assert clusters([x, y]) == [[0], [1]]
    assert clusters([]) == []
