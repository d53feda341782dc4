"""khparse: a thin click layer over the pipeline (CONTRACT §6)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from pipeline.inputs import discover
from pipeline.write.manifest import Manifest, pipeline_version

# The pipeline itself is imported inside the commands: a re-run with nothing to do,
# `--help` and `query` then start without loading it.


@click.group()
def main() -> None:
    """Turn Vietnamese plan documents (Kế hoạch) into Parquet tables."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="output folder")
@click.option("--jobs", default=1, show_default=True, help="worker processes")
@click.option("--full", is_flag=True, help="re-parse everything, ignoring the manifest of the previous run")
@click.option("--engine", "engine_name", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="local processes, or a Dask cluster writing a partitioned dataset per table")
@click.option("--scheduler", help="Dask scheduler address (tcp://host:8786); a local cluster of --jobs workers if omitted")
def parse(inputs: tuple[Path, ...], out_dir: Path, jobs: int, full: bool, engine_name: str,
          scheduler: str | None) -> None:
    """Parse files and folders (recursively) into the eight tables in OUT.

    Re-runs of the local engine are incremental: inputs whose bytes are unchanged
    since the previous run (with the same rules and code) are not parsed again.
    """
    began = time.perf_counter()
    missing = [str(p) for p in inputs if not p.exists() and not p.is_symlink()]
    if missing:
        raise click.UsageError(f"no such input: {', '.join(missing)}")
    items = list(discover(list(inputs)))
    if engine_name == "dask":
        from pipeline import dask_engine

        counts = dask_engine.run(items, out_dir, scheduler, max(jobs, 2))
        _summary(counts, 0, began, out_dir)
        return
    current = Manifest(pipeline_version(), {i.source_path: i.sha256 for i in items if i.sha256})
    old = None if full else Manifest.load(out_dir)
    if old and old.version != current.version:
        old = None
    unchanged = frozenset(p for p, sha in current.inputs.items() if old and old.inputs.get(p) == sha)
    if old and old.inputs == current.inputs and len(unchanged) == len(items) and old.tables_exist(out_dir):
        click.echo(f"{len(items)} inputs unchanged since the last run; nothing to do → {out_dir}")
        return
    from pipeline import engine
    from pipeline.schema import TABLES
    from pipeline.write.incremental import OldTables
    from pipeline.write.parquet import TableSet

    out_dir.mkdir(parents=True, exist_ok=True)
    Manifest.forget(out_dir)
    previous = OldTables(out_dir, old, {p: sha[:16] for p, sha in old.inputs.items()}) if old else None
    with TableSet(out_dir) as tables:
        results = engine.run(items, jobs, unchanged)
        with click.progressbar(results, length=len(items), label="parsing", file=sys.stderr,
                               hidden=not sys.stderr.isatty()) as bar:
            for item, parsed in bar:
                if parsed is None:
                    tables.add_dicts(previous.rows_for(item.source_path))
                else:
                    tables.add(parsed.tables)
        counts = tables.counts()
    current.tables = list(TABLES)
    current.save(out_dir)
    _summary(counts, len(unchanged), began, out_dir)


def _summary(counts: dict[str, int], unchanged: int, began: float, out_dir: Path) -> None:
    rows = ", ".join(f"{name} {n}" for name, n in counts.items() if name not in ("documents", "errors"))
    reused = f" ({unchanged} unchanged, copied)" if unchanged else ""
    click.echo(f"{counts['documents']} documents{reused}, {counts['errors']} errors; {rows}; "
               f"{time.perf_counter() - began:.1f} s → {out_dir}")


@main.command()
@click.option("--gold", "gold_dir", required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--parsed", "parsed_dir", required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="print the scores as JSON")
@click.option("--misses", is_flag=True, help="also list every missed and extra record")
def eval(gold_dir: Path, parsed_dir: Path, as_json: bool, misses: bool) -> None:  # noqa: A001 - CONTRACT names it
    """Score parsed tables against gold files (CONTRACT §5)."""
    from pipeline.eval.score import evaluate, format_report

    report = evaluate(gold_dir, parsed_dir)
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=1))
    else:
        click.echo(format_report(report))
    if misses:
        click.echo("\n".join(report.misses))


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="folder for the pages")
def report(inputs: tuple[Path, ...], out_dir: Path) -> None:
    """One self-contained HTML review page per document, extractions highlighted."""
    from pipeline import engine
    from pipeline.report.html import write_reports

    items = list(discover(list(inputs)))
    pages = write_reports((parsed for _, parsed in engine.run(items)), out_dir)
    click.echo(f"{len(pages)} pages → {out_dir}")


@main.command()
@click.argument("sql")
@click.option("--parsed", "parsed_dir", default="data/parsed", show_default=True,
              type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--output", type=click.Path(dir_okay=False, path_type=Path), help="write .csv or .parquet instead")
def query(sql: str, parsed_dir: Path, output: Path | None) -> None:
    """Run SQL over the tables (each a view), e.g. select * from targets limit 5."""
    from pipeline.query import QueryError, run

    try:
        click.echo(run(parsed_dir, sql, output))
    except QueryError as exc:
        raise click.ClickException(f"{exc} (a table named references is written \"references\" or refs)") from exc


@main.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def show(file: Path) -> None:
    """Parse one file and print its section tree with what was found under each heading."""
    from pipeline.show import render

    click.echo(render(file))


if __name__ == "__main__":
    main()
