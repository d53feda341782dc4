"""Placeholder: being written (see issues)."""

from pipeline.context import DocContext


def extract(ctx: DocContext) -> dict:
    return {}
