"""The Dask engine writes, as partitioned datasets, the tables the local engine writes."""

import shutil

import pyarrow.parquet as pq
from click.testing import CliRunner
from dask import distributed

from pipeline import dask_engine, schema
from pipeline.cli import main
from pipeline.inputs import discover

from .conftest import SAMPLES


def test_dask_cluster_output_equals_the_local_engine(tmp_path, monkeypatch):
    src = tmp_path / "in"
    shutil.copytree(SAMPLES, src)
    (src / "copy.txt").write_bytes((SAMPLES / "003_1cee56e72cbcc524.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    monkeypatch.setattr(dask_engine, "PARTITION_SIZE", 2)  # several partitions on several workers
    result = CliRunner().invoke(main, ["parse", str(src), "--out", str(tmp_path / "local")])
    assert result.exit_code == 0, result.output

    items = list(discover([src]))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster:
        counts = dask_engine.run(items, tmp_path / "dask", cluster.scheduler_address)
    assert counts["documents"] == 5 and counts["errors"] == 2
    for name in schema.TABLES:
        local = pq.read_table(tmp_path / "local" / f"{name}.parquet")
        parts = sorted((tmp_path / "dask" / name).glob("part-*.parquet"))
        assert len(parts) == 4
        clustered = pq.read_table(tmp_path / "dask" / name)
        assert clustered.schema.equals(local.schema, check_metadata=False)
        assert clustered.to_pylist() == local.to_pylist(), name
