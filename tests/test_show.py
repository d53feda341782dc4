"""khparse show: the heading tree with what was found under each heading."""

from click.testing import CliRunner

from pipeline.cli import main

from .conftest import SAMPLES


def test_show_lists_the_targets_of_001_under_their_heading_with_year_and_indicator():
    result = CliRunner().invoke(main, ["show", str(SAMPLES / "001_e811580e2aaa4785.txt")])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    heading = next(i for i, line in enumerate(lines) if line.strip().startswith("2. Mục tiêu cụ thể năm 20 30"))
    next_heading = next(i for i in range(heading + 1, len(lines)) if not lines[i].strip().startswith("·"))
    under = lines[heading + 1:next_heading]
    assert any("gt 95 % by 2030 [bhyt_coverage]" in line for line in under)
    assert any("lt 2.5 % by 2030 [unemployment_rate]" in line for line in under)
    assert any("gte 3700 căn hộ by 2030 [social_housing_units]" in line for line in lines)
    assert not any("· target" in line for line in lines[:heading])
