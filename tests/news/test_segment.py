import marshal
import os
import subprocess
import sys
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from sectorbrief.news import segment as seg

WORDS = frozenset({"卫星", "算力", "光模块"})
TEXTS = ["新建卫星城配套", "成功发射卫星互联网低轨卫星", "智算中心算力规模", "800G光模块出货"]


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A fresh sectorbrief home, and no tokenizer remembered from another test."""
    monkeypatch.setenv("SECTORBRIEF_HOME", str(tmp_path))
    seg.tokenizer.cache_clear()
    yield tmp_path
    seg.tokenizer.cache_clear()


def cuts(words: frozenset[str] = WORDS) -> list[list[str]]:
    seg.tokenizer.cache_clear()
    return [seg.segment(text, words) for text in TEXTS]


def test_focus_is_the_short_chinese_terms_characters() -> None:
    assert seg.focus_characters(["卫星", "光模块", "CPO", "算力"]) == frozenset("卫星算力")


def test_reduced_entries_keep_only_words_sharing_a_focus_character() -> None:
    words = [line.split(" ", 1)[0] for line in seg.reduced_entries(frozenset("卫星"))]
    assert "卫星城" in words and "人造卫星" in words
    assert all(set(w) & {"卫", "星"} for w in words)


def test_whole_word_decisions(home: Path) -> None:
    assert "卫星" not in seg.segment("新建卫星城配套", WORDS)
    assert "卫星" in seg.segment("成功发射卫星互联网低轨卫星", WORDS)
    assert "光模块" in seg.segment("800G光模块出货", WORDS)


def test_the_built_dictionary_is_cached_and_a_cache_hit_cuts_alike(home: Path) -> None:
    fresh = cuts()
    path = seg.dictionary_cache(WORDS)
    assert path.parent == home / "cache" and path.is_file()
    cached = seg.read_dictionary(path)
    assert cached is not None
    total, shards = cached
    freq, built_total = seg.built_dictionary(WORDS)
    assert total == built_total
    assert {
        w: n for shard in shards.values() for w, n in marshal.loads(zlib.decompress(shard)).items()
    } == freq
    written = path.stat()
    assert cuts() == fresh
    read = path.stat()
    assert read.st_ino == written.st_ino  # read, not rebuilt (a write replaces the file)
    assert read.st_mtime_ns >= written.st_mtime_ns  # marked as used


def test_the_cache_is_keyed_on_the_words(home: Path) -> None:
    assert seg.dictionary_cache(WORDS) != seg.dictionary_cache(WORDS | {"卫星城"})
    cuts()
    assert "卫星城" in cuts(WORDS | {"卫星城"})[0]


def test_a_new_dictionary_evicts_the_least_recently_used_and_earlier_releases_files(home: Path) -> None:
    folder = home / "cache"
    folder.mkdir()
    old = [folder / f"jieba-dictionary-{n:020d}.marshal" for n in range(seg.KEEP_DICTIONARIES)]
    for age, path in enumerate(old):
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 - age, 1_000_000 - age))  # old[0] the most recently used
    earlier = [
        folder / "jieba-15c24e808ce65fee.txt",
        folder / "jieba.u18ac3d06a023419afdd36572386e0771.cache",
    ]
    others = [folder / "XSHG-4.13.2-2005-01-04.txt", folder / "notes.txt", folder / "jieba.txt.bak"]
    for path in earlier + others:
        path.write_text("x")
    cuts()
    new = seg.dictionary_cache(WORDS)
    assert sorted(folder.iterdir()) == sorted([new, *old[: seg.KEEP_DICTIONARIES - 1], *others])


def test_eviction_keeps_what_it_cannot_remove_and_says_what_it_removed(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    home.joinpath("a").mkdir()
    paths = [home / "a" / f"jieba-dictionary-{n}.marshal" for n in range(3)]
    for age, path in enumerate(paths):
        path.write_bytes(b"x")
        os.utime(path, (2_000 - age, 2_000 - age))
    real_unlink = Path.unlink

    def stuck(self: Path, missing_ok: bool = False) -> None:
        if self == paths[1]:
            raise PermissionError(13, "Permission denied")
        real_unlink(self, missing_ok)

    monkeypatch.setattr(Path, "unlink", stuck)
    assert seg.evict_stale_dictionaries(home / "a", keep=1) == [paths[2]]
    assert sorted((home / "a").iterdir()) == paths[:2]


@pytest.mark.parametrize("damage", ["truncated", "bit flipped", "empty", "not marshal", "wrong shape"])
def test_a_damaged_cache_is_built_again(home: Path, damage: str, caplog: pytest.LogCaptureFixture) -> None:
    fresh = cuts()
    path = seg.dictionary_cache(WORDS)
    whole = path.read_bytes()
    damaged = {
        "truncated": whole[: len(whole) // 2],
        "bit flipped": whole[:1000] + bytes([whole[1000] ^ 1]) + whole[1001:],
        "empty": b"",
        "not marshal": b"not a marshal dump\n# sha256 "
        + seg.hashlib.sha256(b"not a marshal dump").hexdigest().encode(),
        "wrong shape": marshal.dumps(["a", 1])
        + b"\n# sha256 "
        + seg.hashlib.sha256(marshal.dumps(["a", 1])).hexdigest().encode(),
    }[damage]
    path.write_bytes(damaged)
    assert seg.read_dictionary(path) is None
    assert cuts() == fresh
    assert "damaged" in caplog.text
    assert path.read_bytes() == whole  # rewritten whole


def test_an_unwritable_cache_builds_the_same_dictionary_in_memory(
    home: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = cuts()
    monkeypatch.setenv("SECTORBRIEF_HOME", str(home / "other"))
    monkeypatch.setattr(seg, "write_sealed_cache_bytes", lambda path, data: False)
    assert cuts() == fresh
    assert not (home / "other").exists()


def test_loading_entries_by_first_character_cuts_as_the_whole_dictionary(home: Path) -> None:
    """jieba looks up only substrings of the text, so the entries starting with its characters suffice."""
    texts = [
        *TEXTS,
        "中国卫星互联网集团发射低轨卫星，卫星城房价上涨。",
        "算力租赁价格回落，智算中心算力利用率提升；光模块厂商扩产800G。",
        "Coherent发布1.6T光模块，CPO交换机样机送测",
    ]
    whole = seg.tokenizer_of(seg.built_dictionary(WORDS))
    segmenter = seg.tokenizer(WORDS)
    assert segmenter.entries == 0
    for text in texts:
        assert segmenter.cut(text) == whole.lcut(text, HMM=False), text
    assert 0 < segmenter.entries < len(whole.FREQ) / 2


def test_jieba_is_imported_without_pkg_resources_which_stays_importable() -> None:
    script = (
        "import sys\n"
        "from sectorbrief.news.segment import import_jieba\n"
        "import_jieba()\n"
        "assert 'jieba' in sys.modules and 'pkg_resources' not in sys.modules\n"
        "import jieba\n"
        "assert jieba.Tokenizer().lcut('卫星', HMM=False)\n"
        "import pkg_resources\n"
        "assert pkg_resources.resource_exists('jieba', 'dict.txt')\n"
    )
    subprocess.run([sys.executable, "-c", script], check=True, timeout=120)


def test_threads_cutting_at_once_cut_as_one(home: Path) -> None:
    texts = [text[i:] for text in TEXTS for i in range(3)] * 4
    expected = [seg.tokenizer_of(seg.built_dictionary(WORDS)).lcut(t, HMM=False) for t in texts]
    segmenter = seg.tokenizer(WORDS)
    with ThreadPoolExecutor(max_workers=8) as pool:
        assert list(pool.map(segmenter.cut, texts)) == expected
