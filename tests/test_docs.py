"""The README's data dictionary is generated from the schema and must be current."""

from pipeline.docs import README, with_dictionary


def test_readme_data_dictionary_is_current():
    text = README.read_text(encoding="utf-8")
    assert with_dictionary(text) == text, "run: python -m pipeline.docs"
