"""khparse query: SQL over the parsed tables with DuckDB."""

from click.testing import CliRunner

from pipeline.cli import main


def test_query_prints_the_bhyt_targets_of_the_samples(parsed_samples):
    sql = ("select province, value, target_year from targets join documents using (doc_id) "
           "where indicator_code = 'bhyt_coverage' order by value")
    result = CliRunner().invoke(main, ["query", sql, "--parsed", str(parsed_samples)])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert lines[0].split() == ["province", "value", "target_year"]
    assert any("Gia Lai" in line and "95.0" in line and "2030" in line for line in lines[1:])


def test_query_writes_csv(parsed_samples, tmp_path):
    out = tmp_path / "docs.csv"
    result = CliRunner().invoke(main, ["query", "select doc_id, issuer from documents order by doc_id",
                                       "--parsed", str(parsed_samples), "--output", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").splitlines()[0] == "doc_id,issuer"
    assert len(out.read_text(encoding="utf-8").splitlines()) == 6


def test_bad_sql_is_one_clear_line_and_references_has_a_second_name(parsed_samples):
    bad = CliRunner().invoke(main, ["query", "select * from references", "--parsed", str(parsed_samples)])
    assert bad.exit_code != 0 and "refs" in bad.output and "Traceback" not in bad.output
    good = CliRunner().invoke(main, ["query", "select count(*) as n from refs where relation = 'basis'",
                                     "--parsed", str(parsed_samples)])
    assert good.exit_code == 0 and int(good.output.split()[-1]) > 0
