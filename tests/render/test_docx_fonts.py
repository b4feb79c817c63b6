import pytest
from hypothesis import given
from hypothesis import strategies as st

from sectorbrief.errors import RenderError
from sectorbrief.render.docx_fonts import font_key, font_key_bytes, obfuscate

KEY = "{00112233-4455-6677-8899-AABBCCDDEEFF}"


def test_key_bytes_are_the_guid_digits_last_byte_first() -> None:
    assert font_key_bytes(KEY) == bytes.fromhex("FFEEDDCCBBAA99887766554433221100")


def test_obfuscation_xors_the_first_32_bytes_only() -> None:
    data = bytes(64)
    out = obfuscate(data, KEY)
    assert out[:16] == out[16:32] == font_key_bytes(KEY)
    assert out[32:] == data[32:]


@given(st.binary(min_size=0, max_size=100))
def test_obfuscation_undoes_itself(data: bytes) -> None:
    assert obfuscate(obfuscate(data, KEY), KEY) == data


def test_font_key_is_a_guid_fixed_by_the_font() -> None:
    key = font_key(b"font bytes")
    assert key == font_key(b"font bytes") != font_key(b"other")
    assert len(font_key_bytes(key)) == 16


def test_bad_key_is_a_render_error() -> None:
    with pytest.raises(RenderError, match="not a GUID"):
        font_key_bytes("{1234}")
