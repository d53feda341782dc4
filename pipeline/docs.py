"""Keep the README's data dictionary in step with the pydantic models.

`python -m pipeline.docs` rewrites the part of README.md between the markers; a
test fails when the README is out of date.
"""

from __future__ import annotations

import sys
from pathlib import Path

from pipeline.schema import data_dictionary

README = Path(__file__).resolve().parent.parent / "README.md"
BEGIN, END = "<!-- data-dictionary:begin -->", "<!-- data-dictionary:end -->"


def with_dictionary(readme: str) -> str:
    head, rest = readme.split(BEGIN, 1)
    _, tail = rest.split(END, 1)
    return f"{head}{BEGIN}\n{data_dictionary()}{END}{tail}"


def main() -> int:
    text = README.read_text(encoding="utf-8")
    updated = with_dictionary(text)
    if updated != text:
        README.write_text(updated, encoding="utf-8")
        print("README.md: data dictionary updated")
    return 0


if __name__ == "__main__":
    sys.exit(main())
