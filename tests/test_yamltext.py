from importlib import resources

import pytest
import yaml

from sectorbrief.yamltext import FastLoader, safe_load


def test_reads_every_bundled_yaml_file_as_yaml_safe_load_does() -> None:
    root = resources.files("sectorbrief")
    files = [
        *root.joinpath("news", "themes").iterdir(),
        root.joinpath("taxonomy", "sw2021.yaml"),
        root.joinpath("taxonomy", "aliases.yaml"),
        root.joinpath("taxonomy", "terms.yaml"),
        root.joinpath("data", "house_style.yaml"),
    ]
    texts = [f.read_text(encoding="utf-8") for f in files if f.name.endswith(".yaml")]
    assert len(texts) > 30
    for text in texts:
        assert safe_load(text) == yaml.safe_load(text)


def test_uses_libyaml_when_pyyaml_has_it() -> None:
    assert FastLoader is getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def test_plain_values_and_empty_documents() -> None:
    assert safe_load("a: 1\nb: [x, 2.5, true, null]\nc: 2026-12-03\n") == yaml.safe_load(
        "a: 1\nb: [x, 2.5, true, null]\nc: 2026-12-03\n"
    )
    assert safe_load("") is None


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object:os.system {}\n",
        "a: !!python/name:os.system\n",
        "a: !!python/object/apply:os.system ['echo unsafe']\n",
    ],
)
def test_refuses_python_tags_exactly_as_yaml_safe_load(text: str) -> None:
    with pytest.raises(yaml.constructor.ConstructorError) as expected:
        yaml.safe_load(text)
    with pytest.raises(yaml.constructor.ConstructorError) as got:
        safe_load(text)
    assert str(got.value) == str(expected.value)


@pytest.mark.parametrize("text", ["a: [1,\n", "a: b: c\n", "\tx: 1\n", "k: 'open\n"])
def test_syntax_errors_are_those_of_yaml_safe_load(text: str) -> None:
    """Same class, message and position (libyaml alone would place some at the end of the file)."""
    with pytest.raises(yaml.YAMLError) as expected:
        yaml.safe_load(text)
    with pytest.raises(yaml.YAMLError) as got:
        safe_load(text)
    assert type(got.value) is type(expected.value)
    assert str(got.value) == str(expected.value)
