"""Stage 1: bytes on disk → a Source with the contract's text (CONTRACT §1)."""
