"""``newsgraph eval``: scores gold files, prints a report, and fails below a floor."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from newsgraph.cli import main
from tests.conftest import requires_shared

GOLD = Path(__file__).parents[1] / "extract" / "gold" / "timexes_samples.jsonl"


@requires_shared
def test_eval_reports_and_passes_floor() -> None:
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--json", "--floor", "timex.value_f1=0.5"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["timex"]["gold"] >= 14
    assert 0.5 <= report["timex"]["value_f1"] <= 1.0


@requires_shared
def test_eval_fails_below_floor() -> None:
    result = CliRunner().invoke(main, ["eval", str(GOLD), "--floor", "timex.value_f1=1.01"])
    assert result.exit_code == 1
    assert "below floor: timex value_f1" in result.stderr


def test_eval_rejects_bad_floor_and_missing_gold(tmp_path: Path) -> None:
    assert CliRunner().invoke(main, ["eval", str(GOLD), "--floor", "oops"]).exit_code == 2
    result = CliRunner().invoke(main, ["eval", str(tmp_path / "none.jsonl")])
    assert result.exit_code == 1
    assert "no such gold file" in result.stderr
