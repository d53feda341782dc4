"""`khparse query`: SQL over an output folder with DuckDB, each table a view.

Works on both layouts: `<table>.parquet` files (local engine) and
`<table>/part-*.parquet` datasets (Dask engine).  `references` is a reserved word
in SQL: write it quoted ("references") or use its second name, `refs`.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

from pipeline.schema import TABLES


class QueryError(Exception):
    """SQL that DuckDB refuses: shown to the user as one line, not a traceback."""


def connect(parsed: Path) -> duckdb.DuckDBPyConnection:
    con = duckdb.connect()
    for name in TABLES:
        single, dataset = parsed / f"{name}.parquet", parsed / name
        source = single if single.exists() else (dataset / "*.parquet" if dataset.is_dir() else None)
        if source is not None:
            con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet(\'{source.as_posix()}\')')
            if name == "references":
                con.execute('CREATE VIEW refs AS SELECT * FROM "references"')
    return con


def run(parsed: Path, sql: str, output: Path | None = None) -> str:
    """The result printed as a table, or written to `output` (.csv or .parquet)."""
    con = connect(parsed)
    try:
        relation = con.sql(sql)
    except duckdb.Error as exc:
        raise QueryError(str(exc).splitlines()[0]) from exc
    if output is None:
        frame = relation.df()
        return frame.to_string(index=False, max_colwidth=60) if len(frame) else "(no rows)"
    if output.suffix.lower() == ".csv":
        relation.write_csv(str(output))
    else:
        relation.write_parquet(str(output))
    return f"{relation.shape[0]} rows → {output}"
