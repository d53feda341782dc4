"""khparse: a thin click layer over the pipeline (CONTRACT §6)."""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import click

from pipeline import engine
from pipeline.write.parquet import TableSet


@click.group()
def main() -> None:
    """Turn Vietnamese plan documents (Kế hoạch) into Parquet tables."""


@main.command()
@click.argument("inputs", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out_dir", required=True, type=click.Path(path_type=Path), help="output folder")
@click.option("--jobs", default=1, show_default=True, help="worker processes")
def parse(inputs: tuple[Path, ...], out_dir: Path, jobs: int) -> None:
    """Parse files and folders (recursively) into the eight tables in OUT."""
    began = time.perf_counter()
    missing = [str(p) for p in inputs if not p.exists() and not p.is_symlink()]
    if missing:
        raise click.UsageError(f"no such input: {', '.join(missing)}")
    items = list(engine.discover(list(inputs)))
    with TableSet(out_dir) as tables:
        results = engine.run(items, jobs)
        if sys.stderr.isatty():
            with click.progressbar(results, length=len(items), label="parsing", file=sys.stderr) as bar:
                for parsed in bar:
                    tables.add(parsed.tables)
        else:
            for parsed in results:
                tables.add(parsed.tables)
        counts = tables.counts()
    rows = ", ".join(f"{name} {n}" for name, n in counts.items() if name not in ("documents", "errors"))
    click.echo(f"{counts['documents']} documents, {counts['errors']} errors; {rows}; "
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
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def show(file: Path) -> None:
    """Parse one file and print its section tree with what was found under each heading."""
    from pipeline.show import render

    click.echo(render(file))


if __name__ == "__main__":
    main()
