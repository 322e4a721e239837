"""The fast YAML reader gives what ``yaml.safe_load`` gives, on the bundled data and on made-up text."""

from __future__ import annotations

from importlib.resources import files

import pytest
import yaml

from newsgraph.yaml_fast import safe_load


@pytest.mark.parametrize("name", ["plover_codebook", "titles", "roles", "time_lexicon", "quote_cues"])
def test_same_data_as_safe_load(name: str) -> None:
    text = files("newsgraph.extract").joinpath("data", f"{name}.yaml").read_text(encoding="utf-8")
    assert safe_load(text) == yaml.safe_load(text)


def test_plain_data_only() -> None:
    assert safe_load("when: 2024-01-02\nwho: [Ana, 'Bo']\nn: 3") == yaml.safe_load(
        "when: 2024-01-02\nwho: [Ana, 'Bo']\nn: 3")
    with pytest.raises(yaml.YAMLError):
        safe_load("!!python/object:os.system {}")


def test_bad_input_raises() -> None:
    with pytest.raises(yaml.YAMLError):
        safe_load("a: [1\n")
